package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 行政处罚 over the REST API as the people who handle it: the 执法人员 opens and investigates, the 机关负责人 approves
 * the 立案, discusses and decides, the 法制审核员 reviews and chairs the hearing — but not one who investigated the case;
 * other roles are refused 403 and bad input 400 in Chinese, with nothing stored.
 */
@EngineTest
class AdministrativePenaltyRestTest {

    private static final String START = "/engine-rest/process-definition/key/administrative-penalty/start";
    private static final String PARTY = "91370405MA3C000019";
    private static final String OFFICER_LEGAL = "officer-legal";
    private static final String OFFICER_LEGAL_PASSWORD = "Officer#Legal2026";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void shouldLetTheOfficerOpenTheLegalReviewerReviewAndTheHeadDecideButNotAnInvestigatorChairTheHearing() {
        anOfficerWhoIsAlsoALegalReviewer();
        Http.Response started = Http.as(port, "enforcement-officer", "demo").post(START, opening(PARTY, null));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        assertThat(started.json().path("businessKey").asText()).startsWith("CF-370405-");

        complete("bureau-head", instance, "Task_ApproveFiling", "\"filingApproved\": {\"value\": true}, \"filingOpinion\": {\"value\": \"同意立案\"}");
        complete(OFFICER_LEGAL, instance, "Task_Investigate", "\"investigators\": {\"value\": \"enforcement-officer、hazard-officer\"},"
                + " \"interviewRecords\": {\"value\": \"XW-01\"}, \"evidenceSummary\": {\"value\": \"特种作业人员无证上岗\"}");
        complete("enforcement-officer", instance, "Task_Propose", "\"partyType\": {\"value\": \"UNIT\"}, \"violationFindings\": {\"value\": \"无证上岗\"},"
                + " \"legalBasis\": {\"value\": \"安全生产法第九十七条第七项\"}, \"proposedFineYuan\": {\"value\": 150000, \"type\": \"Double\"}");

        String review = "{\"variables\": {\"legalReviewOpinion\": {\"value\": \"同意\"}, \"legalReviewAgreed\": {\"value\": true}}}";
        String reviewTask = taskId("legal-reviewer", instance, "Task_LegalReview");
        Http.Response byHazardOfficer = Http.as(port, "hazard-officer", "demo").post("/engine-rest/task/" + reviewTask + "/complete", review);
        assertThat(byHazardOfficer.status()).as("the review is the legal reviewer's").isEqualTo(403);
        Http.Response byReviewer = Http.as(port, "legal-reviewer", "demo").post("/engine-rest/task/" + reviewTask + "/complete", review);
        assertThat(byReviewer.status()).as(byReviewer.body()).isEqualTo(204);

        complete("bureau-head", instance, "Task_Collective", "\"discussionHeldAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"discussionParticipants\": {\"value\": \"局长、副局长\"}, \"discussionRecord\": {\"value\": \"同意罚款\"}, \"discussionConclusion\": {\"value\": \"同意\"}");
        complete("enforcement-officer", instance, "Task_Notify", "\"noticeServedAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"noticeDeliveryMethod\": {\"value\": \"IN_PERSON\"}");
        complete("enforcement-officer", instance, "Task_Statement", "\"statementMade\": {\"value\": false}, \"hearingRequested\": {\"value\": true}");

        String notice = "{\"variables\": {\"hearingNoticeServedAt\": {\"value\": \"" + hourAgo() + "\"}, \"hearingAt\": {\"value\": \""
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).withNano(0) + "\"}, \"hearingPlace\": {\"value\": \"听证室\"}}}";
        String noticeTask = taskId("legal-reviewer", instance, "Task_HearingNotice");
        Http.Response byInvestigator = Http.as(port, OFFICER_LEGAL, OFFICER_LEGAL_PASSWORD).post("/engine-rest/task/" + noticeTask + "/complete", notice);
        assertThat(byInvestigator.status()).as(byInvestigator.body()).isEqualTo(403);
        assertThat(byInvestigator.json().path("message").asText()).contains("不能主持听证");
        complete("legal-reviewer", instance, "Task_HearingNotice", notice.substring("{\"variables\": {".length(), notice.length() - 2));
        complete("legal-reviewer", instance, "Task_Hearing", "\"hearingHeldAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"hearingParticipants\": {\"value\": \"主持人、当事人\"}, \"hearingRecord\": {\"value\": \"无异议\"}, \"hearingOpinion\": {\"value\": \"维持\"}");

