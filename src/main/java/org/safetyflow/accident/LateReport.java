package org.safetyflow.accident;

import java.time.Duration;
import java.util.Date;

/**
 * 事故条例第九条: 单位负责人接到报告后，应当于 1 小时内向县级以上人民政府安全生产监督管理部门和负有安全生产监督管理职责的
 * 有关部门报告. The hour runs from when the unit's head was told (or, when that is not known, from the
 * accident); a report received at the end of the hour is on time.
 */
final class LateReport {

    static final Duration LIMIT = Duration.ofHours(1);

    private LateReport() {
    }

    static Decision decide(Date occurredAt, Date unitHeadInformedAt, Date reportedAt) {
        Date from = unitHeadInformedAt != null ? unitHeadInformedAt : occurredAt;
        long minutes = Duration.between(from.toInstant(), reportedAt.toInstant()).toMinutes();
        String since = unitHeadInformedAt != null ? "单位负责人接到报告后" : "事故发生后";
        boolean late = reportedAt.getTime() - from.getTime() > LIMIT.toMillis();
        return new Decision(late, late
                ? since + " " + minutes + " 分钟才报告，超过 1 小时（事故条例第九条）：迟报"
                : since + " " + Math.max(minutes, 0) + " 分钟内报告，在 1 小时内（事故条例第九条）");
    }

    record Decision(boolean late, String reason) {
    }
}
