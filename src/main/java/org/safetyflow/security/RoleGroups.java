package org.safetyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** The role groups exist in every profile: processes name them as candidate groups. */
final class RoleGroups {

    private RoleGroups() {
    }

    static void ensureAll(IdentityService identityService) {
        for (Role role : Role.values()) {
            if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
                Group group = identityService.newGroup(role.groupId());
                group.setName(role.displayName());
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
            }
        }
    }
}
