package org.safetyflow.accident;

import java.util.Map;
import java.util.Set;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/**
 * What the investigation's own variables are called (its results, contract §4, and what it keeps on the
 * way) and the names of its codes — the grade and levels by the names its forms and notices print.
 */
@Component
class AccidentTerms implements CaseTerms {

    @Override
    public String processKey() {
        return AccidentInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(Map.entry("accidentGrade", "事故等级"), Map.entry("investigationLevel", "负责调查的人民政府层级"),
                Map.entry("supervisionLevel", "挂牌督办的安委会层级"), Map.entry("lateReport", "迟报"), Map.entry("lateReportReason", "迟报情况"),
                Map.entry("reportDueDate", "调查报告提交期限"), Map.entry("replyDays", "批复时限（日）"), Map.entry("replyDueDate", "批复期限"),
                Map.entry("replyExtended", "批复期限已延长"), Map.entry("reportExtendedDays", "调查期限已延长日数"),
                Map.entry("investigationRaised", "调查层级提高"), Map.entry("reportingLevels", "逐级上报的层级"),
                Map.entry("additionalReportingLevels", "补充上报的层级"), Map.entry("reportingLevelsReason", "上报层级的依据"),
                Map.entry("recordedDeaths", "定级依据的死亡人数"), Map.entry("recordedSeriousInjuries", "定级依据的重伤人数"),
                Map.entry("recordedDirectEconomicLossYuan", "定级依据的直接经济损失"), Map.entry("supplementWindowDays", "补报期限（日）"),
                Map.entry("supplementDeadline", "补报截止时间"), Map.entry("casualtyUpdateReceivedAt", "收到补报时间"),
                Map.entry("updateInWindow", "在补报期限内"), Map.entry("jurisdictionDecision", "调查和督办层级决策"),
                Map.entry("userOptions", "可选人员"), Map.entry("dissentsText", "成员不同意见"), Map.entry("reportLevel", "本次上报层级"),
                Map.entry("grade", "事故等级（决策输入）"), Map.entry("member", "调查组成员"),
                Map.entry("investigatingGovernment", "负责调查的人民政府"), Map.entry("supervisingJurisdiction", "挂牌督办的安委会所在区划"),
                // The rows of 事故防范和整改措施 and 处理建议清单, and one proposal as its accountability step handles it.
                Map.entry("unit", "责任单位"), Map.entry("dueDate", "完成期限"), Map.entry("kind", "处理类别"), Map.entry("subject", "处理对象"),
                Map.entry("proposal", "处理建议"),
                // A 事故补报 (CasualtyUpdate): the figures of record before it and as reported now, and whether it regrades.
                Map.entry("oldDeaths", "原定级死亡人数"), Map.entry("newDeaths", "补报死亡人数"),
                Map.entry("oldSeriousInjuries", "原定级重伤人数"), Map.entry("newSeriousInjuries", "补报重伤人数"),
                Map.entry("oldDirectEconomicLossYuan", "原定级直接经济损失"), Map.entry("newDirectEconomicLossYuan", "补报直接经济损失"),
                Map.entry("withinWindow", "在补报期限内（重新定级）"), Map.entry("windowDays", "补报期限（日）"), Map.entry("reason", "说明"));
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return Map.of("accidentGrade", AccidentLabels.GRADE_NAMES, "grade", AccidentLabels.GRADE_NAMES, "investigationLevel", AccidentLabels.LEVEL_NAMES,
                "supervisionLevel", AccidentLabels.LEVEL_NAMES,
                "investigationStep", Map.of("DRAFTED", "调查报告已起草", "APPRAISAL", "委托技术鉴定", "EXTENSION", "申请延长调查期限",
                        "TRANSFER", "移送涉嫌犯罪线索"),
                "replyDecision", Map.of("REPLIED", "予以批复", "EXTENDED", "延长批复期限"));
    }

    @Override
    public Set<String> amounts() {
        return Set.of("recordedDirectEconomicLossYuan", "oldDirectEconomicLossYuan", "newDirectEconomicLossYuan");
    }
}
