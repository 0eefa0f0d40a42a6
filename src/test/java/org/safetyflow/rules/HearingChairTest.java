package org.safetyflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void shouldNameTheChairANoticeNamedWhenItInvestigatedOrProposed() {
        assertThat(HearingChair.problem("zhang", "li", "zhang")).contains("zhang 参与了本案的调查取证或提出了处理意见").contains("第六十四条第四项");
        assertThat(HearingChair.problem("wang", "li", "zhang", null)).isNull();
        assertThat(HearingChair.problem(null, "li")).as("nobody named").isNull();
    }
}
