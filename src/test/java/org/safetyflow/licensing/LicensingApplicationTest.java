package org.safetyflow.licensing;

import static org.safetyflow.testing.CreditCodes.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safetyflow.testing.ProcessTests.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An application as the window receives it: the materials of 条例第六条 ticked (what is missing handed to 受理's
 * 一次告知补正, never a refusal), the 工伤保险参保证明 and a 民爆 定员表 judged as gates at start and at the decision.
 */
@EngineTest
class LicensingApplicationTest {

    static final String KEY = "licensing-approval";
    static final String MINE = code("91370405MA3L0011");
    static final String EXPLOSIVES = code("91370405MA3L0012");


    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    StaffingLimits staffingLimits;

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
    void shouldReceiveAnIncompleteApplicationAndHandEveryMissingItemToTheAcceptance() throws Exception {
        Map<String, Object> variables = application(MINE, "NON_COAL_MINE");
        List<String> all = LicensingMaterial.codes(LicensingMaterial.of("NON_COAL_MINE"));
        variables.put("submittedMaterials", all.stream().filter(c -> !c.equals("WORK_INJURY_INSURANCE") && !c.equals("MINING_LICENCE")).toList());
        ProcessInstance application = runtimeService.startProcessInstanceByKey(KEY, variables);

        assertThat(application).isWaitingAt("Task_Accept").variables()
                .containsEntry("missingMaterials", List.of("WORK_INJURY_INSURANCE", "MINING_LICENCE"))
                .containsEntry("missingItems", "1. 工伤保险参保证明（为从业人员缴纳保险费）（条例第六条第（七）项）\n"
                        + "2. 采矿许可证复印件（非煤矿矿山企业安全生产许可证实施办法（申请材料））");
        assertThat((String) runtimeService.getVariable(application.getId(), "materialsText")).startsWith("应提交 15 项，已提交 13 项，缺 2 项");
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION", "acceptanceOpinion", "材料不全"));
        assertThat(application).as("the prefilled list is the 补正 notice").isWaitingAt("Task_SubmitCorrection");

        // as a client of /engine-rest sends it: a Json variable
        runtimeService.createMessageCorrelation("licensing-correction-submitted").processInstanceBusinessKey(application.getBusinessKey())
                .setVariable("submittedMaterials", SpinValues.jsonValue(new ObjectMapper().writeValueAsString(all)).create())
                .correlate();
        assertThat(application).isWaitingAt("Task_Accept").variables().containsEntry("missingMaterials", List.of())
                .containsEntry("materialsText", "申请材料齐全（15 项）").doesNotContainKey("missingItems");
    }

    @Test
    void shouldOfferTheApplicantTheMissingItemsToTickInItsOwnCorrectionTask() {
        Map<String, Object> variables = application(MINE, "NON_COAL_MINE");
        List<String> all = LicensingMaterial.codes(LicensingMaterial.of("NON_COAL_MINE"));
        variables.put("submittedMaterials", all.stream().filter(c -> !c.equals("WORK_INJURY_INSURANCE") && !c.equals("MINING_LICENCE")).toList());
        ProcessInstance application = runtimeService.startProcessInstanceByKey(KEY, variables);
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION", "acceptanceOpinion", "材料不全"));

        org.camunda.bpm.engine.task.Task correction = task("Task_SubmitCorrection", application);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(correction.getId(), "missingMaterialOptions");
        assertThat(options.stream().map(o -> o.get("value")).toList()).containsExactly("WORK_INJURY_INSURANCE", "MINING_LICENCE");
        assertThat(options.get(0).get("label")).startsWith("工伤保险参保证明");
        assertThatThrownBy(() -> complete(correction, withVariables("correctionNote", "已补")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("请勾选本次补正的材料");

        complete(correction, withVariables("correctedMaterials", List.of("MINING_LICENCE")));
        assertThat(application).isWaitingAt("Task_Accept").variables().containsEntry("missingMaterials", List.of("WORK_INJURY_INSURANCE"))
                .containsEntry("missingItems", "1. 工伤保险参保证明（为从业人员缴纳保险费）（条例第六条第（七）项）");
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION", "acceptanceOpinion", "仍缺工伤保险参保证明"));
        complete(task("Task_SubmitCorrection", application), withVariables("correctedMaterials", List.of("WORK_INJURY_INSURANCE"),
                "correctionMaterials", "另附参保人员名单"));
        assertThat(application).isWaitingAt("Task_Accept").variables().containsEntry("missingMaterials", List.of())
                .containsEntry("materialsText", "申请材料齐全（15 项）").doesNotContainKey("missingItems");
    }

    @Test
    void shouldTakeATypesOwnItemsFromItsFormChecklistAndRefuseUnknownOrForeignItems() {
        Map<String, Object> variables = application(EXPLOSIVES, "CIVIL_EXPLOSIVES_PRODUCTION");
        variables.put("submittedMaterials", List.of("APPLICATION_FORM"));
        variables.put("submittedMaterials_CIVIL_EXPLOSIVES_PRODUCTION", List.of("EXPLOSIVES_PRODUCTION_PERMIT"));
        ProcessInstance application = runtimeService.startProcessInstanceByKey(KEY, variables);
        assertThat(application).variables().containsEntry("submittedMaterials", List.of("APPLICATION_FORM", "EXPLOSIVES_PRODUCTION_PERMIT"))
                .doesNotContainKey("submittedMaterials_CIVIL_EXPLOSIVES_PRODUCTION");

        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        Map<String, Object> unknown = application(EXPLOSIVES, "CIVIL_EXPLOSIVES_PRODUCTION");
        unknown.put("submittedMaterials", List.of("APPLICATION_FORM", "NO_SUCH_ITEM"));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, unknown)).isInstanceOf(InvalidInputException.class)
                .hasMessage("「已提交的申请材料」（submittedMaterials）含有未知的代码「NO_SUCH_ITEM」");
        Map<String, Object> foreign = application(EXPLOSIVES, "CONSTRUCTION");
        foreign.put("submittedMaterials", List.of("STAFFING_TABLE"));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, foreign)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不属于建筑施工企业安全生产许可证的申请材料");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseTheGrantOfACivilExplosivesLineOverItsStaffingLimitNamingTheWorkshop() {
        assertThat(staffingLimits.kinds()).as("application.yaml").containsKeys("EMULSION_PHASE_2", "NEW_DETONATOR_ASSEMBLY");
        assertThat(staffingLimits.kinds().get("NEW_DETONATOR_ASSEMBLY").perWorkshop()).isEqualTo(6);
        Map<String, Object> variables = application(EXPLOSIVES, "CIVIL_EXPLOSIVES_PRODUCTION");
        variables.put("staffing", "NEW_DETONATOR_ASSEMBLY；3号装配工房；4\nEMULSION_PHASE_3；1号乳化工房；5");
        ProcessInstance application = runtimeService.startProcessInstanceByKey(KEY, variables);

