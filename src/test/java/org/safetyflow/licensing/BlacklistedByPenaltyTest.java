package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safetyflow.testing.ProcessTests.at;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.enforcement.PenaltyCases;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.registry.Blacklist;
import org.safetyflow.registry.BlacklistEntry;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 严重失信 → 黑名单 → 许可: a 行政处罚决定 of a kind 应急管理部令第11号 lists asks the head whether to list the enterprise;
 * listed in the decision's transaction, a licensing case started afterwards fails the {@code BLACKLIST} gate naming the
 * penalty case.
 */
@EngineTest
class BlacklistedByPenaltyTest {

    static final String PARTY = "91370405MA3P00770" + UnifiedSocialCreditCode.checkCharacter("91370405MA3P00770");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    PenaltyCases penaltyCases;
    @Autowired
    Blacklist blacklist;

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
    void shouldListTheEnterpriseClosedByADecisionAndFailTheBlacklistGateOfALaterApplicationNamingThePenaltyCase() {
        String caseNumber = penaltyCases.open(Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某非煤矿山有限公司",
                "enterpriseCreditCode", PARTY, "caseSource", "INSPECTION", "violationFacts", "重大事故隐患排除前无法保证安全，拒不停产"), null);
        ProcessInstance penalty = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        complete(task("Task_ApproveFiling", penalty), withVariables("filingApproved", true, "filingOpinion", "同意立案"));
        complete(task("Task_Investigate", penalty), withVariables("investigators", List.of("enforcement-officer", "hazard-officer"), "interviewRecords", "询问笔录 XW-01",
                "evidenceSummary", "重大事故隐患经责令停产停业整顿仍未消除"));
        complete(task("Task_Propose", penalty), withVariables("partyType", "UNIT", "violationFindings", "重大事故隐患仍未消除",
                "legalBasis", "安全生产法第一百一十三条第一项", "proposedClosure", true, "fourMandatesClosure", true));
        complete(task("Task_LegalReview", penalty), withVariables("legalReviewOpinion", "事实清楚、程序合法", "legalReviewAgreed", true));
        complete(task("Task_Collective", penalty), withVariables("discussionHeldAt", "2026-03-02T09:00:00+08:00",
                "discussionParticipants", "局长、副局长、法制科长", "discussionRecord", "一致同意提请关闭", "discussionConclusion", "同意"));
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:30:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", false, "hearingRequested", false));

        Map<String, Object> decision = new HashMap<>(withVariables("decisionOutcome", "PENALIZE", "closure", true,
                "decisionNumber", "（鲁台）应急罚〔2026〕77号", "decisionReason", "事实清楚，证据确凿"));
        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("提请人民政府予以关闭").hasMessageContaining("第六条第一项")
                .hasMessageContaining("请决定是否列入严重失信主体名单");
        assertThat(penalty).isWaitingAt("Task_Decide");
        assertThat(blacklist.entries(PARTY)).isEmpty();

        decision.put("blacklistDecision", "LIST");
        decision.put("blacklistOpinion", "拒不整改，性质恶劣");
        complete(task("Task_Decide", penalty), decision);

        assertThat(blacklist.entries(PARTY)).singleElement().satisfies(entry -> {
            assertThat(entry.sourceCase()).isEqualTo(caseNumber);
            assertThat(entry.decisionNumber()).isEqualTo("（鲁台）应急罚〔2026〕77号");
            assertThat(entry.listedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(entry.expiresOn()).isEqualTo(LocalDate.of(2029, 3, 2));
            assertThat(entry.reason()).startsWith("行政处罚决定（（鲁台）应急罚〔2026〕77号）：").contains("四个一律：一律关闭取缔")
                    .contains("第六条第一项").endsWith("；拒不整改，性质恶劣");
        });
        assertThat(penalty).variables().containsEntry("blacklistListedOn", "2026-03-02").containsEntry("blacklistExpiresOn", "2029-03-02")
                .containsEntry("blacklistEntryId", blacklist.entries(PARTY).get(0).id());
        assertThat(blacklist.isListed(PARTY)).isTrue();

        Map<String, Object> application = new HashMap<>(LicensingApprovalProcessTest.completeApplication("NON_COAL_MINE"));
        application.putAll(Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某非煤矿山有限公司", "enterpriseCreditCode", PARTY,
                "licenceType", "NON_COAL_MINE", "applicationType", "NEW", "receivedAt", "2026-03-02T10:00:00+08:00"));
        ProcessInstance licensing = runtimeService.startProcessInstanceByKey("licensing-approval", application);
        assertThat(licensing).variables().containsEntry("gatesPassed", false);
        SpinJsonNode gates = (SpinJsonNode) runtimeService.getVariable(licensing.getId(), "gateResults");
        SpinJsonNode gate = gates.elements().stream().filter(g -> g.prop("gate").stringValue().equals("BLACKLIST")).findFirst().orElseThrow();
        assertThat(gate.prop("passed").boolValue()).isFalse();
        assertThat(gate.prop("caseNumber").stringValue()).isEqualTo(caseNumber);
        assertThat(gate.prop("reason").stringValue()).contains("（鲁台）应急罚〔2026〕77号").contains("至 2029-03-02");
    }

    @Test
    void shouldNotListWhenTheHeadDecidesNotTo() {
        String party = "91370405MA3P00780" + UnifiedSocialCreditCode.checkCharacter("91370405MA3P00780");
        String caseNumber = penaltyCases.open(Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某建材有限公司",
                "enterpriseCreditCode", party, "caseSource", "INSPECTION", "violationFacts", "未按规定设置安全设施"), null);
        ProcessInstance penalty = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        complete(task("Task_ApproveFiling", penalty), withVariables("filingApproved", true, "filingOpinion", "同意立案"));
        complete(task("Task_Investigate", penalty), withVariables("investigators", List.of("enforcement-officer", "hazard-officer"), "interviewRecords", "询问笔录 XW-02",
                "evidenceSummary", "违法事实清楚"));
        complete(task("Task_Propose", penalty), withVariables("partyType", "UNIT", "violationFindings", "未按规定设置安全设施",
                "legalBasis", "安全生产法第九十九条", "proposedFineYuan", 1_000_000));
        complete(task("Task_LegalReview", penalty), withVariables("legalReviewOpinion", "同意", "legalReviewAgreed", true));
        complete(task("Task_Collective", penalty), withVariables("discussionHeldAt", "2026-03-02T09:00:00+08:00",
                "discussionParticipants", "局长、副局长", "discussionRecord", "同意", "discussionConclusion", "同意"));
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:30:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", false, "hearingRequested", false));

        complete(task("Task_Decide", penalty), withVariables("decisionOutcome", "PENALIZE", "fineAmountYuan", 1_000_000,
                "decisionNumber", "（鲁台）应急罚〔2026〕78号", "decisionReason", "事实清楚", "blacklistDecision", "NOT_LIST",
                "blacklistOpinion", "已全面整改，首次违法"));

        assertThat(blacklist.entries(party)).isEmpty();
        assertThat((String) runtimeService.getVariable(penalty.getId(), "blacklistGrounds")).contains("罚款 100万元").contains("第六条第五项");
        assertThat(penalty).isWaitingAt("Task_Deliver");
    }
}
