package org.safetyflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo profile's enterprise user acts for a demo company, sees its cases, and works for its county only. */
@EngineTest
class DemoEnterpriseTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void shouldLetTheDemoEnterpriseUserActForTheDemoCompanyInItsCountyOnly() {
        assertThat(identityService.createUserQuery().userId("enterprise").memberOfGroup("enterprise-91370405ma3c000019").count()).isEqualTo(1);
        assertThat(identityService.createTenantQuery().userMember("enterprise").list()).extracting(Tenant::getId).containsExactly("370405");
    }

    @Test
    void shouldShowTheDemoEnterpriseUserTheCasesOfItsCompanyAndNoOthers() {
        ProcessInstance own = runtimeService.startProcessInstanceByKey("hazard-rectification",
                Hazards.report("370405", DemoEnterprise.CREDIT_CODE, "台儿庄某化工有限公司"));
        ProcessInstance other = runtimeService.startProcessInstanceByKey("hazard-rectification",
                Hazards.report("370405", "913704057060000006", "台儿庄某机械有限公司"));
        Http enterprise = Http.as(port, "enterprise", "demo");

        assertThat(enterprise.get("/engine-rest/process-instance?businessKey=" + own.getBusinessKey()).json().size()).isEqualTo(1);
        assertThat(enterprise.get("/engine-rest/process-instance?businessKey=" + other.getBusinessKey()).json().size()).isZero();
    }

    @Test
    void shouldServeThePageWhereAdministratorsNameAnEnterprisesUsers() {
        Http.Response page = Http.anonymous(port).get("/enterprises/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("代表本企业办理任务的用户").contains("导入许可证登记簿").contains("enterprises.js");
    }
}
