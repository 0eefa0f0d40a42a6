package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;

/** Counter-signing declared in the model: all, any or a ratio of the signers, shown on every task of the step. */
@EngineTest
class CountersignRulesTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void shouldEndTheStepWhenItsRuleIsMet() {
        for (Object[] rule : new Object[][] {{"ALL", 3}, {"ANY", 1}, {"RATIO 2/3", 2}, {"RATIO 1/2", 2}}) {
            String key = "countersign-" + rule[0].toString().toLowerCase().replaceAll("[^a-z0-9]", "-");
            TestProcesses.deploy(repositoryService, key, "会签规则测试", model(rule[0].toString()));
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(key, Map.of("jurisdiction", "370405", "signers", List.of("a", "b", "c")));

            int signed = 0;
            while (taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Sign").count() > 0) {
                taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Sign").list().get(0).getId());
                signed++;
            }

            assertThat(signed).as(rule[0].toString()).isEqualTo(rule[1]);
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey()).isEqualTo("After");
        }
    }

    @Test
    void shouldShowTheRuleOnEachTaskOfTheStep() {
        TestProcesses.deploy(repositoryService, "countersign-shown", "会签规则测试", model("RATIO 2/3"));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("countersign-shown", Map.of("jurisdiction", "370405",
                "signers", List.of("a", "b", "c")));

        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).list().get(0);

        assertThat(task.getDescription()).isEqualTo("会签规则：按比例签署（3 人中至少 2 人，即 2/3，签署后办结）");
        assertThat(taskService.getVariableLocal(task.getId(), CountersignRules.VARIABLE)).isEqualTo("按比例签署（3 人中至少 2 人，即 2/3，签署后办结）");
    }

    @Test
    void shouldRefuseARuleItDoesNotKnowOrOnAStepWithOneTask() {
        assertThatThrownBy(() -> TestProcesses.deploy(repositoryService, "countersign-bad", "会签规则测试", model("MOST")))
                .hasMessageContaining("must be ALL, ANY or RATIO p/q");
        assertThatThrownBy(() -> TestProcesses.deploy(repositoryService, "countersign-over", "会签规则测试", model("RATIO 3/2")))
                .hasMessageContaining("must be ALL, ANY or RATIO p/q");
        assertThatThrownBy(() -> TestProcesses.deploy(repositoryService, "countersign-single", "会签规则测试", """
                    <bpmn:startEvent id="Start" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Sign" />
                    <bpmn:userTask id="Sign" name="签署">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="countersign" value="ALL" /></camunda:properties></bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="F2" sourceRef="Sign" targetRef="End" />
                    <bpmn:endEvent id="End" />
                """)).hasMessageContaining("is not multi-instance");
    }

    @Test
    void shouldDescribeEachRuleInChinese() {
        assertThat(CountersignRules.describe("ALL", 5)).isEqualTo("全体签署（5 人全部签署后办结）");
        assertThat(CountersignRules.describe("ANY", 5)).isEqualTo("任一签署（5 人中任一人签署即办结）");
        assertThat(CountersignRules.describe("RATIO 1/2", 5)).isEqualTo("按比例签署（5 人中至少 3 人，即 1/2，签署后办结）");
        assertThat(CountersignRules.describe("RATIO 2/3", 6)).isEqualTo("按比例签署（6 人中至少 4 人，即 2/3，签署后办结）");
    }

    private static String model(String rule) {
        return """
                    <bpmn:startEvent id="Start" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Sign" />
                    <bpmn:userTask id="Sign" name="签署" camunda:assignee="${signer}">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="countersign" value="%s" /></camunda:properties></bpmn:extensionElements>
                      <bpmn:multiInstanceLoopCharacteristics camunda:collection="${signers}" camunda:elementVariable="signer" />
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="F2" sourceRef="Sign" targetRef="After" />
                    <bpmn:userTask id="After" name="后续" />
                    <bpmn:sequenceFlow id="F3" sourceRef="After" targetRef="End" />
                    <bpmn:endEvent id="End" />
                """.formatted(rule);
    }
}
