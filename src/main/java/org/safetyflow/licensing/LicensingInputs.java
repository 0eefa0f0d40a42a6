package org.safetyflow.licensing;

import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What an application for a 安全生产行政许可 must carry to be received (contract §3). */
@Configuration
public class LicensingInputs {

    public static final String PROCESS_KEY = "licensing-approval";

    @Bean
    InputSpec licensingApprovalStart(JurisdictionDirectory jurisdictions, LicenceRegister register) {
        return start(jurisdictions::isKnown, register::find);
    }

    /** The start checks where no licence is registered (contract checks of the fields alone). */
    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return start(knownJurisdiction, number -> Optional.empty());
    }

    static InputSpec start(Predicate<String> knownJurisdiction, Function<String, Optional<Licence>> register) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "申请单位名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("licenceType", "许可类别", oneOf(List.copyOf(LicenceTypes.NAMES.keySet())))
                .required("applicationType", "申请类型", oneOf(List.of("NEW", "RENEWAL")))
                .required("receivedAt", "收到申请时间", pastDateTime())
                .optional("licenceNumber", "许可证编号（延续申请）", text(100))
                .rule(values -> LicenceRenewal.check(values, register));
    }
}
