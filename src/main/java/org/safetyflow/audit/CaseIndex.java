package org.safetyflow.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.safetyflow.storage.Database;
import org.safetyflow.storage.HistoryEventHooks;
import org.safetyflow.storage.WrittenAtCommit;
import org.springframework.stereotype.Component;

/**
 * The audit search's case index ({@code sf_case}, {@code sf_case_enterprise}, {@code sf_case_actor}: V13), written in
 * the transaction of the engine history it copies. The engine reports every history event; when the command commits,
 * one batch per table writes what it changed: each case it started or changed (copied from ACT_HI_PROCINST, which the
 * engine has flushed by then, with the earliest due date of its open tasks), each {@code enterpriseName} /
 * {@code enterpriseCreditCode} variable it set, and who holds each task it touched. The copy follows the engine's rows exactly, as the engine's history query saw them: a
 * variable removed keeps its last value (ACT_HI_VARINST keeps it, marked deleted), a task's assignee is its last one.
 * {@link #CASES}, {@link #ENTERPRISES} and {@link #ACTORS} copy the same from the engine's tables in SQL: for the cases
 * from before the index ({@link CaseIndexSetUp}), and to check the index against (CaseIndexTest).
 */
@Component
class CaseIndex extends AbstractProcessEnginePlugin {

    static final String ENTERPRISE_NAME = "enterpriseName";
    static final String ENTERPRISE_CREDIT_CODE = "enterpriseCreditCode";
    /** A longer value is never a credit code searched for (V13). */
    static final int CREDIT_CODE_LENGTH = 18;

    static final List<String> CASE_COLUMNS = List.of("process_instance_id", "case_number", "process_key", "process_name",
            "process_definition_id", "tenant_id", "started_at", "started_by", "ended_at", "state", "due_at");
    static final List<String> ENTERPRISE_COLUMNS = List.of("variable_id", "process_instance_id", "name", "credit_code");
    static final List<String> ACTOR_COLUMNS = List.of("task_id", "process_instance_id", "user_id");

    /** Every case as the engine holds it, in {@link #CASE_COLUMNS}' order: due_at is the earliest due date of its open tasks. */
    static final String CASES = "select p.id_, p.business_key_, p.proc_def_key_, d.name_, p.proc_def_id_, p.tenant_id_, p.start_time_,"
            + " p.start_user_id_, p.end_time_, p.state_, (select min(t.due_date_) from act_ru_task t where t.proc_inst_id_ = p.id_)"
            + " from act_hi_procinst p left join act_re_procdef d on d.id_ = p.proc_def_id_ where p.id_ is not null";
    /** Every enterprise variable of a case with a text value, in {@link #ENTERPRISE_COLUMNS}' order. */
    static final String ENTERPRISES = "select v.id_, v.proc_inst_id_,"
            + " case when v.name_ = '" + ENTERPRISE_NAME + "' then v.text_ end,"
            + " case when v.name_ = '" + ENTERPRISE_CREDIT_CODE + "' then v.text_ end from act_hi_varinst v"
            + " where v.proc_inst_id_ is not null and v.var_type_ = 'string' and v.text_ is not null"
            + " and (v.name_ = '" + ENTERPRISE_NAME + "' or v.name_ = '" + ENTERPRISE_CREDIT_CODE + "' and length(v.text_) <= "
            + CREDIT_CODE_LENGTH + ")";
    /** Every task of a case that has an assignee, in {@link #ACTOR_COLUMNS}' order. */
    static final String ACTORS = "select t.id_, t.proc_inst_id_, t.assignee_ from act_hi_taskinst t"
            + " where t.proc_inst_id_ is not null and t.assignee_ is not null";

    private final Database database;

    CaseIndex(Database database) {
        this.database = database;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHooks.add(configuration, CaseIndex::seen);
        WrittenAtCommit.register(configuration, Changes.class, () -> new Changes(database));
    }

    private static void seen(HistoryEvent event) {
        if (Context.getCommandContext() == null || event.getProcessInstanceId() == null) {
            return;
        }
        if (event instanceof HistoricProcessInstanceEventEntity) {
            changes().cases.add(event.getProcessInstanceId());
        } else if (event instanceof HistoricVariableUpdateEventEntity variable && isEnterprise(variable.getVariableName())
                && !variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
            changes().enterprises.put(variable.getVariableInstanceId(), enterprise(variable));
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            Changes changes = changes();
            // A task created, completed, deleted or given another due date may change when the case falls due.
            changes.cases.add(task.getProcessInstanceId());
            if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
                changes.newTasks.add(task.getId());
            }
            changes.actors.put(task.getId(), task.getAssignee() == null ? null : new Object[] {task.getId(), task.getProcessInstanceId(), task.getAssignee()});
        }
    }

    private static boolean isEnterprise(String variableName) {
        return ENTERPRISE_NAME.equals(variableName) || ENTERPRISE_CREDIT_CODE.equals(variableName);
    }

    /** The variable's row as {@link #ENTERPRISES} selects it, or null where it selects none. */
    private static Object[] enterprise(HistoricVariableUpdateEventEntity variable) {
        String text = variable.getTextValue();
        if (!"string".equals(variable.getSerializerName()) || text == null) {
            return null;
        }
        if (ENTERPRISE_NAME.equals(variable.getVariableName())) {
            return new Object[] {variable.getVariableInstanceId(), variable.getProcessInstanceId(), text, null};
        }
        return text.length() > CREDIT_CODE_LENGTH ? null : new Object[] {variable.getVariableInstanceId(), variable.getProcessInstanceId(), null, text};
    }

    private static Changes changes() {
        return Context.getCommandContext().getSession(Changes.class);
    }

    /** What one command changed in the index; written when its transaction commits. */
    static final class Changes extends WrittenAtCommit {

        private final Database database;
        private final Set<String> cases = new LinkedHashSet<>();
        /** By variable instance: its row, or null to remove it. */
        private final Map<String, Object[]> enterprises = new LinkedHashMap<>();
        /** By task: its row, or null to remove it. */
        private final Map<String, Object[]> actors = new LinkedHashMap<>();
        /** Tasks created by this command: no row of theirs exists to remove. */
        private final Set<String> newTasks = new HashSet<>();

        Changes(Database database) {
            this.database = database;
        }

        @Override
        protected void write() {
            database.upsert("sf_case", CASE_COLUMNS, CASES + " and p.id_ = ?", cases.stream().map(id -> new Object[] {id}).toList());
            write("sf_case_enterprise", ENTERPRISE_COLUMNS, enterprises, Set.of());
            write("sf_case_actor", ACTOR_COLUMNS, actors, newTasks);
        }

        private void write(String table, List<String> columns, Map<String, Object[]> rows, Set<String> absent) {
            List<Object[]> upserts = new ArrayList<>();
            List<Object[]> deletes = new ArrayList<>();
            rows.forEach((key, row) -> {
                if (row != null) {
                    upserts.add(row);
                } else if (!absent.contains(key)) {
                    deletes.add(new Object[] {key});
                }
            });
            database.upsert(table, columns, "values (" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")", upserts);
            if (!deletes.isEmpty()) {
                database.jdbc().batchUpdate("delete from " + table + " where " + columns.get(0) + " = ?", deletes);
            }
        }
    }
}
