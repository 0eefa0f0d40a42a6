package org.safetyflow.licensing;

import static org.safetyflow.casefile.CaseVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The wording of the 行政许可结果公示 (行政许可法第四十条; 双公示 within 7 working days of the decision), signed
 * off by the 机关负责人 before it is public.
 */
@Component("licensingNotices")
public class LicensingNotices {

    public String grantTitle(DelegateExecution execution) {
        return text(execution, "enterpriseName") + text(execution, "licenceTypeLabel") + "行政许可结果公示";
    }

    public String grantBody(DelegateExecution execution) {
        return "行政相对人：" + text(execution, "enterpriseName") + "（统一社会信用代码 " + text(execution, "enterpriseCreditCode") + "）\n"
                + "许可类别：" + text(execution, "licenceTypeLabel") + "（" + text(execution, "applicationTypeLabel") + "）\n"
                + "许可证编号：" + text(execution, "licenceNumber") + "\n"
                + "有效期至：" + text(execution, "licenceValidUntilText") + "\n"
                + "许可决定：准予行政许可\n"
                + "案件编号：" + text(execution, "caseNumber");
    }
}
