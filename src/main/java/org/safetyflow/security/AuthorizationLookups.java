package org.safetyflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/**
 * Two lookups the engine makes in every command that checks a permission, and SafetyFlow can do without
 * (docs/benchmarks.md: two of every seven statements of a task lookup):
 * <ul>
 * <li>the ids of all groups that hold any authorization ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION},
 * a scan of every grant, one per enterprise case among them), only to drop the user's groups that hold none from
 * the permission check — which finds nothing for those groups anyway. The user's groups are used as they are.</li>
 * <li>whether any REVOKE authorization exists, to know whether a check must look for them. SafetyFlow's
 * permissions are grants only, from the role matrix (docs/security.md): creating a REVOKE authorization, by any
 * path (Admin, the REST API, code), is refused, and with none in the database ({@link RevokeCheck} looks at
 * start-up) the engine skips the question.</li>
 * </ul>
 */
@Component
class AuthorizationLookups extends AbstractProcessEnginePlugin {

    static final String NO_REVOKES = "SafetyFlow 的权限只由角色授予（权限矩阵，见 docs/security.md），不使用撤销型授权（REVOKE）："
            + "要收回权限，请删除相应的授予型授权或调整用户的角色组。";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
    }

    static final class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
        }

        @Override
        public void insert(DbEntity authorization) {
            if (authorization instanceof AuthorizationEntity entity && entity.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
                throw Refusal.invalid(NO_REVOKES);
            }
            super.insert(authorization);
        }
    }
}
