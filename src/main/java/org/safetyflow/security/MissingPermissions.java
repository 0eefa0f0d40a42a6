package org.safetyflow.security;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;

/** The engine's authorization refusal ("ENGINE-03110 The user with id ... does not have ...") in Chinese. */
final class MissingPermissions {

    private static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry("Application", "应用"), Map.entry("User", "用户"), Map.entry("Group", "用户组"),
            Map.entry("GroupMembership", "用户组成员"), Map.entry("Authorization", "授权"), Map.entry("Filter", "任务过滤器"),
            Map.entry("ProcessDefinition", "流程定义"), Map.entry("Task", "任务"), Map.entry("ProcessInstance", "案件（流程实例）"),
            Map.entry("Deployment", "部署"), Map.entry("DecisionDefinition", "决策表"), Map.entry("Tenant", "管辖区划"),
            Map.entry("TenantMembership", "管辖区划成员"), Map.entry("Batch", "批处理"),
            Map.entry("DecisionRequirementsDefinition", "决策需求图"), Map.entry("HistoricTask", "历史任务"),
            Map.entry("HistoricProcessInstance", "历史案件"), Map.entry("System", "系统"), Map.entry("OperationLogCategory", "操作日志"));
    private static final Map<String, String> PERMISSIONS = Map.ofEntries(
            Map.entry("READ", "读取"), Map.entry("UPDATE", "修改"), Map.entry("CREATE", "创建"), Map.entry("DELETE", "删除"),
            Map.entry("ACCESS", "访问"), Map.entry("READ_TASK", "读取任务"), Map.entry("UPDATE_TASK", "修改任务"),
            Map.entry("CREATE_INSTANCE", "发起"), Map.entry("READ_INSTANCE", "读取案件"), Map.entry("UPDATE_INSTANCE", "修改案件"),
            Map.entry("DELETE_INSTANCE", "删除案件"), Map.entry("READ_HISTORY", "读取历史"), Map.entry("DELETE_HISTORY", "删除历史"),
            Map.entry("TASK_WORK", "办理任务"), Map.entry("TASK_ASSIGN", "指派任务"), Map.entry("SUSPEND", "挂起"),
            Map.entry("SUSPEND_INSTANCE", "挂起案件"), Map.entry("RETRY_JOB", "重试作业"), Map.entry("MIGRATE_INSTANCE", "迁移案件"),
            Map.entry("UPDATE_VARIABLE", "修改变量"), Map.entry("UPDATE_INSTANCE_VARIABLE", "修改案件变量"),
            Map.entry("UPDATE_TASK_VARIABLE", "修改任务变量"), Map.entry("READ_VARIABLE", "读取变量"), Map.entry("ALL", "全部"));

    private MissingPermissions() {
    }

    static boolean isTheEngines(AuthorizationException refusal) {
        return refusal.getMissingAuthorizations() != null && !refusal.getMissingAuthorizations().isEmpty();
    }

    static AuthorizationException inChinese(AuthorizationException refusal) {
        String needed = refusal.getMissingAuthorizations().stream().map(MissingPermissions::describe)
                .collect(Collectors.joining("，或"));
        return new AuthorizationException("您无权执行此操作：需要" + needed + "。如需此权限，请联系系统管理员。");
    }

    private static String describe(MissingAuthorization missing) {
        String resource = RESOURCES.getOrDefault(missing.getResourceType(), missing.getResourceType());
        String permission = PERMISSIONS.getOrDefault(String.valueOf(missing.getViolatedPermissionName()).toUpperCase(Locale.ROOT),
                missing.getViolatedPermissionName());
        String id = missing.getResourceId() == null || "*".equals(missing.getResourceId()) ? "" : "「" + missing.getResourceId() + "」";
        return "对" + resource + id + "的「" + permission + "」权限";
    }
}
