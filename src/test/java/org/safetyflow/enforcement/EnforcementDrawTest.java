package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.safetyflow.enforcement.EnforcementDraw.Assignment;
import org.safetyflow.enforcement.EnforcementDraw.Member;
import org.safetyflow.enforcement.EnforcementDraw.Outcome;
import org.safetyflow.enforcement.EnforcementDraw.Roster;
import org.safetyflow.input.UnifiedSocialCreditCode;

/** 双随机 as a function of the seed, the pool and the rosters: replayable, a subset, no duplicates, 回避 honoured, uniform. */
class EnforcementDrawTest {

    private static final Function<String, String> NAME = code -> "企业" + code.substring(14);

    /** The worked example of docs/enforcement.md (「抽取算法」): the same numbers docs/examples/replay-draw.py prints. */
    @Test
    void shouldDrawTheDocumentsWorkedExample() {
        List<String> pool = List.of("91370405MA3D00006B", "91370405MA3D00001U", "91370405MA3D00002Y", "91370405MA3D000032",
                "91370405MA3D000045", "91370405MA3D000058");
        List<Roster> rosters = List.of(
                new Roster("EMERGENCY", "应急管理", List.of(new Member("zhao", List.of()), new Member("li", List.of()),
                        new Member("wang", List.of("91370405MA3D00001U", "91370405MA3D000045")), new Member("zhang", List.of()))),
                new Roster("MARKET", "市场监管", List.of(new Member("chen", List.of()), new Member("liu", List.of()), new Member("sun", List.of()))));

        Outcome outcome = EnforcementDraw.draw(20261130L, pool, 2, rosters, NAME);

        assertThat(outcome.sampledEnterprises()).containsExactly("91370405MA3D00001U", "91370405MA3D00006B");
        assertThat(outcome.inspectorAssignments()).containsExactly(
                new Assignment("91370405MA3D00001U", List.of("zhang", "li", "liu", "sun")),
                new Assignment("91370405MA3D00006B", List.of("li", "zhang", "chen", "sun")));
    }

    @Property(tries = 200)
    void shouldDrawTheSameFromTheSameSeedAndPoolWhateverOrderThePoolComesIn(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int poolSize,
            @ForAll @IntRange(min = 1, max = 40) int sampleSize, @ForAll Random random) {
        List<String> pool = pool(poolSize);
        List<String> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        int size = Math.min(sampleSize, poolSize);
        List<Roster> rosters = rosters(random, pool);

        Outcome once = EnforcementDraw.draw(seed, pool, size, rosters, NAME);
        Outcome again = EnforcementDraw.draw(seed, shuffled, size, rosters, NAME);

        assertThat(again).isEqualTo(once);
    }

    @Property(tries = 300)
    void shouldDrawDistinctEnterprisesOfThePoolAndTeamsOfTwoPerDepartmentWithoutAConflictedInspector(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int poolSize, @ForAll @IntRange(min = 1, max = 60) int sampleSize, @ForAll Random random) {
        List<String> pool = pool(poolSize);
        int size = Math.min(sampleSize, poolSize);
        List<Roster> rosters = rosters(random, pool);

        Outcome outcome = EnforcementDraw.draw(seed, pool, size, rosters, NAME);

        if (outcome.refused()) {
            assertThat(outcome.refusal()).contains("无法组成检查组").contains("少于 2 名");
            return;
        }
        assertThat(outcome.sampledEnterprises()).hasSize(size).doesNotHaveDuplicates().isSubsetOf(pool);
        assertThat(outcome.inspectorAssignments()).extracting(Assignment::enterpriseCreditCode).isEqualTo(outcome.sampledEnterprises());
        for (Assignment assignment : outcome.inspectorAssignments()) {
            assertThat(assignment.inspectors()).hasSize(2 * rosters.size()).doesNotHaveDuplicates();
            for (int d = 0; d < rosters.size(); d++) {
                List<String> team = assignment.inspectors().subList(2 * d, 2 * d + 2);
                for (String user : team) {
                    Member member = rosters.get(d).inspectors().stream().filter(m -> m.userId().equals(user)).findFirst().orElseThrow();
                    assertThat(member.conflicts()).as("回避: %s for %s", user, assignment.enterpriseCreditCode())
                            .doesNotContain(assignment.enterpriseCreditCode());
                }
            }
        }
    }

