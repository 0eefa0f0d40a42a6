package org.safetyflow.inbox;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.testing.Complaints;
import org.safetyflow.testing.Http;

/**
 * Officials of the inbox tests, in a group of their own so that each test's views hold only its own tasks: a clerk
 * and a colleague of 台儿庄区, the city's clerk (枣庄市), another district's (山亭区), and 台儿庄区's 机关负责人, who sees
 * every task of the district but works none of these.
 */
final class InboxUsers {

    static final String GROUP = "inbox-testers";
    static final String PASSWORD = "Inbox#Test2026x";
    static final String CLERK = "inbox-clerk";
    static final String COLLEAGUE = "inbox-colleague";
    static final String CITY = "inbox-city";
    static final String OTHER_DISTRICT = "inbox-other";
    /** Of the province (山东省): every county below it, more than a view reads one range each for. */
    static final String PROVINCE = "inbox-province";
    static final String HEAD = "inbox-head";
    /** A 12350 clerk of 台儿庄区, who works the complaint process through the engine's REST API like any clerk. */
    static final String WORKER = "inbox-worker";
    /** A 执法人员 of 台儿庄区: follows the complaint process (sees its tasks), is no candidate of its clerks' steps. */
    static final String OFFICER = "inbox-officer";

    private static final Map<String, List<String>> USERS = Map.of(
            CLERK, List.of("370405", GROUP),
            COLLEAGUE, List.of("370405", GROUP),
            CITY, List.of("370400", GROUP),
            OTHER_DISTRICT, List.of("370406", GROUP),
            PROVINCE, List.of("370000", GROUP),
            HEAD, List.of("370405", "bureau-head"),
            WORKER, List.of("370405", "complaint-clerk"),
            OFFICER, List.of("370405", "enforcement-officer"));

    private InboxUsers() {
    }

    static void ensure(IdentityService identityService) {
        if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
            Group group = identityService.newGroup(GROUP);
            group.setName("待办测试组");
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        USERS.forEach((id, memberships) -> {
            if (identityService.createUserQuery().userId(id).count() > 0) {
                return;
            }
            User user = identityService.newUser(id);
            user.setFirstName("待办");
            user.setLastName("测试");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createTenantUserMembership(memberships.get(0), id);
            identityService.createMembership(id, memberships.get(1));
        });
    }

    static Http as(int port, String user) {
        return Http.as(port, user, PASSWORD);
    }

    /** A 12350 report of the jurisdiction whose first task waits for the test group (instead of the clerks). */
    static Task newReport(RuntimeService runtimeService, TaskService taskService, String jurisdiction) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("complaint-intake", Complaints.report(jurisdiction));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.deleteCandidateGroup(task.getId(), "complaint-clerk");
        taskService.addCandidateGroup(task.getId(), GROUP);
        return task;
    }
}
