package org.safetyflow.hazard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.casefile.CaseDocuments;
import org.springframework.stereotype.Component;

/** 销号 (摘牌, 16号令§18): no longer listed, production may resume; the 销号通知 becomes a document of the case. */
@Component("hazardDelisting")
class HazardDelisting implements JavaDelegate {

    private final CaseDocuments documents;

    HazardDelisting(CaseDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("listed", false);
        execution.setVariable("shutdown", false);
        execution.setVariable("delistedAt", ClockUtil.getCurrentTime());
        documents.fromExecution(execution, "DELISTING_NOTICE");
    }
}
