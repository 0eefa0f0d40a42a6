package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The execution of a 行政处罚决定 over the REST API as the people who carry it out: only the enterprise applies for 复产,
 * only 执法人员 review it, report a 拒不执行 and recheck a 责令改正; bad input is a 400 in Chinese and stores nothing; the
 * cases these steps open (停止供电, 按日连续处罚) are named in both timelines.
 */
@EngineTest
class PenaltyExecutionRestTest {

    private static final String START = "/engine-rest/process-definition/key/administrative-penalty/start";
    private static final String PARTY = "91370405MA3C000019";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldLetOnlyTheEnterpriseApplyForResumptionAndOnlyOfficersReviewItOrReportARefusalToStop() {
        String instance = throughStatement("\"proposedShutdown\": {\"value\": true}");
        complete("legal-reviewer", instance, "Task_LegalReview", "\"legalReviewOpinion\": {\"value\": \"同意\"}, \"legalReviewAgreed\": {\"value\": true}");
        complete("bureau-head", instance, "Task_Collective", "\"discussionHeldAt\": {\"value\": \"" + hoursAgo(1) + "\"},"
                + " \"discussionParticipants\": {\"value\": \"局长、副局长\"}, \"discussionRecord\": {\"value\": \"同意\"}, \"discussionConclusion\": {\"value\": \"同意\"}");
        notified(instance);
        Http.Response noDeadline = Http.as(port, "bureau-head", "demo").post(complete(taskId("bureau-head", instance, "Task_Decide")),
                decision("\"shutdown\": {\"value\": true}, \"correctionOrdered\": {\"value\": true}, \"correctionRequirement\": {\"value\": \"设置紧急切断装置\"}"));
        assertThat(noDeadline.status()).as(noDeadline.body()).isEqualTo(400);
        assertThat(noDeadline.json().path("message").asText()).contains("改正期限");
        assertThat(variable(instance, "decision")).as("nothing stored").isNull();
        complete("bureau-head", instance, "Task_Decide", decisionVariables("\"shutdown\": {\"value\": true}"));
        servedAndPublished(instance);

        String application = "{\"variables\": {\"resumptionAppliedAt\": {\"value\": \"" + hoursAgo(1) + "\"}, \"resumptionReport\": {\"value\": \"已整改\"}}}";
        String applyTask = taskId("enterprise", instance, "Task_ApplyResumption");
        assertThat(Http.as(port, "enforcement-officer", "demo").post(complete(applyTask), application).status())
                .as("the application is the enterprise's own").isEqualTo(403);
        Http.Response noReport = Http.as(port, "enterprise", "demo").post(complete(applyTask),
                "{\"variables\": {\"resumptionAppliedAt\": {\"value\": \"" + hoursAgo(1) + "\"}}}");
        assertThat(noReport.status()).as(noReport.body()).isEqualTo(400);
        assertThat(noReport.json().path("message").asText()).contains("整顿情况和恢复生产经营的申请");
        assertThat(Http.as(port, "enterprise", "demo").post(complete(applyTask), application).status()).isEqualTo(204);

        String message = "{\"messageName\": \"penalty-shutdown-refused\", \"businessKey\": \"" + caseNumber(instance) + "\"}";
        assertThat(Http.as(port, "licensing-clerk", "demo").post("/engine-rest/message", message).status()).as("only 执法人员 report it").isEqualTo(403);
        Http.Response reported = Http.as(port, "enforcement-officer", "demo").post("/engine-rest/message", message);
        assertThat(reported.status()).as(reported.body()).isIn(200, 204);
        String refusal = "\"shutdownRefusalFoundAt\": {\"value\": \"" + hoursAgo(1) + "\"}, \"shutdownRefusalOfficers\": {\"value\": \"enforcement-officer、hazard-officer\"},"
                + " \"shutdownRefusalFacts\": {\"value\": \"擅自恢复生产\"}, \"accidentRiskReal\": {\"value\": true}";
        Http.Response noMeasure = Http.as(port, "enforcement-officer", "demo").post(complete(taskId("enforcement-officer", instance,
                "Task_RecordShutdownRefusal")), "{\"variables\": {" + refusal + "}}");
        assertThat(noMeasure.status()).as(noMeasure.body()).isEqualTo(400);
        assertThat(noMeasure.json().path("message").asText()).contains("停止供电或者停止供应民用爆炸物品");
        String refusalTask = taskId("enforcement-officer", instance, "Task_RecordShutdownRefusal");
        String ticked = refusal.replace("\"shutdownRefusalOfficers\": {\"value\": \"enforcement-officer、hazard-officer\"}", "\"shutdownRefusalOfficers\": "
                + TasklistValues.checklist("Json", "enforcement-officer", "inspector-fire-1")) + ", \"supplyMeasure\": {\"value\": \"POWER_CUT\"}";
        assertThat(ticked).isNotEqualTo(refusal);
        Http.Response fireOfficer = Http.as(port, "enforcement-officer", "demo").post(submit(refusalTask), "{\"variables\": {" + ticked + "}}");
        assertThat(fireOfficer.status()).as(fireOfficer.body()).isEqualTo(400);
        assertThat(fireOfficer.json().path("message").asText()).contains("「现场执法人员」（shutdownRefusalOfficers）中 inspector-fire-1 不是")
                .contains("应急管理执法人员");
        assertThat(variable(instance, "supplyStopCaseNumber")).as("nothing stored").isNull();
        Http.Response recorded = Http.as(port, "enforcement-officer", "demo").post(submit(refusalTask), "{\"variables\": {"
                + ticked.replace("inspector-fire-1", "hazard-officer") + "}}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
        String powerCut = (String) variable(instance, "supplyStopCaseNumber");
        assertThat(powerCut).startsWith("QZ-370405-");
        Http auditor = Http.as(port, "auditor", "demo");
        assertThat(auditor.get("/api/audit/cases/" + caseNumber(instance) + "/timeline").body()).contains("采取行政强制措施：" + powerCut);
        assertThat(auditor.get("/api/audit/cases/" + powerCut + "/timeline").body()).contains("行政强制措施的来源案件：" + caseNumber(instance));

        String review = "\"resumptionReviewedAt\": {\"value\": \"" + hoursAgo(0) + "\"}, \"resumptionAgreed\": {\"value\": true},"
                + " \"resumptionOpinion\": {\"value\": \"整改到位\"}, \"resumptionReviewers\": {\"value\": ";
        String reviewTask = taskId("enforcement-officer", instance, "Task_ReviewResumption");
        assertThat(Http.as(port, "hazard-officer", "demo").post(complete(reviewTask), "{\"variables\": {" + review + "\"enforcement-officer、hazard-officer\"}}}").status())
                .as("the review is the 执法人员's").isEqualTo(403);
        Http.Response alone = Http.as(port, "enforcement-officer", "demo").post(complete(reviewTask), "{\"variables\": {" + review + "\"enforcement-officer\"}}}");
        assertThat(alone.status()).as(alone.body()).isEqualTo(400);
        assertThat(alone.json().path("message").asText()).contains("不得少于两人");
        assertThat(variable(instance, "resumptionAgreed")).as("nothing stored").isNull();
        JsonNode offered = Http.as(port, "enforcement-officer", "demo").get("/engine-rest/task/" + reviewTask
                + "/form-variables?variableNames=officerOptions").json().path("officerOptions").path("value");
        assertThat(offered.findValuesAsText("value")).contains("enforcement-officer", "hazard-officer").doesNotContain("taierzhuang");
        String reviewed = review.substring(0, review.lastIndexOf(", \"resumptionReviewers\""));
        Http.Response stranger = Http.as(port, "enforcement-officer", "demo").post(submit(reviewTask), "{\"variables\": {" + reviewed
                + ", \"resumptionReviewers\": " + TasklistValues.checklist("Null", "hazard-officer", "nobody") + "}}");
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(400);
        assertThat(stranger.json().path("message").asText()).contains("「审查的执法人员」（resumptionReviewers）中 nobody 不是");
        Http.Response agreed = Http.as(port, "enforcement-officer", "demo").post(submit(reviewTask), "{\"variables\": {" + reviewed
                + ", \"resumptionReviewers\": " + TasklistValues.checklist("Null", "hazard-officer", "enforcement-officer") + "}}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(204);
        assertThat((String) variable(instance, "resumptionReviewersText")).startsWith("隐患监管员（演示）（执法证号 ");
        assertThat(variable(instance, "shutdownStatus")).isEqualTo("RESUMED");
        complete("bureau-head", instance, "Task_Close", "\"closingOpinion\": {\"value\": \"同意结案\"}");
    }

    @Test
    void shouldRecheckACorrectionAfterItsDeadlineAndOpenTheDailyFineCaseRefusingBadInputAndOtherRoles() {
        String instance = throughStatement("\"proposedFineYuan\": {\"value\": 20000, \"type\": \"Double\"}");
        notified(instance);
        String due = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).withNano(0).toString();
        complete("bureau-head", instance, "Task_Decide", decisionVariables("\"fineAmountYuan\": {\"value\": 20000, \"type\": \"Double\"},"
                + " \"correctionOrdered\": {\"value\": true}, \"correctionRequirement\": {\"value\": \"配备持证人员\"}, \"correctionDueDate\": {\"value\": \"" + due + "\"}"));
        servedAndPublished(instance);

        // Three days on, the deadline has passed: the engine's timer fires (run here rather than by the job executor).
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.now().plusDays(3).toInstant()));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).activityId("Timer_CorrectionDue").singleResult().getId());
        String recheckedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).minusHours(1).withNano(0).toString();
        String recheck = "\"recheckedAt\": {\"value\": \"" + recheckedAt + "\"}, \"corrected\": {\"value\": false},"
                + " \"recheckOpinion\": {\"value\": \"仍无证作业\"}, \"recheckers\": {\"value\": ";
        String recheckTask = taskId("enforcement-officer", instance, "Task_CorrectionRecheck");
        assertThat(Http.as(port, "legal-reviewer", "demo").post(complete(recheckTask), "{\"variables\": {" + recheck + "\"enforcement-officer、hazard-officer\"}}}").status())
                .as("the 复查 is the 执法人员's").isEqualTo(403);
        Http.Response alone = Http.as(port, "enforcement-officer", "demo").post(complete(recheckTask), "{\"variables\": {" + recheck + "\"enforcement-officer\"}}}");
        assertThat(alone.status()).as(alone.body()).isEqualTo(400);
        assertThat(alone.json().path("message").asText()).contains("不得少于两人");
        long penalties = penaltyCases();
        assertThat(variable(instance, "corrected")).as("nothing stored").isNull();

        String rechecked = recheck.substring(0, recheck.lastIndexOf(", \"recheckers\""));
        Http.Response marketOfficer = Http.as(port, "enforcement-officer", "demo").post(submit(recheckTask), "{\"variables\": {" + rechecked
                + ", \"recheckers\": " + TasklistValues.checklist("Object", "enforcement-officer", "inspector-market-1") + "}}");
        assertThat(marketOfficer.status()).as(marketOfficer.body()).isEqualTo(400);
        assertThat(marketOfficer.json().path("message").asText()).contains("「复查的执法人员」（recheckers）中 inspector-market-1 不是");
        assertThat(variable(instance, "corrected")).as("nothing stored").isNull();
        assertThat(penaltyCases()).isEqualTo(penalties);
        Http.Response ticked = Http.as(port, "enforcement-officer", "demo").post(submit(recheckTask), "{\"variables\": {" + rechecked
                + ", \"recheckers\": " + TasklistValues.checklist("Object", "enforcement-officer", "hazard-officer") + "}}");
        assertThat(ticked.status()).as(ticked.body()).isEqualTo(204);
        assertThat(variable(instance, "recheckers")).isEqualTo(java.util.List.of("enforcement-officer", "hazard-officer"));
        String daily = (String) variable(instance, "continuingViolationCaseNumber");
        assertThat(penaltyCases()).isEqualTo(penalties + 1);
        Http auditor = Http.as(port, "auditor", "demo");
        assertThat(auditor.get("/api/audit/cases/" + caseNumber(instance) + "/timeline").body()).contains("拒不改正，按日连续处罚：" + daily);
        assertThat(auditor.get("/api/audit/cases/" + daily + "/timeline").body()).contains("按日连续处罚的原处罚案件：" + caseNumber(instance));
    }

    @Test
    void shouldRefuseADailyFineCaseWithoutItsFineOrDaysAndOtherRolesInChineseStoringNothing() {
        long before = penaltyCases();
        String source = caseNumber(start(""));
        before++;
        Http.Response noFine = Http.as(port, "enforcement-officer", "demo").post(START, opening(continuing(source, "", hoursAgo(48), hoursAgo(1))));
        assertThat(noFine.status()).as(noFine.body()).isEqualTo(400);
        assertThat(noFine.json().path("message").asText()).contains("原处罚决定的罚款数额");
        Http.Response noDays = Http.as(port, "enforcement-officer", "demo").post(START, opening(continuing(source,
                ", \"originalFineYuan\": {\"value\": 20000, \"type\": \"Double\"}", hoursAgo(1), hoursAgo(48))));
        assertThat(noDays.status()).as(noDays.body()).isEqualTo(400);
        assertThat(noDays.json().path("message").asText()).contains("计罚日数为 0");
        Http.Response byClerk = Http.as(port, "licensing-clerk", "demo").post(START, opening(continuing(source,
                ", \"originalFineYuan\": {\"value\": 20000, \"type\": \"Double\"}", hoursAgo(48), hoursAgo(1))));
        assertThat(byClerk.status()).as(byClerk.body()).isEqualTo(403);
        assertThat(penaltyCases()).isEqualTo(before);

        Http.Response started = Http.as(port, "enforcement-officer", "demo").post(START, opening(continuing(source,
                ", \"originalFineYuan\": {\"value\": 20000, \"type\": \"Double\"}", hoursAgo(48), hoursAgo(1))));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        JsonNode variables = Http.as(port, "enforcement-officer", "demo").get("/engine-rest/process-instance/" + started.json().path("id").asText()
                + "/variables").json();
        assertThat(variables.path("dailyFineReason").path("value").asText()).contains("安全生产法第一百一十二条");
    }

    // ---- the walk

    private String start(String more) {
        Http.Response started = Http.as(port, "enforcement-officer", "demo").post(START, opening("\"caseSource\": {\"value\": \"INSPECTION\"}" + more));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().path("id").asText();
    }

    private String throughStatement(String proposed) {
        String instance = start("");
        complete("bureau-head", instance, "Task_ApproveFiling", "\"filingApproved\": {\"value\": true}, \"filingOpinion\": {\"value\": \"同意立案\"}");
        complete("enforcement-officer", instance, "Task_Investigate", "\"investigators\": {\"value\": \"enforcement-officer、hazard-officer\"},"
                + " \"interviewRecords\": {\"value\": \"XW-01\"}, \"evidenceSummary\": {\"value\": \"无证上岗\"}");
        complete("enforcement-officer", instance, "Task_Propose", "\"partyType\": {\"value\": \"UNIT\"}, \"violationFindings\": {\"value\": \"无证上岗\"},"
                + " \"legalBasis\": {\"value\": \"安全生产法第九十七条第七项\"}, " + proposed);
        return instance;
    }

    private void notified(String instance) {
        complete("enforcement-officer", instance, "Task_Notify", "\"noticeServedAt\": {\"value\": \"" + hoursAgo(1) + "\"},"
                + " \"noticeDeliveryMethod\": {\"value\": \"IN_PERSON\"}");
        complete("enforcement-officer", instance, "Task_Statement", "\"statementMade\": {\"value\": false}, \"hearingRequested\": {\"value\": false}");
    }

    private void servedAndPublished(String instance) {
        complete("enforcement-officer", instance, "Task_Deliver", "\"deliveredAt\": {\"value\": \"" + hoursAgo(1) + "\"}, \"deliveryMethod\": {\"value\": \"IN_PERSON\"}");
        complete("bureau-head", instance, "Task_Publish", "\"noticeTitle\": {\"value\": \"台儿庄某化工有限公司行政处罚结果公示\"},"
                + " \"noticeBody\": {\"value\": \"处罚决定\"}, \"noticeApproved\": {\"value\": true}");
    }

    private static String decision(String penalties) {
        return "{\"variables\": {" + decisionVariables(penalties) + "}}";
    }

    private static String decisionVariables(String penalties) {
        return "\"decisionOutcome\": {\"value\": \"PENALIZE\"}, \"decisionNumber\": {\"value\": \"（鲁台）应急罚〔2026〕41号\"},"
                + " \"decisionReason\": {\"value\": \"事实清楚；可申请行政复议或提起行政诉讼\"}, " + penalties;
    }

    private static String continuing(String source, String fine, String from, String found) {
        return "\"caseSource\": {\"value\": \"CONTINUING_VIOLATION\"}, \"sourceCaseNumber\": {\"value\": \"" + source + "\"},"
                + " \"dailyFineFrom\": {\"value\": \"" + from + "\"}, \"refusalFoundOn\": {\"value\": \"" + found + "\"}" + fine;
    }

    private static String opening(String source) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
                + " \"enterpriseCreditCode\": {\"value\": \"" + PARTY + "\"}, \"violationFacts\": {\"value\": \"特种作业人员无证上岗\"},"
                + " \"openedAt\": {\"value\": \"" + hoursAgo(1) + "\"}, " + source + "}}";
    }

    private static String hoursAgo(int hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(hours).minusMinutes(1).withNano(0).toString();
    }

    private long penaltyCases() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("administrative-penalty").count();
    }

    private String caseNumber(String instance) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    }

    private Object variable(String instance, String name) {
        return runtimeService.getVariable(instance, name);
    }

    private static String submit(String taskId) {
        return "/engine-rest/task/" + taskId + "/submit-form";
    }

    private static String complete(String taskId) {
        return "/engine-rest/task/" + taskId + "/complete";
    }

    private void complete(String user, String instance, String taskKey, String variables) {
        Http.Response response = Http.as(port, user, "demo").post(complete(taskId(user, instance, taskKey)), "{\"variables\": {" + variables + "}}");
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private String taskId(String user, String instance, String taskKey) {
        JsonNode tasks = Http.as(port, user, "demo").get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to " + user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
