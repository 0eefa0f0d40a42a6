package org.safetyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security log's parameters are checked as every other field is: a Chinese 400 naming the field, never a 500. */
@EngineTest
class SecurityLogParametersTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/security-log?from=2026/01/01        | from  | 「起始日期」（from）应为日期，格式 YYYY-MM-DD",
            "/api/security-log/export?to=2026-02-30   | to    | 「截止日期」（to）应为日期，格式 YYYY-MM-DD",
            "/api/security-log/export?event=LOGOUT    | event | 「事件类型」（event）应为以下取值之一：LOGIN、LOGIN_FAILED、LOCKED_OUT、UNLOCKED、IDENTITY_CHANGED、AUTHORIZATION_CHANGED、DEPLOYMENT_CHANGED、LOG_READ",
            "/api/security-log?page=0                 | page  | 「页码」（page）应为不小于 1 的整数",
            "/api/security-log?size=1001              | size  | 「每页条数」（size）应为 1 至 1000 之间的整数",
            "/api/security-log?size=ten               | size  | 「每页条数」（size）应为整数"})
    void shouldRefuseABadParameterInChineseNamingIt(String path, String field, String message) {
        Http.Response response = Http.as(port, "audit-admin", "demo").get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().path("error").asText()).isEqualTo(message);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
    }
}