        assertThat(application).variables().containsEntry("gatesPassed", false);
        SpinJsonNode gates = (SpinJsonNode) runtimeService.getVariable(application.getId(), "gateResults");
        SpinJsonNode staffing = gates.elements().stream().filter(g -> g.prop("gate").stringValue().equals("CIVIL_EXPLOSIVES_STAFFING")).findFirst().orElseThrow();
        assertThat(staffing.prop("passed").boolValue()).isFalse();
        assertThat(staffing.prop("reason").stringValue()).startsWith("3号装配工房（新建（改建、扩建）工业雷管装配生产线（接触基础雷管和成品雷管人员））现场操作人员 4 人，超过定员 3 人");
        assertThat(gates.elements()).extracting(g -> g.prop("gate").stringValue())
                .containsExactly("BLACKLIST", "THREE_SIMULTANEITIES", "LISTED_HAZARD", "WORK_INJURY_INSURANCE", "CIVIL_EXPLOSIVES_STAFFING");

        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        complete(task("Task_Review", application), withVariables("siteCheckedAt", "2026-03-02T09:30:00+08:00", "siteCheckInspectors", "张明、李华",
                "siteCheckFindings", "3号装配工房现场 4 人", "reviewOpinion", "超员", "proposedDecision", "REFUSED"));
        assertThatThrownBy(() -> complete(LicensingApprovalProcessTest.decision(application), withVariables("licensingDecision", "GRANTED", "decisionReason", "符合")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("3号装配工房").hasMessageContaining("超过定员 3 人");
    }

    @Test
    void shouldRefuseAStaffingRowOfAnUnconfiguredLineKind() {
        Map<String, Object> variables = application(EXPLOSIVES, "CIVIL_EXPLOSIVES_PRODUCTION");
        variables.put("staffing", "ROCKET_LINE；1号工房；2");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, variables)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("第 1 行的生产线类别「ROCKET_LINE」不是已配置的民爆生产线类别");
    }

    @Test
    void shouldFailTheInsuranceGateAtTheDecisionWhenTheCertificateHadExpiredOnReceipt() {
        Map<String, Object> variables = application(MINE, "NON_COAL_MINE");
        variables.put("workInjuryInsuranceValidUntil", "2026-03-01");
        ProcessInstance application = runtimeService.startProcessInstanceByKey(KEY, variables);
        assertThat(application).variables().containsEntry("gatesPassed", false);
        assertThat((String) runtimeService.getVariable(application.getId(), "gatesText"))
                .contains("✘ 工伤保险参保证明 鲁工伤〔2026〕0301号 有效期至 2026-03-01，收到申请之日（2026-03-02）已过期")
                .contains("✔ 民用爆炸物品生产企业现场操作人员定员：不适用（非民爆生产许可）");
    }

    private static Map<String, Object> application(String creditCode, String type) {
        Map<String, Object> variables = new HashMap<>(LicensingApprovalProcessTest.completeApplication(type));
        variables.put("jurisdiction", "370405");
        variables.put("enterpriseName", "台儿庄某民爆器材有限公司");
        variables.put("enterpriseCreditCode", creditCode);
        variables.put("licenceType", type);
        variables.put("applicationType", "NEW");
        variables.put("receivedAt", "2026-03-02T09:00:00+08:00");
        return variables;
    }
}
