package org.safetyflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 安委办〔2021〕4号: which evaluated measures are handed over for 追责问责. */
class AccountabilityReferralTest {

    @ParameterizedTest(name = "{0}, 履职不力 {1}: referred {2}")
    @CsvSource({
        "NOT_IMPLEMENTED,       false, true,  整改措施未落实，移交追责问责",
        "NOT_IMPLEMENTED,       true,  true,  整改措施未落实",
        "PARTIAL, true,  true,  有关人员履职不力，移交追责问责",
        "PARTIAL, false, false, 不移交",
        "IMPLEMENTED,           false, false, 不移交",
        "IMPLEMENTED,           true,  true,  履职不力",
    })
    void shouldReferAMeasureNotCarriedOutOrADutyFailure(String rating, boolean dutyFailure, boolean referred, String reason) {
        AccountabilityReferral.Decision decision = AccountabilityReferral.decide(rating, dutyFailure);

        assertThat(decision.referred()).isEqualTo(referred);
        assertThat(decision.reason()).contains(reason.strip());
    }
}
