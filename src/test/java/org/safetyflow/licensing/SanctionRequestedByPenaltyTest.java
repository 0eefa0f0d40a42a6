package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safetyflow.testing.CreditCodes.code;
import static org.safetyflow.testing.ProcessTests.at;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.enforcement.PenaltyCases;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 行政处罚决定 that asks the licensing authority to suspend the enterprise's licence (「提请许可机关暂扣」) opens the
 * 暂扣/吊销 case for each licence in force in the deciding jurisdiction, in the decision's transaction, linked both
 * ways; with no such licence the decision says so.
 */
@EngineTest
class SanctionRequestedByPenaltyTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    PenaltyCases penaltyCases;
    @Autowired
    LicenceRegister register;
    @Autowired
    CaseLinks links;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-03-02T10:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldOpenTheSuspensionCaseOfTheEnterprisesLicenceWhenThePenaltyAsksForIt() {
        String party = code("91370405MA3P0081");
        register.register(Map.of("licenceNumber", "（鲁）FM安许证字〔2025〕000811号", "licenceType", "NON_COAL_MINE", "enterpriseCreditCode", party,
                "enterpriseName", "台儿庄某矿业有限公司", "jurisdiction", "370405", "validFrom", "2025-01-01", "validUntil", "2027-12-31"), "admin");
        ProcessInstance penalty = decided(party, "SUSPEND");

        String sanctionCase = (String) runtimeService.getVariable(penalty.getId(), "licenceSanctionCases");
        assertThat(sanctionCase).startsWith("XKCF-370405-2026-");
        ProcessInstance sanction = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sanctionCase).singleResult();
        assertThat(sanction).isWaitingAt("Task_Propose").variables().containsEntry("licenceNumber", "（鲁）FM安许证字〔2025〕000811号")
                .containsEntry("sanctionSource", "ENFORCEMENT").containsEntry("sourceCaseNumber", penalty.getBusinessKey());
        assertThat((String) runtimeService.getVariable(sanction.getId(), "sourceDescription")).startsWith("行政处罚决定（（鲁台）应急罚〔2026〕81号）提请暂扣");
        assertThat(links.of(penalty.getBusinessKey())).extracting(CaseLinks.Link::otherCase).contains(sanctionCase);
    }

    @Test
    void shouldSayThereIsNoLicenceToSanctionWhenTheRegisterHasNone() {
        ProcessInstance penalty = decided(code("91370405MA3P0082"), "REVOKE");

        assertThat(runtimeService.getVariable(penalty.getId(), "licenceSanctionCases")).isNull();
        assertThat((String) runtimeService.getVariable(penalty.getId(), "licenceSanctionNote")).startsWith("许可证登记簿中没有该企业在本辖区有效的安全生产许可证");
    }

    private ProcessInstance decided(String party, String licenceAction) {
        String caseNumber = penaltyCases.open(Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某矿业有限公司", "enterpriseCreditCode", party,
                "caseSource", "INSPECTION", "violationFacts", "不再具备安全生产条件仍组织生产"), null);
        ProcessInstance penalty = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        complete(task("Task_ApproveFiling", penalty), withVariables("filingApproved", true, "filingOpinion", "同意立案"));
        complete(task("Task_Investigate", penalty), withVariables("investigators", List.of("enforcement-officer", "hazard-officer"), "interviewRecords", "询问笔录 XW-01",
                "evidenceSummary", "主要负责人未经考核合格"));
        complete(task("Task_Propose", penalty), withVariables("partyType", "UNIT", "violationFindings", "不再具备安全生产条件",
                "legalBasis", "安全生产法第九十三条", "proposedFineYuan", 50000, "proposedLicenceAction", licenceAction));
        if (task("Task_LegalReview", penalty) != null) {
            complete(task("Task_LegalReview", penalty), withVariables("legalReviewOpinion", "事实清楚、程序合法", "legalReviewAgreed", true));
        }
        if (task("Task_Collective", penalty) != null) {
            complete(task("Task_Collective", penalty), withVariables("discussionHeldAt", "2026-03-02T09:00:00+08:00",
                    "discussionParticipants", "局长、副局长、法制科长", "discussionRecord", "一致同意", "discussionConclusion", "同意"));
        }
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:30:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", false, "hearingRequested", false));
        complete(task("Task_Decide", penalty), withVariables("decisionOutcome", "PENALIZE", "fineAmountYuan", 50000, "licenceAction", licenceAction,
                "decisionNumber", "（鲁台）应急罚〔2026〕81号", "decisionReason", "事实清楚，证据确凿", "blacklistDecision", "NOT_LIST"));
        return penalty;
    }
}
