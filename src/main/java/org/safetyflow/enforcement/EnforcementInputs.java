package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.FieldType.wholeNumber;

import java.util.function.Predicate;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a joint inspection plan (联合执法，双随机一公开) starts with (contract §3). */
@Configuration
public class EnforcementInputs {

    public static final String PROCESS_KEY = "joint-enforcement";

    @Bean
    InputSpec jointEnforcementStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("planName", "抽查计划名称", text(200))
                .required("departments", "参与部门", nameList(20, 100))
                .required("sampleSize", "抽取企业数", count())
                .optional("randomSeed", "随机种子", wholeNumber())
                .rule(values -> values.get("sampleSize") instanceof Integer size && size < 1
                        ? "「抽取企业数」（sampleSize）至少为 1" : null);
    }
}
