package org.safetyflow.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;

/**
 * 提请关闭 (安全生产法第一百一十三条第一项): an enterprise that 存在重大事故隐患 and is penalized under the 安全生产法 three
 * times within 180 days or four times within one year — this case counted as the latest — is one the department shall
 * propose to the 地方人民政府 for closure. Told to the officer at the 呈批 and to the head at the decision, with the cases
 * it counted; it does not decide for them.
 *
 * <p>An earlier penalty decided on day E is within a window of N days (or one year) on day T when T is not after the day
 * N days (the same day a year) after E: the period counted from E, E itself not counted (民法典第二百零一条、第二百零二条).
 *
 * @param shortWindow 180 days ({@code penalty.closure-short-window})
 * @param longWindow one year ({@code penalty.closure-long-window})
 */
record ClosureReferral(TimeLimit shortWindow, TimeLimit longWindow) {

    static final int SHORT_COUNT = 3;
    static final int LONG_COUNT = 4;
    static final String ARTICLE = "安全生产法第一百一十三条第一项";
    /** 拒不执行停产停业整顿决定 (第一百一十三条第四项), recorded where the shutdown branch finds it. */
    static final String SHUTDOWN_REFUSED = "拒不执行负有安全生产监督管理职责的部门作出的停产停业整顿决定，应当提请地方人民政府予以关闭，"
            + "有关部门应当依法吊销其有关证照（安全生产法第一百一十三条第四项）";

    /** An earlier penalty of the enterprise: its case and the day it was decided. */
    record Penalty(String caseNumber, LocalDate decidedOn) {
    }

    /**
     * @param applies the count is reached and a 重大事故隐患 is found: 提请关闭 applies
     * @param countReached three within the short window or four within the long one, this case included
     */
    record Decision(boolean applies, boolean countReached, int withinShortWindow, int withinLongWindow, String reason) {
    }

    /**
     * @param majorHazard whether the violation is a 重大事故隐患: null while not yet stated (the 呈批 form before it is filled)
     */
    Decision assess(List<Penalty> earlier, LocalDate today, Boolean majorHazard) {
        List<Penalty> inShort = within(earlier, today, shortWindow);
        List<Penalty> inLong = within(earlier, today, longWindow);
        int shortCount = inShort.size() + 1;
        int longCount = inLong.size() + 1;
        boolean reached = shortCount >= SHORT_COUNT || longCount >= LONG_COUNT;
        String counted = "连同本案，" + chinese(shortWindow) + "内第 " + shortCount + " 次、" + chinese(longWindow) + "内第 " + longCount
                + " 次受到行政处罚" + (inLong.isEmpty() ? "" : "（此前：" + inLong.stream()
                        .map(p -> p.caseNumber() + "，" + CalendarDays.chinese(p.decidedOn())).collect(Collectors.joining("；")) + "）");
        String rule = chinese(shortWindow) + "内三次或者" + chinese(longWindow) + "内四次";
        if (!reached) {
            return new Decision(false, false, shortCount, longCount, counted + "，未达到" + ARTICLE + "规定的次数（" + rule + "），不适用提请关闭");
        }
        if (Boolean.TRUE.equals(majorHazard)) {
            return new Decision(true, true, shortCount, longCount, counted + "，且存在重大事故隐患：应当提请地方人民政府予以关闭，有关部门应当依法吊销其有关证照（"
                    + ARTICLE + "）");
        }
        return new Decision(false, true, shortCount, longCount, counted + (majorHazard == null
                ? "，已达到" + rule + "；如认定存在重大事故隐患，应当提请地方人民政府予以关闭（" + ARTICLE + "）"
                : "，已达到" + rule + "，但未认定存在重大事故隐患，不适用" + ARTICLE));
    }

    private static List<Penalty> within(List<Penalty> earlier, LocalDate today, TimeLimit window) {
        return earlier.stream().filter(p -> !p.decidedOn().isAfter(today) && !today.isAfter(window.dayAfter(p.decidedOn())))
                .sorted((a, b) -> a.decidedOn().compareTo(b.decidedOn())).toList();
    }

    private static String chinese(TimeLimit window) {
        return switch (window.unit()) {
            case YEARS -> window.amount() == 1 ? "一年" : window.amount() + " 年";
            case MONTHS -> window.amount() + " 个月";
            default -> window.amount() + " 日";
        };
    }
}
