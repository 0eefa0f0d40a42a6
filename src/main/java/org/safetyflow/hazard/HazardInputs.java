package org.safetyflow.hazard;

import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.List;
import java.util.function.Predicate;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a reported 重大事故隐患 must carry to open a rectification case (contract §3). */
@Configuration
public class HazardInputs {

    public static final String PROCESS_KEY = "hazard-rectification";

    @Bean
    InputSpec hazardRectificationStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "企业名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("hazardDescription", "隐患描述", text(4000))
                .required("hazardSource", "隐患来源", oneOf(List.of("SELF_CHECK", "INSPECTION", "REPORT_12350")))
                .required("discoveredAt", "发现时间", pastDateTime());
    }
}
