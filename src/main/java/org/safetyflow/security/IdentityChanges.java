package org.safetyflow.security;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Tells {@link SignedInUsers} of every change to users, groups, tenants and memberships, whichever way it is made
 * (Admin, the REST API, SafetyFlow's own start-up steps), and of every failed password check: the engine's identity
 * provider is the one place all of them pass. Told at once and again when the change commits, so a sign-in looked up
 * while the change was being written is not remembered either.
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

    private final SignedInUsers signedIn;

    IdentityChanges(SignedInUsers signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return DbIdentityServiceProvider.class;
            }

            @Override
            public Session openSession() {
                return new Provider(signedIn);
            }
        });
    }

    /** The engine's own database identity provider; each write also forgets the remembered sign-ins. */
    static final class Provider extends DbIdentityServiceProvider {

        private final SignedInUsers signedIn;

        Provider(SignedInUsers signedIn) {
            this.signedIn = signedIn;
        }

        private <T> T changed(T result) {
            signedIn.forgetAll();
            CommandContext command = Context.getCommandContext();
            if (command != null) {
                command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> signedIn.forgetAll());
            }
            return result;
        }

        @Override
        public boolean checkPassword(String userId, String password) {
            boolean right = super.checkPassword(userId, password);
            return right ? true : changed(false);
        }

        @Override
        public IdentityOperationResult saveUser(User user) {
            return changed(super.saveUser(user));
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            return changed(super.deleteUser(userId));
        }

        @Override
        public IdentityOperationResult unlockUser(String userId) {
            return changed(super.unlockUser(userId));
        }

        @Override
        public IdentityOperationResult saveGroup(Group group) {
            return changed(super.saveGroup(group));
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            return changed(super.deleteGroup(groupId));
        }

        @Override
        public IdentityOperationResult saveTenant(Tenant tenant) {
            return changed(super.saveTenant(tenant));
        }

        @Override
        public IdentityOperationResult deleteTenant(String tenantId) {
            return changed(super.deleteTenant(tenantId));
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            return changed(super.createMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            return changed(super.deleteMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
            return changed(super.createTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
            return changed(super.createTenantGroupMembership(tenantId, groupId));
        }

        @Override
        public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
            return changed(super.deleteTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
            return changed(super.deleteTenantGroupMembership(tenantId, groupId));
        }
    }
}
