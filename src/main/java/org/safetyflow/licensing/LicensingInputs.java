package org.safetyflow.licensing;

import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.dateTime;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.table;
import static org.safetyflow.input.FieldType.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an application for a 安全生产行政许可 must carry to be received (contract §3), and what it may carry for the
 * gates and the 受理: the materials submitted, the 工伤保险参保证明, a 民爆 定员表. Missing materials do not refuse it.
 */
@Configuration
public class LicensingInputs {

    public static final String PROCESS_KEY = "licensing-approval";

    @Bean
    InputSpec licensingApprovalStart(JurisdictionDirectory jurisdictions, LicenceRegister register, StaffingLimits staffing) {
        return start(jurisdictions::isKnown, register::find, staffing::isKnown);
    }

    /** The start checks where no licence is registered and no 定员 is configured (contract checks of the fields alone). */
    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return start(knownJurisdiction, number -> Optional.empty(), kind -> false);
    }

    static InputSpec start(Predicate<String> knownJurisdiction, Function<String, Optional<Licence>> register,
            Predicate<String> knownLineKind) {
        InputSpec spec = InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "申请单位名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("licenceType", "许可类别", oneOf(List.copyOf(LicenceTypes.NAMES.keySet())))
                .required("applicationType", "申请类型", oneOf(List.of("NEW", "RENEWAL")))
                .required("receivedAt", "收到申请时间", pastDateTime())
                .optional("licenceNumber", "许可证编号（延续申请）", text(100))
                .rule(values -> LicenceRenewal.check(values, register))
                // 工伤保险参保证明 (条例第六条第（七）项): judged by the WORK_INJURY_INSURANCE gate, not at receipt.
                .optional("workInjuryInsuranceCertificate", "工伤保险参保证明编号", text(100))
                .optional("insuredHeadcount", "工伤保险参保人数", count())
                .optional("employeeCount", "从业人员数", count())
                .optional("workInjuryInsuranceValidUntil", "参保证明有效期至", dateTime())
                // 民爆 定员表, one line per production line (or workshop of one): judged by the CIVIL_EXPLOSIVES_STAFFING gate.
                .optional("staffing", "现场操作人员定员表", table(50, "lineKind", "workshop", "operators"))
                .rule(values -> StaffingRows.problem(values.get("staffing"), knownLineKind));
        return LicensingMaterials.declare(spec);
    }
}
