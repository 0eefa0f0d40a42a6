package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyflow.calendar.TimeLimit;

/** 提请关闭 (安全生产法§113①): 重大事故隐患 and three penalties within 180 days or four within one year, this case counted. */
class ClosureReferralTest {

    private static final ClosureReferral RULE = new ClosureReferral(TimeLimit.parse("180 days"), TimeLimit.parse("1 year"));
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private static ClosureReferral.Penalty decided(LocalDate day, int n) {
        return new ClosureReferral.Penalty("CF-370405-2026-00000" + n, day);
    }

    @Test
    void shouldApplyWithTwoEarlierPenaltiesTheFirstExactlyOneHundredEightyDaysAgo() {
        ClosureReferral.Decision decision = RULE.assess(List.of(decided(TODAY.minusDays(180), 1), decided(TODAY.minusDays(10), 2)), TODAY, true);
        assertThat(decision.applies()).isTrue();
        assertThat(decision.withinShortWindow()).isEqualTo(3);
        assertThat(decision.reason()).startsWith("连同本案，180 日内第 3 次、一年内第 3 次受到行政处罚（此前：CF-370405-2026-000001，2026年3月5日；"
                + "CF-370405-2026-000002，2026年8月22日）").contains("应当提请地方人民政府予以关闭").endsWith("（安全生产法第一百一十三条第一项）");
    }

    @Test
    void shouldNotCountAPenaltyOneHundredEightyOneDaysAgoInTheShortWindow() {
        ClosureReferral.Decision decision = RULE.assess(List.of(decided(TODAY.minusDays(181), 1), decided(TODAY.minusDays(10), 2)), TODAY, true);
        assertThat(decision.withinShortWindow()).isEqualTo(2);
        assertThat(decision.withinLongWindow()).isEqualTo(3);
        assertThat(decision.countReached()).isFalse();
        assertThat(decision.applies()).isFalse();
        assertThat(decision.reason()).contains("未达到安全生产法第一百一十三条第一项规定的次数（180 日内三次或者一年内四次）");
    }

    @Test
    void shouldApplyWithThreeEarlierPenaltiesTheFirstOnTheSameDayAYearAgoButNotTheDayBefore() {
        List<ClosureReferral.Penalty> aYear = List.of(decided(TODAY.minusYears(1), 1), decided(TODAY.minusDays(200), 2), decided(TODAY.minusDays(190), 3));
        ClosureReferral.Decision inWindow = RULE.assess(aYear, TODAY, true);
        assertThat(inWindow.withinShortWindow()).isEqualTo(1);
        assertThat(inWindow.withinLongWindow()).isEqualTo(4);
        assertThat(inWindow.applies()).isTrue();

        List<ClosureReferral.Penalty> aDayMore = List.of(decided(TODAY.minusYears(1).minusDays(1), 1), decided(TODAY.minusDays(200), 2),
                decided(TODAY.minusDays(190), 3));
        assertThat(RULE.assess(aDayMore, TODAY, true).withinLongWindow()).isEqualTo(3);
        assertThat(RULE.assess(aDayMore, TODAY, true).applies()).isFalse();
    }

    @Test
    void shouldCountAYearFromTheTwentyNinthOfFebruaryToTheTwentyEighth() {
        LocalDate today = LocalDate.of(2029, 2, 28);
        List<ClosureReferral.Penalty> earlier = List.of(decided(LocalDate.of(2028, 2, 29), 1), decided(LocalDate.of(2028, 6, 1), 2),
                decided(LocalDate.of(2028, 7, 1), 3));
        assertThat(RULE.assess(earlier, today, true).withinLongWindow()).isEqualTo(4);
        assertThat(RULE.assess(earlier, today.plusDays(1), true).withinLongWindow()).isEqualTo(3);
    }

    @Test
    void shouldNameTheMissingMajorHazardWhenTheCountIsReached() {
        List<ClosureReferral.Penalty> earlier = List.of(decided(TODAY.minusDays(30), 1), decided(TODAY.minusDays(20), 2));
        ClosureReferral.Decision notStated = RULE.assess(earlier, TODAY, null);
        assertThat(notStated.countReached()).isTrue();
        assertThat(notStated.applies()).isFalse();
        assertThat(notStated.reason()).contains("如认定存在重大事故隐患，应当提请地方人民政府予以关闭");
        ClosureReferral.Decision none = RULE.assess(earlier, TODAY, false);
        assertThat(none.applies()).isFalse();
        assertThat(none.reason()).contains("但未认定存在重大事故隐患，不适用安全生产法第一百一十三条第一项");
    }

    @Test
    void shouldCountOnlyThisCaseForAnEnterpriseNeverPenalizedBefore() {
        ClosureReferral.Decision first = RULE.assess(List.of(), TODAY, true);
        assertThat(first.withinShortWindow()).isEqualTo(1);
        assertThat(first.applies()).isFalse();
        assertThat(first.reason()).startsWith("连同本案，180 日内第 1 次、一年内第 1 次受到行政处罚，未达到");
    }
}
