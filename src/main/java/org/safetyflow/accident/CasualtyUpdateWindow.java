package org.safetyflow.accident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import org.safetyflow.calendar.CalendarDays;

/**
 * 事故条例第十三条: 自事故发生之日起 30 日内（道路交通事故、火灾事故自发生之日起 7 日内），事故造成的伤亡人数发生变化的，
 * 应当及时补报. Within that window a 补报 replaces the figures of record and the accident is graded again;
 * later it is recorded and the grade stays. The window ends at the end of its last calendar day (民法典§201:
 * the day of the accident is not counted).
 */
record CasualtyUpdateWindow(int days, int roadAndFireDays) {

    /** Industries whose window is the short one (事故条例§13). */
    static final Set<String> SHORT_WINDOW = Set.of("ROAD_TRAFFIC", "FIRE");

    /** The window of an accident: how many days, and when it ends. */
    Window of(Date occurredAt, String industry) {
        boolean shortWindow = industry != null && SHORT_WINDOW.contains(industry);
        int length = shortWindow ? roadAndFireDays : days;
        return new Window(length, CalendarDays.endOfNthDayAfter(occurredAt, length), shortWindow);
    }

    /** Whether a 补报 received at that moment regrades the accident, and why, by the case's window of record. */
    static Decision decide(Date occurredAt, Window window, Date receivedAt) {
        LocalDate occurred = CalendarDays.dayOf(occurredAt);
        long day = ChronoUnit.DAYS.between(occurred, CalendarDays.dayOf(receivedAt));
        String limit = window.days() + " 日补报期限（" + (window.shortWindow() ? "道路交通、火灾事故，" : "") + "事故条例第十三条）";
        boolean regrades = !receivedAt.after(window.endsAt());
        return new Decision(regrades, regrades
                ? "补报于事故发生后第 " + day + " 日收到，在 " + limit + "内：按补报数据重新定级"
                : "补报于事故发生后第 " + day + " 日收到，已超过 " + limit + "：仅记录，不重新定级");
    }

    record Window(int days, Date endsAt, boolean shortWindow) {
    }

    record Decision(boolean regrades, String reason) {
    }
}
