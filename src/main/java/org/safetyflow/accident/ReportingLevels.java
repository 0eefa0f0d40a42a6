package org.safetyflow.accident;

import java.util.List;

/**
 * 事故条例第十条: the levels an accident report goes up, by grade — 一般 to the 设区的市级, 较大 on to the 省级,
 * 重大 and 特别重大 on to the 国务院's 应急管理部门 and the sector departments (each level within 2 hours).
 */
final class ReportingLevels {

    static final List<String> LEVELS = List.of("设区的市级人民政府应急管理部门和有关部门", "省级人民政府应急管理部门和有关部门",
            "国务院应急管理部门和有关部门");

    private ReportingLevels() {
    }

    static Decision of(String grade) {
        return switch (grade) {
            case "ORDINARY" -> new Decision(LEVELS.subList(0, 1), "一般事故逐级上报至设区的市级人民政府应急管理部门和有关部门（事故条例第十条）");
            case "LARGER" -> new Decision(LEVELS.subList(0, 2), "较大事故逐级上报至省级人民政府应急管理部门和有关部门（事故条例第十条）");
            case "MAJOR", "EXTRAORDINARY" -> new Decision(LEVELS,
                    ("MAJOR".equals(grade) ? "重大" : "特别重大") + "事故逐级上报至国务院应急管理部门和有关部门（事故条例第十条）");
            default -> throw new IllegalArgumentException("unknown accident grade " + grade);
        };
    }

    record Decision(List<String> levels, String reason) {
    }
}
