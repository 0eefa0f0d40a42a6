package org.safetyflow.evaluation;

import java.util.List;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of 事故整改情况评估, each with the case variables it is made of; the model names the code only. */
@Component
class EvaluationDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return EvaluationInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("EVALUATION_PLAN", "评估方案", "evaluationTeam", "evaluationPlan", "preventiveMeasures"),
                DocumentType.of("MEASURE_REPORT", "整改措施落实情况报告", "measure", "measureReport", "measureEvidenceIds"),
                DocumentType.of("MEASURE_EVALUATION", "整改措施评估意见", "measure", "rating", "ratingEvidence", "dutyFailure"),
                DocumentType.of("ACCOUNTABILITY_REFERRAL", "追责问责移交函", "measure", "rating", "referredTo", "referralNote", "accidentName")
                        .numbered("应急评移").to("referredTo").internal(),
                DocumentType.of("EVALUATION_REPORT", "整改情况评估报告", "overallConclusion", "reportSummary"),
                DocumentType.of("EVALUATION_APPROVAL", "评估报告审定", "approvalNumber"),
                DocumentType.of("OVERDUE_SUPERVISION", "评估逾期督办记录", "overdueAction").internal());
    }
}
