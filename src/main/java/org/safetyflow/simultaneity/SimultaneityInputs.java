package org.safetyflow.simultaneity;

import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.function.Predicate;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a 建设项目安全设施“三同时” application must carry (contract §3). */
@Configuration
public class SimultaneityInputs {

    public static final String PROCESS_KEY = "three-simultaneities-review";

    @Bean
    InputSpec threeSimultaneitiesReviewStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "建设单位名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("projectName", "建设项目名称", text(200))
                .required("projectCategory", "项目类别", text(100))
                .required("receivedAt", "收到申请时间", pastDateTime());
    }
}
