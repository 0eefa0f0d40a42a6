package org.safetyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

@EngineTest
class RestAuthenticationTest {

    @LocalServerPort
    int port;

    @Test
    void shouldTurnAwayAnonymousCallersOfTheEngineApiWithAChineseMessage() {
        Http.Response response = Http.anonymous(port).get("/engine-rest/task");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("error").asText()).contains("需要登录");
    }

    @Test
    void shouldTurnAwayAnonymousCallersOfSafetyFlowsOwnApi() {
        assertThat(Http.anonymous(port).get("/api/calendar/working-days?from=2026-09-30&days=5").status()).isEqualTo(401);
    }

    @Test
    void shouldServeTheDemoAdministratorWithBasicAuthentication() {
        Http.Response response = Http.as(port, "demo", "demo").get("/engine-rest/task");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
    }

    @Test
    void shouldRefuseAWrongPassword() {
        Http.Response response = Http.as(port, "complaint-clerk", "wrong").get("/engine-rest/task");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("error").asText()).contains("用户名或密码错误");
    }

    @Test
    void shouldLetSafetyFlowsOwnPagesShowAWrongPasswordInsteadOfTheBrowsersPrompt() throws Exception {
        String token = Base64.getEncoder().encodeToString("no-such-user:wrong".getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit/cases"))
                .header("Authorization", "Basic " + token);

        HttpResponse<String> fromAClient = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> fromAPage = client.send(request.header("X-Requested-With", "XMLHttpRequest").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(fromAClient.statusCode()).isEqualTo(401);
        assertThat(fromAClient.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SafetyFlow\", charset=\"UTF-8\"");
        assertThat(fromAPage.statusCode()).isEqualTo(401);
        assertThat(fromAPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(fromAPage.body()).contains("用户名或密码错误");
    }

    @Test
    void shouldGiveEveryRoleUserItsRoleGroup() {
        Http.Response response = Http.as(port, "demo", "demo").get("/engine-rest/group?member=hazard-officer");

        assertThat(response.json().findValuesAsText("id")).containsExactly("hazard-officer");
    }

    @Test
    void shouldMakeTheDemoUserAnAdministratorInEveryRoleGroup() {
        Http.Response response = Http.as(port, "demo", "demo").get("/engine-rest/group?member=demo");

        assertThat(response.json().findValuesAsText("id")).contains("camunda-admin")
                .containsAll(java.util.Arrays.stream(Role.values()).map(Role::groupId).toList());
    }
}
