package org.safetyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Logins, over HTTP Basic and in the webapps, as the security log records them: each success and
 * failure, and the failure that locks the user out (the engine counts; a locked user's further
 * attempts fail without counting, and are logged as attempts on a locked account).
 */
@Component
class LoginAttempts {

    private final SecurityLog log;
    private final IdentityService identityService;
    private final int maxAttempts;

    LoginAttempts(SecurityLog log, IdentityService identityService, @Value("${safetyflow.security.login-max-attempts}") int maxAttempts) {
        this.log = log;
        this.identityService = identityService;
        this.maxAttempts = maxAttempts;
    }

    /** Call before the password is checked. */
    Attempt begin(String userId, String client, String where) {
        return new Attempt(userId, client, where, isLocked(userId));
    }

    private boolean isLocked(String userId) {
        return identityService.createUserQuery().userId(userId).singleResult() instanceof UserEntity user
                && user.getAttempts() >= maxAttempts && user.getLockExpirationTime() != null;
    }

    final class Attempt {
        private final String userId;
        private final String client;
        private final String where;
        private final boolean wasLocked;

        private Attempt(String userId, String client, String where, boolean wasLocked) {
            this.userId = userId;
            this.client = client;
            this.where = where;
            this.wasLocked = wasLocked;
        }

        void succeeded() {
            log.record(SecurityLog.Event.LOGIN, userId, userId, where, client);
        }

        /** The password was right, but the user's roles do not open this webapp. */
        void refusedTheApplication() {
            log.record(SecurityLog.Event.LOGIN_FAILED, userId, userId, where + "（无权使用该应用）", client);
        }

        void failed() {
            log.record(SecurityLog.Event.LOGIN_FAILED, userId, userId, wasLocked ? where + "（账户已锁定）" : where, client);
            if (!wasLocked && isLocked(userId)) {
                log.record(SecurityLog.Event.LOCKED_OUT, userId, userId,
                        "连续 " + maxAttempts + " 次登录失败，账户已锁定，须由安全管理员解锁", client);
            }
        }
    }
}
