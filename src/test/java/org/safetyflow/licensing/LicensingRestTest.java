package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safetyflow.registry.EnterpriseGroups;
import org.safetyflow.security.Role;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A licence application over the REST API as the people who handle it — the window registers an application
 * (the enterprise may apply for itself only), accepts, the reviewer checks on site, the 机关负责人 decides, the window delivers — and the messages of
 * contract §9 from the window only; the applicant's own 补正 and hearing request, the 机关负责人 naming a hearing chair who
 * did not review the application. Nobody here is an administrator.
 */
@EngineTest
class LicensingRestTest {

    private static final String START = "/engine-rest/process-definition/key/licensing-approval/start";
    private static final String PASSWORD = "Xk#Enterprise2026";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    @Test
    void shouldRunAnApplicationFromTheEnterpriseToTheLicenceInTheRegister() {
        String creditCode = "91370405MA3L00005" + org.safetyflow.input.UnifiedSocialCreditCode.checkCharacter("91370405MA3L00005");
        Http.Response started = Http.as(port, "licensing-clerk", "demo").post(START, application(creditCode, "台儿庄某新材料有限公司"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();

        complete("licensing-clerk", instance, "Task_Accept", "\"acceptanceDecision\": {\"value\": \"ACCEPT\"}, \"acceptanceOpinion\": {\"value\": \"材料齐全\"}");
        complete("licensing-reviewer", instance, "Task_Review", "\"siteCheckedAt\": {\"value\": \"2026-03-02T09:30:00+08:00\"},"
                + "\"siteCheckInspectors\": {\"value\": \"张明、李华\"}, \"siteCheckFindings\": {\"value\": \"符合\"},"
                + "\"reviewOpinion\": {\"value\": \"符合条件\"}, \"proposedDecision\": {\"value\": \"GRANTED\"}");
        String audit = taskId("licensing-reviewer", instance, "Task_Audit");
        Http.Response selfAudit = Http.as(port, "licensing-reviewer", "demo").post("/engine-rest/task/" + audit + "/complete",
                "{\"variables\": {\"auditConclusion\": {\"value\": \"AGREE\"}, \"auditOpinion\": {\"value\": \"同意\"}}}");
        assertThat(selfAudit.status()).as("审查与审核分离").isEqualTo(403);
        assertThat(selfAudit.json().path("message").asText()).contains("审核应当由审查人员以外的人员进行");
        assertThat(taskId("licensing-reviewer", instance, "Task_Audit")).as("nothing changed").isEqualTo(audit);
        complete("taierzhuang", instance, "Task_Audit", "\"auditConclusion\": {\"value\": \"AGREE\"}, \"auditOpinion\": {\"value\": \"同意审查意见\"}");
        Http.Response byReviewer = Http.as(port, "licensing-reviewer", "demo").post("/engine-rest/task/"
                + taskId("bureau-head", instance, "Task_Decide") + "/complete", "{\"variables\": {\"licensingDecision\": {\"value\": \"GRANTED\"},"
                + " \"decisionReason\": {\"value\": \"自己决定\"}}}");
        assertThat(byReviewer.status()).as("the decision is the head's").isEqualTo(403);
        complete("bureau-head", instance, "Task_Decide", "\"licensingDecision\": {\"value\": \"GRANTED\"}, \"decisionReason\": {\"value\": \"符合条件\"}");
        complete("licensing-clerk", instance, "Task_Deliver", "\"deliveredAt\": {\"value\": \"2026-03-02T09:40:00+08:00\"},"
                + " \"deliveryMethod\": {\"value\": \"IN_PERSON\"}");

        JsonNode licences = Http.as(port, "enterprise", "demo").get("/api/registry/licences?enterpriseCreditCode=" + creditCode).json();
        assertThat(licences).anySatisfy(licence -> assertThat(licence.path("history").get(0).path("caseNumber").asText())
                .isEqualTo(started.json().path("businessKey").asText()));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("decision")
                .singleResult().getValue()).isEqualTo("GRANTED");
    }

    @Test
    void shouldLetOnlyTheWindowWithdrawAndRefuseAnotherCompanysApplication() {
        Http.Response other = Http.as(port, "enterprise", "demo").post(START, application("913704057060000006", "台儿庄某机械有限公司"));
        Http.Response own = Http.as(port, "enterprise", "demo").post(START, application("91370405MA3C000019", "台儿庄某化工有限公司"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(own.status()).as("an enterprise applies for itself").isEqualTo(200);
        String caseNumber = Http.as(port, "licensing-clerk", "demo").post(START, application("913704057060000006", "台儿庄某机械有限公司"))
                .json().path("businessKey").asText();

        Http.Response byEnterprise = Http.as(port, "licensing-reviewer", "demo").post("/engine-rest/message",
                "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"" + caseNumber + "\", \"processVariables\": {\"withdrawalReason\": {\"value\": \"暂缓\"}}}");
        Http.Response noReason = Http.as(port, "licensing-clerk", "demo").post("/engine-rest/message",
                "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"" + caseNumber + "\"}");
        Http.Response withdrawn = Http.as(port, "licensing-clerk", "demo").post("/engine-rest/message",
                "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"" + caseNumber + "\", \"processVariables\": {\"withdrawalReason\": {\"value\": \"企业决定暂缓投产\"}}}");

        assertThat(byEnterprise.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("message").asText()).contains("撤回理由");
        assertThat(withdrawn.status()).as(withdrawn.body()).isIn(200, 204);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getState())
                .isEqualTo("COMPLETED");
    }

    @Test
    void shouldLetTheApplicantSubmitItsOwnCorrectionAndNoOtherEnterprise() {
        String intruder = otherEnterpriseUser();
        Http.Response started = Http.as(port, "enterprise", "demo").post(START, application("91370405MA3C000019", "台儿庄某化工有限公司"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        complete("licensing-clerk", instance, "Task_Accept", "\"acceptanceDecision\": {\"value\": \"CORRECTION\"}, \"acceptanceOpinion\": {\"value\": \"材料不全\"},"
                + " \"missingItems\": {\"value\": \"工伤保险参保证明\"}");

        String taskId = taskId("enterprise", instance, "Task_SubmitCorrection");
        assertThat(Http.as(port, intruder, PASSWORD).get("/engine-rest/task?processInstanceId=" + instance).json().size())
                .as("another enterprise sees nothing of it").isZero();
        Http.Response byIntruder = Http.as(port, intruder, PASSWORD).post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"correctionMaterials\": {\"value\": \"伪造的材料\"}}}");
        assertThat(byIntruder.status()).as(byIntruder.body()).isEqualTo(403);
        Http.Response byClerk = Http.as(port, "licensing-clerk", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"correctionMaterials\": {\"value\": \"代交的材料\"}}}");
        assertThat(byClerk.status()).as("the window hands it in by the message, not on the applicant's task").isEqualTo(403);

        Http.Response rewriting = Http.as(port, "enterprise", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"correctionMaterials\": {\"value\": \"补交\"}, \"licenceType\": {\"value\": \"CIVIL_EXPLOSIVES_PRODUCTION\"}}}");
        assertThat(rewriting.status()).as("a step does not rewrite the case's own variables").isEqualTo(400);
        assertThat(rewriting.json().path("field").asText()).isEqualTo("licenceType");
        assertThat(Http.as(port, "licensing-clerk", "demo").get("/engine-rest/process-instance/" + instance + "/variables/licenceType")
                .json().path("value").asText()).isEqualTo("HAZARDOUS_CHEMICALS_PRODUCTION");

        complete("enterprise", instance, "Task_SubmitCorrection", "\"correctionMaterials\": {\"value\": \"工伤保险参保证明\"}");
        assertThat(taskId("licensing-clerk", instance, "Task_Accept")).isNotBlank();
    }

    @Test
    void shouldHoldAHearingTheApplicantAskedForChairedByAnotherThanTheReviewer() {
        String instance = Http.as(port, "licensing-clerk", "demo").post(START, application("91370405MA3C000019", "台儿庄某化工有限公司"))
                .json().path("id").asText();
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        complete("licensing-clerk", instance, "Task_Accept", "\"acceptanceDecision\": {\"value\": \"ACCEPT\"}, \"acceptanceOpinion\": {\"value\": \"材料齐全\"}");
        complete("licensing-reviewer", instance, "Task_Review", "\"siteCheckedAt\": {\"value\": \"" + now + "\"},"
                + "\"siteCheckInspectors\": {\"value\": \"张明、李华\"}, \"siteCheckFindings\": {\"value\": \"符合\"},"
                + "\"reviewOpinion\": {\"value\": \"符合条件\"}, \"proposedDecision\": {\"value\": \"GRANTED\"},"
                + "\"hearingRequired\": {\"value\": true}, \"hearingGround\": {\"value\": \"MAJOR_INTEREST\"},"
                + "\"hearingMatters\": {\"value\": \"储罐区与相邻居民区的安全距离\"}");
        complete("licensing-clerk", instance, "Task_HearingNotice", "\"hearingNoticeServedAt\": {\"value\": \"" + now + "\"},"
                + " \"hearingNoticeMethod\": {\"value\": \"IN_PERSON\"}");
        complete("enterprise", instance, "Task_HearingRequest", "\"hearingRequested\": {\"value\": true}");

        String arrangement = "\"hearingAt\": {\"value\": \"" + now.plusDays(8).withHour(10).withMinute(0) + "\"},"
                + " \"hearingPlace\": {\"value\": \"区应急管理局第一会议室\"}, \"hearingNotifiedAt\": {\"value\": \"" + now + "\"}";
        String arrange = taskId("bureau-head", instance, "Task_HearingArrange");
        Http.Response reviewerChairs = Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + arrange + "/complete",
                "{\"variables\": {\"hearingChair\": {\"value\": \"licensing-reviewer\"}, " + arrangement + "}}");
        assertThat(reviewerChairs.status()).isEqualTo(400);
        assertThat(reviewerChairs.json().path("message").asText()).contains("审查该行政许可申请的工作人员以外的人员");
        complete("bureau-head", instance, "Task_HearingArrange", "\"hearingChair\": {\"value\": \"taierzhuang\"}, " + arrangement);
        complete("taierzhuang", instance, "Task_HearingRecord", "\"hearingHeldAt\": {\"value\": \"" + now + "\"},"
                + " \"hearingParticipants\": {\"value\": \"申请人代表、审查人员、利害关系人\"}, \"hearingRecord\": {\"value\": \"各方陈述意见\"}");

        complete("zaozhuang", instance, "Task_Audit", "\"auditConclusion\": {\"value\": \"AGREE\"}, \"auditOpinion\": {\"value\": \"同意不予许可的审查意见\"}");
        complete("bureau-head", instance, "Task_Decide", "\"licensingDecision\": {\"value\": \"REFUSED\"},"
                + " \"decisionReason\": {\"value\": \"根据听证笔录，安全距离不足；可依法申请行政复议或提起行政诉讼\"}");
        assertThat(taskId("licensing-clerk", instance, "Task_DeliverRefusal")).isNotBlank();
    }

    /** A user who acts for another enterprise of the same county. */
    private String otherEnterpriseUser() {
        String user = "licensing-other-enterprise";
        if (identityService.createUserQuery().userId(user).count() == 0) {
            User created = identityService.newUser(user);
            created.setPassword(PASSWORD);
            identityService.saveUser(created);
            identityService.createMembership(user, EnterpriseGroups.ensure(identityService, "913704057060000006", "台儿庄某机械有限公司"));
            identityService.createMembership(user, Role.ENTERPRISE.groupId());
            identityService.createTenantUserMembership("370405", user);
        }
        return user;
    }

    private String application(String creditCode, String name) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"" + name + "\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"" + creditCode + "\"}, \"licenceType\": {\"value\": \"HAZARDOUS_CHEMICALS_PRODUCTION\"},"
                + "\"applicationType\": {\"value\": \"NEW\"}, \"receivedAt\": {\"value\": \"2026-03-02T08:30:00+08:00\"},"
                + "\"workInjuryInsuranceCertificate\": {\"value\": \"鲁工伤〔2026〕0302号\"}, \"insuredHeadcount\": {\"value\": 80},"
                + "\"employeeCount\": {\"value\": 80}, \"workInjuryInsuranceValidUntil\": {\"value\": \"2026-12-31\"}}}";
    }

    private void complete(String user, String instance, String taskKey, String variables) {
        Http.Response response = Http.as(port, user, "demo").post("/engine-rest/task/" + taskId(user, instance, taskKey) + "/complete",
                "{\"variables\": {" + variables + "}}");
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private String taskId(String user, String instance, String taskKey) {
        JsonNode tasks = Http.as(port, user, "demo").get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to " + user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
