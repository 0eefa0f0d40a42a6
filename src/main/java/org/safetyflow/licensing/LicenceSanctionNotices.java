package org.safetyflow.licensing;

import static org.safetyflow.casefile.CaseVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The wording of the 行政处罚结果公示 of a 暂扣/吊销 (行政处罚法第四十八条; 双公示 within 7 working days of the
 * decision), signed off by the 机关负责人 before it is public.
 */
@Component("licenceSanctionNotices")
public class LicenceSanctionNotices {

    public String title(DelegateExecution execution) {
        return text(execution, "enterpriseName") + text(execution, "licenceTypeLabel") + "行政处罚结果公示";
    }

    public String body(DelegateExecution execution) {
        String penalty = "SUSPEND".equals(execution.getVariable("sanctionDecision"))
                ? "暂扣安全生产许可证 " + text(execution, "suspensionMonths") + " 个月（至" + text(execution, "suspendedUntilText") + "）"
                : "吊销安全生产许可证";
        return "行政相对人：" + text(execution, "enterpriseName") + "（统一社会信用代码 " + text(execution, "enterpriseCreditCode") + "）\n"
                + "许可证编号：" + text(execution, "licenceNumber") + "\n"
                + "决定书文号：" + text(execution, "decisionNumber") + "\n"
                + "违法事实：" + text(execution, "sanctionFacts") + "\n"
                + "处罚依据：" + text(execution, "legalBasis") + "\n"
                + "处罚决定：" + penalty + "\n"
                + "案件编号：" + text(execution, "caseNumber");
    }
}
