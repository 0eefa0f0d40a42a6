package org.safetyflow.hazard;

import java.util.List;

/**
 * 提级督办 (国发〔2010〕23号; 16号令§21: the higher authority supervises a hazard not rectified in time):
 * the escalated level must be above the level that listed the hazard, and a 省级 listing cannot go higher
 * within the province.
 */
final class EscalatedSupervision {

    private static final List<String> ORDER = List.copyOf(HazardLabels.LEVELS.keySet());

    private EscalatedSupervision() {
    }

    static Decision decide(String listedAt, String escalateTo) {
        String current = HazardLabels.LEVELS.getOrDefault(listedAt, listedAt);
        String requested = HazardLabels.LEVELS.getOrDefault(escalateTo, escalateTo);
        if (ORDER.indexOf(listedAt) == ORDER.size() - 1) {
            return new Decision(false, "已由省级挂牌督办，不能在本省内再提级；请报告省安委会研究处理");
        }
        if (ORDER.indexOf(escalateTo) <= ORDER.indexOf(listedAt)) {
            return new Decision(false, "提级督办层级（" + requested + "）须高于原挂牌督办层级（" + current + "）");
        }
        return new Decision(true, "由" + current + "挂牌督办提级为" + requested + "督办");
    }

    record Decision(boolean allowed, String reason) {
    }
}