    @Property(tries = 100)
    void shouldRefuseASampleLargerThanThePoolNamingItsSize(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int poolSize,
            @ForAll @IntRange(min = 1, max = 10) int more) {
        Outcome outcome = EnforcementDraw.draw(seed, pool(poolSize), poolSize + more, rosters(new Random(seed), List.of()), NAME);

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.refusalField()).isEqualTo("sampleSize");
        assertThat(outcome.refusal()).isEqualTo("「抽取企业数」（sampleSize）为 " + (poolSize + more) + "，大于抽查对象名录库中的企业数 " + poolSize);
    }

    @Test
    void shouldRefuseASampleOfNoneAndAnEnterpriseThatCannotGetTwoInspectorsOfADepartment() {
        List<String> pool = pool(3);
        List<Roster> rosters = List.of(new Roster("EMERGENCY", "应急管理", List.of(new Member("li", List.of()), new Member("wang", List.of()))),
                new Roster("FIRE", "消防救援", List.of(new Member("chen", List.of()), new Member("liu", List.of(pool.get(0), pool.get(1), pool.get(2))))));

        assertThat(EnforcementDraw.draw(1, pool, 0, rosters, NAME).refusal()).isEqualTo("「抽取企业数」（sampleSize）至少为 1");
        Outcome refused = EnforcementDraw.draw(1, pool, 1, rosters, NAME);
        assertThat(refused.refusalField()).isEqualTo("departments");
        assertThat(refused.refusal()).matches("抽中的企业 企业(\\w{4})（91370405MA3E00\\1）无法组成检查组："
                + "「消防救援」部门可派执法人员 1 名，少于 2 名（本辖区执法人员名录 2 名，其中 1 名须回避）");
    }

    @Test
    void shouldDrawEveryEnterpriseAboutEquallyOftenOverManySeeds() {
        // Pool of 10, one drawn, 20,000 seeds: chi-square with 9 degrees of freedom. Its 99.9999th percentile is about 44;
        // the seeds are fixed, so the test is deterministic, and a biased draw (e.g. a skewed modulo) would fail it.
        List<String> pool = pool(10);
        Map<String, Integer> counts = new HashMap<>();
        int seeds = 20_000;
        for (long seed = 0; seed < seeds; seed++) {
            counts.merge(new DrawStream(seed, "enterprises").pick(pool, 1).get(0), 1, Integer::sum);
        }
        assertThat(chiSquare(counts, pool.size(), seeds)).isLessThan(44.0);
    }

    @Test
    void shouldDrawEveryOrderedPairAboutEquallyOften() {
        // Pool of 6, two drawn in order: 30 ordered pairs, 30,000 seeds; chi-square with 29 degrees of freedom (99.9999th
        // percentile about 77).
        List<String> pool = pool(6);
        Map<String, Integer> counts = new HashMap<>();
        int seeds = 30_000;
        for (long seed = 0; seed < seeds; seed++) {
            counts.merge(String.join(">", EnforcementDraw.draw(seed, pool, 2, List.of(new Roster("EMERGENCY", "应急管理",
                    List.of(new Member("a", List.of()), new Member("b", List.of())))), NAME).sampledEnterprises()), 1, Integer::sum);
        }
        assertThat(counts).hasSize(30);
        assertThat(chiSquare(counts, 30, seeds)).isLessThan(77.0);
    }

    @Test
    void shouldSendEveryEligibleInspectorAboutEquallyOften() {
        // 5 inspectors, 2 sent: each goes 2/5 of the time; 10,000 seeds, chi-square with 4 degrees of freedom over the
        // 20,000 places (99.9999th percentile about 33).
        List<Member> members = IntStream.range(0, 5).mapToObj(i -> new Member("inspector-" + i, List.of())).toList();
        Map<String, Integer> counts = new HashMap<>();
        int seeds = 10_000;
        for (long seed = 0; seed < seeds; seed++) {
            Outcome outcome = EnforcementDraw.draw(seed, pool(1), 1, List.of(new Roster("EMERGENCY", "应急管理", members)), NAME);
            outcome.inspectorAssignments().get(0).inspectors().forEach(user -> counts.merge(user, 1, Integer::sum));
        }
        assertThat(chiSquare(counts, 5, 2 * seeds)).isLessThan(33.0);
    }

    @Property(tries = 200)
    void shouldGiveEveryNumberBelowTheBoundAndOnlyThose(@ForAll long seed, @ForAll @IntRange(min = 1) int bound) {
        DrawStream stream = new DrawStream(seed, "enterprises");
        for (int i = 0; i < 20; i++) {
            assertThat(stream.below(bound)).isBetween(0, bound - 1);
        }
    }

    @Test
    void shouldRejectTheNumbersAboveTheLastWholeMultipleInsteadOfFoldingThem() {
        // n = 1.5·2³⁰: a plain "x mod n" would give the numbers below 2³⁰ (two thirds of the range) three quarters of the
        // draws. Rejection keeps them at two thirds: 20,000 of 30,000, give or take 600 (7 standard deviations).
        int n = 3 << 29;
        int low = 0;
        DrawStream stream = new DrawStream(7, "enterprises");
        for (int i = 0; i < 30_000; i++) {
            if (stream.below(n) < 1 << 30) {
                low++;
            }
        }
        assertThat(low).isBetween(19_400, 20_600);
    }

    private static double chiSquare(Map<String, Integer> counts, int cells, int total) {
        double expected = (double) total / cells;
        double sum = (cells - counts.size()) * expected;
        for (int observed : counts.values()) {
            sum += (observed - expected) * (observed - expected) / expected;
        }
        return sum;
    }

    private static List<String> pool(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> {
            String first17 = "91370405MA3E%05d".formatted(i);
            return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        }).toList();
    }

    /** One to three departments of two to six inspectors, each with a random conflict or none. */
    private static List<Roster> rosters(Random random, List<String> pool) {
        List<Roster> rosters = new ArrayList<>();
        String[] departments = {"EMERGENCY", "MARKET", "FIRE"};
        for (int d = 0; d < 1 + random.nextInt(3); d++) {
            List<Member> members = new ArrayList<>();
            for (int m = 0; m < 2 + random.nextInt(5); m++) {
                String user = departments[d].toLowerCase() + "-" + m;
                List<String> conflicts = pool.isEmpty() || random.nextInt(3) > 0 ? List.of() : List.of(pool.get(random.nextInt(pool.size())));
                members.add(new Member(user, conflicts));
            }
            rosters.add(new Roster(departments[d], departments[d], members));
        }
        return rosters;
    }
}
