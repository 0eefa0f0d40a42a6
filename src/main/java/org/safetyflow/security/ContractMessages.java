package org.safetyflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * A contract message (contract §6) from a role: a message the access matrix gives the caller's role,
 * to one case named by its case number ({@code businessKey}); {@code all}, instance ids, correlation
 * keys and tenant ids are the administrators'. Why a message may not go on ("400:…"/"403:…"), or null.
 */
final class ContractMessages {

    private static final Set<String> FIELDS = Set.of("messageName", "businessKey", "processVariables",
            "processVariablesLocal", "resultEnabled", "variablesInResultEnabled");

    private ContractMessages() {
    }

    static String refusal(AccessMatrix matrix, EngineRoutePolicy.Caller caller, JsonNode message) {
        String name = message.path("messageName").asText("");
        AccessMatrix.ProcessAccess process = matrix.messages().get(name);
        if (process == null) {
            return "403:消息「" + name + "」不是 SafetyFlow 对外约定的消息，只有系统管理员可以发送。";
        }
        if (process.messages().get(name).stream().noneMatch(role -> caller.groups().contains(role.groupId()))) {
            return "403:您的角色不能发送消息「" + name + "」。";
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) message::fields) {
            if (!FIELDS.contains(field.getKey()) && !(field.getKey().equals("all") && !field.getValue().asBoolean())) {
                return field.getKey().equals("all")
                        ? "400:消息只能按案件编号（businessKey）逐案发送，不允许「all」。"
                        : "400:消息中不允许字段「" + field.getKey() + "」：按案件编号（businessKey）逐案发送。";
            }
        }
        if (message.path("businessKey").asText("").isBlank()) {
            return "400:消息「" + name + "」须指明案件编号（businessKey），逐案发送。";
        }
        return null;
    }
}
