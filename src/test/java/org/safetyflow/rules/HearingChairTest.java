package org.safetyflow.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 听证由非本案调查人员主持 (行政处罚法§64④), as licence-sanction and administrative-penalty both apply it. */
class HearingChairTest {

    @Test
    void shouldRefuseWhoInvestigatedOrProposedAndLetAnyoneElseChair() {
        assertThatThrownBy(() -> HearingChair.requireImpartial("zhang", "zhang", "li")).isInstanceOf(Refusal.class)
                .hasMessageContaining("不能主持听证").hasMessageContaining("第六十四条第四项");
        assertThatThrownBy(() -> HearingChair.requireImpartial("li", null, "li")).isInstanceOf(Refusal.class);
        assertThatCode(() -> HearingChair.requireImpartial("wang", "zhang", null)).doesNotThrowAnyException();
        assertThatCode(() -> HearingChair.requireImpartial(null, "zhang")).as("no one signed in: nothing to compare").doesNotThrowAnyException();
    }
}
