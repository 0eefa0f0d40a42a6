package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 暂扣 over the REST API as the people who handle it — the window opens the case, the reviewer proposes, the
 * window serves the 告知, the 机关负责人 decides and signs the 公示 off — and the register showing it; another
 * county's window and a wrong licence number refused with nothing created; the hearing chaired by someone who did
 * not propose. Only the register import runs as an administrator (that is its role).
 */
@EngineTest
class LicenceSanctionRestTest {

    private static final String START = "/engine-rest/process-definition/key/licence-sanction/start";
    /** The demo enterprise, whose user reads its own cases. */
    private static final String HOLDER = "91370405MA3C000019";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    @Test
    void shouldLetTheHeadDecideASuspensionTheRegisterThenShowsWithItsHistory() {
        String number = licence("000701");
        Http.Response started = Http.as(port, "licensing-clerk", "demo").post(START, opening(number, "370405"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        String caseNumber = started.json().path("businessKey").asText();

        complete("licensing-reviewer", instance, "Task_Propose", "\"proposedSanction\": {\"value\": \"SUSPEND\"},"
                + " \"proposedSuspensionMonths\": {\"value\": 2}, \"sanctionFacts\": {\"value\": \"未按规定配备专职安全生产管理人员\"},"
                + " \"legalBasis\": {\"value\": \"安全生产许可证条例第十四条第二款\"}");
        complete("licensing-clerk", instance, "Task_Notify", "\"noticeServedAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"noticeDeliveryMethod\": {\"value\": \"IN_PERSON\"}");
        complete("licensing-clerk", instance, "Task_Statement", "\"statementMade\": {\"value\": false}");
        String decision = "{\"variables\": {\"sanctionDecision\": {\"value\": \"SUSPEND\"}, \"suspensionMonths\": {\"value\": 2},"
                + " \"decisionNumber\": {\"value\": \"（鲁台）应急罚〔2026〕21号\"}, \"decisionReason\": {\"value\": \"事实清楚；可申请行政复议或提起行政诉讼\"}}}";
        Http.Response byReviewer = Http.as(port, "licensing-reviewer", "demo").post("/engine-rest/task/"
                + taskId("bureau-head", instance, "Task_Decide") + "/complete", decision);
        assertThat(byReviewer.status()).as("the decision is the head's").isEqualTo(403);
        Http.Response byHead = Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + taskId("bureau-head", instance, "Task_Decide")
                + "/complete", decision);
        assertThat(byHead.status()).as(byHead.body()).isEqualTo(204);
        complete("licensing-clerk", instance, "Task_Deliver", "\"deliveredAt\": {\"value\": \"" + hourAgo() + "\"}, \"deliveryMethod\": {\"value\": \"POST\"}");
        Http.Response signOff = Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + taskId("bureau-head", instance, "Task_PublishSanction")
                + "/complete", "{\"variables\": {\"noticeTitle\": {\"value\": \"台儿庄某化工有限公司行政处罚结果公示\"}, \"noticeBody\": {\"value\": \"暂扣安全生产许可证 2 个月\"},"
                + " \"noticeApproved\": {\"value\": true}}}");
        assertThat(signOff.status()).as(signOff.body()).isEqualTo(204);

        JsonNode licence = Http.as(port, "enterprise", "demo").get("/api/registry/licences/" + URLEncoder.encode(number, StandardCharsets.UTF_8)).json();
        assertThat(licence.path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(licence.path("statusName").asText()).isEqualTo("暂扣");
        JsonNode change = licence.path("history").get(1);
        assertThat(change.path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(change.path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(change.path("actor").asText()).isEqualTo("bureau-head");
        assertThat(change.path("reason").asText()).startsWith("暂扣至 ").contains("（鲁台）应急罚〔2026〕21号");
        assertThat(change.path("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(Http.as(port, "enterprise", "demo").get("/engine-rest/process-instance?businessKey=" + caseNumber).json())
                .as("the holder reads its own case").hasSize(1);
        assertThat(Http.anonymous(port).get("/api/public/notices").json())
                .anySatisfy(notice -> assertThat(notice.path("caseNumber").asText()).isEqualTo(caseNumber));
    }

    @Test
    void shouldRefuseAnotherCountysWindowAndAnUnknownLicenceInChineseCreatingNothing() {
        String number = licence("000702");
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("licence-sanction").count();

        Http.Response otherCounty = Http.as(port, "shanting", "demo").post(START, opening(number, "370405"));
        Http.Response ownCounty = Http.as(port, "shanting", "demo").post(START, opening(number, "370406"));
        Http.Response unknown = Http.as(port, "licensing-clerk", "demo").post(START, opening("（鲁）JZ安许证字〔2025〕无此号", "370405"));

        assertThat(otherCounty.status()).as(otherCounty.body()).isEqualTo(403);
        assertThat(otherCounty.json().path("message").asText()).contains("只能在本人所属的管辖区划");
        assertThat(ownCounty.status()).as("its own county is not where the licence is registered").isEqualTo(400);
        assertThat(ownCounty.json().path("message").asText()).contains("应在该区划立案");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).contains("许可证登记簿中没有编号为");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("licence-sanction").count()).isEqualTo(before);
    }

    @Test
    void shouldNotLetWhoProposedTheRevocationChairItsHearing() {
        aReviewerWhoIsAlsoALegalReviewer();
        String number = licence("000703");
        Http.Response started = Http.as(port, "licensing-clerk", "demo").post(START, opening(number, "370405"));
        String instance = started.json().path("id").asText();
        complete("reviewer-legal", instance, "Task_Propose", "\"proposedSanction\": {\"value\": \"REVOKE\"},"
                + " \"sanctionFacts\": {\"value\": \"转让安全生产许可证\"}, \"legalBasis\": {\"value\": \"安全生产许可证条例第二十一条\"}");
        complete("licensing-clerk", instance, "Task_Notify", "\"noticeServedAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"noticeDeliveryMethod\": {\"value\": \"IN_PERSON\"}");
        complete("licensing-clerk", instance, "Task_Statement", "\"statementMade\": {\"value\": false}, \"hearingRequested\": {\"value\": true}");

        String notice = "{\"variables\": {\"hearingNoticeServedAt\": {\"value\": \"" + hourAgo() + "\"}, \"hearingAt\": {\"value\": \""
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(20).withNano(0) + "\"}, \"hearingPlace\": {\"value\": \"听证室\"}}}";
        String task = taskId("legal-reviewer", instance, "Task_HearingNotice");
        Http.Response byProposer = Http.as(port, "reviewer-legal", "Review#Legal2026").post("/engine-rest/task/" + task + "/complete", notice);
        assertThat(byProposer.status()).as(byProposer.body()).isEqualTo(403);
        assertThat(byProposer.json().path("message").asText()).contains("不能主持听证");
        Http reviewer = Http.as(port, "legal-reviewer", "demo");
        JsonNode chairs = reviewer.get("/engine-rest/task/" + task + "/form-variables?variableNames=hearingChairOptions").json()
                .path("hearingChairOptions").path("value");
        assertThat(chairs.findValuesAsText("value")).as("法制审核员 for 台儿庄区, not who proposed").contains("legal-reviewer", "taierzhuang")
                .doesNotContain("reviewer-legal", "licensing-reviewer");
        String submit = "/engine-rest/task/" + task + "/submit-form";
        Http.Response proposerNamed = reviewer.post(submit, notice.replace("}}}", "}, \"hearingChair\": {\"type\": \"String\", \"value\": \"reviewer-legal\"}}}"));
        assertThat(proposerNamed.status()).as(proposerNamed.body()).isEqualTo(400);
        assertThat(proposerNamed.json().path("message").asText()).contains("「听证主持人」（hearingChair）").contains("reviewer-legal 参与了本案");
        Http.Response clerkNamed = reviewer.post(submit, notice.replace("}}}", "}, \"hearingChair\": {\"type\": \"String\", \"value\": \"licensing-clerk\"}}}"));
        assertThat(clerkNamed.status()).as(clerkNamed.body()).isEqualTo(400);
        assertThat(clerkNamed.json().path("message").asText()).contains("的法制审核员：licensing-clerk 不是");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("hearingChair").count())
                .as("nothing stored").isZero();
        // A REST client that names no chair: whoever notices the hearing chairs it, as before.
        Http.Response byOther = reviewer.post("/engine-rest/task/" + task + "/complete", notice);
        assertThat(byOther.status()).as(byOther.body()).isEqualTo(204);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("hearingChair")
                .singleResult().getValue()).isEqualTo("legal-reviewer");
    }

    private void aReviewerWhoIsAlsoALegalReviewer() {
        if (identityService.createUserQuery().userId("reviewer-legal").count() == 0) {
            User user = identityService.newUser("reviewer-legal");
            user.setFirstName("许可审查员");
            user.setLastName("兼法制审核员");
            user.setPassword("Review#Legal2026");
            identityService.saveUser(user);
            identityService.createMembership("reviewer-legal", "licensing-reviewer");
            identityService.createMembership("reviewer-legal", "legal-reviewer");
            identityService.createTenantUserMembership("370405", "reviewer-legal");
        }
    }

    private String licence(String serial) {
        String number = "（鲁）WH安许证字〔2025〕" + serial + "号";
        Http.Response created = Http.as(port, "demo", "demo").post("/api/registry/licences", "{\"licenceNumber\": \"" + number + "\","
                + " \"licenceType\": \"HAZARDOUS_CHEMICALS_PRODUCTION\", \"enterpriseCreditCode\": \"" + HOLDER + "\","
                + " \"enterpriseName\": \"台儿庄某化工有限公司\", \"jurisdiction\": \"370405\", \"validFrom\": \"2025-01-01\", \"validUntil\": \"2028-12-31\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return number;
    }

    private static String opening(String number, String jurisdiction) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"" + jurisdiction + "\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
                + " \"enterpriseCreditCode\": {\"value\": \"" + HOLDER + "\"}, \"licenceNumber\": {\"value\": \"" + number + "\"},"
                + " \"sanctionSource\": {\"value\": \"CONDITIONS_NOT_MET\"}, \"sourceDescription\": {\"value\": \"监督检查发现不再具备安全生产条件\"}}}";
    }

    private static String hourAgo() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0).toString();
    }

    private void complete(String user, String instance, String taskKey, String variables) {
        String password = user.equals("reviewer-legal") ? "Review#Legal2026" : "demo";
        Http.Response response = Http.as(port, user, password).post("/engine-rest/task/" + taskId(user, instance, taskKey) + "/complete",
                "{\"variables\": {" + variables + "}}");
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private String taskId(String user, String instance, String taskKey) {
        String password = user.equals("reviewer-legal") ? "Review#Legal2026" : "demo";
        JsonNode tasks = Http.as(port, user, password).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to " + user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
