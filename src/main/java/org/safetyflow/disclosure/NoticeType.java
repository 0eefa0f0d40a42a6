package org.safetyflow.disclosure;

/** The kinds of notice SafetyFlow publishes; the names are part of the public API (contract §7). */
public enum NoticeType {
    HAZARD_LISTED("重大事故隐患挂牌督办公告"),
    HAZARD_CLOSED("重大事故隐患销号公告"),
    HAZARD_EXPOSURE("重大事故隐患逾期未治理曝光"),
    ACCIDENT_SUPERVISION("事故查处挂牌督办通知"),
    ACCIDENT_REPORT("生产安全事故调查报告"),
    EVALUATION_REPORT("事故整改情况评估报告"),
    SPOT_CHECK_PLAN("双随机抽查计划"),
    ENFORCEMENT_RESULT("执法检查结果公示"),
    LICENCE_DECISION("行政许可结果公示"),
    PENALTY_DECISION("行政处罚结果公示"),
    OTHER("其他公告");

    private final String displayName;

    NoticeType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
