package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.amountOfYuan;
import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.pattern;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.safetyflow.calendar.CalendarDays;
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
    static final List<String> SOURCES = List.of("INSPECTION", "RECHECK_FAILED", "REPORT_12350", "ACCIDENT", PenaltyExecution.CONTINUING_VIOLATION,
            "OTHER");
    static final List<String> DELIVERY_METHODS = List.of("IN_PERSON", "POST", "ELECTRONIC", "LEFT_AT_RESIDENCE");

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
                .required("openedAt", "立案时间", pastDateTime())
                .optional("originalFineYuan", "原处罚决定的罚款数额（元）", amountOfYuan())
                .optional("dailyFineFrom", "计罚起始日（作出责令改正之日的次日）", pastDateTime())
                .optional("refusalFoundOn", "复查发现拒不改正的时间", pastDateTime())
                .rule(requiredWhen(PenaltyInputs::continuing, "sourceCaseNumber", "按日连续处罚的，须填写原处罚案件编号（sourceCaseNumber）"))
                .rule(requiredWhen(PenaltyInputs::continuing, "originalFineYuan", "按日连续处罚的，须填写原处罚决定的罚款数额（originalFineYuan）"))
                .rule(requiredWhen(PenaltyInputs::continuing, "dailyFineFrom", "按日连续处罚的，须填写计罚起始日（dailyFineFrom）：作出责令改正之日的次日"))
                .rule(requiredWhen(PenaltyInputs::continuing, "refusalFoundOn", "按日连续处罚的，须填写复查发现拒不改正的时间（refusalFoundOn）"))
                .rule(v -> continuing(v) && v.get("originalFineYuan") instanceof Number fine && fine.doubleValue() <= 0
                        ? "按日连续处罚以原处罚决定处以罚款为前提（安全生产法第一百一十二条）：原罚款数额须大于 0" : null)
                .rule(v -> continuing(v) && v.get("dailyFineFrom") instanceof Date from && v.get("refusalFoundOn") instanceof Date found
                        && CalendarDays.dayOf(found).isBefore(CalendarDays.dayOf(from))
                        ? "复查发现拒不改正的时间早于计罚起始日，计罚日数为 0（安全生产法第一百一十二条：自作出责令改正之日的次日起计算）" : null);
    }

    static boolean continuing(Map<String, Object> values) {
        return PenaltyExecution.CONTINUING_VIOLATION.equals(values.get("caseSource"));
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
                .required("investigators", "调查取证的执法人员（至少两名）", nameList(10, 64))
                .required("interviewRecords", "询问笔录（编号、被询问人）", text(2000))
                .optional("inspectionRecords", "勘验笔录（编号）", text(2000))
                .optional("samplingReferences", "抽样取证凭证（编号）", text(2000))
                .required("evidenceSummary", "证据及调查结论", text(4000))
                .rule(v -> v.get("investigators") instanceof List<?> names && names.size() < 2
                        ? "调查取证时，执法人员不得少于两人（行政处罚法第四十二条）：请勾选至少两名执法人员" : null);
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
                .required("transferDrafters", "移送书承办人员（至少两名）", nameList(10, 64))
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
