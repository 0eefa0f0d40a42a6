package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral's contract with {@code administrative-penalty} (built in another worktree, not on main yet): it starts
 * the process by key with the variables the penalty case opens with, in the caller's transaction, and links both
 * cases. Until the real model lands this runs against a one-task stand-in deployed under that key for this test only
 * and removed after it; the joint-enforcement path itself still ends in the human task 「移交法制机构立案」.
 */
@EngineTest
class PenaltyReferralTest {

    @Autowired
    PenaltyReferral referral;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    CaseLinks links;

    private boolean standIn;

    @BeforeEach
    void penaltyProcess() {
        standIn = repositoryService.createProcessDefinitionQuery().processDefinitionKey(EnginePenaltyReferral.PENALTY_PROCESS_KEY).count() == 0;
        if (standIn) {
            TestProcesses.deploy(repositoryService, EnginePenaltyReferral.PENALTY_PROCESS_KEY, "行政处罚（测试替身）", """
                    <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
                    <bpmn:userTask id="Task" name="立案审批" />""");
        }
    }

    @AfterEach
    void removeTheStandIn() {
        if (standIn) {
            repositoryService.createDeploymentQuery().deploymentName(EnginePenaltyReferral.PENALTY_PROCESS_KEY).list().stream()
                    .map(Deployment::getId).forEach(id -> repositoryService.deleteDeployment(id, true));
        }
    }

    @Test
    void shouldOpenThePenaltyCaseWithTheFactsAndItsSourceAndLinkBothCases() {
        PenaltyReferral.Referral facts = new PenaltyReferral.Referral("JE-370405-2026-900001", "RECHECK_FAILED", "370405",
                "台儿庄某化工有限公司", "91370405MA3C000019", "逾期未整改安全警示标志缺失");

        String penaltyCase = configuration.getCommandExecutorTxRequired().execute((Command<String>) context -> referral.refer(facts));

        var penalty = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(penaltyCase).singleResult();
        assertThat(runtimeService.getVariables(penalty.getId())).containsEntry("caseSource", "RECHECK_FAILED")
                .containsEntry("violationFacts", "逾期未整改安全警示标志缺失").containsEntry("sourceCaseNumber", "JE-370405-2026-900001")
                .containsEntry("jurisdiction", "370405").containsEntry("enterpriseName", "台儿庄某化工有限公司")
                .containsEntry("enterpriseCreditCode", "91370405MA3C000019");
        assertThat(links.of("JE-370405-2026-900001")).filteredOn(l -> l.otherCase().equals(penaltyCase)).singleElement()
                .satisfies(l -> assertThat(l.label()).isEqualTo("移交行政处罚立案"));
        assertThat(links.of(penaltyCase)).singleElement().satisfies(l -> assertThat(l.label()).isEqualTo("移交立案的联合执法检查"));
    }
}
