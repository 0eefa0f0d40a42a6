package org.safetyflow.casefile;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.registry.EnterpriseGroups;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.security.Actors;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * Opens a case file for every process instance that starts, by whatever path (Tasklist, REST, Java,
 * message): it takes a case number and makes it the instance's business key (and the variable
 * {@code caseNumber}, which Tasklist shows), registers an enterprise the case names for the first
 * time, and names the enterprise's own candidate group in {@code enterpriseGroup}. A business key
 * the starter supplied is kept as {@code externalReference}.
 *
 * <p>Each process declares its prefix in the model, as a Camunda extension property of the process:
 * {@code <camunda:property name="caseNumberPrefix" value="YH"/>}; a model without one is refused at
 * deployment. This runs after the start variables were validated (the input plugin's listener comes
 * first), so a refused start consumes no number.
 */
@Component
class CaseFilePlugin extends AbstractProcessEnginePlugin {

    static final String PREFIX_PROPERTY = "caseNumberPrefix";
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,8}");

    private final CaseNumbers caseNumbers;
    private final Enterprises enterprises;

    CaseFilePlugin(CaseNumbers caseNumbers, Enterprises enterprises) {
        this.caseNumbers = caseNumbers;
        this.enterprises = enterprises;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                String prefix = prefixOf(processElement);
                if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                    throw new IllegalArgumentException("Process '" + processDefinition.getKey()
                            + "' must declare its case number prefix (2-8 capital letters) as the extension property "
                            + PREFIX_PROPERTY);
                }
                // Right after the input check (index 0), before the listeners the model declares.
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> open(execution, prefix),
                        Math.min(1, processDefinition.getBuiltInListeners(ExecutionListener.EVENTNAME_START).size()));
            }
        });
    }

    private void open(DelegateExecution execution, String prefix) {
        if (!execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        Object jurisdiction = execution.getVariable("jurisdiction");
        String division = jurisdiction instanceof String code ? code : null;
        int year = CalendarDays.dayOf(ClockUtil.getCurrentTime()).getYear();
        String caseNumber = caseNumbers.next(prefix, division, year);
        String supplied = execution.getProcessBusinessKey();
        if (supplied != null && !supplied.isBlank()) {
            execution.setVariable("externalReference", supplied);
        }
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariable("caseNumber", caseNumber);
        Object creditCode = execution.getVariable("enterpriseCreditCode");
        Object name = execution.getVariable("enterpriseName");
        if (creditCode instanceof String code && name instanceof String enterpriseName && division != null) {
            var identityService = execution.getProcessEngineServices().getIdentityService();
            enterprises.recordFirstUse(code, enterpriseName, division, caseNumber, Actors.current(execution.getProcessEngineServices()));
            // Whoever opens the case registers the enterprise's group, though no role may create groups itself.
            SystemActions.inThisCommand(() -> execution.setVariable("enterpriseGroup", EnterpriseGroups.ensure(identityService, code, enterpriseName)));
        }
    }

    static String prefixOf(Element processElement) {
        Element extensions = processElement.element("extensionElements");
        if (extensions == null) {
            return null;
        }
        Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (PREFIX_PROPERTY.equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }
}
