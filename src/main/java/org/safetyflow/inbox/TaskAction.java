package org.safetyflow.inbox;

import java.time.OffsetDateTime;

/**
 * An operation an official performed on a task (转办, 委派, 归还, 退回, 撤回, 加签 and each signer's 会签, 催办, 抄送), as the case's timeline
 * shows it: who, when, on which task, to whom, and why.
 */
public record TaskAction(long id, String caseNumber, String taskId, String taskName, String activityId, Type type, String actor,
        String targets, String reason, OffsetDateTime at) {

    /** The operations, with the words the timeline uses for each. */
    public enum Type {
        TRANSFER("转办"), DELEGATE("委派"), RESOLVE("归还"), RETURN("退回"), RECALL("撤回"), COUNTERSIGN("加签"), SIGN("会签"), URGE("催办"), CC("抄送");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The timeline's sentence, e.g. 「转办任务「复查」给 officer-b：出差，由同事代办」. */
    public String description() {
        String on = "任务「" + (taskName == null ? taskId : taskName) + "」";
        String to = targets == null || targets.isBlank() ? "" : switch (type) {
            case RETURN -> "至「" + targets + "」";
            case TRANSFER, DELEGATE, CC, COUNTERSIGN -> "给 " + targets;
            default -> "";
        };
        return type.label() + on + to + (reason == null || reason.isBlank() ? "" : "：" + reason);
    }
}
