package org.safetyflow.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safetyflow.security.Actors;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * The 文书 of cases. A process records one when a task that makes it completes, in the same
 * transaction, from the task's variables, naming only the type its capability declared
 * ({@link DocumentTypes}):
 *
 * <pre>
 * &lt;camunda:taskListener event="complete" expression="${caseDocuments.fromTask(task, 'MAJOR_HAZARD_REPORT')}"/&gt;
 * </pre>
 *
 * or from a service step with {@link #fromExecution}. Dates are kept as ISO-8601 in Asia/Shanghai.
 */
@Component("caseDocuments")
public class CaseDocuments {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Database database;
    private final DocumentNumbers numbers;
    private final Map<String, Map<String, DocumentType>> types = new HashMap<>();

    CaseDocuments(Database database, DocumentNumbers numbers, List<DocumentTypes> declarations) {
        this.database = database;
        this.numbers = numbers;
        for (DocumentTypes declaration : declarations) {
            Map<String, DocumentType> ofProcess = types.computeIfAbsent(declaration.processKey(), key -> new HashMap<>());
            for (DocumentType type : declaration.types()) {
                if (ofProcess.put(type.code(), type) != null) {
                    throw new IllegalStateException("document type " + type.code() + " declared twice for " + declaration.processKey());
                }
            }
        }
    }

    /** The document type {@code code} of the process {@code processKey}, as its capability declared it. */
    /** The type as its process declares it now, if it still does (a document recorded before an upgrade may name one it dropped). */
    public Optional<DocumentType> declared(String processKey, String code) {
        return Optional.ofNullable(types.getOrDefault(processKey, Map.of()).get(code));
    }

    public DocumentType type(String processKey, String code) {
        DocumentType type = types.getOrDefault(processKey, Map.of()).get(code);
        if (type == null) {
            throw new IllegalStateException("no document type " + code + " is declared for process " + processKey);
        }
        return type;
    }

    /** Records the task's values of the type's fields as a document of the case. */
    public CaseDocument fromTask(DelegateTask task, String code) {
        DelegateExecution execution = task.getExecution();
        DocumentType type = type(processKey(execution), code);
        String actor = task.getAssignee() != null ? task.getAssignee() : authenticatedUser(execution);
        Map<String, Object> content = values(type.fields(), task::getVariable);
        return record(execution, type, type.titleOf(content), content, task.getId(), task.getTaskDefinitionKey(), actor);
    }

    /** Records the execution's values of the type's fields as a document of the case. */
    public CaseDocument fromExecution(DelegateExecution execution, String code) {
        DocumentType type = type(processKey(execution), code);
        Map<String, Object> content = values(type.fields(), execution::getVariable);
        return record(execution, type, type.titleOf(content), content, null, execution.getCurrentActivityId(), authenticatedUser(execution));
    }

    /**
     * Records a document a rule composed itself (its fields, and a title that says how the rule
     * decided, e.g. 「事故补报（逾期，仅记录）」); the content must be the type's declared fields.
     */
    public CaseDocument fromRule(DelegateExecution execution, String code, String title, Map<String, Object> content) {
        DocumentType type = type(processKey(execution), code);
        if (!type.fields().containsAll(content.keySet())) {
            throw new IllegalArgumentException("document " + code + " holds undeclared fields: " + content.keySet());
        }
        return record(execution, type, title, content, null, execution.getCurrentActivityId(), authenticatedUser(execution));
    }

    /** Records the document in the engine's transaction, with its 文号 if its type is issued under one (gap-free: a roll-back returns it). */
    private CaseDocument record(DelegateExecution execution, DocumentType type, String title, Map<String, Object> content, String taskId,
            String activityId, String actor) {
        String caseNumber = execution.getProcessBusinessKey();
        String processInstanceId = execution.getProcessInstanceId();
        String kind = type.code();
        String issuedIn = type.issuerJurisdiction() != null && execution.getVariable(type.issuerJurisdiction()) instanceof String code ? code
                : execution.getTenantId();
        // A 文号 the official entered (numberedIn) stands; where the form leaves it empty, the register's (numbered) is taken.
        boolean entered = type.numberField() != null && content.get(type.numberField()) instanceof String text && !text.isBlank();
        // A body above every jurisdiction kept here (国务院) numbers its own 文书.
        String number = type.mark() == null || issuedIn == null || entered || !numbers.keeps(issuedIn) ? null : numbers.next(issuedIn, type.mark(), Database.shanghai(Database.now()).getYear());
        String id = UUID.randomUUID().toString();
        String json;
        try {
            json = JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("document " + kind + " cannot be written as JSON", e);
        }
        Integer last = database.jdbc().queryForObject("select max(seq_in_case) from sf_case_document where case_number = ?",
                Integer.class, caseNumber);
        database.jdbc().update("insert into sf_case_document (id, case_number, process_instance_id, kind, title, content, task_id, activity_id, created_at, created_by, seq_in_case, document_number) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, caseNumber, processInstanceId, kind, title, json, taskId, activityId, Database.now(), actor, last == null ? 1 : last + 1, number);
        return list(caseNumber).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Voids the documents of the case made since {@code since} (a step returned to or recalled, and those after it: they
     * are made anew); answers how many. In the caller's transaction.
     */
    public int voidSince(String processInstanceId, Date since, String actor, String reason) {
        return database.jdbc().update("update sf_case_document set voided_at = ?, voided_by = ?, void_reason = ? where process_instance_id = ?"
                + " and created_at >= ? and voided_at is null", Database.now(), actor, reason, processInstanceId, new Timestamp(since.getTime()));
    }

    /** The case's documents, oldest first. */
    public List<CaseDocument> list(String caseNumber) {
        return database.jdbc().query("select * from sf_case_document where case_number = ? order by seq_in_case, created_at, id",
                CaseDocuments::map, caseNumber);
    }

    /**
     * The case's documents one may read, oldest first: every one for an official ({@code CurrentUser.isOfficial}); for
     * an enterprise's user or an outside expert, who read the case as its party or for their task, those not kept inside
     * the authorities ({@link DocumentType#internal}: 审批表, 呈批表, 法制审核, 移送…). A document of a type its process no
     * longer declares counts as not internal.
     */
    public List<CaseDocument> readable(String caseNumber, String processKey, boolean official) {
        return readable(list(caseNumber), processKey, official);
    }

    /** Of a case's documents already read ({@link #list}), those one may read: see {@link #readable(String, String, boolean)}. */
    public List<CaseDocument> readable(List<CaseDocument> all, String processKey, boolean official) {
        if (official) {
            return all;
        }
        return all.stream().filter(document -> declared(processKey, document.kind()).map(type -> !type.internalRecord()).orElse(true)).toList();
    }

    private static Map<String, Object> values(List<String> names, Function<String, Object> reader) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String variable : names) {
            Object value = reader.apply(variable);
            content.put(variable, value instanceof Date date ? Database.shanghai(new Timestamp(date.getTime())).toString() : value);
        }
        return content;
    }

    private static String processKey(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }

    private static String authenticatedUser(DelegateExecution execution) {
        return Actors.current(execution.getProcessEngineServices());
    }

    private static CaseDocument map(ResultSet rs, int row) throws SQLException {
        Map<String, Object> content;
        try {
            content = JSON.readValue(rs.getString("content"), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document " + rs.getString("id") + " is not JSON", e);
        }
        return new CaseDocument(rs.getString("id"), rs.getString("case_number"), rs.getString("process_instance_id"),
                rs.getString("kind"), rs.getString("title"), content, rs.getString("task_id"), rs.getString("activity_id"),
                Database.shanghai(rs.getTimestamp("created_at")), rs.getString("created_by"), rs.getString("document_number"),
                Database.shanghai(rs.getTimestamp("voided_at")), rs.getString("voided_by"), rs.getString("void_reason"));
    }
}
