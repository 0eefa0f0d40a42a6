package org.safetyflow.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Jurisdictions as the engine's tenants.
 * <ul>
 * <li>One deployment serves every jurisdiction: a process instance's tenant is its start variable
 * {@code jurisdiction} (or, for a called process without one, its caller's tenant).</li>
 * <li>A user who is a member of a jurisdiction's tenant sees the cases of that jurisdiction and of
 * every jurisdiction under it: before each engine command the current authentication's tenants are
 * widened by their descendants. The engine's tenant check then does the rest, for {@code /engine-rest},
 * Tasklist, Cockpit and the Java API alike. Administrators see every tenant (engine rule); a refusal
 * is a 403 in Chinese (see security.EngineRefusals).</li>
 * </ul>
 */
@Component
class JurisdictionScopePlugin extends AbstractProcessEnginePlugin {

    private final JurisdictionDirectory directory;

    JurisdictionScopePlugin(JurisdictionDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new JurisdictionTenantIdProvider());
        configuration.setTenantCheckEnabled(true);
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new Scope(configuration));
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(0, new Scope(configuration));
    }

    private final class JurisdictionTenantIdProvider implements TenantIdProvider {

        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
            Object jurisdiction = context.getVariables() == null ? null : context.getVariables().get("jurisdiction");
            if (jurisdiction instanceof String code && directory.isKnown(code.strip())) {
                requireOwnJurisdiction(code.strip());
                return code.strip();
            }
            if (context.getSuperExecution() != null) {
                return context.getSuperExecution().getTenantId();
            }
            return null;
        }

        /** Officials open cases only in their own jurisdictions (and those under them); administrators anywhere. */
        private void requireOwnJurisdiction(String code) {
            Authentication authentication = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
            if (authentication == null || authentication.getGroupIds() != null && authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
                return;
            }
            List<String> own = authentication.getTenantIds() == null ? List.of() : authentication.getTenantIds();
            if (!own.contains(code)) {
                throw new AuthorizationException("您不能在管辖区划 " + code + "（" + directory.find(code).map(Jurisdiction::fullName).orElse(code)
                        + "）立案：只能在本人所属的管辖区划及其下级区划立案。");
            }
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
            return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
            return context.getExecution() != null ? context.getExecution().getTenantId() : null;
        }
    }

    /** Widens the current authentication's tenants by their descendant jurisdictions. */
    private final class Scope extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Scope(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            IdentityService identityService = configuration.getIdentityService();
            Authentication authentication = identityService.getCurrentAuthentication();
            if (authentication != null && !(authentication instanceof WidenedAuthentication)
                    && authentication.getTenantIds() != null && !authentication.getTenantIds().isEmpty()) {
                Set<String> tenants = new LinkedHashSet<>();
                for (String tenant : authentication.getTenantIds()) {
                    tenants.addAll(directory.withDescendants(tenant));
                }
                identityService.setAuthentication(new WidenedAuthentication(authentication, List.copyOf(tenants)));
            }
            return next.execute(command);
        }
    }

    private static final class WidenedAuthentication extends Authentication {
        WidenedAuthentication(Authentication original, List<String> tenants) {
            super(original.getUserId(), original.getGroupIds(), tenants);
        }
    }
}
