package org.safetyflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.safetyflow.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants the engine's authorizations of every role group from {@link AccessMatrix}, at every start,
 * idempotently: what the matrix declares is created or corrected, and a role group's grant on a
 * resource the matrix manages that the matrix does not declare is removed (so Admin is not the place
 * to widen a role: the matrix is). Grants on single tasks and cases (the engine's default task
 * permissions, an enterprise's own case) are the engine's and are left alone.
 */
@Component
@Order(3)
class AccessGrants implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(AccessGrants.class);

    /** The resources whose role-group grants this class owns (by resource type and id). */
    private static final Set<Resources> MANAGED = Set.of(Resources.APPLICATION, Resources.USER, Resources.GROUP,
            Resources.AUTHORIZATION, Resources.TENANT,
            Resources.FILTER, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.DECISION_DEFINITION,
            Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.DEPLOYMENT);

    private static final Permission[] FOLLOW = {ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY};
    private static final Permission[] OVERSEE = {ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY};

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final AccessMatrix matrix;

    AccessGrants(AuthorizationService authorizationService, FilterService filterService, AccessMatrix matrix) {
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.matrix = matrix;
    }

    @Override
    public void run() {
        Map<Grant, Integer> declared = declared(matrix);
        int changed = 0;
        for (Authorization existing : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(Arrays.stream(Role.values()).map(Role::groupId).toArray(String[]::new)).list()) {
            Grant grant = new Grant(existing.getGroupId(), existing.getResourceType(), existing.getResourceId());
            Integer permissions = declared.remove(grant);
            if (permissions == null && isManaged(grant)) {
                authorizationService.deleteAuthorization(existing.getId());
                changed++;
            } else if (permissions != null && ((AuthorizationEntity) existing).getPermissions() != permissions) {
                ((AuthorizationEntity) existing).setPermissions(permissions);
                authorizationService.saveAuthorization(existing);
                changed++;
            }
        }
        declared.forEach((grant, permissions) -> {
            AuthorizationEntity authorization = (AuthorizationEntity) authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.groupId());
            authorization.setResourceType(grant.resourceType());
            authorization.setResourceId(grant.resourceId());
            authorization.setPermissions(permissions);
            authorizationService.saveAuthorization(authorization);
        });
        changed += declared.size() + shareOwnerlessFilters();
        log.info("Role grants checked against the access matrix: {} changed", changed);
    }

    /** Every role group's grants, as the matrix declares them: (group, resource, id) → permission bits. */
    static Map<Grant, Integer> declared(AccessMatrix matrix) {
        Map<Grant, Integer> grants = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (!role.isWorkflow()) {
                continue;
            }
            grant(grants, role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(grants, role, Resources.USER, ANY, Permissions.READ);
            grant(grants, role, Resources.GROUP, ANY, Permissions.READ);
            grant(grants, role, Resources.FILTER, ANY, Permissions.CREATE);
            grant(grants, role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        }
        // 三权分立: the security administrator manages authorizations in Admin, and reads who is who.
        grant(grants, Role.SECURITY_ADMIN, Resources.APPLICATION, "admin", Permissions.ACCESS);
        grant(grants, Role.SECURITY_ADMIN, Resources.AUTHORIZATION, ANY, Permissions.ALL);
        grant(grants, Role.SECURITY_ADMIN, Resources.USER, ANY, Permissions.READ);
        grant(grants, Role.SECURITY_ADMIN, Resources.GROUP, ANY, Permissions.READ);
        grant(grants, Role.SECURITY_ADMIN, Resources.TENANT, ANY, Permissions.READ);
        for (Role role : AccessMatrix.COCKPIT_USERS) {
            grant(grants, role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        }
        for (Role role : AccessMatrix.OVERSEERS) {
            grant(grants, role, Resources.PROCESS_DEFINITION, ANY, OVERSEE);
            grant(grants, role, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(grants, role, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(grants, role, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        for (AccessMatrix.ProcessAccess process : matrix.processes()) {
            for (Role role : process.followers()) {
                grant(grants, role, Resources.PROCESS_DEFINITION, process.key(), FOLLOW);
                for (String decision : process.decisionKeys()) {
                    grant(grants, role, Resources.DECISION_DEFINITION, decision,
                            Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_HISTORY);
                }
            }
            for (Role role : process.starters()) {
                grant(grants, role, Resources.PROCESS_DEFINITION, process.key(), ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(grants, role, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            }
        }
        return grants;
    }

    private static void grant(Map<Grant, Integer> grants, Role role, Resource resource, String id, Permission... permissions) {
        int bits = Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        grants.merge(new Grant(role.groupId(), resource.resourceType(), id), bits, (a, b) -> a | b);
    }

    private static boolean isManaged(Grant grant) {
        for (Resources resource : MANAGED) {
            if (resource.resourceType() == grant.resourceType()) {
                boolean perObject = resource == Resources.FILTER || resource == Resources.PROCESS_INSTANCE;
                return !perObject || ANY.equals(grant.resourceId());
            }
        }
        return false;
    }

    /** Filters without an owner (SafetyFlow's default inbox filters) are there for every signed-in user. */
    private int shareOwnerlessFilters() {
        int shared = 0;
        List<Filter> filters = filterService.createFilterQuery().list();
        for (Filter filter : filters) {
            if (filter.getOwner() != null || authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                    .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0) {
                continue;
            }
            Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            authorization.setUserId(ANY);
            authorization.setResource(Resources.FILTER);
            authorization.setResourceId(filter.getId());
            authorization.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(authorization);
            shared++;
        }
        return shared;
    }

    record Grant(String groupId, int resourceType, String resourceId) {
    }
}
