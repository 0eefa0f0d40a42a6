package org.safetyflow.simultaneity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safetyflow.simultaneity.DesignReview.Decision;
import org.safetyflow.simultaneity.DesignReview.Findings;
import org.safetyflow.simultaneity.DesignReview.Ground;

/** The four grounds on which a 安全设施设计 is not approved, each alone and together. */
class DesignReviewTest {

    @Test
    void shouldApproveADesignThatMeetsEveryCondition() {
        Decision decision = DesignReview.decide(new Findings("枣发改审批〔2026〕12号", true, true, true));

        assertThat(decision.approved()).isTrue();
        assertThat(decision.grounds()).isEmpty();
        assertThat(decision.reason()).contains("审查通过");
    }

    @Test
    void shouldRefuseWithoutTheProjectApprovalWhateverTheFindings() {
        assertThat(DesignReview.decide(new Findings(null, true, true, true)).grounds()).containsExactly(Ground.NO_PROJECT_APPROVAL);
        Decision blank = DesignReview.decide(new Findings("  ", true, true, true));
        assertThat(blank.approved()).isFalse();
        assertThat(blank.reason()).contains("未取得立项审批、核准或备案文件").contains("申请再审");
    }

    @Test
    void shouldRefuseOnEachFindingAndNameEveryGroundInOrder() {
        assertThat(DesignReview.decide(new Findings("文号", false, true, true)).grounds()).containsExactly(Ground.UNQUALIFIED_PARTIES);
        assertThat(DesignReview.decide(new Findings("文号", true, false, true)).grounds()).containsExactly(Ground.BREACHES_STANDARDS);
        assertThat(DesignReview.decide(new Findings("文号", true, true, false)).grounds()).containsExactly(Ground.PRE_EVALUATION_IGNORED);

        Decision all = DesignReview.decide(new Findings(null, false, false, false));
        assertThat(all.grounds()).containsExactly(Ground.values());
        assertThat(all.reason()).startsWith("安全设施设计审查不予通过：1. 建设项目未取得").contains("；4. 未采纳安全预评价报告");
    }

    @Test
    void shouldNotAskAboutPreEvaluationAdviceWhereNoPreEvaluationWasMade() {
        assertThat(DesignReview.decide(new Findings("文号", true, true, null)).approved()).isTrue();
    }
}
