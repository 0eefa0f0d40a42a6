package org.safetyflow.simultaneity;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/**
 * What a 三同时 case's own variables are called (its results, contract §10, its time limits and the
 * 抽查 draw) and the names of its codes: the maps of {@link SimultaneityLabels}.
 */
@Component
class SimultaneityTerms implements CaseTerms {

    @Override
    public String processKey() {
        return SimultaneityInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(Map.entry("projectStatus", "项目状态"), Map.entry("evaluationKindLabel", "评价报告类别"), Map.entry("preEvaluationRequired", "须安全预评价"),
                Map.entry("designReviewMode", "设计审查方式"), Map.entry("conditionReviewRequired", "须安全条件审查"),
                Map.entry("designAppliedAt", "申请设计审查时间"), Map.entry("designAcceptedAt", "受理时间"),
                Map.entry("designDecisionDueDate", "设计审查期限"), Map.entry("designReviewExtended", "审查期限已延长"),
                Map.entry("designApproved", "设计审查通过"), Map.entry("designReviewReason", "设计审查意见书"),
                Map.entry("designRefusalGrounds", "不予通过的情形"), Map.entry("designDecidedAt", "审查决定时间"),
                Map.entry("trialRunEndsAt", "试运行期满"), Map.entry("trialRunExtensions", "试运行延长记录"),
                Map.entry("spotCheckSeed", "抽查随机种子"), Map.entry("spotCheckPercent", "抽查比例（%）"),
                Map.entry("spotCheckTicket", "抽查签号"), Map.entry("spotCheckSelected", "抽中现场核查"),
                Map.entry("spotCheckDrawRecord", "抽查抽签记录"), Map.entry("outcome", "办结方式"));
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return Map.of("projectCategory", SimultaneityLabels.CATEGORIES, "designReviewMode", SimultaneityLabels.REVIEW_MODES,
                "projectStatus", SimultaneityLabels.STATUSES, "occupationalHazardClass", SimultaneityLabels.OCCUPATIONAL_CLASSES,
                "constructionOutcome", SimultaneityLabels.CONSTRUCTION_OUTCOMES, "trialRunOutcome", SimultaneityLabels.TRIAL_RUN_OUTCOMES,
                "outcome", Map.of("COMPLETE", "三同时完成", "NOT_COMPLIANT", "未同时投入使用，移送查处", "DESIGN_REFUSED", "设计未通过，不再建设"));
    }
}
