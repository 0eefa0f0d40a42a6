package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * 双随机 (国办发〔2015〕20号): the enterprises to inspect drawn at random from the pool, and the inspectors sent to
 * each drawn at random from the departments' rosters, 回避 honoured. A function of the seed, the pool and the
 * rosters alone, so that anyone replays it from the record (docs/enforcement.md, 「抽取算法」, step by step):
 * <ol>
 * <li>the pool sorted by credit code and the rosters by user id (Unicode code point order);</li>
 * <li>the enterprises: the first {@code sampleSize} items of a Fisher–Yates shuffle of the pool driven by the
 * stream labelled {@code enterprises} ({@link DrawStream});</li>
 * <li>for each drawn enterprise, its own stream labelled {@code inspectors|<credit code>}: for each department in
 * the plan's order (the lead department first), the first {@value #INSPECTORS_PER_DEPARTMENT} items of a
 * Fisher–Yates shuffle of the department's roster without the inspectors who declared a conflict with it.</li>
 * </ol>
 * Each department sends two: each acts in its own name, and 执法人员不得少于两人 (行政处罚法§42, §55; 安全生产法§67 with
 * its 执法证). An enterprise's team does not depend on the other enterprises drawn.
 */
final class EnforcementDraw {

    /** The name of the algorithm above, kept with every draw: a later algorithm gets a new name. */
    static final String ALGORITHM = "SF-DRAW-1";

    static final int INSPECTORS_PER_DEPARTMENT = 2;

    /** The order every list of the draw is sorted in before it is drawn from. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private EnforcementDraw() {
    }

    /** An inspector as the draw sees it: who, and the enterprises of the pool it may not be sent to. */
    record Member(String userId, List<String> conflicts) {
    }

    /** One department's roster for the draw. */
    record Roster(String department, String departmentName, List<Member> inspectors) {
    }

    record Assignment(String enterpriseCreditCode, List<String> inspectors) {
    }

    /** The draw, or why there is none (Chinese, naming the field it is about). */
    record Outcome(List<String> sampledEnterprises, List<Assignment> inspectorAssignments, String refusalField, String refusal) {

        boolean refused() {
            return refusal != null;
        }

        static Outcome refusal(String field, String reason) {
            return new Outcome(List.of(), List.of(), field, reason);
        }
    }

    static Outcome draw(long seed, List<String> pool, int sampleSize, List<Roster> rosters, Function<String, String> enterpriseName) {
        List<String> ordered = pool.stream().sorted(CODE_POINT_ORDER).toList();
        if (new HashSet<>(ordered).size() != ordered.size()) {
            throw new IllegalArgumentException("the pool names an enterprise twice");
        }
        if (sampleSize < 1) {
            return Outcome.refusal("sampleSize", "「抽取企业数」（sampleSize）至少为 1");
        }
        if (sampleSize > ordered.size()) {
            return Outcome.refusal("sampleSize", "「抽取企业数」（sampleSize）为 " + sampleSize + "，大于抽查对象名录库中的企业数 "
                    + ordered.size());
        }
        if (rosters.isEmpty()) {
            return Outcome.refusal("departments", "至少应有一个参与部门");
        }
        List<String> sampled = new DrawStream(seed, "enterprises").pick(ordered, sampleSize);
        List<Assignment> assignments = new ArrayList<>();
        for (String enterprise : sampled) {
            DrawStream stream = new DrawStream(seed, "inspectors|" + enterprise);
            List<String> team = new ArrayList<>();
            for (Roster roster : rosters) {
                List<String> eligible = roster.inspectors().stream().filter(m -> !m.conflicts().contains(enterprise))
                        .map(Member::userId).sorted(CODE_POINT_ORDER).toList();
                if (eligible.size() < INSPECTORS_PER_DEPARTMENT) {
                    int conflicted = roster.inspectors().size() - eligible.size();
                    return Outcome.refusal("departments", "抽中的企业 " + enterpriseName.apply(enterprise) + "（" + enterprise + "）无法组成检查组：「"
                            + roster.departmentName() + "」部门可派执法人员 " + eligible.size() + " 名，少于 " + INSPECTORS_PER_DEPARTMENT
                            + " 名（本辖区执法人员名录 " + roster.inspectors().size() + " 名，其中 " + conflicted + " 名须回避）");
                }
                team.addAll(stream.pick(eligible, INSPECTORS_PER_DEPARTMENT));
            }
            assignments.add(new Assignment(enterprise, List.copyOf(team)));
        }
        return new Outcome(sampled, List.copyOf(assignments), null, null);
    }
}
