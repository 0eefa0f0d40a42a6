package org.safetyflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.Complaints.report;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safetyflow.registry.EnterpriseGroups;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every hole the access issue found, tried again as the role users: each answers 403 (or 400) in
 * Chinese and changes nothing; and what the roles are meant to do still works.
 */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    static final String ACME = "91370405MA3C000019";
    static final String OTHER = "913704057060000006";
    static final String SCRIPT_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
              <bpmn:process id="evil" isExecutable="true" name="evil">
                <bpmn:startEvent id="S"/><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T"/>
                <bpmn:scriptTask id="T" scriptFormat="javascript"><bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script></bpmn:scriptTask>
              </bpmn:process>
            </bpmn:definitions>
            """;
    static final String EXPRESSION_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
              <bpmn:process id="juel" isExecutable="true" name="juel" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="S"/><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T"/>
                <bpmn:serviceTask id="T" camunda:expression="${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned')}"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    ProcessInstance hazard;
    ProcessInstance otherCountyHazard;
    ProcessInstance complaint;

    /** Once, in the first test (process coverage records starts inside tests only). */
    @BeforeEach
    void openCases() {
        if (hazard != null) {
            return;
        }
        hazard = runtimeService.startProcessInstanceByKey("hazard-rectification", Hazards.report("370405", ACME, "台儿庄某化工有限公司"));
        otherCountyHazard = runtimeService.startProcessInstanceByKey("hazard-rectification",
                Hazards.report("370406", "91370406MA3C00002T", "山亭某矿业有限公司"));
        Map<String, Object> tipOff = report("370405");
        tipOff.put("reporterName", "张三");
        tipOff.put("reporterPhone", "13800000000");
        complaint = runtimeService.startProcessInstanceByKey("complaint-intake", tipOff);
        if (identityService.createUserQuery().userId("acme-safety").count() == 0) {
            User user = identityService.newUser("acme-safety");
            user.setPassword("Yh#Enterprise2026");
            identityService.saveUser(user);
            identityService.createMembership("acme-safety", EnterpriseGroups.ensure(identityService, ACME, "台儿庄某化工有限公司"));
            identityService.createMembership("acme-safety", Role.ENTERPRISE.groupId());
            identityService.createTenantUserMembership("370405", "acme-safety");
        }
    }

    @Test
    void shouldRefuseDeploymentsToEveryRoleAndScriptsEvenToAnAdministrator() {
        long before = repositoryService.createDeploymentQuery().count();

        Http.Response byOfficer = Http.as(port, "hazard-officer", "demo").upload("/engine-rest/deployment/create",
                "deployment-name=evil", "evil.bpmn", SCRIPT_MODEL);
        Http.Response byEnterprise = Http.as(port, "enterprise", "demo").upload("/engine-rest/deployment/create",
                "deployment-name=juel", "juel.bpmn", EXPRESSION_MODEL);
        Http.Response scriptByAdministrator = Http.as(port, "demo", "demo").upload("/engine-rest/deployment/create",
                "deployment-name=evil", "evil.bpmn", SCRIPT_MODEL);

        assertRefused(byOfficer, 403, "只有系统管理员");
        assertRefused(byEnterprise, 403, "只有系统管理员");
        assertRefused(scriptByAdministrator, 400, "脚本任务");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void shouldLetNoRoleManageIdentitiesOrMakeItselfAdministrator() {
        Http officer = Http.as(port, "hazard-officer", "demo");

        assertRefused(officer.post("/engine-rest/user/create", "{\"profile\": {\"id\": \"mallory\"}, \"credentials\": {\"password\": \"Mallory-2026-x\"}}"), 403, "只有系统管理员");
        assertRefused(officer.put("/engine-rest/group/camunda-admin/members/hazard-officer", ""), 403, "不能在线变更");
        assertRefused(Http.as(port, "taierzhuang", "demo").put("/engine-rest/tenant/370406/user-members/taierzhuang", ""), 403, "只有系统管理员");
        assertRefused(Http.as(port, "enterprise", "demo").post("/engine-rest/user/hazard-officer/unlock", ""), 403, "安全管理员");

        assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();
        assertThat(identityService.createUserQuery().userId("hazard-officer").memberOfGroup("camunda-admin").count()).isZero();
        assertThat(identityService.createTenantQuery().userMember("taierzhuang").tenantId("370406").count()).isZero();
    }

    @Test
    void shouldRefuseExpressionsInFiltersAndQueriesExceptTasklistsOwn() {
        Http officer = Http.as(port, "hazard-officer", "demo");
        long filters = countFilters();
        String evil = "${''.getClass().getName()}";

        assertRefused(officer.post("/engine-rest/filter/create", "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": {\"assigneeExpression\": \"" + evil + "\"}}"),
                400, "不允许使用表达式");
        assertRefused(officer.post("/engine-rest/task", "{\"orQueries\": [{\"assigneeExpression\": \"" + evil + "\"}]}"), 400, "不允许使用表达式");
        assertRefused(Http.as(port, "demo", "demo").post("/engine-rest/task", "{\"orQueries\": [{\"assigneeExpression\": \"" + evil + "\"}]}"),
                400, "不允许使用表达式");
        assertRefused(officer.get("/engine-rest/task?assigneeExpression=" + java.net.URLEncoder.encode(evil, java.nio.charset.StandardCharsets.UTF_8)),
                400, "不允许使用表达式");
        assertThat(countFilters()).isEqualTo(filters);

        Http.Response own = officer.post("/engine-rest/filter/create", "{\"resourceType\": \"Task\", \"name\": \"我的三天内到期\","
                + " \"query\": {\"assigneeExpression\": \"${currentUser()}\", \"dueBeforeExpression\": \"${dateTime().plusDays(3).toDate()}\"}}");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(officer.post("/engine-rest/filter/" + own.json().path("id").asText() + "/list", "{}").status()).isEqualTo(200);
    }

    @Test
    void shouldLetNoRoleChangeOrDeleteACaseOutsideItsTasks() {
        Http officer = Http.as(port, "hazard-officer", "demo");
        Http enterprise = Http.as(port, "enterprise", "demo");
        String task = taskService.createTaskQuery().processInstanceId(hazard.getId()).singleResult().getId();
        String job = "00000000-0000-0000-0000-000000000000";

        assertRefused(officer.put("/engine-rest/process-instance/" + hazard.getId() + "/variables/hazardGrade", "{\"value\": \"ORDINARY\"}"), 403, "只有系统管理员");
        assertRefused(officer.delete("/engine-rest/process-instance/" + hazard.getId()), 403, "只有系统管理员");
        assertRefused(enterprise.post("/engine-rest/task/" + task + "/identity-links", "{\"groupId\": \"enterprise\", \"type\": \"candidate\"}"), 403, "只有系统管理员");
        assertRefused(enterprise.post("/engine-rest/task/" + task + "/bpmnError", "{\"errorCode\": \"x\"}"), 403, "只有系统管理员");
        assertRefused(enterprise.post("/engine-rest/process-instance/" + hazard.getId() + "/modification",
                "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_Register\"}]}"), 403, "只有系统管理员");
        assertRefused(enterprise.put("/engine-rest/job/" + job + "/duedate", "{\"duedate\": null}"), 403, "只有系统管理员");
        assertRefused(enterprise.put("/engine-rest/process-definition/" + hazard.getProcessDefinitionId() + "/suspended",
                "{\"suspended\": true, \"includeProcessInstances\": true}"), 403, "只有系统管理员");
        assertRefused(enterprise.delete("/engine-rest/deployment/" + repositoryService.getProcessDefinition(hazard.getProcessDefinitionId()).getDeploymentId()
                + "?cascade=true"), 403, "只有系统管理员");
        assertRefused(officer.post("/engine-rest/process-definition/key/hazard-rectification/start",
                "{\"variables\": {}, \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_Grade\"}]}"), 403, "startInstructions");

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(hazard.getId()).active().count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(hazard.getId(), "hazardGrade")).isNull();
        assertThat(taskService.getIdentityLinksForTask(task)).noneMatch(link -> "enterprise".equals(link.getGroupId()));
        assertThat(repositoryService.getProcessDefinition(hazard.getProcessDefinitionId()).isSuspended()).isFalse();
    }

    @Test
    void shouldSendTheCasualtyUpdateOnlyFromTheAccidentOfficerToOneCase() {
        Http enterprise = Http.as(port, "enterprise", "demo");
        Http officer = Http.as(port, "accident-officer", "demo");
        String update = "{\"messageName\": \"accident-casualty-update\", %s \"processVariables\": {\"deaths\": {\"value\": 40}}}";

        assertRefused(enterprise.post("/engine-rest/message", update.formatted("\"all\": true,")), 403, "不能发送消息");
        assertRefused(officer.post("/engine-rest/message", update.formatted("\"all\": true,")), 400, "逐案发送");
        assertRefused(officer.post("/engine-rest/message", update.formatted("")), 400, "businessKey");
        assertRefused(officer.post("/engine-rest/message", "{\"messageName\": \"something-else\", \"businessKey\": \"x\"}"), 403, "对外约定");
    }

    @Test
    void shouldShowACompanysUserOnlyItsOwnTasksAndCaseWithTheirHistoryAndNoReporter() {
        String acmeTask = taskService.createTaskQuery().processInstanceId(hazard.getId()).singleResult().getId();
        String otherTask = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult().getId();
        taskService.addCandidateGroup(acmeTask, EnterpriseGroups.groupId(ACME));
        Http company = Http.as(port, "acme-safety", "Yh#Enterprise2026");

        java.util.List<String> tasks = company.get("/engine-rest/task").json().findValuesAsText("id");
        java.util.List<String> cases = company.get("/engine-rest/process-instance").json().findValuesAsText("id");
        assertThat(tasks).contains(acmeTask).allSatisfy(task -> assertThat(taskService.getIdentityLinksForTask(task))
                .anyMatch(link -> EnterpriseGroups.groupId(ACME).equals(link.getGroupId())));
        assertThat(cases).contains(hazard.getId()).doesNotContain(complaint.getId(), otherCountyHazard.getId())
                .allSatisfy(id -> assertThat(runtimeService.getVariable(id, "enterpriseCreditCode")).isEqualTo(ACME));
        Http.as(port, "hazard-officer", "demo").post("/engine-rest/task/" + acmeTask + "/comment/create", "{\"message\": \"请于三日内报告\"}");
        assertThat(company.get("/engine-rest/task/" + acmeTask + "/comment").json().findValuesAsText("message")).contains("请于三日内报告");
        assertThat(company.get("/engine-rest/history/process-instance?processInstanceId=" + hazard.getId()).json().size()).isEqualTo(1);
        assertThat(company.get("/engine-rest/history/process-instance?processInstanceId=" + complaint.getId()).json().size()).isZero();
        assertThat(company.get("/engine-rest/task/" + otherTask).status()).isIn(403, 404);
        assertThat(company.get("/engine-rest/process-instance/" + complaint.getId() + "/variables").status()).isIn(403, 404);
        assertThat(company.get("/engine-rest/variable-instance?variableName=reporterName").json().size()).isZero();
        assertThat(company.get("/engine-rest/history/variable-instance?variableName=reporterPhone").json().size()).isZero();
    }

    @Test
    void shouldLetOnlyComplaintHandlersAndAuditorsReadAReportersIdentity() {
        String query = "/engine-rest/variable-instance?variableName=reporterName&processInstanceIdIn=" + complaint.getId();
        String history = "/engine-rest/history/variable-instance?variableName=reporterPhone&processInstanceId=" + complaint.getId();

        for (String role : new String[] {"enterprise", "expert", "government", "hazard-officer"}) {
            assertThat(Http.as(port, role, "demo").get(query).json().size()).as(role).isZero();
            assertThat(Http.as(port, role, "demo").get(history).json().size()).as(role).isZero();
        }
        assertThat(Http.as(port, "complaint-clerk", "demo").get(query).json().findValuesAsText("value")).containsExactly("张三");
        assertThat(Http.as(port, "auditor", "demo").get(history).json().findValuesAsText("value")).containsExactly("13800000000");
    }

    @Test
    void shouldKeepEveryOfficialToTheirOwnJurisdictions() {
        Http taierzhuang = Http.as(port, "taierzhuang", "demo");

        Http.Response start = taierzhuang.post("/engine-rest/process-definition/key/hazard-rectification/start",
                "{\"variables\": " + restVariables(Hazards.report("370406", "91370406MA3C00002T", "山亭某矿业有限公司")) + "}");
        Http.Response notice = taierzhuang.post("/api/notices", "{\"type\": \"OTHER\", \"title\": \"t\", \"body\": \"b\", \"caseNumber\": \""
                + otherCountyHazard.getBusinessKey() + "\", \"jurisdiction\": \"370405\"}");
        Http.Response clock = taierzhuang.post("/api/cases/" + otherCountyHazard.getBusinessKey() + "/clocks/rectificationDueDate/pause",
                "{\"unit\": \"WORKING_DAYS\", \"reason\": \"x\"}");
        Http.Response ownStart = taierzhuang.post("/engine-rest/process-definition/key/hazard-rectification/start",
                "{\"variables\": " + restVariables(Hazards.report("370405", OTHER, "台儿庄某化工有限公司")) + "}");

        assertRefused(start, 403, "只能在本人所属的管辖区划");
        assertRefused(notice, 404, "不属于您的管辖区划");
        assertRefused(clock, 404, "不属于您的管辖区划");
        assertRefused(taierzhuang.get("/api/notices?caseNumber=" + otherCountyHazard.getBusinessKey()), 404, "不属于您的管辖区划");
        assertThat(Http.as(port, "shanting", "demo").get("/api/notices?caseNumber=" + otherCountyHazard.getBusinessKey()).status()).isEqualTo(200);
        assertThat(ownStart.status()).as(ownStart.body()).isEqualTo(200);
        assertThat(ownStart.json().path("businessKey").asText()).startsWith("YH-370405-");
        assertThat(historyService.createHistoricProcessInstanceQuery().tenantIdIn("370406")
                .startedBy("taierzhuang").count()).isZero();
    }

    @Test
    void shouldKeepAdminForAdministrators() {
        assertThat(WebappSession.attempt(port, "admin", "hazard-officer", "demo").loginStatus()).isEqualTo(403);
        assertThat(WebappSession.attempt(port, "cockpit", "hazard-officer", "demo").loginStatus()).isEqualTo(403);
        assertThat(WebappSession.attempt(port, "cockpit", "auditor", "demo").loginStatus()).isEqualTo(200);
        assertThat(WebappSession.attempt(port, "tasklist", "hazard-officer", "demo").loginStatus()).isEqualTo(200);
        assertThat(WebappSession.attempt(port, "admin", "demo", "demo").loginStatus()).isEqualTo(200);
    }

    @Test
    void shouldKeepAdminsFirstRunSetUpClosed() {
        Http.Response setUp = Http.anonymous(port).post("/camunda/api/admin/setup/default/user/create",
                "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"Intruder-2026-x\"}}");

        assertRefused(setUp, 403, "初始设置接口已关闭");
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    private long countFilters() {
        return Http.as(port, "demo", "demo").get("/engine-rest/filter/count").json().path("count").asLong();
    }

    private static void assertRefused(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        String text = response.json().path("message").asText(response.json().path("error").asText());
        assertThat(text).as(response.body()).contains(message);
    }

    private static String restVariables(Map<String, Object> variables) {
        StringBuilder json = new StringBuilder("{");
        variables.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name)
                .append("\": {\"value\": \"").append(value).append("\"}"));
        return json.append('}').toString();
    }
}
