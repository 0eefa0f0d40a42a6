package org.safetyflow.inbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Counter-signing declared in the model, where a statute asks several people to sign (事故条例第三十条: every member of
 * the investigation team signs the report): a multi-instance user task declares its rule as the extension property
 * {@code <camunda:property name="countersign" value="ALL"/>} — {@code ALL} (every one signs), {@code ANY} (the first
 * signature decides) or {@code RATIO p/q} (at least p/q of them, rounded up). The rule becomes the step's completion
 * condition, and each of its tasks shows it in Chinese (its description and the task variable {@code countersignRule},
 * which Tasklist's cards show). A rule on a step that is not multi-instance, or beside a completion condition of the
 * model's own, or that is not one of these, is refused at deployment.
 */
@Component
class CountersignRules extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "countersign";
    static final String VARIABLE = "countersignRule";
    private static final Pattern RULE = Pattern.compile("ALL|ANY|RATIO ([1-9][0-9]?)/([1-9][0-9]?)");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseMultiInstanceLoopCharacteristics(Element activityElement, Element loop, ActivityImpl body) {
                String rule = ruleOf(activityElement);
                if (rule == null) {
                    return;
                }
                Matcher matcher = matcher(activityElement, rule);
                if (loop.element("completionCondition") != null) {
                    throw new IllegalArgumentException("Step '" + activityElement.attribute("id") + "' declares both a completion condition and "
                            + PROPERTY + "; keep one");
                }
                String condition = switch (rule) {
                    case "ALL" -> null;
                    case "ANY" -> "${nrOfCompletedInstances >= 1}";
                    default -> "${nrOfCompletedInstances * " + matcher.group(2) + " >= nrOfInstances * " + matcher.group(1) + "}";
                };
                if (condition != null) {
                    ((MultiInstanceActivityBehavior) body.getActivityBehavior()).setCompletionConditionExpression(
                            Context.getProcessEngineConfiguration().getExpressionManager().createExpression(condition));
                }
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                String rule = ruleOf(userTaskElement);
                if (rule == null) {
                    return;
                }
                matcher(userTaskElement, rule);
                if (userTaskElement.element("multiInstanceLoopCharacteristics") == null) {
                    throw new IllegalArgumentException("Step '" + userTaskElement.attribute("id") + "' declares " + PROPERTY
                            + " but is not multi-instance: a counter-signing step has one task per signer");
                }
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> show(task, rule));
            }
        });
    }

    /** The rule in Chinese, with the number of signers of this round, on the task. */
    static void show(DelegateTask task, String rule) {
        Object counted = task.getExecution().getVariable("nrOfInstances");
        int signers = counted instanceof Integer n ? n : 1;
        String text = describe(rule, signers);
        task.setVariableLocal(VARIABLE, text);
        task.setDescription("会签规则：" + text + (task.getDescription() == null || task.getDescription().isBlank() ? "" : "\n\n" + task.getDescription()));
    }

    static String describe(String rule, int signers) {
        Matcher ratio = RULE.matcher(rule);
        if (!ratio.matches()) {
            throw new IllegalArgumentException(rule);
        }
        return switch (rule) {
            case "ALL" -> "全体签署（" + signers + " 人全部签署后办结）";
            case "ANY" -> "任一签署（" + signers + " 人中任一人签署即办结）";
            default -> {
                int p = Integer.parseInt(ratio.group(1));
                int q = Integer.parseInt(ratio.group(2));
                yield "按比例签署（" + signers + " 人中至少 " + (signers * p + q - 1) / q + " 人，即 " + p + "/" + q + "，签署后办结）";
            }
        };
    }

    private static Matcher matcher(Element element, String rule) {
        Matcher matcher = RULE.matcher(rule);
        if (!matcher.matches() || rule.startsWith("RATIO") && Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2))) {
            throw new IllegalArgumentException("Step '" + element.attribute("id") + "': " + PROPERTY + " must be ALL, ANY or RATIO p/q (p ≤ q), not '"
                    + rule + "'");
        }
        return matcher;
    }

    private static String ruleOf(Element element) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (PROPERTY.equals(property.attribute("name"))) {
                return property.attribute("value") == null ? "" : property.attribute("value").strip();
            }
        }
        return null;
    }
}
