package org.safetyflow.audit;

/** What verify finds wrong with a case's seal, each with what it means to an auditor. */
enum SealProblem {

    EVENT_MODIFIED("已封存的事件与历史记录不一致（被修改）"),
    EVENT_MISSING("已封存的事件在历史记录中不存在（被删除）"),
    VALUE_MODIFIED("变量的最终值与其最后一次记录的修改不一致（最终值在记录后被改动）"),
    PENDING_EVENT_MISSING("意见写入后、封存前即被删除：待封存的记录仍在，意见已不存在"),
    EVENT_UNRECORDED("历史记录中有一条早于封存点、却从未封存的事件（事后插入，或其封存记录被删除）"),
    CHAIN_BROKEN("审计链在此断开：该记录或其前一条记录的哈希被改动"),
    CHAIN_TRUNCATED("审计链末尾的封存记录被删除（链头记录的条数多于现存的记录）");

    private final String explanation;

    SealProblem(String explanation) {
        this.explanation = explanation;
    }

    String explanation() {
        return explanation;
    }
}
