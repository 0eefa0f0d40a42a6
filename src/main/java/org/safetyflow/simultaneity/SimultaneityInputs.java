package org.safetyflow.simultaneity;

import static org.safetyflow.input.FieldType.amountOfYuan;
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

/**
 * What a 建设项目安全设施“三同时” case is registered with (contract §3, §10). The steps' own inputs are in
 * {@link DesignInputs}, {@link ConstructionInputs} and {@link AcceptanceInputs}.
 */
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
                .required("projectCategory", "项目类别", oneOf(List.copyOf(SimultaneityLabels.CATEGORIES.keySet())))
                .required("receivedAt", "收到申请时间", pastDateTime())
                .optional("projectApprovalNumber", "立项审批、核准或备案文号", text(100))
                .optional("projectLocation", "建设地点", text(200))
                .optional("investmentYuan", "总投资（元）", amountOfYuan());
    }

    static InputSpec task(String taskKey) {
        return InputSpec.task(PROCESS_KEY, taskKey);
    }

}
