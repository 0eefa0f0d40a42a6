package org.safetyflow.inbox;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.inbox.InboxViews.Caller;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.security.SystemActions;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * 抄送 ({@code sf_task_cc}): the officials a task's case was sent to for their information. Each may read the case
 * (a grant on its process instance and its history, as the enterprise party has), finds it under {@code view=cc}, and
 * its reading is recorded (the read receipt) when it marks the notification read.
 */
@Component
class CarbonCopies {

    private final Database database;
    private final AuthorizationService authorizations;
    private final SystemActions system;
    private final JurisdictionDirectory jurisdictions;

    CarbonCopies(Database database, AuthorizationService authorizations, SystemActions system, JurisdictionDirectory jurisdictions) {
        this.database = database;
        this.authorizations = authorizations;
        this.system = system;
        this.jurisdictions = jurisdictions;
    }

    void send(Task task, String caseNumber, List<String> users, String sender) {
        Timestamp now = Database.now();
        for (String user : users) {
            database.jdbc().update("insert into sf_task_cc (task_id, process_instance_id, case_number, task_name, tenant_id, user_id, sent_by, sent_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", task.getId(), task.getProcessInstanceId(), caseNumber, task.getName(), task.getTenantId(),
                    user, sender, now);
            if (task.getProcessInstanceId() != null) {
                letRead(user, task.getProcessInstanceId());
            }
        }
    }

    /** The read receipt: the user read what was sent to it about the task. */
    void read(String userId, String taskId) {
        database.jdbc().update("update sf_task_cc set read_at = ? where user_id = ? and task_id = ? and read_at is null", Database.now(), userId, taskId);
    }

    /** Who a task was sent to, when, and whether they read it. */
    List<Map<String, Object>> of(String taskId) {
        return database.jdbc().query("select * from sf_task_cc where task_id = ? order by sent_at, id", (rs, row) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("userId", rs.getString("user_id"));
            item.put("sentBy", rs.getString("sent_by"));
            item.put("sent", Database.shanghai(rs.getTimestamp("sent_at")));
            item.put("read", Database.shanghai(rs.getTimestamp("read_at")));
            return item;
        }, taskId);
    }

    /** What was sent to the caller, newest first ({@code view=cc}); {@code total} exact up to 1,000 as for the other views. */
    InboxViews.Page received(Caller caller, int offset, int size) {
        List<Map<String, Object>> items = new ArrayList<>();
        database.jdbc().query("select c.*, s.process_name from sf_task_cc c left join sf_case s on s.process_instance_id = c.process_instance_id"
                + " where c.user_id = ? order by c.sent_at desc, c.id desc limit ? offset ?", rs -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("taskId", rs.getString("task_id"));
                    item.put("name", rs.getString("task_name"));
                    item.put("caseNumber", rs.getString("case_number"));
                    item.put("processName", rs.getString("process_name"));
                    String tenant = rs.getString("tenant_id");
                    item.put("jurisdiction", tenant);
                    item.put("jurisdictionName", tenant == null ? null : jurisdictions.find(tenant).map(Jurisdiction::name).orElse(tenant));
                    item.put("sentBy", rs.getString("sent_by"));
                    item.put("sent", Database.shanghai(rs.getTimestamp("sent_at")));
                    item.put("read", Database.shanghai(rs.getTimestamp("read_at")));
                    items.add(item);
                }, caller.userId(), size, offset);
        Long counted = database.jdbc().queryForObject("select count(*) from (select 1 from sf_task_cc where user_id = ? limit "
                + (InboxViews.COUNTED + 1) + ") c", Long.class, caller.userId());
        long total = counted == null ? 0 : counted;
        return new InboxViews.Page(total > InboxViews.COUNTED ? InboxViews.COUNTED + "+" : total, items);
    }

    /** Lets the user read the one case: its process instance and its history. */
    void letRead(String user, String processInstanceId) {
        Map<Resources, Permission> reads = Map.of(Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ,
                Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
        system.afterCheckingAccess(() -> {
            reads.forEach((resource, read) -> {
                if (authorizations.createAuthorizationQuery().userIdIn(user).resourceType(resource).resourceId(processInstanceId).count() > 0) {
                    return;
                }
                Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setUserId(user);
                grant.setResource(resource);
                grant.setResourceId(processInstanceId);
                grant.addPermission(read);
                authorizations.saveAuthorization(grant);
            });
            return null;
        });
    }
}
