package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The licence register API (contract §9): administrators register licences issued before SafetyFlow; all read them. */
@EngineTest
class LicenceRegisterTest {

    private static final String PATH = "/api/registry/licences";

    @LocalServerPort
    int port;
    @Autowired
    LicenceRegister register;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void shouldRegisterAnEarlierLicenceAndAnswerItByNumberAndByEnterprise() {
        String number = "（鲁）WH安许证字〔2025〕000101号";
        Http.Response created = admin().post(PATH, licence(number, "HAZARDOUS_CHEMICALS_PRODUCTION", "91370405MA3C000019", "2025-01-15", "2028-01-14"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode one = Http.as(port, "licensing-clerk", "demo").get(PATH + "/" + URLEncoder.encode(number, StandardCharsets.UTF_8)).json();
        assertThat(one.path("licenceNumber").asText()).isEqualTo(number);
        assertThat(one.path("licenceTypeName").asText()).isEqualTo("危险化学品生产企业安全生产许可证");
        assertThat(one.path("status").asText()).isEqualTo("VALID");
        assertThat(one.path("validUntil").asText()).isEqualTo("2028-01-14");
        assertThat(one.path("history").get(0).path("reason").asText()).contains("系统上线前核发");
        JsonNode ofEnterprise = Http.as(port, "enterprise", "demo").get(PATH + "?enterpriseCreditCode=91370405MA3C000019").json();
        assertThat(ofEnterprise).extracting(l -> l.path("licenceNumber").asText()).contains(number);
    }

    @Test
    void shouldReadALicencePastItsValidityAsExpired() {
        admin().post(PATH, licence("（鲁）FM安许证字〔2022〕000007号", "NON_COAL_MINE", "913704057060000006", "2022-03-01", "2025-02-28"));

        assertThat(register.find("（鲁）FM安许证字〔2022〕000007号").orElseThrow().status()).isEqualTo("EXPIRED");
    }

    @Test
    void shouldRefuseBadInputInChineseAndStoreNothing() {
        String number = "（鲁）YH安许证字〔2025〕000900号";
        assertThat(refusal(licence(number, "SHIPYARD", "91370405MA3C000019", "2025-01-01", "2028-01-01"))).contains("许可类别");
        assertThat(refusal(licence(number, "CONSTRUCTION", "91370405MA3C000010", "2025-01-01", "2028-01-01"))).contains("统一社会信用代码");
        assertThat(refusal(licence(number, "CONSTRUCTION", "91370405MA3C000019", "2025-01-01", "2024-12-31"))).contains("应晚于");
        assertThat(refusal(licence(number, "CONSTRUCTION", "91370405MA3C000019", "2099-01-01", "2100-01-01"))).contains("有效期起");
        assertThat(refusal("{\"licenceNumber\": \"" + number + "\"}")).contains("许可类别");
        assertThat(register.find(number)).isEmpty();
    }

    @Test
    void shouldAnswerADuplicateNumberWith409AndARoleUserWith403() {
        String number = "（鲁）JZ安许证字〔2024〕000333号";
        String body = licence(number, "CONSTRUCTION", "91370405MA3C000019", "2024-05-01", "2027-04-30");
        assertThat(admin().post(PATH, body).status()).isEqualTo(201);

        Http.Response duplicate = admin().post(PATH, body);
        Http.Response byClerk = Http.as(port, "licensing-clerk", "demo").post(PATH, licence("（鲁）JZ安许证字〔2024〕000334号", "CONSTRUCTION",
                "91370405MA3C000019", "2024-05-01", "2027-04-30"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("error").asText()).contains("许可证编号已登记");
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(register.find("（鲁）JZ安许证字〔2024〕000334号")).isEmpty();
        assertThat(admin().get(PATH + "/" + URLEncoder.encode("（鲁）无此证号", StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(admin().get(PATH).status()).as("the credit code is required").isEqualTo(400);
        assertThat(Http.anonymous(port).get(PATH + "?enterpriseCreditCode=91370405MA3C000019").status()).isEqualTo(401);
    }

    @Test
    void shouldNumberGrantsFromACounterSkippingNumbersRegisteredBeforeSafetyFlowAndNeverTwiceUnderConcurrency() throws Exception {
        // An administrator registered the province's 2019 民爆 licence No. 2 before SafetyFlow; counting the register
        // (the earlier way) would have numbered the next grant 000002 again.
        admin().post(PATH, licence("（鲁）MB安许证字〔2019〕000002号", "CIVIL_EXPLOSIVES_PRODUCTION", "913704057060000006", "2019-03-01", "2022-02-28"));

        assertThat(grant()).isEqualTo("（鲁）MB安许证字〔2019〕000001号");
        assertThat(grant()).isEqualTo("（鲁）MB安许证字〔2019〕000003号");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> grants = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                grants.add(pool.submit(this::grant));
            }
            Set<String> numbers = new TreeSet<>();
            for (Future<String> grant : grants) {
                numbers.add(grant.get(30, TimeUnit.SECONDS));
            }
            assertThat(numbers).hasSize(8).last().isEqualTo("（鲁）MB安许证字〔2019〕000011号");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldImportABureausListAsCsvFromASpreadsheetWithChineseColumnsAllRowsOrNone() {
        String csv = "\uFEFF许可证编号,许可类别,统一社会信用代码,企业名称,管辖区划,有效期起,有效期至\r\n"
                + "（鲁）FM安许证字〔2024〕000501号,非煤矿矿山企业,913704057060000006,\"枣庄某矿业有限公司，二分公司\",370405,2024/3/1,2027年2月28日\r\n"
                + "（鲁）YH安许证字〔2025〕000502号,FIREWORKS_PRODUCTION,91370406MA3C00002T,山亭某烟花厂,370406,2025-06-01,2028-05-31\r\n"
                + ",,,,,,\r\n";
        Http.Response imported = admin().post(PATH + "/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
        Licence mine = register.find("（鲁）FM安许证字〔2024〕000501号").orElseThrow();
        assertThat(mine.licenceType()).isEqualTo("NON_COAL_MINE");
        assertThat(mine.enterpriseName()).isEqualTo("枣庄某矿业有限公司，二分公司");
        assertThat(mine.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(mine.history()).singleElement().satisfies(change -> assertThat(change.reason()).contains("系统上线前核发"));

    }

    @Test
    void shouldRefuseAnImportNamingEveryFaultyRowAndStoreNone() {
        String csv = "许可证编号,许可类别,统一社会信用代码,企业名称,管辖区划,有效期起,有效期至\n"
                + "（鲁）JZ安许证字〔2025〕000601号,CONSTRUCTION,91370405MA3C000019,台儿庄某建筑公司,370405,2025-01-01,2028-01-01\n"
                + "（鲁）JZ安许证字〔2025〕000602号,造船,91370405MA3C000019,台儿庄某建筑公司,370405,2025-01-01,2028-01-01\n"
                + "（鲁）JZ安许证字〔2025〕000601号,CONSTRUCTION,91370405MA3C000010,台儿庄某建筑公司,370405,2025-01-01,2028-01-01\n"
                + "（鲁）JZ安许证字〔2025〕000604号,CONSTRUCTION,91370405MA3C000019,台儿庄某建筑公司,370405,2025-01-01,2028-01-01\n"
                + "（鲁）JZ安许证字〔2025〕000601号,CONSTRUCTION,91370405MA3C000019,台儿庄某建筑公司,370405,2025-01-01,2028-01-01\n";
        Http.Response refused = admin().post(PATH + "/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        String error = refused.json().path("error").asText();
        assertThat(error).contains("未导入任何许可证：3 处有误", "第 3 行：", "许可类别", "第 4 行：", "统一社会信用代码",
                "第 6 行：许可证编号与第 2 行重复").doesNotContain("第 5 行");
        assertThat(register.find("（鲁）JZ安许证字〔2025〕000601号")).isEmpty();
        assertThat(register.find("（鲁）JZ安许证字〔2025〕000604号")).isEmpty();

        Http.Response gbk = admin().post(PATH + "/import", "text/csv", csv.getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(gbk.status()).isEqualTo(400);
        assertThat(gbk.json().path("error").asText()).contains("UTF-8");
        Http.Response columns = admin().post(PATH + "/import", "text/csv", "许可证编号,企业名称\nX,Y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(columns.json().path("error").asText()).contains("缺少列：许可类别、统一社会信用代码、管辖区划、有效期起、有效期至");
        Http.Response byClerk = Http.as(port, "licensing-clerk", "demo").post(PATH + "/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(byClerk.status()).isEqualTo(403);
        Http.Response json = admin().post(PATH + "/import", "[" + licence("（鲁）JZ安许证字〔2025〕000605号", "CONSTRUCTION",
                "91370405MA3C000019", "2025-01-01", "2028-01-01") + ", null]");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().path("error").asText()).contains("第 2 条：不是许可证信息");
        assertThat(admin().post(PATH + "/import", "{}").json().path("error").asText()).contains("JSON 数组");
        assertThat(register.find("（鲁）JZ安许证字〔2025〕000605号")).isEmpty();
    }

    @Test
    void shouldRemindAnImportedLicenceWithinThreeMonthsOfItsExpiryAtOnceNotAtTheNextDailySweep() {
        org.safetyflow.testing.ProcessTests.at("2026-12-15T10:00:00+08:00");
        try {
            String csv = "许可证编号,许可类别,统一社会信用代码,企业名称,管辖区划,有效期起,有效期至\n"
                    + "（鲁）FM安许证字〔2024〕000701号,NON_COAL_MINE,913704057060000006,枣庄某矿业有限公司,370405,2024-03-16,2027-03-15\n"
                    + "（鲁）FM安许证字〔2024〕000702号,NON_COAL_MINE,913704057060000006,枣庄某矿业有限公司,370405,2024-03-17,2027-03-16\n";
            assertThat(admin().post(PATH + "/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);

            assertThat(reminders("（鲁）FM安许证字〔2024〕000701号")).as("3 months before 2027-03-15 is today").isEqualTo(1);
            assertThat(reminders("（鲁）FM安许证字〔2024〕000702号")).as("one day later: tomorrow's sweep").isZero();
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private long reminders(String number) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("licence-renewal-reminder")
                .variableValueEquals("licenceNumber", number).count();
    }

    private String grant() {
        return transactions.execute(status -> register.issue("CIVIL_EXPLOSIVES_PRODUCTION", "913704057060000006", "枣庄某民爆器材有限公司",
                "370405", LocalDate.of(2019, 6, 3), LocalDate.of(2022, 6, 2), "XK-370405-2019-000001", "bureau-head").licenceNumber());
    }

    private String refusal(String body) {
        Http.Response response = admin().post(PATH, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().path("error").asText();
    }

    private Http admin() {
        return Http.as(port, "demo", "demo");
    }

    private static String licence(String number, String type, String creditCode, String from, String until) {
        return "{\"licenceNumber\": \"" + number + "\", \"licenceType\": \"" + type + "\", \"enterpriseCreditCode\": \"" + creditCode
                + "\", \"enterpriseName\": \"台儿庄某化工有限公司\", \"jurisdiction\": \"370405\", \"validFrom\": \"" + from
                + "\", \"validUntil\": \"" + until + "\"}";
    }
}
