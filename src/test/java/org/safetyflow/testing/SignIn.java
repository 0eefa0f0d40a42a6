package org.safetyflow.testing;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/** A user signed in on this thread for the Java API, as the authentication filter signs in a request. */
public final class SignIn {

    private SignIn() {
    }

    /** The user with its groups and the jurisdictions it or its groups belong to; clear with {@code clearAuthentication()}. */
    public static void as(IdentityService identityService, String user) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(),
                identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
    }
}
