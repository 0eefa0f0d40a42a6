package org.safetyflow.input;

import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The engine-side guard: every process start and every user-task completion is checked against its
 * {@link InputSpec}, whatever path it came by (Java API, message, REST). A violation throws inside
 * the engine's transaction, so nothing is stored. The HTTP filter runs the same checks first, to
 * answer REST clients with 400 instead of the engine's 500.
 */
@Component
class InputValidationPlugin extends AbstractProcessEnginePlugin {

    private final InputSpecs specs;

    InputValidationPlugin(InputSpecs specs) {
        this.specs = specs;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                String processKey = processDefinition.getKey();
                // First of all start listeners, also of those the model declares: they see normalized values.
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> specs.forStart(processKey).ifPresent(spec ->
                                apply(spec, execution.getVariables(), execution::setVariable)), 0);
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ProcessDefinitionEntity definition = (ProcessDefinitionEntity) activity.getProcessDefinition();
                String taskKey = activity.getId();
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                                task -> specs.forTask(definition.getKey(), taskKey).ifPresent(spec ->
                                        apply(spec, task.getVariables(), task::setVariable)));
            }
        });
    }

    private void apply(InputSpec spec, Map<String, Object> variables, VariableWriter writer) {
        Map<String, Object> normalized;
        try {
            normalized = spec.normalize(variables, specs.clock());
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (RuntimeException unreadable) {
            // A rule that met a value of a shape it does not expect: the input's fault, refused as such (400, nothing stored).
            throw new InvalidInputException(null, "提交的数据格式不符合本步骤的要求，无法校验");
        }
        normalized.forEach((name, value) -> {
            if (value != null && !value.equals(variables.get(name))) {
                writer.set(name, value);
            }
        });
    }

    @FunctionalInterface
    private interface VariableWriter {
        void set(String name, Object value);
    }
}
