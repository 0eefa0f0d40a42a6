package org.safetyflow.registry;

import org.camunda.bpm.engine.IdentityService;
import org.safetyflow.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's company: 台儿庄某化工有限公司 in 台儿庄区, registered, with the demo user
 * {@code enterprise} acting for it — so that a case naming it (docs/examples/hazard-major-path.sh)
 * shows up in that user's Tasklist. Like a real enterprise user it works for its own county only.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "safetyflow.demo-users", havingValue = "true")
class DemoEnterprise implements StartupStep {

    static final String CREDIT_CODE = "91370405MA3C000019";
    static final String USER = "enterprise";
    private static final Logger log = LoggerFactory.getLogger(DemoEnterprise.class);

    private final Enterprises enterprises;
    private final EnterpriseUsers users;
    private final IdentityService identity;

    DemoEnterprise(Enterprises enterprises, EnterpriseUsers users, IdentityService identity) {
        this.enterprises = enterprises;
        this.users = users;
        this.identity = identity;
    }

    @Override
    public void run() {
        if (identity.createUserQuery().userId(USER).count() == 0) {
            return;
        }
        Enterprise company = enterprises.find(CREDIT_CODE).orElseGet(() -> enterprises.save(CREDIT_CODE, "台儿庄某化工有限公司", "370405",
                "化工和危险化学品", "台儿庄区应急管理局", "demo"));
        users.name(company, USER);
        identity.createTenantQuery().userMember(USER).list().stream().filter(tenant -> !tenant.getId().equals(company.jurisdiction()))
                .forEach(tenant -> identity.deleteTenantUserMembership(tenant.getId(), USER));
        log.info("Demo enterprise: user {} acts for {} ({})", USER, company.name(), company.creditCode());
    }
}
