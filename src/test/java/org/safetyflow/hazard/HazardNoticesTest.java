package org.safetyflow.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The 销号公告 says 「复查合格，予以销号」 once: the recheck opinion adds only what the notice has not said. */
class HazardNoticesTest {

    private final HazardNotices notices = new HazardNotices();

    @Test
    void shouldLeaveOutAnOpinionThatOnlyRepeatsTheDecision() {
        String body = notices.delistingBody(delisted("复查合格，予以销号。"));

        assertThat(body).containsOnlyOnce("复查合格，予以销号").doesNotContain("复查意见")
                .endsWith("解除挂牌督办。\n案件编号：YH-370405-2026-000001");
    }

    @Test
    void shouldKeepTheSentencesOfTheOpinionNotYetSaid() {
        String body = notices.delistingBody(delisted("报警装置已与紧急切断联锁并投用。复查合格, 予以销号；同意恢复生产。"));

        assertThat(body).containsOnlyOnce("予以销号")
                .contains("解除挂牌督办。\n复查意见：报警装置已与紧急切断联锁并投用。同意恢复生产。\n案件编号：");
    }

    @Test
    void shouldKeepAnOpinionThatSaysMoreInTheSameSentence() {
        String body = notices.delistingBody(delisted("联锁已投用，复查合格"));

        assertThat(body).contains("\n复查意见：联锁已投用，复查合格\n");
    }

    private static DelegateExecution delisted(String opinion) {
        Map<String, Object> variables = new HashMap<>(Map.of("enterpriseName", "台儿庄某化工有限公司", "enterpriseCreditCode", "91370405MA3C000019",
                "hazardDescription", "液氨储罐区无泄漏报警装置", "listingAuthority", "枣庄市安全生产委员会", "caseNumber", "YH-370405-2026-000001"));
        variables.put("recheckOpinion", opinion);
        return (DelegateExecution) Proxy.newProxyInstance(DelegateExecution.class.getClassLoader(), new Class<?>[] {DelegateExecution.class},
                (proxy, method, args) -> method.getName().equals("getVariable") ? variables.get((String) args[0]) : null);
    }
}
