package org.safetyflow.simultaneity;

import java.time.LocalDate;
import java.util.Date;
import org.safetyflow.calendar.CalendarDays;

/**
 * The 试运行 period of a construction project (《建设项目安全设施“三同时”监督管理办法》第二十二条: not less
 * than 30 days and not more than 180 days, extensions included, 国家有关部门有规定的除外). Returns null
 * when a period is allowed, else the Chinese reason it is not.
 */
final class TrialRun {

    private TrialRun() {
    }

    /** The planned period in days. */
    static String checkPlan(int days, int minDays, int maxDays) {
        if (days < minDays) {
            return "试运行时间应当不少于 " + minDays + " 日（计划 " + days + " 日）";
        }
        if (days > maxDays) {
            return "试运行时间最长不得超过 " + maxDays + " 日（计划 " + days + " 日）";
        }
        return null;
    }

    /**
     * Reporting the end of a run that began on {@code start}, at {@code now}: not before the day on which
     * {@code minDays} days from the start end (contract §2: the first day not counted).
     */
    static String checkFinish(Date start, Date now, int minDays) {
        LocalDate earliest = CalendarDays.dayOf(start).plusDays(minDays);
        return CalendarDays.dayOf(now).isBefore(earliest)
                ? "试运行时间应当不少于 " + minDays + " 日，最早于" + CalendarDays.chinese(earliest) + "报告试运行结束" : null;
    }

    /** An extension by {@code extraDays} of a period already {@code currentDays} long. */
    static String checkExtension(int currentDays, int extraDays, int maxDays) {
        if (extraDays < 1) {
            return "延长的天数至少为 1 日";
        }
        if (currentDays + extraDays > maxDays) {
            return "延长后试运行共 " + (currentDays + extraDays) + " 日，超过最长 " + maxDays + " 日；最多还可延长 "
                    + Math.max(0, maxDays - currentDays) + " 日";
        }
        return null;
    }
}
