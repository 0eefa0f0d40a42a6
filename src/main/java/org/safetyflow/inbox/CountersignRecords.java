package org.safetyflow.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.inbox.Notifications.Kind;
import org.safetyflow.inbox.Notifications.Notification;
import org.safetyflow.inbox.TaskActions.OnTask;
import org.safetyflow.rules.Refusal;
import org.safetyflow.storage.Database;
import org.safetyflow.storage.HistoryEventHooks;
import org.safetyflow.storage.WrittenAtCommit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's side of 加签 ({@link Countersigns}): a task with a signer who has not signed cannot be completed (409,
 * naming them), whatever completes it; and each signature (a signer completing its 会签 subtask) goes on the case's
 * timeline with the signer's comments as its opinion, in the transaction that completes it, the holder told once all
 * have signed.
 */
@Component
class CountersignRecords extends AbstractProcessEnginePlugin {

    private final Database database;
    private final TaskActions actions;
    private final Notifications notifications;

    CountersignRecords(Database database, TaskActions actions, Notifications notifications) {
        this.database = database;
        this.actions = actions;
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener unsigned = CountersignRecords::refuseWhileUnsigned;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, unsigned);
            }
        });
        HistoryEventHooks.add(configuration, event -> {
            if (event instanceof HistoricTaskInstanceEventEntity task && task.getParentTaskId() != null
                    && task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE) && Context.getCommandContext() != null) {
                Context.getCommandContext().getSession(Signatures.class).signed.add(task.getId());
            }
        });
        WrittenAtCommit.register(configuration, Signatures.class, () -> new Signatures(this));
    }

    private static void refuseWhileUnsigned(DelegateTask task) {
        List<Task> open = Context.getCommandContext().runWithoutAuthorization(
                () -> task.getProcessEngineServices().getTaskService().createTaskQuery().taskParentTaskId(task.getId()).list());
        if (!open.isEmpty()) {
            throw Refusal.conflict("任务「" + task.getName() + "」尚有加签人未会签：" + String.join("、", open.stream().map(Task::getAssignee).toList())
                    + "；须待其会签后才能办结");
        }
    }

    /**
     * The signatures one command made, written when it commits: each on the case's timeline (with the signer's comments
     * as its opinion), and the holder told once all have signed. Read from the engine's tables, which it has flushed by then.
     */
    static final class Signatures extends WrittenAtCommit {

        private final CountersignRecords countersigns;
        private final List<String> signed = new ArrayList<>();

        Signatures(CountersignRecords countersigns) {
            this.countersigns = countersigns;
        }

        @Override
        protected void write() {
            signed.forEach(countersigns::signed);
        }
    }

    void signed(String signTaskId) {
        JdbcTemplate jdbc = database.jdbc();
        List<Map<String, Object>> parents = jdbc.queryForList("select p.id_, p.name_, p.proc_inst_id_, p.task_def_key_, p.assignee_, s.assignee_ signer,"
                + " e.business_key_ from act_hi_taskinst s join act_ru_task p on p.id_ = s.parent_task_id_"
                + " left join act_ru_execution e on e.id_ = p.proc_inst_id_ where s.id_ = ?", signTaskId);
        if (parents.isEmpty()) {
            return;
        }
        Map<String, Object> parent = parents.get(0);
        String opinion = String.join("；", jdbc.queryForList("select message_ from act_hi_comment where task_id_ = ? and type_ = 'comment' order by time_",
                String.class, signTaskId));
        String caseNumber = (String) parent.get("business_key_");
        String parentId = (String) parent.get("id_");
        String name = (String) parent.get("name_");
        actions.record(new OnTask((String) parent.get("proc_inst_id_"), parentId, name, (String) parent.get("task_def_key_")), caseNumber,
                TaskAction.Type.SIGN, (String) parent.get("signer"), null, opinion.isEmpty() ? null : opinion);
        Object holder = parent.get("assignee_");
        if (holder != null && jdbc.queryForObject("select count(*) from act_ru_task where parent_task_id_ = ?", Long.class, parentId) == 0) {
            notifications.send(new Notification((String) holder, Kind.ASSIGNED, "会签完毕：任务「" + name + "」", "加签人已全部会签，请您办结",
                    caseNumber, parentId));
        }
    }
}
