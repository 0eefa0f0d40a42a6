package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which 行政处罚 decisions may put the enterprise on the 严重失信主体名单 (应急管理部令第11号第五条、第六条), at the boundaries. */
class SeriousDishonestyTest {

    private final SeriousDishonesty policy = new SeriousDishonesty(1_000_000);

    @Test
    void shouldCountAFineAsSeriousFromTheConfiguredAmountOn() {
        assertThat(policy.assess(Map.of("decisionOutcome", "PENALIZE", "fineAmountYuan", 999_999.99)).listable()).isFalse();
        SeriousDishonesty.Decision serious = policy.assess(Map.of("decisionOutcome", "PENALIZE", "fineAmountYuan", 1_000_000.0));
        assertThat(serious.listable()).isTrue();
        assertThat(serious.reason()).contains("罚款 100万元").contains("第六条第五项").contains("应急管理部令第11号");
    }

    @Test
    void shouldListAClosureWithItsArticleAndNameTheFourMandates() {
        assertThat(policy.assess(Map.of("decisionOutcome", "PENALIZE", "closure", true)).reason())
                .contains("提请人民政府予以关闭").contains("第一百一十三条").contains("第六条第一项").doesNotContain("四个一律");
        assertThat(policy.assess(Map.of("decisionOutcome", "PENALIZE", "closure", true, "fourMandatesClosure", true)).reason())
                .contains("四个一律：一律关闭取缔");
        assertThat(policy.assess(Map.of("decisionOutcome", "PENALIZE", "closure", false, "fourMandatesClosure", true)).listable())
                .as("a 四个一律 flag the decision did not carry out does not list").isFalse();
    }

    @Test
    void shouldListTheCircumstancesTheHeadNamesAndNotNone() {
        assertThat(policy.assess(Map.of("decisionOutcome", "PENALIZE", "dishonestyCircumstance", "MAJOR_ACCIDENT")).reason())
                .contains("重大生产安全事故").contains("第五条第一项");
        assertThat(policy.assess(Map.of("decisionOutcome", "PENALIZE", "dishonestyCircumstance", "REFUSED_EXECUTION")).reason())
                .contains("拒不执行").contains("第六条第四项");
        SeriousDishonesty.Decision none = policy.assess(Map.of("decisionOutcome", "PENALIZE", "dishonestyCircumstance", "NONE",
                "fineAmountYuan", 20_000.0, "warning", true));
        assertThat(none.listable()).isFalse();
        assertThat(none.reason()).isEqualTo("本案处罚决定不属于《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第五条、第六条规定的列入情形");
    }

    @Test
    void shouldNameEveryGroundAndNothingWithoutAPenalty() {
        assertThat(policy.assess(Map.of("decisionOutcome", "PENALIZE", "dishonestyCircumstance", "CONCEALED_ACCIDENT", "closure", true,
                "fineAmountYuan", 2_000_000.0)).reason()).contains("第五条第四项").contains("第六条第一项").contains("罚款 200万元");
        assertThat(policy.assess(Map.of("decisionOutcome", "NOT_PENALIZE", "dishonestyCircumstance", "MAJOR_ACCIDENT")).listable()).isFalse();
        assertThat(policy.assess(Map.of("decisionOutcome", "EXTEND", "fineAmountYuan", 5_000_000.0)).listable()).isFalse();
    }
}
