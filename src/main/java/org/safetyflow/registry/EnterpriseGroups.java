package org.safetyflow.registry;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.safetyflow.security.Role;

/**
 * Each enterprise has a Camunda group {@code enterprise-<credit code in lower case>}: the candidate
 * group of the tasks a case gives that enterprise, so that only its own users do them. Administrators
 * add the enterprise's users to it (Admin, or {@code POST /api/registry/enterprises/{code}/users}).
 */
public final class EnterpriseGroups {

    public static final String PREFIX = Role.ENTERPRISE_GROUP_PREFIX;

    private EnterpriseGroups() {
    }

    public static String groupId(String creditCode) {
        return PREFIX + creditCode.toLowerCase(Locale.ROOT);
    }

    /** Creates the enterprise's group if it does not exist yet; returns its id. */
    public static String ensure(IdentityService identityService, String creditCode, String enterpriseName) {
        String id = groupId(creditCode);
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(enterpriseName.length() > 255 ? enterpriseName.substring(0, 255) : enterpriseName);
            group.setType("ENTERPRISE");
            identityService.saveGroup(group);
        }
        return id;
    }
}
