package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.amountOfYuan;
import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.pattern;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.List;
import java.util.Map;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseNumbers;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a 行政处罚 case records at each step (行政处罚法第四十四条至第六十五条、第七十二条; 行政强制法第五十三条、第五十四条;
 * 行政执法机关移送涉嫌犯罪案件的规定).
 */
@Configuration
public class PenaltyInputs {

    public static final String PROCESS_KEY = "administrative-penalty";
    /** The 行政处罚 procedure's limits of this process (application.yaml). */
    static final PenaltyProcedure.Limits PROCEDURE_LIMITS = new PenaltyProcedure.Limits("penalty.statement", "penalty.hearing-request",
            "penalty.hearing-notice", "penalty.hearing-record");
    static final List<String> SOURCES = List.of("INSPECTION", "RECHECK_FAILED", "REPORT_12350", "ACCIDENT", "OTHER");
    static final List<String> DELIVERY_METHODS = List.of("IN_PERSON", "POST", "ELECTRONIC", "LEFT_AT_RESIDENCE");
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
    SeriousDishonesty seriousDishonesty(@Value("${safetyflow.penalty.serious-dishonesty-fine-yuan}") double seriousFine) {
        return new SeriousDishonesty(seriousFine);
    }

    @Bean
    InputSpec penaltyStart(JurisdictionDirectory jurisdictions) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(jurisdictions::isKnown))
                .required("enterpriseName", "当事人（单位名称）", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("caseSource", "案件来源", oneOf(SOURCES))
                .required("violationFacts", "涉嫌违法事实", text(4000))
                .optional("sourceCaseNumber", "来源案件编号", pattern(CaseNumbers.FORMAT.pattern(), "案件编号（如 ZF-370405-2026-000001）"))
                .required("openedAt", "立案时间", pastDateTime());
    }

    @Bean
    InputSpec penaltyFilingApproval() {
        return task("Task_ApproveFiling")
                .required("filingApproved", "批准立案", flag())
                .required("filingOpinion", "审批意见", text(1000));
    }

    @Bean
    InputSpec penaltyInvestigation() {
        return task("Task_Investigate")
                .required("investigators", "调查取证的执法人员（至少两名）", nameList(10, 50))
                .required("interviewRecords", "询问笔录（编号、被询问人）", text(2000))
                .optional("inspectionRecords", "勘验笔录（编号）", text(2000))
                .optional("samplingReferences", "抽样取证凭证（编号）", text(2000))
                .required("evidenceSummary", "证据及调查结论", text(4000))
                .rule(v -> v.get("investigators") instanceof List<?> names && names.size() < 2
                        ? "调查取证时，执法人员不得少于两人（行政处罚法第五十五条）：请填写至少两名执法人员" : null);
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
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("fourMandatesMaximum")), "proposedFineYuan",
                        "适用「一律按上限处罚」的，须填写「拟罚款（元）」（法定上限）（国发〔2011〕40号）"))
                .rule(v -> Boolean.TRUE.equals(v.get("fourMandatesShutdown")) && !Boolean.TRUE.equals(v.get("proposedShutdown"))
                        ? "适用「一律停产整顿」的，拟处罚须包括责令停产停业整顿（国发〔2011〕40号）" : null)
                .rule(v -> Boolean.TRUE.equals(v.get("fourMandatesClosure")) && !Boolean.TRUE.equals(v.get("proposedClosure"))
                        ? "适用「一律关闭取缔」的，拟处罚须包括提请予以关闭（国发〔2011〕40号）" : null);
    }

    @Bean
    InputSpec penaltyLegalReview() {
        return task("Task_LegalReview")
                .required("legalReviewOpinion", "法制审核意见", text(4000))
                .required("legalReviewAgreed", "同意拟处理意见", flag());
    }

    @Bean
    InputSpec penaltyCollectiveDiscussion() {
        return task("Task_Collective")
                .required("discussionHeldAt", "讨论时间", pastDateTime())
                .required("discussionParticipants", "参加人员", text(1000))
                .required("discussionRecord", "讨论记录", text(4000))
                .required("discussionConclusion", "讨论决定", text(2000));
    }

    @Bean
    InputSpec penaltyNotice() {
        return PenaltyProcedure.notice(PROCESS_KEY, DELIVERY_METHODS);
    }

    @Bean
    InputSpec penaltyStatement() {
        return PenaltyProcedure.statement(PROCESS_KEY);
    }

    @Bean
    InputSpec penaltyHearingNotice(TimeLimits limits) {
        return PenaltyProcedure.hearingNotice(PROCESS_KEY, limits, PROCEDURE_LIMITS);
    }

    @Bean
    InputSpec penaltyHearing() {
        return PenaltyProcedure.hearing(PROCESS_KEY);
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
                .optional("licenceAction", "提请许可机关处理安全生产许可证", oneOf(LICENCE_ACTIONS))
                .optional("closure", "提请人民政府予以关闭", flag())
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

    @Bean
    InputSpec penaltyDelivery() {
        return delivery("Task_Deliver");
    }

    @Bean
    InputSpec penaltyNoPenaltyDelivery() {
        return delivery("Task_DeliverNotPenalized");
    }

    @Bean
    InputSpec penaltyPublicationSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_Publish");
    }

    @Bean
    InputSpec penaltyPayment() {
        return task("Task_Payment")
                .required("paidAt", "缴纳时间", pastDateTime())
                .required("paymentReceipt", "缴款凭证编号", text(200));
    }

    @Bean
    InputSpec penaltyUrge() {
        return task("Task_Urge")
                .required("urgeServedAt", "催告书送达时间", pastDateTime())
                .required("urgeDeliveryMethod", "送达方式", oneOf(DELIVERY_METHODS));
    }

    @Bean
    InputSpec penaltyCourtApplication() {
        return task("Task_CourtApplication")
                .required("applicationFiledAt", "申请时间", pastDateTime())
                .required("court", "受理的人民法院", text(200))
                .required("applicationNote", "申请强制执行的事项", text(2000));
    }

    @Bean
    InputSpec penaltyClosing() {
        return task("Task_Close")
                .required("closingOpinion", "结案审批意见", text(2000));
    }

    @Bean
    InputSpec penaltyTransferDraft() {
        return task("Task_DraftTransfer")
                .required("transferDrafters", "移送书承办人员（至少两名）", nameList(10, 50))
                .required("suspectedCrime", "涉嫌罪名", text(200))
                .required("transferFacts", "涉嫌犯罪的事实、证据和移送理由", text(4000))
                .rule(v -> v.get("transferDrafters") instanceof List<?> names && names.size() < 2
                        ? "应当由两名以上执法人员组成专案组核实情况、提出移送书（行政执法机关移送涉嫌犯罪案件的规定第五条）" : null);
    }

    @Bean
    InputSpec penaltyTransferApproval() {
        return task("Task_ApproveTransfer")
                .required("transferApproved", "批准移送", flag())
                .required("transferApprovalOpinion", "审批意见", text(2000));
    }

    @Bean
    InputSpec penaltyTransfer() {
        return task("Task_Transfer")
                .required("transferredAt", "移送时间", pastDateTime())
                .required("policeAuthority", "接受移送的公安机关", text(200))
                .required("transferReceipt", "移送回执编号", text(200));
    }

    /** The decision is a 处罚 and names {@code flag}. */
    static boolean penalizing(Map<String, Object> values, String flag) {
        return "PENALIZE".equals(values.get("decisionOutcome")) && Boolean.TRUE.equals(values.get(flag));
    }

    private static InputSpec delivery(String taskKey) {
        return task(taskKey)
                .required("deliveredAt", "送达时间", pastDateTime())
                .required("deliveryMethod", "送达方式", oneOf(DELIVERY_METHODS))
                .optional("deliveryNote", "送达回证说明", text(1000));
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(PROCESS_KEY, taskKey);
    }
}
