package org.safetyflow.simultaneity;

import static org.safetyflow.casefile.CaseVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The wording of the public notice of a 三同时 case: the approval of a 安全设施设计 is a 行政许可 decision,
 * made public (行政许可法第四十条) once the 机关负责人 signs it off.
 */
@Component("simultaneityNotices")
public class SimultaneityNotices {

    public String designApprovalTitle(DelegateExecution execution) {
        return text(execution, "projectName") + "安全设施设计审查结果公示";
    }

    public String designApprovalBody(DelegateExecution execution) {
        return "建设单位：" + text(execution, "enterpriseName") + "（统一社会信用代码 " + text(execution, "enterpriseCreditCode") + "）\n"
                + "建设项目：" + text(execution, "projectName") + "（" + text(execution, "projectCategoryLabel") + "）\n"
                + "立项文号：" + text(execution, "projectApprovalNumber") + "\n"
                + "设计单位：" + text(execution, "designUnit") + "\n"
                + "审查结论：" + text(execution, "designReviewReason") + "\n"
                + "审查决定日期：" + text(execution, "designDecidedAtText") + "\n"
                + "案件编号：" + text(execution, "caseNumber");
    }
}
