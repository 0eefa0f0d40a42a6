package org.safetyflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/** Who is calling SafetyFlow's API in this request, as the authentication filter established it. */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user's id; SafetyFlow's API is never served anonymously, except {@code /api/public}. */
    public String id() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw Refusal.unauthenticated("需要登录");
        }
        return authentication.getUserId();
    }

    public List<String> groups() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    }

    /** The jurisdictions the user is a member of (not yet widened by those under them). */
    public List<String> tenants() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds();
    }

    public boolean isAdministrator() {
        return groups().contains(Groups.CAMUNDA_ADMIN);
    }

    public boolean isMemberOf(Role role) {
        return groups().contains(role.groupId());
    }

    /**
     * Whether the user works for the authorities: an administrator, or a member of a workflow role other than
     * {@code enterprise} and {@code expert} who acts for no enterprise. Enterprise users, outside experts and the 三权分立
     * administrators are not: they do not read what a bureau keeps to itself.
     */
    public boolean isOfficial() {
        if (isAdministrator()) {
            return true;
        }
        List<String> groups = groups();
        if (groups.stream().anyMatch(group -> group.startsWith(Role.ENTERPRISE_GROUP_PREFIX))) {
            return false;
        }
        for (Role role : Role.values()) {
            if (role.isWorkflow() && role != Role.ENTERPRISE && role != Role.EXPERT && groups.contains(role.groupId())) {
                return true;
            }
        }
        return false;
    }

    /** Writes to registries and calendars are for administrators only. */
    public void requireAdministrator() {
        id();
        if (!isAdministrator()) {
            throw Refusal.forbidden("只有系统管理员可以执行此操作");
        }
    }
}
