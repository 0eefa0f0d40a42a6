package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.amountOfYuan;
import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.futureDateTime;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.List;
import java.util.Map;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseVariables;
import org.safetyflow.input.InputSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a 行政处罚 case's 案件处理呈批 and decision record, and the rules that weigh them: the penalties (行政处罚法第九条),
 * the hearing right (第六十三条), no heavier than notified (第四十五条), 责令改正 (第二十八条), 按日连续处罚 (安全生产法第一百一十二条),
 * 提请关闭 (第一百一十三条) and the 严重失信主体名单 (应急管理部令第11号).
 */
@Configuration
class PenaltyDecisionInputs {

    static final List<String> OUTCOMES = List.of("PENALIZE", "NOT_PENALIZE", "WITHDRAW", "EXTEND");
    static final List<String> BLACKLIST_DECISIONS = List.of("LIST", "NOT_LIST");
    static final List<String> LICENCE_ACTIONS = List.of("NONE", "SUSPEND", "REVOKE");

    @Bean
    PenaltySeverity penaltySeverity(@Value("${safetyflow.penalty.hearing-fine-yuan.unit}") double unit,
            @Value("${safetyflow.penalty.hearing-fine-yuan.individual}") double individual,
            @Value("${safetyflow.penalty.hearing-confiscation-yuan.unit}") double confiscationUnit,
            @Value("${safetyflow.penalty.hearing-confiscation-yuan.individual}") double confiscationIndividual) {
        return new PenaltySeverity(new PenaltySeverity.Threshold(unit, individual),
                new PenaltySeverity.Threshold(confiscationUnit, confiscationIndividual));
    }

    @Bean
    ClosureReferral closureReferral(TimeLimits limits) {
        return new ClosureReferral(limits.limit("penalty.closure-short-window"), limits.limit("penalty.closure-long-window"));
    }

