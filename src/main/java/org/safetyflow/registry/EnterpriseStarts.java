package org.safetyflow.registry;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Role;

/**
 * A case an enterprise opens itself (a 三同时 registration, a licence application) names that
 * enterprise: a user who signs in only as an enterprise's user (the role group {@code enterprise},
 * no official role) opens cases for the enterprises it acts for, and for no other. Officials and
 * administrators open cases for any enterprise of their jurisdictions.
 */
public final class EnterpriseStarts {

    private EnterpriseStarts() {
    }

    public static void requireOwnEnterprise(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getGroupIds() == null) {
            return;
        }
        List<String> groups = authentication.getGroupIds();
        boolean enterpriseOnly = groups.contains(Role.ENTERPRISE.groupId()) && !groups.contains(Groups.CAMUNDA_ADMIN)
                && groups.stream().noneMatch(EnterpriseStarts::isOfficialRole);
        if (!enterpriseOnly) {
            return;
        }
        Object creditCode = execution.getVariable("enterpriseCreditCode");
        String own = creditCode instanceof String code ? EnterpriseGroups.groupId(code) : null;
        if (own == null || !groups.contains(own)) {
            throw Refusal.forbidden("企业用户只能为本企业办理：您不是「" + execution.getVariable("enterpriseName") + "」（"
                    + creditCode + "）的企业用户");
        }
    }

    private static boolean isOfficialRole(String group) {
        for (Role role : Role.values()) {
            if (role != Role.ENTERPRISE && role.groupId().equals(group)) {
                return true;
            }
        }
        return false;
    }
}
