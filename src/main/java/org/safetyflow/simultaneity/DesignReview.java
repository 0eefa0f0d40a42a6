package org.safetyflow.simultaneity;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a 安全设施设计 is approved (《建设项目安全设施“三同时”监督管理办法》第十四条, 安全生产法第三十二条):
 * it is not approved on any one of four grounds, each with the reason the 审查意见书 gives. The
 * reviewer records what the review found; the decision follows from it, and a project without its 立项
 * approval (审批、核准或备案文件, obtained in 并联审批) cannot be approved whatever the findings.
 */
final class DesignReview {

    enum Ground {
        NO_PROJECT_APPROVAL("建设项目未取得立项审批、核准或备案文件（并联审批尚未完成）"),
        UNQUALIFIED_PARTIES("安全设施设计单位或安全评价机构不具备相应资质"),
        BREACHES_STANDARDS("安全设施设计不符合有关安全生产法律、法规、规章和国家标准或者行业标准"),
        PRE_EVALUATION_IGNORED("未采纳安全预评价报告提出的安全对策措施，且未作充分论证说明");

        private final String reason;

        Ground(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** What the review found; {@code preEvaluationAdviceHandled} is null where no 安全预评价 was made. */
    record Findings(String projectApprovalNumber, boolean partiesQualified, boolean meetsStandards,
            Boolean preEvaluationAdviceHandled) {
    }

    /** The decision: approved, or not with every ground that applies and the reason the 审查意见书 gives. */
    record Decision(boolean approved, List<Ground> grounds, String reason) {
    }

    private DesignReview() {
    }

    static Decision decide(Findings findings) {
        List<Ground> grounds = new ArrayList<>();
        if (findings.projectApprovalNumber() == null || findings.projectApprovalNumber().isBlank()) {
            grounds.add(Ground.NO_PROJECT_APPROVAL);
        }
        if (!findings.partiesQualified()) {
            grounds.add(Ground.UNQUALIFIED_PARTIES);
        }
        if (!findings.meetsStandards()) {
            grounds.add(Ground.BREACHES_STANDARDS);
        }
        if (Boolean.FALSE.equals(findings.preEvaluationAdviceHandled())) {
            grounds.add(Ground.PRE_EVALUATION_IGNORED);
        }
        if (grounds.isEmpty()) {
            return new Decision(true, List.of(), "安全设施设计符合有关法律、法规、规章和标准的要求，审查通过");
        }
        StringBuilder reason = new StringBuilder("安全设施设计审查不予通过：");
        for (int i = 0; i < grounds.size(); i++) {
            reason.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(grounds.get(i).reason());
        }
        return new Decision(false, List.copyOf(grounds), reason.append("。建设单位整改后可申请再审。").toString());
    }
}
