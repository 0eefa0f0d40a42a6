package org.safetyflow.enforcement;

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

import java.util.Date;
import java.util.List;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseNumbers;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a 安全生产行政强制措施 case records at each step: 查封、扣押 (安全生产法第六十五条第一款第四项; 行政强制法第十八条至第二十八条)
 * and 停止供电、停止供应民用爆炸物品 (安全生产法第七十条).
 */
@Configuration
public class CoerciveInputs {

    public static final String PROCESS_KEY = "coercive-measure";
    static final List<String> MEASURES = List.of("SEIZURE", "DETENTION", "POWER_CUT", "EXPLOSIVES_STOP");
    static final List<String> HANDLING = List.of("LIFT", "CONFISCATE", "TRANSFER", "EXTEND");
    static final List<String> DELIVERY_METHODS = List.of("IN_PERSON", "POST", "ELECTRONIC", "LEFT_AT_RESIDENCE");

    static boolean seizure(Object measureType) {
        return "SEIZURE".equals(measureType) || "DETENTION".equals(measureType);
    }

    @Bean
    InputSpec coerciveStart(JurisdictionDirectory jurisdictions) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(jurisdictions::isKnown))
                .required("enterpriseName", "当事人（单位名称）", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("measureType", "强制措施种类", oneOf(MEASURES))
                .required("measureFacts", "事实（违法行为或者危险情形）", text(4000))
                .required("legalBasis", "法律依据（条款）", text(1000))
                .optional("seizedItems", "查封、扣押的场所、设施、设备、财物清单（名称、规格、数量）", text(4000))
                .optional("urgent", "情况紧急，需当场实施（事后报告负责人）", flag())
                .optional("urgentReason", "情况紧急的理由", text(1000))
                .optional("sourceCaseNumber", "来源案件编号（检查或处罚案件）",
                        pattern(CaseNumbers.FORMAT.pattern(), "案件编号（如 JE-370405-2026-000001）"))
                .rule(requiredWhen(v -> seizure(v.get("measureType")), "seizedItems",
                        "查封、扣押的，须填写「查封、扣押清单」（seizedItems）（行政强制法第二十四条）"))
                .rule(v -> Boolean.TRUE.equals(v.get("urgent")) && v.get("measureType") != null && !seizure(v.get("measureType"))
                        ? "停止供电、停止供应民用爆炸物品须经负责人批准并提前二十四小时通知，不能当场实施（安全生产法第七十条）" : null)
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("urgent")), "urgentReason",
                        "当场实施的，须写明「情况紧急的理由」（urgentReason）（行政强制法第十九条）"));
    }

    @Bean
    InputSpec coerciveApproval() {
        return task("Task_Approve")
                .required("approved", "批准实施", flag())
                .required("approvalOpinion", "审批意见", text(1000));
    }

    @Bean
    InputSpec coerciveImplementation(TimeLimits limits) {
        return task("Task_Implement")
                .required("officers", "实施的执法人员（至少两名）", nameList(10, 50))
                .required("implementedAt", "实施时间", pastDateTime())
                .required("siteRecord", "现场笔录（当事人到场、告知事由和依据、陈述申辩、签名或者拒绝签名的情况）", text(4000))
                .required("partySigned", "当事人（或见证人）已在现场笔录上签名", flag())
                .optional("witness", "见证人（当事人不到场或者拒绝签名的）", text(200))
                .required("decisionNumber", "查封扣押决定书文号", text(100))
                .required("itemsList", "查封、扣押清单（与现场核对后）", text(4000))
                .required("decisionServedAt", "决定书和清单送达时间", pastDateTime())
                .required("deliveryMethod", "送达方式", oneOf(DELIVERY_METHODS))
                .rule(v -> v.get("officers") instanceof List<?> names && names.size() < 2
                        ? "实施行政强制措施，执法人员不得少于两人（行政强制法第十八条第二项）：请填写至少两名执法人员" : null)
                .rule(v -> Boolean.FALSE.equals(v.get("partySigned")) && !(v.get("witness") instanceof String w && !w.isBlank())
                        ? "当事人不到场或者拒绝签名的，应当邀请见证人到场并在现场笔录上签名（行政强制法第十八条第六项、第七项）：请填写「见证人」" : null)
                .rule(v -> {
                    if (!(v.get("implementedAt") instanceof Date done) || !(v.get("decisionServedAt") instanceof Date served)) {
                        return null;
                    }
                    if (served.before(done)) {
                        return "决定书和清单的送达时间不能早于实施时间";
                    }
                    Date latest = limits.after("coercive.urgent-papers", done);
                    return served.after(latest) ? "查封扣押决定书和清单应当当场交付当事人，当场实施的最迟在实施后"
                            + limits.limit("coercive.urgent-papers").in(TimeLimit.Unit.HOURS) + "小时内（" + CalendarDays.chinese(latest) + "前）补办送达" : null;
                });
    }

    @Bean
    InputSpec coerciveExPostApproval() {
        return task("Task_ExPostApproval")
                .required("exPostApproved", "补办批准（不批准的，立即解除）", flag())
                .required("exPostOpinion", "审批意见", text(1000));
    }

    @Bean
    InputSpec coerciveExPostOverdue() {
        return task("Task_ExPostOverdue").required("overdueAction", "督办措施", text(2000));
    }

    @Bean
    InputSpec coerciveHandling() {
        return task("Task_Handle")
                .required("handling", "处理决定", oneOf(HANDLING))
                .required("handlingReason", "事实、理由和依据", text(4000))
                .optional("penaltyCaseNumber", "没收所依据的行政处罚案件编号", pattern(CaseNumbers.FORMAT.pattern(), "案件编号（如 CF-370405-2026-000001）"))
                .optional("transferredTo", "移送的机关", text(200))
                .optional("extensionDays", "申请延长的日数", count(1, 60))
                .rule(requiredWhen(v -> "CONFISCATE".equals(v.get("handling")), "penaltyCaseNumber",
                        "没收须由行政处罚决定作出（行政强制法第二十七条）：请填写「行政处罚案件编号」（penaltyCaseNumber）"))
                .rule(requiredWhen(v -> "TRANSFER".equals(v.get("handling")), "transferredTo", "请填写「移送的机关」（transferredTo）"))
                .rule(requiredWhen(v -> "EXTEND".equals(v.get("handling")), "extensionDays", "申请延长的，须填写「延长日数」（extensionDays）"))
                .rule(v -> "EXTEND".equals(v.get("handling")) && v.get("extensionCount") instanceof Integer n && n >= 1
                        ? "查封、扣押期限只能延长一次（行政强制法第二十五条第一款），本案已延长过，请在期限内作出处理决定" : null);
    }

    @Bean
    InputSpec coerciveExtensionApproval(TimeLimits limits) {
        return task("Task_ApproveExtension")
                .required("extensionApproved", "批准延长", flag())
                .required("extensionOpinion", "审批意见", text(1000))
                .optional("extensionNoticeServedAt", "延长期限通知书送达时间", pastDateTime())
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("extensionApproved")), "extensionNoticeServedAt",
                        "延长查封、扣押的决定应当及时书面告知当事人（行政强制法第二十五条第二款）：请填写「延长期限通知书送达时间」"))
                .rule(v -> Boolean.TRUE.equals(v.get("extensionApproved")) && v.get("extensionDays") instanceof Integer days
                        && days > limits.limit("coercive.extension").in(TimeLimit.Unit.DAYS)
                        ? "延长期限不得超过 " + limits.limit("coercive.extension").in(TimeLimit.Unit.DAYS) + " 日（行政强制法第二十五条第一款）" : null);
    }

    @Bean
    InputSpec coerciveLifting() {
        return task("Task_Lift")
                .required("liftNumber", "解除决定书文号", text(100))
                .required("liftedAt", "解除时间", pastDateTime())
                .required("returnRecord", "返还财物的情况（已变卖的，退还价款）", text(2000));
    }

    @Bean
    InputSpec coerciveSupplyNotice() {
        return task("Task_ServeSupplyNotice")
                .required("supplyNoticeNumber", "通知书文号", text(100))
                .required("supplyNoticeServedAt", "通知书送达企业时间", pastDateTime())
                .required("deliveryMethod", "送达方式", oneOf(DELIVERY_METHODS))
                .required("supplier", "供电（民用爆炸物品供应）单位", text(200));
    }

    @Bean
    InputSpec coerciveSupplyStop() {
        return task("Task_RecordSupplyStop")
                .required("supplierNotifiedAt", "通知供应单位时间", pastDateTime())
                .required("supplyStoppedAt", "停止供应时间", pastDateTime())
                .required("officers", "实施的执法人员（至少两名）", nameList(10, 50))
                .required("stopRecord", "执行情况（现场笔录）", text(2000))
                .rule(v -> v.get("officers") instanceof List<?> names && names.size() < 2
                        ? "实施行政强制措施，执法人员不得少于两人（行政强制法第十八条第二项）" : null)
                .rule(v -> v.get("supplyStoppedAt") instanceof Date stopped && v.get("supplyActionNotBefore") instanceof Date earliest
                        && stopped.before(earliest) ? "应当提前二十四小时通知生产经营单位（安全生产法第七十条）：最早于"
                                + CoerciveSteps.toTheMinute(earliest) + "停止供应" : null);
    }

    @Bean
    InputSpec coerciveLiftingApplication() {
        return task("Task_ApplyLifting")
                .required("complianceReport", "执行指令、消除事故隐患的情况", text(4000))
                .required("appliedAt", "申请时间", pastDateTime());
    }

    @Bean
    InputSpec coerciveRecheck() {
        return task("Task_Recheck")
                .required("complied", "已依法履行行政决定、消除事故隐患", flag())
                .required("recheckers", "复查的执法人员（至少两名）", nameList(10, 50))
                .required("recheckOpinion", "复查意见", text(2000))
                .rule(v -> v.get("recheckers") instanceof List<?> names && names.size() < 2 ? "复查的执法人员不得少于两人" : null);
    }

    @Bean
    InputSpec coerciveSupplyLifting() {
        return task("Task_LiftSupplyStop")
                .required("liftNumber", "解除通知书文号", text(100))
                .required("liftedAt", "通知恢复供应时间", pastDateTime());
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(PROCESS_KEY, taskKey);
    }
}
