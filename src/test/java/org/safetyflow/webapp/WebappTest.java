package org.safetyflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps are served in Chinese and the processes are deployed with their forms. */
@EngineTest
class WebappTest {

    @LocalServerPort
    int port;

    @Test
    void shouldTellARoleThatMayNotUseCockpitSoInChineseNotWithSpringsEnglishErrorPage() {
        WebappSession enterprise = WebappSession.login(port, "enterprise", "demo");

        Http.Response refused = enterprise.send("GET", "/camunda/app/cockpit/default/", null, "text/html");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("无权访问（403）").contains("/camunda/app/tasklist/").doesNotContain("Whitelabel");
    }

    @Test
    void shouldServeTasklist() {
        Http.Response page = Http.anonymous(port).get("/camunda/app/tasklist/default/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
    }

    @Test
    void shouldLoadTheScriptsThatPutTasklistsFormsAndDatesIntoChinese() {
        Http.Response config = Http.anonymous(port).get("/camunda/app/tasklist/scripts/config.js");

        assertThat(config.body()).contains("'scripts/safetyflow-form-zh', 'scripts/safetyflow-dates-zh', 'scripts/safetyflow-case-number',")
                .contains("'scripts/safetyflow-jurisdictions', 'scripts/safetyflow-datepicker-zh', 'scripts/safetyflow-due-first',")
                .contains("'scripts/safetyflow-inbox', 'scripts/safetyflow-enterprise', 'scripts/safetyflow-documents']");
        for (String script : new String[] {"safetyflow-form-zh", "safetyflow-dates-zh", "safetyflow-case-number", "safetyflow-jurisdictions",
                "safetyflow-datepicker-zh", "safetyflow-due-first", "safetyflow-inbox", "safetyflow-enterprise", "safetyflow-documents"}) {
            Http.Response served = Http.anonymous(port).get("/camunda/app/tasklist/scripts/" + script + ".js");
            assertThat(served.status()).as(script).isEqualTo(200);
            assertThat(served.body()).as(script).contains("export default");
        }
        assertThat(Http.anonymous(port).get("/camunda/app/tasklist/scripts/safetyflow-documents.js").body())
                .contains("pluginPoint: 'tasklist.task.detail'", "pluginPoint: 'tasklist.navbar.action'", "/documents/", "dashboard/");
        assertThat(Http.anonymous(port).get("/camunda/app/tasklist/scripts/safetyflow-inbox.js").body())
                .contains("pluginPoint: 'tasklist.task.detail'", "pluginPoint: 'tasklist.navbar.action'", "'X-XSRF-TOKEN'");
        assertThat(Http.anonymous(port).get("/api/public/jurisdictions").json().path("370405").asText()).isEqualTo("山东省枣庄市台儿庄区");
        assertThat(Http.anonymous(port).get("/camunda/app/welcome/scripts/config.js").body())
                .contains("href: '../../../../audit/'").contains("href: '../../../../public/'").contains("href: '../../../../enterprises/'");
    }

    @Test
    void shouldNameSafetyFlowInEveryAppShowBureauUsersNoUpstreamMigrationBannerAndMarkOverdueTasks() {
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            assertThat(Http.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js").body()).as(app).contains("vendor: 'SafetyFlow'");
        }
        for (String app : new String[] {"tasklist", "welcome"}) {
            Http.Response styles = Http.anonymous(port).get("/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.status()).as(app).isEqualTo(200);
            assertThat(styles.body()).as(app).contains(".ce-eol-banner").contains("display: none");
        }
        assertThat(Http.anonymous(port).get("/camunda/app/tasklist/styles/user-styles.css").body())
                .contains(".due-date.overdue").contains("content: \"已超期 · \"");
    }

    @Test
    void shouldLoadTheScriptThatPutsCockpitsHardCodedTextsIntoChinese() {
        assertThat(Http.anonymous(port).get("/camunda/app/cockpit/scripts/config.js").body())
                .contains("customScripts: ['scripts/safetyflow-cockpit-zh']");
        Http.Response served = Http.anonymous(port).get("/camunda/app/cockpit/scripts/safetyflow-cockpit-zh.js");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).contains("'Actions', '操作'").contains("export default");
    }

    @Test
    void shouldLoadTheScriptsThatNameGroupTypesAndAskTheFamilyNameFirstInAdminAndWelcome() {
        assertThat(Http.anonymous(port).get("/camunda/app/admin/scripts/config.js").body())
                .contains("customScripts: ['scripts/safetyflow-admin-zh']");
        Http.Response admin = Http.anonymous(port).get("/camunda/app/admin/scripts/safetyflow-admin-zh.js");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("WORKFLOW: '流程角色'").contains("#inputLastname").contains("export default");
        assertThat(Http.anonymous(port).get("/camunda/app/welcome/scripts/config.js").body())
                .contains("customScripts: ['scripts/safetyflow-welcome-zh']");
        Http.Response welcome = Http.anonymous(port).get("/camunda/app/welcome/scripts/safetyflow-welcome-zh.js");
        assertThat(welcome.status()).isEqualTo(200);
        assertThat(welcome.body()).contains("user-profile-lastname").contains("export default");
    }

    @Test
    void shouldServeTheChineseLocaleAndAConfigurationThatOffersIt() {
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            Http.Response locale = Http.anonymous(port).get("/camunda/app/" + app + "/locales/zh.json");
            assertThat(locale.status()).as(app).isEqualTo(200);
            assertThat(locale.json().path("labels").size()).as(app).isGreaterThan(100);
            assertThat(Http.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js").body())
                    .as(app).contains("availableLocales: ['zh', 'en']");
        }
    }

    @Test
    void shouldDeployTheIntakeProcessTogetherWithItsForms() {
        Http demo = Http.as(port, "demo", "demo");
        JsonNode definition = demo.get("/engine-rest/process-definition/key/complaint-intake").json();
        JsonNode startForm = demo.get("/engine-rest/process-definition/key/complaint-intake/startForm").json();
        JsonNode resources = demo.get("/engine-rest/deployment/" + definition.path("deploymentId").asText() + "/resources").json();

        assertThat(definition.path("name").asText()).isEqualTo("12350 举报受理");
        assertThat(startForm.path("camundaFormRef").path("key").asText()).isEqualTo("complaint-intake-start");
        assertThat(startForm.path("camundaFormRef").path("binding").asText()).isEqualTo("deployment");
        assertThat(resources.findValuesAsText("name")).anySatisfy(name -> assertThat(name).endsWith("complaint-intake-start.form"))
                .anySatisfy(name -> assertThat(name).endsWith("complaint-verify.form"))
                .anySatisfy(name -> assertThat(name).endsWith("complaint-intake.bpmn"));
    }
}