    @Bean
    InputSpec penaltyProposal() {
        return task("Task_Propose")
                .required("partyType", "当事人类别", oneOf(List.of("UNIT", "INDIVIDUAL")))
                .required("violationFindings", "违法事实和证据", text(4000))
                .required("legalBasis", "处罚依据（条款）", text(2000))
                .optional("proposedWarning", "拟警告", flag())
                .optional("proposedFineYuan", "拟罚款（元）", amountOfYuan())
                .optional("proposedConfiscation", "拟没收违法所得、非法财物", flag())
                .optional("proposedConfiscatedItems", "拟没收的违法所得、非法财物（名称、数量）", text(2000))
                .optional("proposedConfiscationValueYuan", "拟没收的违法所得数额或非法财物价值（元）", amountOfYuan())
                .optional("proposedShutdown", "拟责令停产停业整顿", flag())
                .optional("proposedLicenceAction", "拟提请许可机关处理安全生产许可证", oneOf(LICENCE_ACTIONS))
                .optional("proposedClosure", "拟提请人民政府予以关闭", flag())
                .optional("majorHazard", "违法行为属于存在重大事故隐患", flag())
                .optional("complexCase", "情节复杂、疑难", flag())
                .optional("majorPublicInterest", "涉及重大公共利益", flag())
                .optional("fourMandatesClosure", "四个一律：一律关闭取缔", flag())
                .optional("fourMandatesMaximum", "四个一律：一律按上限处罚", flag())
                .optional("fourMandatesShutdown", "四个一律：一律停产整顿", flag())
                .optional("fourMandatesCriminal", "四个一律：一律追究法律责任", flag())
                .rule(v -> Boolean.TRUE.equals(v.get("proposedWarning")) || v.get("proposedFineYuan") instanceof Number f && f.doubleValue() > 0
                        || Boolean.TRUE.equals(v.get("proposedConfiscation"))
                        || Boolean.TRUE.equals(v.get("proposedShutdown")) || Boolean.TRUE.equals(v.get("proposedClosure"))
                        || v.get("proposedLicenceAction") instanceof String a && !"NONE".equals(a)
                        ? null : "请至少选择一种拟作出的行政处罚（警告、罚款、没收、责令停产停业整顿、提请处理许可证或提请关闭）")
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("proposedConfiscation")), "proposedConfiscatedItems",
                        "拟没收的，须写明「拟没收的违法所得、非法财物」（proposedConfiscatedItems）"))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("proposedConfiscation")), "proposedConfiscationValueYuan",
                        "拟没收的，须填写违法所得数额或非法财物价值（proposedConfiscationValueYuan），以确定是否告知听证权利（行政处罚法第六十三条第一款第二项）"))
                .rule(dailyFine("proposedFineYuan"))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("fourMandatesMaximum")), "proposedFineYuan",
                        "适用「一律按上限处罚」的，须填写「拟罚款（元）」（法定上限）（国发〔2011〕40号）"))
                .rule(v -> Boolean.TRUE.equals(v.get("fourMandatesShutdown")) && !Boolean.TRUE.equals(v.get("proposedShutdown"))
                        ? "适用「一律停产整顿」的，拟处罚须包括责令停产停业整顿（国发〔2011〕40号）" : null)
                .rule(v -> Boolean.TRUE.equals(v.get("fourMandatesClosure")) && !Boolean.TRUE.equals(v.get("proposedClosure"))
                        ? "适用「一律关闭取缔」的，拟处罚须包括提请予以关闭（国发〔2011〕40号）" : null);
    }

    @Bean
    InputSpec penaltyDecision(TimeLimits limits, SeriousDishonesty dishonesty) {
        return task("Task_Decide")
                .required("decisionOutcome", "处理决定", oneOf(OUTCOMES))
                .optional("warning", "警告", flag())
                .optional("fineAmountYuan", "罚款（元）", amountOfYuan())
                .optional("confiscation", "没收违法所得、非法财物", flag())
                .optional("confiscatedItems", "没收的违法所得、非法财物（名称、数量）", text(2000))
                .optional("confiscationValueYuan", "没收的违法所得数额或非法财物价值（元）", amountOfYuan())
                .optional("shutdown", "责令停产停业整顿", flag())
                .optional("shutdownUntil", "停产停业整顿期限（不填的，至整顿合格、经审查同意恢复生产为止）", futureDateTime())
                .optional("licenceAction", "提请许可机关处理安全生产许可证", oneOf(LICENCE_ACTIONS))
                .optional("closure", "提请人民政府予以关闭", flag())
                .optional("correctionOrdered", "责令改正（限期改正违法行为）", flag())
                .optional("correctionRequirement", "改正的内容和要求", text(2000))
                .optional("correctionDueDate", "改正期限", futureDateTime())
                .optional("decisionNumber", "决定书文号", text(100))
                .optional("decisionReason", "决定理由（事实、依据；复议、诉讼的途径和期限）", text(4000))
                .optional("extensionDays", "延长日数", count(1, 90))
                .optional("extensionReason", "延长理由", text(1000))
                .rule(requiredWhen(v -> !"EXTEND".equals(v.get("decisionOutcome")), "decisionNumber", "请填写「决定书文号」（decisionNumber）"))
                .rule(requiredWhen(v -> !"EXTEND".equals(v.get("decisionOutcome")), "decisionReason", "请填写「决定理由」（decisionReason）"))
                .rule(requiredWhen(v -> "EXTEND".equals(v.get("decisionOutcome")), "extensionDays", "延长办案期限的，须填写「延长日数」（extensionDays）"))
                .rule(requiredWhen(v -> "EXTEND".equals(v.get("decisionOutcome")), "extensionReason", "延长办案期限的，须写明「延长理由」（extensionReason）"))
                .rule(v -> "EXTEND".equals(v.get("decisionOutcome")) && v.get("extensionDays") instanceof Integer days
                        && days > limits.limit("penalty.decision-extension").in(TimeLimit.Unit.DAYS)
                        ? "每次延长办案期限不超过 " + limits.limit("penalty.decision-extension").in(TimeLimit.Unit.DAYS)
                                + " 日，并须经行政机关负责人批准（行政处罚法第六十条；《安全生产违法行为行政处罚办法》）" : null)
                .rule(v -> "PENALIZE".equals(v.get("decisionOutcome")) && PenaltySteps.penalties(v).isEmpty()
                        ? "决定给予行政处罚的，请至少选择一种处罚" : null)
                .rule(requiredWhen(v -> penalizing(v, "confiscation"), "confiscatedItems", "决定没收的，须写明「没收的违法所得、非法财物」（confiscatedItems）"))
                .rule(requiredWhen(v -> penalizing(v, "confiscation"), "confiscationValueYuan",
                        "决定没收的，须填写违法所得数额或非法财物价值（confiscationValueYuan）"))
                .rule(requiredWhen(v -> penalizing(v, "correctionOrdered"), "correctionRequirement",
                        "责令改正的，须写明「改正的内容和要求」（correctionRequirement）（行政处罚法第二十八条）"))
                .rule(requiredWhen(v -> penalizing(v, "correctionOrdered"), "correctionDueDate", "责令限期改正的，须填写「改正期限」（correctionDueDate）"))
                .rule(v -> v.get("shutdownUntil") != null && !penalizing(v, "shutdown")
                        ? "只有决定责令停产停业整顿的，才填写「停产停业整顿期限」（shutdownUntil）" : null)
                .rule(v -> "PENALIZE".equals(v.get("decisionOutcome")) ? dailyFine("fineAmountYuan").check(v) : null)
                .rule(v -> "PENALIZE".equals(v.get("decisionOutcome")) ? PenaltySeverity.notHeavierThanNotified(v) : null)
                .optional("dishonestyCircumstance", "严重失信情形", oneOf(List.copyOf(SeriousDishonesty.CIRCUMSTANCES.keySet())))
                .optional("blacklistDecision", "是否列入严重失信主体名单", oneOf(BLACKLIST_DECISIONS))
                .optional("blacklistOpinion", "列入或不列入的理由", text(1000))
                .rule(v -> {
                    SeriousDishonesty.Decision listing = dishonesty.assess(v);
                    if (listing.listable() && v.get("blacklistDecision") == null) {
                        return listing.reason() + "；请决定是否列入严重失信主体名单（blacklistDecision）";
                    }
                    return "LIST".equals(v.get("blacklistDecision")) && !listing.listable()
                            ? listing.reason() + "，不能列入严重失信主体名单" : null;
                });
    }

    /** A 按日连续处罚 fines exactly the days counted times the original fine, or not at all (安全生产法第一百一十二条). */
    private static InputSpec.CrossFieldRule dailyFine(String fineField) {
        return v -> PenaltyInputs.continuing(v) && v.get(fineField) instanceof Number fine && fine.doubleValue() > 0 && v.get("dailyFineAmountYuan") instanceof Number due
                && fine.doubleValue() != due.doubleValue()
                ? "按日连续处罚的罚款数额应为 " + CaseVariables.amount(due) + "：" + v.get("dailyFineReason") : null;
    }

    /** The decision is a 处罚 and names {@code flag}. */
    static boolean penalizing(Map<String, Object> values, String flag) {
        return "PENALIZE".equals(values.get("decisionOutcome")) && Boolean.TRUE.equals(values.get(flag));
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(PenaltyInputs.PROCESS_KEY, taskKey);
    }
}
