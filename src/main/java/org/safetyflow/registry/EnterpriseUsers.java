package org.safetyflow.registry;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * The users who act for an enterprise: members of its group {@code enterprise-<credit code>} (its
 * tasks), of the role group {@code enterprise} (Tasklist) and of its jurisdiction's tenant.
 */
@Component
public class EnterpriseUsers {

    private final IdentityService identity;

    EnterpriseUsers(IdentityService identity) {
        this.identity = identity;
    }

    public List<String> of(Enterprise enterprise) {
        return identity.createUserQuery().memberOfGroup(EnterpriseGroups.groupId(enterprise.creditCode())).list()
                .stream().map(User::getId).toList();
    }

    /** Names an existing user as acting for the enterprise; naming twice changes nothing. */
    public void name(Enterprise enterprise, Object userId) {
        String user = Fields.required("userId", "用户", FieldType.text(64), userId);
        if (identity.createUserQuery().userId(user).count() == 0) {
            throw Refusal.invalid("userId", "用户不存在：" + user);
        }
        String group = EnterpriseGroups.ensure(identity, enterprise.creditCode(), enterprise.name());
        for (String member : List.of(group, Role.ENTERPRISE.groupId())) {
            if (identity.createUserQuery().userId(user).memberOfGroup(member).count() == 0) {
                identity.createMembership(user, member);
            }
        }
        if (identity.createTenantQuery().userMember(user).tenantId(enterprise.jurisdiction()).count() == 0) {
            identity.createTenantUserMembership(enterprise.jurisdiction(), user);
        }
    }
}
