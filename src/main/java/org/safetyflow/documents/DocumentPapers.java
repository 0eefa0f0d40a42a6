package org.safetyflow.documents;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseVocabulary;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.registry.Authorities;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.security.UserNames;
import org.springframework.stereotype.Component;

/** Composes a case's 文书 as it is printed ({@link Paper}) from what the case recorded when it made it. */
@Component
class DocumentPapers {

    /** A decision the party may contest: 行政复议法第二十条 (60 days), 行政诉讼法第四十六条 (six months). */
    private static final String REMEDY = "如不服本决定，可以自收到本文书之日起六十日内依法向%s申请行政复议，或者在六个月内依法向%s提起行政诉讼。";

    /** A label's remark that the field holds user ids (调查组组长（用户名）). */
    private static final String USER_IDS = "（用户名）";

    private final HistoryService history;
    private final IdentityService identity;
    private final CaseDocuments documents;
    private final CaseVocabulary vocabulary;
    private final Authorities authorities;

    DocumentPapers(HistoryService history, IdentityService identity, CaseDocuments documents, CaseVocabulary vocabulary, Authorities authorities) {
        this.history = history;
        this.identity = identity;
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.authorities = authorities;
    }

    /** The document of the case as it is printed; {@code all} are the case's documents, oldest first (a 送达回证 names one of them). */
    Paper of(HistoricProcessInstance instance, CaseDocument document, List<CaseDocument> all) {
        return of(instance.getProcessDefinitionKey(), instance.getTenantId(), instance.getId(), document, all);
    }

    /** The document of a case of the process in the jurisdiction ({@code instanceId} names the case) as it is printed. */
    Paper of(String processKey, String tenantId, String instanceId, CaseDocument document, List<CaseDocument> all) {
        DocumentType type = typeOf(processKey, document);
        // The issuing jurisdiction: the one a variable of the type names (recorded with the document), else the case's.
        // A body above every jurisdiction SafetyFlow keeps (国务院, for a 挂牌督办 of 国务院安委会) is named as it is, without one.
        String jurisdiction = type.issuerJurisdiction() != null && document.content().get(type.issuerJurisdiction()) instanceof String code ? code
                : tenantId;
        String above = jurisdiction != null && !authorities.knows(jurisdiction) ? jurisdiction : null;
        if (above != null) {
            jurisdiction = null;
        }
        String addresseeField = type.addressee() != null ? type.addressee() : "enterpriseName";
        // A 文书 issued to a party names it: the variable its type names, or the case's enterprise; a record (笔录, 审批表) none.
        // What the party hands in (申请, 报告) is its own: the party heads it (the same variable names it) and the authority receives it.
        boolean issuedToTheParty = !type.addressesThePublic() && (type.mark() != null || type.numberField() != null || type.addressee() != null);
        Object party = !type.submittedByParty() && !issuedToTheParty ? null
                : document.content().containsKey(addresseeField) ? document.content().get(addresseeField)
                : addressee(instanceId, processKey, addresseeField, type.addressee() != null);
        Object addressee = type.submittedByParty() ? null : party;
        List<Paper.Line> body = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (String field : type.fields()) {
            Object value = document.content().get(field);
            if (value == null || value instanceof String text && text.isBlank()) {
                continue;
            }
            String label = vocabulary.label(processKey, field).orElse(field);
            boolean users = label.contains(USER_IDS);
            values.put(field, users ? names(value) : text(processKey, field, value));
            // Users are printed by name: a field of user names as the names they stand for, or its text variable where the
            // document holds one (hearingChair: hearingChairText, 法制审核员（演示）（legal-reviewer）) under the field's label.
            boolean named = document.content().get(field + "Text") instanceof String text && !text.isBlank() && type.fields().contains(field + "Text");
            if (field.endsWith("Text") && type.fields().contains(field.substring(0, field.length() - 4))) {
                label = label.replace("（显示文字）", "");
            }
            label = label.replace(USER_IDS, "");
            if (!named && !(party != null && field.equals(addresseeField)) && !field.equals(type.issuerJurisdiction())
                    && !field.equals(type.numberField())) {
                body.add(value instanceof Collection<?> items && !items.isEmpty() && items.stream().allMatch(Map.class::isInstance)
                        ? table(processKey, label, items) : new Paper.Line(label, values.get(field)));
            }
        }
        String prose = "prose/" + processKey + "/" + document.kind();
        boolean hasProse = DocumentPapers.class.getClassLoader().getResource("documents/templates/" + prose + ".html") != null;
        boolean delivery = document.kind().endsWith("DELIVERY");
        String authority = above != null ? above + (type.issuer() == null ? "应急管理部" : type.issuer())
                : jurisdiction == null ? "应急管理部门" : type.issuer() == null ? authorities.name(jurisdiction)
                : authorities.place(jurisdiction) + type.issuer();
        String issuer = type.submittedByParty() ? party == null ? "申请（报告）单位" : String.valueOf(party) : authority;
        return new Paper(delivery ? "delivery" : "document", issuer, document.title(),
                number(document, type), type.submittedByParty() ? authority : addressee == null ? null : String.valueOf(addressee), body, values,
                hasProse ? prose : null, type.basis(),
                type.remedy() && jurisdiction != null ? remedy(jurisdiction) : null, jurisdiction == null ? null : remedy(jurisdiction), CalendarDays.chinese(document.createdAt().toLocalDate()),
                document.caseNumber(), delivery ? served(processKey, document, all) : null,
                UserNames.of(identity, document.createdBy()), type.submittedByParty() || addressee == null && type.mark() == null && type.numberField() == null,
                type.submittedByParty(),
                document.title().contains("笔录"),
                document.voidedAt() == null ? null : "本文书已于" + CalendarDays.chinese(document.voidedAt().toLocalDate()) + "作废（"
                        + document.voidReason() + "），不得送达、执行。");
    }