        String decision = "{\"variables\": {\"decisionOutcome\": {\"value\": \"PENALIZE\"}, \"fineAmountYuan\": {\"value\": 150000, \"type\": \"Double\"},"
                + " \"decisionNumber\": {\"value\": \"（鲁台）应急罚〔2026〕31号\"}, \"decisionReason\": {\"value\": \"事实清楚；可申请行政复议或提起行政诉讼\"}}}";
        String decideTask = taskId("bureau-head", instance, "Task_Decide");
        Http.Response byOfficer = Http.as(port, "enforcement-officer", "demo").post("/engine-rest/task/" + decideTask + "/complete", decision);
        assertThat(byOfficer.status()).as("the decision is the head's").isEqualTo(403);
        Http.Response byHead = Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + decideTask + "/complete", decision);
        assertThat(byHead.status()).as(byHead.body()).isEqualTo(204);

        JsonNode variables = Http.as(port, "enforcement-officer", "demo").get("/engine-rest/process-instance/" + instance + "/variables").json();
        assertThat(variables.path("decision").path("value").asText()).isEqualTo("PENALIZED");
        assertThat(variables.path("penaltyDecisionText").path("value").asText()).isEqualTo("罚款15万元");
        assertThat(variables.path("hearingChair").path("value").asText()).isEqualTo("legal-reviewer");
    }

    @Test
    void shouldTakeTheOfficersAndTheChairTickedInTasklistAndRefuseAnyoneNotOfferedNamingTheField() {
        Http officer = Http.as(port, "enforcement-officer", "demo");
        Http.Response started = officer.post(START, opening(PARTY, null));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        complete("bureau-head", instance, "Task_ApproveFiling", "\"filingApproved\": {\"value\": true}, \"filingOpinion\": {\"value\": \"同意立案\"}");

        String investigation = taskId("enforcement-officer", instance, "Task_Investigate");
        JsonNode offered = officer.get("/engine-rest/task/" + investigation + "/form-variables?variableNames=officerOptions").json()
                .path("officerOptions").path("value");
        assertThat(offered.findValuesAsText("value")).as("the roster's 应急管理 inspectors for 台儿庄区, less taierzhuang's 回避 with the party")
                .contains("enforcement-officer", "hazard-officer", "zaozhuang").doesNotContain("taierzhuang", "inspector-market-1", "shanting");
        assertThat(offered.findValuesAsText("label")).contains("执法人员（演示）（应急管理，enforcement-officer）");
        String facts = ", \"interviewRecords\": {\"value\": \"XW-01\"}, \"evidenceSummary\": {\"value\": \"特种作业人员无证上岗\"}}}";
        Http.Response stranger = officer.post(submit(investigation), "{\"variables\": {\"investigators\": "
                + TasklistValues.checklist("Null", "enforcement-officer", "inspector-market-1") + facts);
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(400);
        assertThat(stranger.json().path("message").asText()).contains("「调查取证的执法人员」（investigators）中 inspector-market-1 不是");
        Http.Response withdrawn = officer.post(submit(investigation), "{\"variables\": {\"investigators\": "
                + TasklistValues.checklist("Object", "enforcement-officer", "taierzhuang") + facts);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(400);
        assertThat(withdrawn.json().path("message").asText()).contains("taierzhuang 已申报与当事人").contains("回避");
        assertThat(variable(instance, "investigators")).as("nothing stored").isNull();
        Http.Response ticked = officer.post(submit(investigation), "{\"variables\": {\"investigators\": "
                + TasklistValues.checklist("Null", "enforcement-officer", "zaozhuang") + facts);
        assertThat(ticked.status()).as(ticked.body()).isEqualTo(204);
        assertThat(variable(instance, "investigators")).isEqualTo(List.of("enforcement-officer", "zaozhuang"));

        Http.Response suspected = officer.post("/engine-rest/message", "{\"messageName\": \"penalty-crime-suspected\", \"businessKey\": \""
                + started.json().path("businessKey").asText() + "\"}");
        assertThat(suspected.status()).as(suspected.body()).isIn(200, 204);
        String draft = taskId("enforcement-officer", instance, "Task_DraftTransfer");
        String transfer = ", \"suspectedCrime\": {\"value\": \"非法储存危险物质罪\"}, \"transferFacts\": {\"value\": \"现场查获未登记的危险化学品\"}}}";
        Http.Response notOnTheRoster = officer.post(submit(draft), "{\"variables\": {\"transferDrafters\": "
                + TasklistValues.checklist("Json", "enforcement-officer", "legal-reviewer") + transfer);
        assertThat(notOnTheRoster.status()).as(notOnTheRoster.body()).isEqualTo(400);
        assertThat(notOnTheRoster.json().path("message").asText()).contains("「移送书承办人员」（transferDrafters）中 legal-reviewer 不是");
        Http.Response drafted = officer.post(submit(draft), "{\"variables\": {\"transferDrafters\": "
                + TasklistValues.checklist("Json", "enforcement-officer", "hazard-officer") + transfer);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(204);
        assertThat((String) variable(instance, "transferDraftersText")).contains("执法证号");

        complete("enforcement-officer", instance, "Task_Propose", "\"partyType\": {\"value\": \"UNIT\"}, \"violationFindings\": {\"value\": \"无证上岗\"},"
                + " \"legalBasis\": {\"value\": \"安全生产法第九十七条第七项\"}, \"proposedFineYuan\": {\"value\": 150000, \"type\": \"Double\"}");
        complete("legal-reviewer", instance, "Task_LegalReview", "\"legalReviewOpinion\": {\"value\": \"同意\"}, \"legalReviewAgreed\": {\"value\": true}");
        complete("bureau-head", instance, "Task_Collective", "\"discussionHeldAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"discussionParticipants\": {\"value\": \"局长、副局长\"}, \"discussionRecord\": {\"value\": \"同意罚款\"}, \"discussionConclusion\": {\"value\": \"同意\"}");
        complete("enforcement-officer", instance, "Task_Notify", "\"noticeServedAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"noticeDeliveryMethod\": {\"value\": \"IN_PERSON\"}");
        complete("enforcement-officer", instance, "Task_Statement", "\"statementMade\": {\"value\": false}, \"hearingRequested\": {\"value\": true}");

        Http reviewer = Http.as(port, "legal-reviewer", "demo");
        String noticeTask = taskId("legal-reviewer", instance, "Task_HearingNotice");
        JsonNode chairs = reviewer.get("/engine-rest/task/" + noticeTask + "/form-variables?variableNames=hearingChairOptions").json()
                .path("hearingChairOptions").path("value");
        assertThat(chairs.findValuesAsText("value")).as("法制审核员 for 台儿庄区 who did not investigate")
                .contains("legal-reviewer", "taierzhuang").doesNotContain("zaozhuang", "enforcement-officer");
        String notice = "\"hearingNoticeServedAt\": {\"value\": \"" + hourAgo() + "\"}, \"hearingAt\": {\"value\": \""
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).withNano(0) + "\"}, \"hearingPlace\": {\"value\": \"听证室\"}";
        Http.Response investigatorChairs = reviewer.post(submit(noticeTask), "{\"variables\": {" + notice
                + ", \"hearingChair\": {\"type\": \"String\", \"value\": \"zaozhuang\"}}}");
        assertThat(investigatorChairs.status()).as(investigatorChairs.body()).isEqualTo(400);
        assertThat(investigatorChairs.json().path("message").asText()).contains("「听证主持人」（hearingChair）").contains("zaozhuang 参与了本案的调查取证");
        Http.Response officerChairs = reviewer.post(submit(noticeTask), "{\"variables\": {" + notice
                + ", \"hearingChair\": {\"type\": \"String\", \"value\": \"hazard-officer\"}}}");
        assertThat(officerChairs.status()).as(officerChairs.body()).isEqualTo(400);
        assertThat(officerChairs.json().path("message").asText()).contains("应为本案管辖区划（台儿庄区，370405）的法制审核员：hazard-officer 不是");
        assertThat(variable(instance, "hearingAt")).as("nothing stored").isNull();
        Http.Response noticed = reviewer.post(submit(noticeTask), "{\"variables\": {" + notice
                + ", \"hearingChair\": {\"type\": \"String\", \"value\": \"taierzhuang\"}}}");
        assertThat(noticed.status()).as(noticed.body()).isEqualTo(204);
        assertThat(variable(instance, "hearingChair")).as("named by the legal reviewer who noticed it").isEqualTo("taierzhuang");
        assertThat(variable(instance, "hearingChairText")).isEqualTo("台儿庄区（演示）（taierzhuang）");
    }

    @Test
    void shouldRefuseOtherRolesAndBadInputInChineseStoringNothing() {
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("administrative-penalty").count();

        Http.Response byClerk = Http.as(port, "licensing-clerk", "demo").post(START, opening(PARTY, null));
        Http.Response wrongCode = Http.as(port, "enforcement-officer", "demo").post(START, opening("91370405MA3C000018", null));
        Http.Response unknownSource = Http.as(port, "enforcement-officer", "demo").post(START, opening(PARTY, "ZF-370405-2026-999999"));

        assertThat(byClerk.status()).as(byClerk.body()).isEqualTo(403);
        assertThat(wrongCode.status()).as(wrongCode.body()).isEqualTo(400);
        assertThat(wrongCode.json().path("message").asText()).contains("统一社会信用代码");
        assertThat(unknownSource.status()).as(unknownSource.body()).isEqualTo(400);
        assertThat(unknownSource.json().path("message").asText()).contains("未找到来源案件");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("administrative-penalty").count()).isEqualTo(before);
    }

    private static String submit(String taskId) {
        return "/engine-rest/task/" + taskId + "/submit-form";
    }

    private Object variable(String instance, String name) {
        return runtimeService.getVariable(instance, name);
    }

    private void anOfficerWhoIsAlsoALegalReviewer() {
        if (identityService.createUserQuery().userId(OFFICER_LEGAL).count() == 0) {
            User user = identityService.newUser(OFFICER_LEGAL);
            user.setFirstName("执法人员");
            user.setLastName("兼法制审核员");
            user.setPassword(OFFICER_LEGAL_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(OFFICER_LEGAL, "enforcement-officer");
            identityService.createMembership(OFFICER_LEGAL, "legal-reviewer");
            identityService.createTenantUserMembership("370405", OFFICER_LEGAL);
        }
    }

    private static String opening(String creditCode, String sourceCase) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
                + " \"enterpriseCreditCode\": {\"value\": \"" + creditCode + "\"}, \"caseSource\": {\"value\": \"INSPECTION\"},"
                + " \"violationFacts\": {\"value\": \"联合检查发现特种作业人员无证上岗\"}, \"openedAt\": {\"value\": \"" + hourAgo() + "\"}"
                + (sourceCase == null ? "" : ", \"sourceCaseNumber\": {\"value\": \"" + sourceCase + "\"}") + "}}";
    }

    private static String hourAgo() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0).toString();
    }

    private void complete(String user, String instance, String taskKey, String variables) {
        Http.Response response = Http.as(port, user, password(user)).post("/engine-rest/task/" + taskId(user, instance, taskKey) + "/complete",
                "{\"variables\": {" + variables + "}}");
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private String taskId(String user, String instance, String taskKey) {
        JsonNode tasks = Http.as(port, user, password(user)).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to " + user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }

    private static String password(String user) {
        return user.equals(OFFICER_LEGAL) ? OFFICER_LEGAL_PASSWORD : "demo";
    }
}
