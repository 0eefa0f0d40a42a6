package org.safetyflow.rules;

import java.util.Arrays;

/**
 * 听证由行政机关指定的非本案调查人员主持 (行政处罚法第六十四条第四项): the one rule every penalty procedure of SafetyFlow
 * (暂扣/吊销 of a licence, 行政处罚) applies to whoever notices or holds a hearing, and to the chair a notice names.
 */
public final class HearingChair {

    private HearingChair() {
    }

    /** Refuses {@code chair} when it is one of those who investigated the case or proposed its penalty (null entries: nobody). */
    public static void requireImpartial(String chair, Object... caseHandlers) {
        if (isHandler(chair, caseHandlers)) {
            throw Refusal.forbidden("听证由非本案调查人员主持（行政处罚法第六十四条第四项）：您参与了本案的调查取证或提出了处理意见，不能主持听证");
        }
    }

    /** Why {@code chair}, named by someone else, may not chair: one of {@code caseHandlers}; null when it may. */
    public static String problem(String chair, Object... caseHandlers) {
        return isHandler(chair, caseHandlers)
                ? "听证由非本案调查人员主持（行政处罚法第六十四条第四项）：" + chair + " 参与了本案的调查取证或提出了处理意见，不能主持听证"
                : null;
    }

    private static boolean isHandler(String chair, Object... caseHandlers) {
        return chair != null && Arrays.asList(caseHandlers).contains(chair);
    }
}
