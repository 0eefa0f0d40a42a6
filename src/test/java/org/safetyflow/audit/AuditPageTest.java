package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The replay page and the bpmn-js it draws with are served by SafetyFlow itself (no CDN); the page
 * is public, the data behind it is not. (The page itself is exercised in headless Chromium by hand:
 * see the closing note; CI machines have no browser.)
 */
@EngineTest
class AuditPageTest {

    @LocalServerPort
    int port;

    @Test
    void shouldServeTheReplayPageWithItsBundledDiagramViewer() {
        Http anonymous = Http.anonymous(port);

        Http.Response page = anonymous.get("/audit/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("案件回放").contains("vendor/bpmn-js-17.11.1/bpmn-navigated-viewer.production.min.js")
                .doesNotContain("https://");
        assertThat(anonymous.get("/audit/vendor/bpmn-js-17.11.1/bpmn-navigated-viewer.production.min.js").status()).isEqualTo(200);
        assertThat(anonymous.get("/audit/audit.js").body()).contains("/api/audit/cases");
        assertThat(anonymous.get("/api/audit/cases").status()).isEqualTo(401);
    }
}
