package org.safetyflow.evaluation;

import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.function.Predicate;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the one-year post-accident evaluation starts with (contract §3). SafetyFlow starts it when an
 * accident case closes; a start by hand migrates an older case, whose number may predate SafetyFlow.
 */
@Configuration
public class EvaluationInputs {

    public static final String PROCESS_KEY = "post-accident-evaluation";

    @Bean
    InputSpec postAccidentEvaluationStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("accidentCaseId", "事故案件编号", text(64))
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("closedAt", "事故结案时间", pastDateTime());
    }
}
