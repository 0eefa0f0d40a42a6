package org.safetyflow.accident;

import static org.safetyflow.input.FieldType.amountOfYuan;
import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.pattern;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.futureDateTime;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;

import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What an accident report (快报) must carry (contract §3; 事故条例§12). */
@Configuration
public class AccidentInputs {

    public static final String PROCESS_KEY = "accident-investigation";

    @Bean
    InputSpec accidentInvestigationStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "事故发生地管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "事故单位名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("occurredAt", "事故发生时间", pastDateTime())
                .required("reportedAt", "报告时间", pastDateTime())
                .required("deaths", "死亡人数", count())
                .required("seriousInjuries", "重伤人数（含急性工业中毒）", count())
                .required("directEconomicLossYuan", "直接经济损失（元）", amountOfYuan())
                .required("accidentSummary", "事故简要经过", text(4000))
                .optional("unitHeadInformedAt", "单位负责人接到报告时间", pastDateTime())
                .optional("industry", "行业领域", pattern("[A-Z][A-Z_]{1,39}", "行业代码（如 ROAD_TRAFFIC、FIRE）"))
                .optional("typical", "典型事故", flag())
                .rule(values -> before(values.get("reportedAt"), values.get("occurredAt"))
                        ? "「报告时间」（reportedAt）不能早于「事故发生时间」（occurredAt）" : null)
                .rule(values -> before(values.get("unitHeadInformedAt"), values.get("occurredAt"))
                        ? "「单位负责人接到报告时间」（unitHeadInformedAt）不能早于「事故发生时间」（occurredAt）" : null);
    }

    @Bean
    InputSpec accidentReportUp() {
        return reportUp("Task_ReportUp");
    }

    /** After a 补报 raised the grade: the levels the report had not reached yet (事故条例§10). */
    @Bean
    InputSpec accidentReportFurther() {
        return reportUp("Task_ReportFurther");
    }

    private static InputSpec reportUp(String taskKey) {
        return task(taskKey)
                .required("reportedUpAt", "上报时间", pastDateTime())
                .required("reportRecipient", "接收单位", text(200))
                .optional("notifiedGovernment", "已报告本级人民政府", flag())
                .optional("notifiedPolice", "已通知公安机关", flag())
                .optional("notifiedHumanResources", "已通知人力资源社会保障部门", flag())
                .optional("notifiedUnion", "已通知工会", flag())
                .optional("notifiedProcuratorate", "已通知人民检察院", flag());
    }

    @Bean
    InputSpec accidentSupervisionNotice() {
        return task("Task_IssueSupervisionNotice")
                .required("supervisionItems", "督办事项", text(2000))
                .required("supervisionDeadline", "办理期限", futureDateTime())
                .required("supervisionLifting", "解除督办方式", text(1000));
    }

    @Bean
    InputSpec accidentTeam() {
        return task("Task_AppointTeam")
                .required("teamLeader", "调查组组长（用户名）", text(64))
                .required("teamMembers", "调查组成员（用户名）", nameList(30, 64))
                .required("teamUnits", "参加单位", text(1000))
                .optional("prosecutorInvited", "已邀请人民检察院派人参加", flag())
                .optional("expertsInvited", "已聘请专家参与调查", flag());
    }

    @Bean
    InputSpec accidentNoConflict() {
        return noConflict("Task_DeclareNoConflict");
    }

    /** The leader of the higher government that took the investigation over joins the appointed team (事故条例§23). */
    @Bean
    InputSpec accidentNewLeaderNoConflict() {
        return noConflict("Task_NewLeaderDeclaresNoConflict");
    }

    private static InputSpec noConflict(String taskKey) {
        return task(taskKey)
                .required("noConflict", "与事故无直接利害关系", flag())
                .optional("declarationNote", "说明", text(1000))
                .rule(values -> Boolean.FALSE.equals(values.get("noConflict"))
                        ? "与所调查的事故有直接利害关系的，应当回避（事故条例第二十三条），请报告人民政府调整调查组" : null);
    }

    @Bean
    InputSpec accidentReportOverdue() {
        return task("Task_ReportOverdue").required("overdueAction", "督办措施", text(2000));
    }

    @Bean
    InputSpec accidentSignature() {
        return task("Task_SignReport")
                .required("agree", "是否同意调查报告", flag())
                .optional("dissent", "不同意见", text(4000))
                .rule(values -> Boolean.FALSE.equals(values.get("agree")) && values.get("dissent") == null
                        ? "不同意调查报告的，须写明不同意见（事故条例第三十条）" : null);
    }

    @Bean
    InputSpec accidentSupervisorReview() {
        return task("Task_SupervisorReview")
                .required("supervisorApproved", "审核结论", flag())
                .optional("supervisorOpinion", "审核意见", text(2000))
                .rule(values -> Boolean.FALSE.equals(values.get("supervisorApproved")) && values.get("supervisorOpinion") == null
                        ? "退回调查报告时须写明审核意见" : null);
    }

    @Bean
    InputSpec accidentReply() {
        return task("Task_Reply")
                .required("replyDecision", "办理结果", oneOf(List.of("REPLIED", "EXTENDED")))
                .optional("replyNumber", "批复文号", text(100))
                .optional("replyOpinion", "批复意见", text(4000))
                .optional("replyExtensionDays", "延长日数", count())
                .optional("licenceSanctionProposed", "建议暂扣或吊销事故发生单位的安全生产许可证", flag())
                .optional("sanctionLicenceNumber", "安全生产许可证编号", text(100))
                .optional("licenceSanctionProposal", "暂扣或吊销的处理建议", text(2000))
                .rule(values -> !Boolean.TRUE.equals(values.get("licenceSanctionProposed")) ? null
                        : !"REPLIED".equals(values.get("replyDecision")) ? "只有予以批复时才能建议暂扣或吊销安全生产许可证"
                        : values.get("sanctionLicenceNumber") == null || values.get("licenceSanctionProposal") == null
                        ? "建议暂扣或吊销安全生产许可证的，须填写「安全生产许可证编号」（sanctionLicenceNumber）和「暂扣或吊销的处理建议」（licenceSanctionProposal）"
                        : null)
                .rule(values -> "REPLIED".equals(values.get("replyDecision"))
                        && (values.get("replyNumber") == null || values.get("replyOpinion") == null)
                        ? "批复须填写「批复文号」和「批复意见」" : null)
                .rule(values -> !"EXTENDED".equals(values.get("replyDecision")) ? null
                        : !"EXTRAORDINARY".equals(values.get("accidentGrade")) ? "只有特别重大事故的批复时间可以延长（事故条例第三十二条）"
                        : Boolean.TRUE.equals(values.get("replyExtended")) ? "批复时间已经延长过一次"
                        : !(values.get("replyExtensionDays") instanceof Integer days) || days < 1 || days > 30
                        ? "批复延长的时间最长不超过 30 日" : null);
    }

    @Bean
    InputSpec accidentAccountability() {
        return task("Task_TrackAccountability")
                .required("accountabilityResult", "落实情况", text(4000))
                .optional("accountabilityDocument", "决定书文号", text(100));
    }

    @Bean
    InputSpec accidentHandOver() {
        return task("Task_HandOver")
                .required("newTeamLeader", "上级调查组组长（用户名）", text(64))
                .required("handoverNote", "移交说明", text(2000));
    }

    @Bean
    InputSpec accidentSupervisionSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishSupervision");
    }

    @Bean
    InputSpec accidentReportSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishReport");
    }

    static InputSpec task(String taskKey) {
        return InputSpec.task(PROCESS_KEY, taskKey);
    }

    private static boolean before(Object later, Object earlier) {
        return later instanceof Date a && earlier instanceof Date b && a.before(b);
    }
}
