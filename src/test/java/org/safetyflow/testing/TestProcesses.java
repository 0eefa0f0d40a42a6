package org.safetyflow.testing;

import org.camunda.bpm.engine.RepositoryService;

/** Deploys a small process made for one test, with what every SafetyFlow model carries (case-number prefix, retention). */
public final class TestProcesses {

    private TestProcesses() {
    }

    /** @param flowElements the BPMN flow elements of the process, in XML */
    public static void deploy(RepositoryService repositoryService, String processKey, String name, String flowElements) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_%1$s" targetNamespace="https://safetyflow.org/test">
                  <bpmn:process id="%1$s" name="%2$s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:extensionElements><camunda:properties><camunda:property name="caseNumberPrefix" value="CS" /></camunda:properties></bpmn:extensionElements>
                %3$s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processKey, name, flowElements);
        repositoryService.createDeployment().name(processKey).addString(processKey + ".bpmn", xml).deploy();
    }
}
