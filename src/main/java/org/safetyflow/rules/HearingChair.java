package org.safetyflow.rules;

import java.util.Arrays;

/**
 * 听证由行政机关指定的非本案调查人员主持 (行政处罚法第六十四条第四项): the one rule every penalty procedure of SafetyFlow
 * (暂扣/吊销 of a licence, 行政处罚) applies to whoever notices or holds a hearing.
 */
public final class HearingChair {

    private HearingChair() {
    }

    /** Refuses {@code chair} when it is one of those who investigated the case or proposed its penalty (null entries: nobody). */
    public static void requireImpartial(String chair, Object... caseHandlers) {
        if (chair != null && Arrays.asList(caseHandlers).contains(chair)) {
            throw Refusal.forbidden("听证由非本案调查人员主持（行政处罚法第六十四条第四项）：您参与了本案的调查取证或提出了处理意见，不能主持听证");
        }
    }
}
