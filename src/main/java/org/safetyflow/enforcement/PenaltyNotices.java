package org.safetyflow.enforcement;

import static org.safetyflow.casefile.CaseVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The wording of the 行政处罚结果公示 (行政处罚法第四十八条; 双公示 within 7 working days of the decision), signed off by
 * the 机关负责人 before it is public.
 */
@Component("penaltyNotices")
public class PenaltyNotices {

    public String title(DelegateExecution execution) {
        return text(execution, "enterpriseName") + "行政处罚结果公示";
    }

    public String body(DelegateExecution execution) {
        return "行政相对人：" + text(execution, "enterpriseName") + "（统一社会信用代码 " + text(execution, "enterpriseCreditCode") + "）\n"
                + "决定书文号：" + text(execution, "decisionNumber") + "\n"
                + "违法事实：" + text(execution, "violationFindings") + "\n"
                + "处罚依据：" + text(execution, "legalBasis") + "\n"
                + "处罚决定：" + text(execution, "penaltyDecisionText") + "\n"
                + "作出决定日期：" + text(execution, "decidedAt") + "\n"
                + "案件编号：" + text(execution, "caseNumber");
    }
}
