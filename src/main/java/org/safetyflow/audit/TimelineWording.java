package org.safetyflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.SerializableValue;

/** How the timeline shows what the engine records: values, durations, kinds of step, user operations (in Chinese). */
final class TimelineWording {

    private TimelineWording() {
    }

    /** A variable's value as the timeline shows it: plain values as they are, dates at +08:00, objects as text. */
    static Object value(HistoricVariableUpdate update) {
        var typed = update.getTypedValue();
        if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        Object value = typed == null ? update.getValue() : typed.getValue();
        if (value instanceof Date date) {
            return Timelines.time(date).toString();
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean || value == null ? value : String.valueOf(value);
    }

    /**
     * A variable's value for its Chinese wording: as stored, with an object stored as JSON (a list, a
     * decision's result) read back into lists and maps, so that its items can be named one by one.
     */
    static Object readable(HistoricVariableUpdate update) {
        var typed = update.getTypedValue();
        if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            String serialized = serializable.getValueSerialized();
            if ("application/json".equals(serializable.getSerializationDataFormat()) && serialized != null) {
                try {
                    return JSON.readValue(serialized, Object.class);
                } catch (JsonProcessingException notJson) {
                    return serialized;
                }
            }
            return serialized;
        }
        return typed == null ? update.getValue() : typed.getValue();
    }

    /** 「记录事故等级：一般」, 「修改事故等级：一般 → 较大」; a variable without a label by its name: 「修改变量 note：…」. */
    static String change(boolean first, String label, String name, String oldText, String newText) {
        String subject = label != null ? label : "变量 " + name;
        return first ? "记录" + subject + "：" + brief(newText) : "修改" + subject + "：" + brief(oldText) + " → " + brief(newText);
    }

    /** A value as a description quotes it: on one line, a long text cut after 60 characters. */
    private static String brief(String text) {
        String line = text == null ? "（空）" : text.replaceAll("\\s*\\R\\s*", " ");
        return line.codePointCount(0, line.length()) <= BRIEF ? line : line.substring(0, line.offsetByCodePoints(0, BRIEF)) + "…";
    }

    private static final int BRIEF = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a case ended: 结案, or why it stopped (终止 by a person or by the process itself). */
    static String ending(String state) {
        return switch (state) {
            case "COMPLETED" -> "结案";
            case "EXTERNALLY_TERMINATED" -> "案件终止（人工终止）";
            case "INTERNALLY_TERMINATED" -> "案件终止（流程终止）";
            default -> "案件终止";
        };
    }

    static String duration(Long millis) {
        if (millis == null) {
            return "—";
        }
        Duration d = Duration.ofMillis(millis);
        if (d.toDays() > 0) {
            return d.toDays() + " 天 " + d.toHoursPart() + " 小时";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " 小时 " + d.toMinutesPart() + " 分";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + " 分 " + d.toSecondsPart() + " 秒" : d.toSecondsPart() + " 秒";
    }

    static String kind(String activityType) {
        return switch (activityType) {
            case "userTask" -> "任务";
            case "serviceTask" -> "系统步骤";
            case "businessRuleTask" -> "决策";
            case "exclusiveGateway", "parallelGateway", "inclusiveGateway" -> "判断";
            case "subProcess" -> "阶段";
            case "startEvent", "noneStartEvent", "messageStartEvent", "startTimerEvent" -> "开始事件";
            case "noneEndEvent", "terminateEndEvent", "endEvent" -> "结束事件";
            case "boundaryTimer", "intermediateTimer" -> "定时事件";
            case "multiInstanceBody" -> "多实例";
            default -> "环节";
        };
    }

    static String operation(String type) {
        return switch (type) {
            case "Claim" -> "认领任务";
            case "Assign" -> "指派任务";
            case "Delegate" -> "委托任务";
            case "Complete" -> "办结任务";
            case "SetVariable", "ModifyVariable" -> "修改变量";
            case "Create" -> "创建";
            case "Delete" -> "删除";
            case "Update" -> "更新";
            default -> type;
        };
    }
}
