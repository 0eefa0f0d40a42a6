package org.safetyflow.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.registry.Enterprise;
import org.safetyflow.registry.Enterprises;
import org.springframework.stereotype.Component;

/**
 * 移交立案, once the team leader has written the facts down: the enterprise's {@code administrative-penalty} case is
 * opened in its jurisdiction ({@link PenaltyReferral}), its number kept with the enterprise's findings and in the
 * 移交立案 record.
 */
@Component("penaltyReferring")
class PenaltyReferring implements JavaDelegate {

    private final PenaltyReferral referral;
    private final Enterprises enterprises;
    private final CaseDocuments documents;

    PenaltyReferring(PenaltyReferral referral, Enterprises enterprises, CaseDocuments documents) {
        this.referral = referral;
        this.enterprises = enterprises;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String creditCode = (String) execution.getVariable("enterpriseCreditCode");
        String penaltyCase = referral.refer(new PenaltyReferral.Referral(execution.getProcessBusinessKey(),
                (String) execution.getVariable("caseSource"),
                enterprises.find(creditCode).map(Enterprise::jurisdiction).orElse((String) execution.getVariable("jurisdiction")),
                (String) execution.getVariable("enterpriseName"), creditCode, (String) execution.getVariable("violationFacts")));
        execution.setVariable("penaltyCaseNumber", penaltyCase);
        documents.fromExecution(execution, "PENALTY_REFERRAL");
    }
}