    /**
     * The addressee a document names by a case variable it does not hold (a 12350 reporter's name): as the reader may
     * read it — the engine's query leaves out what the reader's role may not see (the reporter's identity) — or else by
     * its role (举报人姓名: 举报人) where the type names one; the case's enterprise, where the case has none, none.
     */
    private String addressee(String instanceId, String processKey, String variable, boolean byRole) {
        // The case's own variable; a case that holds it only in its branches (a joint inspection's enterprises) names
        // none of them.
        HistoricVariableInstance found = history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName(variable)
                .list().stream().filter(one -> instanceId.equals(one.getExecutionId())).findFirst().orElse(null);
        if (found != null && found.getValue() instanceof String name && !name.isBlank()) {
            return name;
        }
        return byRole ? vocabulary.label(processKey, variable).orElse(variable).replaceAll("(姓名|名称)$", "") : null;
    }

    /**
     * The document's type as its process declares it; a document of a type the process no longer declares (recorded before
     * an upgrade) is printed as it was recorded: a record of its title and fields.
     */
    private DocumentType typeOf(String processKey, CaseDocument document) {
        return documents.declared(processKey, document.kind())
                .orElseGet(() -> DocumentType.of(document.kind(), document.title(), document.content().keySet().toArray(String[]::new)));
    }

    /** User ids (one, or a list) by their users' names. */
    private String names(Object value) {
        Collection<?> ids = value instanceof Collection<?> list ? list : List.of(value);
        return String.join("、", ids.stream().map(id -> UserNames.of(identity, String.valueOf(id))).toList());
    }

    /** Rows (a list of records) as a table: a column per field any row has, by its Chinese label. */
    private Paper.Line table(String processKey, String label, Collection<?> items) {
        List<String> fields = new ArrayList<>();
        for (Object item : items) {
            ((Map<?, ?>) item).keySet().forEach(key -> {
                if (!fields.contains(String.valueOf(key))) {
                    fields.add(String.valueOf(key));
                }
            });
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object item : items) {
            Map<?, ?> row = (Map<?, ?>) item;
            rows.add(fields.stream().map(field -> row.get(field) == null ? "" : text(processKey, field, row.get(field))).toList());
        }
        return new Paper.Line(label, null, fields.stream().map(field -> vocabulary.label(processKey, field).orElse(field)).toList(), rows);
    }

    /** The 文号: SafetyFlow's, or the one the official entered where the type takes it from a field. */
    private static String number(CaseDocument document, DocumentType type) {
        if (document.number() != null || type.numberField() == null) {
            return document.number();
        }
        Object entered = document.content().get(type.numberField());
        return entered instanceof String text && !text.isBlank() ? text : null;
    }

    /** The value as a reader reads it; a moment recorded as ISO-8601 text as 2026年12月1日 (and its time, where it has one). */
    private String text(String processKey, String field, Object value) {
        if (value instanceof String text && text.length() >= 16 && text.charAt(10) == 'T') {
            try {
                OffsetDateTime moment = OffsetDateTime.parse(text);
                LocalTime time = moment.atZoneSameInstant(CalendarDays.STATUTORY_ZONE).toLocalTime();
                String day = CalendarDays.chinese(Date.from(moment.toInstant()));
                return time.equals(LocalTime.MIDNIGHT) || time.getHour() == 23 && time.getMinute() == 59 ? day
                        : day + " " + String.format("%02d:%02d", time.getHour(), time.getMinute());
            } catch (DateTimeParseException notAMoment) {
                return vocabulary.text(processKey, field, value);
            }
        }
        return vocabulary.text(processKey, field, value);
    }

    /** 复议 to the government of the authority's own level (行政复议法第二十四条), suit before the court. */
    private String remedy(String jurisdiction) {
        String place = authorities.place(jurisdiction);
        String court = authorities.level(jurisdiction) == Jurisdiction.Level.COUNTY ? place + "人民法院" : "有管辖权的人民法院";
        return String.format(REMEDY, place + "人民政府", court);
    }

    /** The 文书 a 送达回证 served: the last one of the case before it issued under a 文号. */
    private String served(String processKey, CaseDocument receipt, List<CaseDocument> all) {
        String last = null;
        for (CaseDocument document : all) {
            if (document.id().equals(receipt.id())) {
                break;
            }
            String number = number(document, typeOf(processKey, document));
            if (number != null) {
                last = document.title() + "（" + number + "）";
            }
        }
        return last;
    }
}
