package org.safetyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * How a user is named where a person reads it (a 文书's 制作人, a roster, a choice of hearing chairs): first and last name
 * as the identity service keeps them (「演示管理员」, 「执法人员（演示）」), or the user id where the user has no name or is
 * no longer there. Every role may read users (the access matrix grants it), so the engine's checks do not hide one.
 */
public final class UserNames {

    private UserNames() {
    }

    public static String of(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    public static String of(IdentityService identity, String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : of(user);
    }
}
