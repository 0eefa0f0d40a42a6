package org.safetyflow.accident;

/**
 * 事故条例第二十九条: 特殊情况下，经负责事故调查的人民政府批准，提交事故调查报告的期限可以适当延长，但延长的期限最长不超过 60 日.
 * Several extensions may be approved as long as together they stay within the maximum.
 */
record ReportExtension(int maxDays) {

    Decision decide(int alreadyExtended, int requested) {
        if (requested < 1) {
            return new Decision(false, "延长天数至少 1 日");
        }
        int total = alreadyExtended + requested;
        return total <= maxDays
                ? new Decision(true, "延长 " + requested + " 日，累计 " + total + " 日，未超过 " + maxDays + " 日（事故条例第二十九条）")
                : new Decision(false, "延长期限累计不得超过 " + maxDays + " 日（事故条例第二十九条；已延长 " + alreadyExtended + " 日）");
    }

    record Decision(boolean allowed, String reason) {
    }
}
