package org.safetyflow.licensing;

import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.pattern;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseNumbers;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.enforcement.PenaltyProcedure;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a 暂扣/吊销 case of a 安全生产许可证 records at each step (安全生产许可证条例第十四条; 行政处罚法第四十四条、
 * 第四十五条、第六十三条、第六十四条).
 */
@Configuration
public class LicenceSanctionInputs {

    public static final String PROCESS_KEY = "licence-sanction";
    /** The 行政处罚 procedure's limits of this process (application.yaml). */
    static final PenaltyProcedure.Limits PROCEDURE_LIMITS = new PenaltyProcedure.Limits("licence-sanction.statement", "licence-sanction.hearing-request",
            "licence-sanction.hearing-notice", "licence-sanction.hearing-record");
    static final List<String> SOURCES = List.of("ACCIDENT", "CONDITIONS_NOT_MET", "ENFORCEMENT", "LISTED_HAZARD");
    static final List<String> DELIVERY_METHODS = List.of("IN_PERSON", "POST", "ELECTRONIC");

    @Bean
    InputSpec licenceSanctionStart(JurisdictionDirectory jurisdictions, LicenceRegister register) {
        return start(jurisdictions::isKnown, register::find);
    }

    static InputSpec start(Predicate<String> knownJurisdiction, Function<String, Optional<Licence>> register) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "持证单位名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("licenceNumber", "安全生产许可证编号", text(100))
                .required("sanctionSource", "案件来源", oneOf(SOURCES))
                .required("sourceDescription", "来源说明（事实和依据）", text(2000))
                .optional("sourceCaseNumber", "来源案件编号", pattern(CaseNumbers.FORMAT.pattern(), "案件编号（如 SG-370406-2026-000001）"))
                .rule(values -> LicenceSanctionEligibility.check(values, register));
    }

    @Bean
    InputSpec licenceSanctionProposal() {
        return task("Task_Propose")
                .required("proposedSanction", "拟处理意见", oneOf(List.of("SUSPEND", "REVOKE")))
                .optional("proposedSuspensionMonths", "暂扣期限（月）", count(1, 12))
                .required("sanctionFacts", "违法事实和证据", text(4000))
                .required("legalBasis", "法律依据（条款）", text(2000))
                .rule(requiredWhen(v -> "SUSPEND".equals(v.get("proposedSanction")), "proposedSuspensionMonths",
                        "拟暂扣的，须填写「暂扣期限（月）」（proposedSuspensionMonths）"))
                .rule(LicenceSanctionInputs::notSuspendedTwice);
    }

    /** A licence under a 暂扣 when the case opened can be revoked, not suspended again. */
    static String notSuspendedTwice(Map<String, Object> values) {
        return "SUSPENDED".equals(values.get("licenceStatusAtOpening")) && "SUSPEND".equals(values.get("proposedSanction"))
                ? "该许可证正在暂扣期间，不能再次暂扣；拟处理意见只能是吊销（REVOKE）"
                : null;
    }

    @Bean
    InputSpec licenceSanctionNotice() {
        return PenaltyProcedure.notice(PROCESS_KEY, DELIVERY_METHODS);
    }

    @Bean
    InputSpec licenceSanctionStatement() {
        return PenaltyProcedure.statement(PROCESS_KEY);
    }

    @Bean
    InputSpec licenceSanctionHearingNotice(TimeLimits limits) {
        return PenaltyProcedure.hearingNotice(PROCESS_KEY, limits, PROCEDURE_LIMITS);
    }

    @Bean
    InputSpec licenceSanctionHearing() {
        return PenaltyProcedure.hearing(PROCESS_KEY);
    }

    @Bean
    InputSpec licenceSanctionDecision() {
        return task("Task_Decide")
                .required("sanctionDecision", "处理决定", oneOf(List.of("SUSPEND", "REVOKE", "NO_SANCTION")))
                .optional("suspensionMonths", "暂扣期限（月）", count(1, 12))
                .required("decisionNumber", "决定书文号", text(100))
                .required("decisionReason", "决定理由（事实、依据；复议、诉讼的途径和期限）", text(4000))
                .rule(requiredWhen(v -> "SUSPEND".equals(v.get("sanctionDecision")), "suspensionMonths",
                        "决定暂扣的，须填写「暂扣期限（月）」（suspensionMonths）"))
                .rule(SanctionSeverity::notHeavierThanNotified);
    }

    @Bean
    InputSpec licenceSanctionDelivery() {
        return delivery("Task_Deliver");
    }

    @Bean
    InputSpec licenceSanctionNoSanctionDelivery() {
        return delivery("Task_DeliverNotSanctioned");
    }

    @Bean
    InputSpec licenceSanctionPublicationSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishSanction");
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
