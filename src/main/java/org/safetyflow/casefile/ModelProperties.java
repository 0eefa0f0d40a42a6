package org.safetyflow.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** What the model declares on the current element as a {@code camunda:property} (an outcome, a status). */
public final class ModelProperties {

    private ModelProperties() {
    }

    /** The value of the current element's property {@code name}; the model must declare it. */
    public static String required(DelegateExecution execution, String name) {
        BaseElement element = (BaseElement) execution.getBpmnModelElementInstance();
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions != null) {
            for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (name.equals(property.getCamundaName())) {
                        return property.getCamundaValue();
                    }
                }
            }
        }
        throw new IllegalStateException(element.getId() + " declares no camunda:property '" + name + "'");
    }
}
