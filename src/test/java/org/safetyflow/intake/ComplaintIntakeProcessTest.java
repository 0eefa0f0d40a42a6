package org.safetyflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

@EngineTest
class ComplaintIntakeProcessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PARTY = "91370405MA3Q00120" + UnifiedSocialCreditCode.checkCharacter("91370405MA3Q00120");
    private static final Date REPORTED_AT = Date.from(OffsetDateTime.parse("2026-03-10T09:30:00+08:00").toInstant());

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseLinks links;

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void shouldVerifyAndReplyWhenTheReportIsAccepted() {
        ProcessInstance report = report(Map.of());

        assertThat(report).isWaitingAt("Task_Accept").task().hasCandidateGroup("complaint-clerk");
        complete(task(report), withVariables("acceptance", "ACCEPT"));
        assertThat(report).isWaitingAt("Task_Verify").task().hasCandidateGroup("enforcement-officer");
        complete(task(report), withVariables("verificationResult", "SUBSTANTIATED",
                "verificationFindings", "现场检查发现液氨储罐区未设置泄漏报警装置", "rewardRecommended", true));
        assertThat(report).isWaitingAt("Task_Close").task().hasCandidateGroup("complaint-clerk");
        assertThat(report).as("the clerk's form shows names and days, not codes").variables()
                .containsEntry("acceptanceLabel", "受理").containsEntry("verificationResultLabel", "属实")
                .containsEntry("reportCategoryLabel", "重大事故隐患").containsKey("handlingDueDateText");
        complete(task(report), withVariables("replyToReporter", "经核查，举报属实，已责令企业限期整改。"));

        assertThat(report).isEnded()
                .hasPassedInOrder("Task_Accept", "Task_Verify", "Task_Close", "EndEvent_Closed")
                .variables().containsEntry("verificationResult", "SUBSTANTIATED");
    }

    @Test
    void shouldReplyWithoutVerificationWhenTheReportIsTransferred() {
        ProcessInstance report = report(Map.of());

        complete(task(report), withVariables("acceptance", "TRANSFER",
                "transferTo", "市场监督管理局", "acceptanceReason", "电梯安全属特种设备监管职责"));

        assertThat(report).isWaitingAt("Task_Close").hasNotPassed("Task_Verify");
        complete(task(report), withVariables("replyToReporter", "您的举报已移送市场监督管理局办理。"));
        assertThat(report).isEnded().hasPassed("EndEvent_Closed");
    }

    @Test
    void shouldGiveTheClerkFiveDaysToAcceptAndSixtyDaysToClose() {
        ProcessInstance report = report(Map.of());

        assertThat(task(report).getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 15)));
        complete(task(report), withVariables("acceptance", "ACCEPT"));
        assertThat(task(report).getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 5, 9)));
    }

    @Test
    void shouldCallTheBureauHeadWhenTheHandlingPeriodEnds() {
        ProcessInstance report = report(Map.of());
        complete(task(report), withVariables("acceptance", "ACCEPT"));

        assertThat(job("Timer_HandlingOverdue", report).getDuedate()).isEqualTo(endOfDay(LocalDate.of(2026, 5, 9)));
        execute(job("Timer_HandlingOverdue", report));

        assertThat(report).isWaitingAt("Task_Verify", "Task_Overdue");
        assertThat(task("Task_Overdue", report)).hasCandidateGroup("bureau-head");
        complete(task("Task_Overdue", report), withVariables("supervisionOpinion", "请执法大队三日内完成核实。"));
        complete(task("Task_Verify", report), withVariables("verificationResult", "UNSUBSTANTIATED",
                "verificationFindings", "现场检查未发现举报所述问题"));
        complete(task(report), withVariables("replyToReporter", "经核查，举报不属实。"));
        assertThat(report).isEnded().hasPassed("EndEvent_OverdueHandled", "EndEvent_Closed");
    }

    @Test
    void shouldNotAcceptATransferThatNamesNoReceivingDepartment() {
        ProcessInstance report = report(Map.of());

        assertThatThrownBy(() -> complete(task(report), withVariables("acceptance", "TRANSFER", "acceptanceReason", "不属本部门职责")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("移送时，必须填写移送单位（transferTo）");
        assertThat(report).isWaitingAt("Task_Accept");
        assertThat(runtimeService.getVariable(report.getId(), "acceptance")).isNull();
    }

    @Test
    void shouldStoreNothingWhenAReportLacksItsJurisdiction() {
        Map<String, Object> variables = validReport();
        variables.remove("jurisdiction");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-intake").count();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("complaint-intake", variables))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("缺少必填项「管辖区划」");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-intake").count())
                .isEqualTo(before);
    }

    @Test
    void shouldStoreAnIsoReportTimeAsADate() {
        ProcessInstance report = report(Map.of("reportedAt", "2026-03-10T09:30:00+08:00"));

        assertThat(runtimeService.getVariable(report.getId(), "reportedAt")).isEqualTo(REPORTED_AT);
    }

    @Test
    void shouldHandASubstantiatedReportOnToAListedHazardCaseAndAPenaltyCaseLinkedBothWays() {
        ProcessInstance report = report(Map.of("enterpriseCreditCode", PARTY));
        complete(task(report), withVariables("acceptance", "ACCEPT"));
        complete(task(report), withVariables("verificationResult", "SUBSTANTIATED",
                "verificationFindings", "液氨储罐区未设置泄漏报警装置，属重大事故隐患", "handOverHazard", true,
                "handOverPenalty", true, "violationFacts", "未在液氨储罐区设置可燃有毒气体泄漏报警装置"));

        String hazardCase = (String) runtimeService.getVariable(report.getId(), "hazardCaseNumber");
        String penaltyCase = (String) runtimeService.getVariable(report.getId(), "penaltyCaseNumber");
        assertThat(hazardCase).startsWith("YH-370405-");
        assertThat(penaltyCase).startsWith("CF-370405-");
        ProcessInstance hazard = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(hazardCase).singleResult();
        assertThat(runtimeService.getVariables(hazard.getId())).containsEntry("hazardSource", "REPORT_12350")
                .containsEntry("enterpriseCreditCode", PARTY).containsEntry("hazardDescription", "液氨储罐区未设置泄漏报警装置，属重大事故隐患");
        ProcessInstance penalty = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(penaltyCase).singleResult();
        assertThat(runtimeService.getVariables(penalty.getId())).containsEntry("caseSource", "REPORT_12350")
                .containsEntry("sourceCaseNumber", report.getBusinessKey()).containsEntry("violationFacts", "未在液氨储罐区设置可燃有毒气体泄漏报警装置");
        assertThat(links.of(report.getBusinessKey())).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label).containsExactlyInAnyOrder(
                tuple(hazardCase, "举报核实属实，转重大事故隐患挂牌督办"), tuple(penaltyCase, "立案行政处罚"));
        assertThat(links.of(hazardCase)).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .containsExactly(tuple(report.getBusinessKey(), "转来该隐患的 12350 举报"));
        assertThat(links.of(penaltyCase)).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .containsExactly(tuple(report.getBusinessKey(), "行政处罚案件的来源案件"));
        assertThat(report).isWaitingAt("Task_Close").variables()
                .containsEntry("replySuggestion", "经核查，您反映的问题属实。我局已将举报反映的重大事故隐患交由隐患治理挂牌督办，已对被举报单位的违法行为立案查处。感谢您对安全生产工作的监督。")
                .containsEntry("handOverText", "已将举报反映的重大事故隐患交由隐患治理挂牌督办；已对被举报单位的违法行为立案查处（隐患案件 "
                        + hazardCase + "，处罚案件 " + penaltyCase + "）");
        assertThat((String) runtimeService.getVariable(report.getId(), "replySuggestion")).as("the reporter is not told case numbers")
                .doesNotContain(hazardCase).doesNotContain(penaltyCase);
    }

    @Test
    void shouldOpenOnlyThePenaltyCaseWhenOnlyThatIsChosen() {
        ProcessInstance report = report(Map.of("enterpriseCreditCode", PARTY, "reportCategory", "VIOLATION"));
        complete(task(report), withVariables("acceptance", "ACCEPT"));
        complete(task(report), withVariables("verificationResult", "PARTIALLY_SUBSTANTIATED",
                "verificationFindings", "特种作业人员无证上岗属实，夜间无人值守不属实", "handOverPenalty", true,
                "violationFacts", "两名特种作业人员未取得特种作业操作证上岗作业"));

        assertThat(runtimeService.getVariable(report.getId(), "hazardCaseNumber")).isNull();
        String penaltyCase = (String) runtimeService.getVariable(report.getId(), "penaltyCaseNumber");
        assertThat(links.of(report.getBusinessKey())).extracting(CaseLinks.Link::otherCase).containsExactly(penaltyCase);
        assertThat(report).variables().containsEntry("replySuggestion",
                "经核查，您反映的问题部分属实。我局已对被举报单位的违法行为立案查处。感谢您对安全生产工作的监督。");
    }

    @Test
    void shouldOpenNothingWhenTheVerifierHandsNothingOn() {
        ProcessInstance report = report(Map.of("enterpriseCreditCode", PARTY));
        complete(task(report), withVariables("acceptance", "ACCEPT"));
        complete(task(report), withVariables("verificationResult", "SUBSTANTIATED", "verificationFindings", "已当场责令改正"));

        assertThat(links.of(report.getBusinessKey())).isEmpty();
        assertThat(report).isWaitingAt("Task_Close").variables().containsEntry("handOverText", "未转办").doesNotContainKey("penaltyCaseNumber");
    }

    @Test
    void shouldRefuseAHandOverOfAReportNamingNoRegisteredEnterpriseOrNotSubstantiatedStoringNothing() {
        ProcessInstance unnamed = report(Map.of());
        complete(task(unnamed), withVariables("acceptance", "ACCEPT"));
        long hazards = runtimeService.createProcessInstanceQuery().processDefinitionKey("hazard-rectification").count();
        long penalties = runtimeService.createProcessInstanceQuery().processDefinitionKey("administrative-penalty").count();

        assertThatThrownBy(() -> complete(task(unnamed), withVariables("verificationResult", "SUBSTANTIATED",
                "verificationFindings", "属实", "handOverHazard", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("转办须被举报单位为已登记的企业");
        ProcessInstance untrue = report(Map.of("enterpriseCreditCode", PARTY));
        complete(task(untrue), withVariables("acceptance", "ACCEPT"));
        assertThatThrownBy(() -> complete(task(untrue), withVariables("verificationResult", "UNSUBSTANTIATED",
                "verificationFindings", "未发现问题", "handOverPenalty", true, "violationFacts", "无")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("举报不属实的，不能转");
        assertThatThrownBy(() -> complete(task(untrue), withVariables("verificationResult", "SUBSTANTIATED",
                "verificationFindings", "属实", "handOverPenalty", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("涉嫌违法事实");

        assertThat(unnamed).isWaitingAt("Task_Verify");
        assertThat(untrue).isWaitingAt("Task_Verify");
        assertThat(runtimeService.getVariable(untrue.getId(), "verificationResult")).isNull();
        assertThat(links.of(unnamed.getBusinessKey())).isEmpty();
        assertThat(links.of(untrue.getBusinessKey())).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("hazard-rectification").count()).isEqualTo(hazards);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("administrative-penalty").count()).isEqualTo(penalties);
    }

    private ProcessInstance report(Map<String, Object> overrides) {
        Map<String, Object> variables = validReport();
        variables.putAll(overrides);
        return runtimeService.startProcessInstanceByKey("complaint-intake", variables);
    }

    static Map<String, Object> validReport() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370405");
        variables.put("reportChannel", "HOTLINE_12350");
        variables.put("reportedAt", REPORTED_AT);
        variables.put("reportCategory", "MAJOR_HAZARD");
        variables.put("enterpriseName", "台儿庄区某化工有限公司");
        variables.put("description", "液氨储罐区无泄漏报警装置，夜间无人值守。");
        variables.put("anonymous", true);
        return variables;
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(SHANGHAI).toInstant());
    }
}
