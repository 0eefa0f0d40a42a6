package org.safetyflow.enforcement;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseRelation;
import org.safetyflow.registry.Enterprise;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * A 重大事故隐患 found on inspection is handed over at once to its own {@code hazard-rectification} case
 * ({@code hazardSource = INSPECTION}, in the enterprise's jurisdiction), opened in the inspection's transaction and
 * linked both ways, with the 现场处理措施决定书 (安全生产法第六十五条第一款第三项). The hazard case runs on by itself.
 */
@Component("inspectionHazardHandOver")
class InspectionHazardHandOver implements JavaDelegate {

    static final CaseRelation HAZARD = new CaseRelation("INSPECTION_HAZARD", "检查发现重大事故隐患，移交隐患治理", "发现该隐患的联合执法检查");
    static final String HAZARD_PROCESS_KEY = "hazard-rectification";

    private final Enterprises enterprises;
    private final CaseLinks links;
    private final CaseDocuments documents;

    InspectionHazardHandOver(Enterprises enterprises, CaseLinks links, CaseDocuments documents) {
        this.enterprises = enterprises;
        this.links = links;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String creditCode = (String) execution.getVariable("enterpriseCreditCode");
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", enterprises.find(creditCode).map(Enterprise::jurisdiction).orElse((String) execution.getVariable("jurisdiction")));
        variables.put("enterpriseName", execution.getVariable("enterpriseName"));
        variables.put("enterpriseCreditCode", creditCode);
        variables.put("hazardDescription", execution.getVariable("findingsDescription"));
        variables.put("hazardSource", "INSPECTION");
        variables.put("discoveredAt", execution.getVariable("inspectedAt"));
        ProcessInstance[] hazard = new ProcessInstance[1];
        // The inspector acts for the case it inspects; the hazard officers' process is opened for it, as the accident's 批复
        // opens a 暂扣/吊销 case. The tenant check stays: only within the inspector's jurisdictions.
        SystemActions.inThisCommand(() -> hazard[0] = execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(HAZARD_PROCESS_KEY, variables));
        links.link(execution.getProcessBusinessKey(), hazard[0].getBusinessKey(), HAZARD);
        execution.setVariable("hazardCaseNumber", hazard[0].getBusinessKey());
        documents.fromExecution(execution, "ON_SITE_MEASURES");
    }
}
