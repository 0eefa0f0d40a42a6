package org.safetyflow.licensing;

import static org.safetyflow.testing.CreditCodes.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Materials, the gates that judge an application, and the 延续提醒 over REST as the people who use them: the window
 * (licensing-clerk), the enterprise's own user (enterprise), an administrator only where registering an old licence
 * is the administrator's role.
 */
@EngineTest
class LicensingApplicationRestTest {

    private static final String START = "/engine-rest/process-definition/key/licensing-approval/start";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RenewalReminders reminders;

    @Test
    void shouldAnswer400InChineseForAnUnknownMaterialAndStoreNothing() {
        String creditCode = code("91370405MA3L0031");
        Http.Response refused = Http.as(port, "licensing-clerk", "demo").post(START, application(creditCode, "NON_COAL_MINE",
                "\"submittedMaterials\": {\"type\": \"Json\", \"value\": \"[\\\"APPLICATION_FORM\\\", \\\"FREE_LUNCH\\\"]\"}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).isEqualTo("「已提交的申请材料」（submittedMaterials）含有未知的代码「FREE_LUNCH」");
        assertThat(historyService.createHistoricProcessInstanceQuery().variableValueEquals("enterpriseCreditCode", creditCode).count()).isZero();

        Http.Response received = Http.as(port, "licensing-clerk", "demo").post(START, application(creditCode, "NON_COAL_MINE",
                "\"submittedMaterials\": {\"type\": \"Json\", \"value\": \"[\\\"APPLICATION_FORM\\\"]\"}"));
        assertThat(received.status()).as("incomplete, still received: 受理 asks for 补正").isEqualTo(200);
        assertThat((String) runtimeService.getVariable(received.json().path("id").asText(), "missingItems")).startsWith("1. 营业执照副本复印件");
    }

    @Test
    void shouldAnswerTheApplicationGatesFromTheEnterprisesLatestCaseOrDeferToTheApplication() {
        String creditCode = code("91370405MA3L0032");
        Http.Response started = Http.as(port, "licensing-clerk", "demo").post(START, application(creditCode, "CIVIL_EXPLOSIVES_PRODUCTION",
                "\"staffing\": {\"value\": \"POWDER_EXPLOSIVE；2号粉状炸药工房；16\"}"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String caseNumber = started.json().path("businessKey").asText();

        JsonNode gates = Http.as(port, "licensing-clerk", "demo")
                .get("/api/licensing/gates?enterpriseCreditCode=" + creditCode + "&licenceType=CIVIL_EXPLOSIVES_PRODUCTION").json();
        assertThat(gates.get(4).path("gate").asText()).isEqualTo("CIVIL_EXPLOSIVES_STAFFING");
        assertThat(gates.get(4).path("passed").asBoolean()).isFalse();
        assertThat(gates.get(4).path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(gates.get(4).path("reason").asText()).startsWith("据许可案件 " + caseNumber + " 的申请材料：2号粉状炸药工房（粉状工业炸药生产线）现场操作人员 16 人，超过定员 15 人");
        assertThat(gates.get(3).path("gate").asText()).isEqualTo("WORK_INJURY_INSURANCE");
        assertThat(gates.get(3).path("passed").asBoolean()).isTrue();

        JsonNode otherType = Http.as(port, "bureau-head", "demo")
                .get("/api/licensing/gates?enterpriseCreditCode=" + creditCode + "&licenceType=CONSTRUCTION").json();
        assertThat(otherType.get(3).path("reason").asText()).isEqualTo("未查到该企业此类许可申请，以申请材料为准");
        assertThat(otherType.get(4).path("reason").asText()).isEqualTo("民用爆炸物品生产企业现场操作人员定员：不适用（非民爆生产许可）");
        assertThat(Http.as(port, "enterprise", "demo").get("/api/licensing/gates?enterpriseCreditCode=" + creditCode
                + "&licenceType=CONSTRUCTION").status()).isEqualTo(403);
    }

    @Test
    void shouldShowTheReminderToTheEnterpriseAndLetTheWindowRecordThatItWasTold() {
        String number = "（鲁）WH安许证字〔2024〕000777号";
        LocalDate today = CalendarDays.dayOf(new java.util.Date());
        Http.Response registered = Http.as(port, "demo", "demo").post("/api/registry/licences", "{\"licenceNumber\": \"" + number + "\","
                + " \"licenceType\": \"HAZARDOUS_CHEMICALS_PRODUCTION\", \"enterpriseCreditCode\": \"91370405MA3C000019\","
                + " \"enterpriseName\": \"台儿庄某化工有限公司\", \"jurisdiction\": \"370405\", \"validFrom\": \"" + today.minusYears(3).plusMonths(2)
                + "\", \"validUntil\": \"" + today.plusMonths(2) + "\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        reminders.sweep();

        String query = "/engine-rest/task?processDefinitionKey=licence-renewal-reminder&processVariables=licenceNumber_eq_" + number;
        JsonNode forEnterprise = Http.as(port, "enterprise", "demo").get(query).json();
        assertThat(forEnterprise.size()).as("the enterprise's own users see it").isEqualTo(1);
        assertThat(forEnterprise.get(0).path("name").asText()).isEqualTo("安全生产许可证即将期满，提醒申请延续");
        assertThat(Http.as(port, "licensing-reviewer", "demo").get(query).json().size()).as("not the reviewer's").isZero();

        String taskId = forEnterprise.get(0).path("id").asText();
        Http.Response noMethod = Http.as(port, "licensing-clerk", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"notifiedAt\": {\"value\": \"" + today.minusDays(1) + "T09:00:00+08:00\"}}}");
        assertThat(noMethod.status()).isEqualTo(400);
        assertThat(noMethod.json().path("message").asText()).isEqualTo("缺少必填项「告知方式」（notificationMethod）");
        Http.Response told = Http.as(port, "licensing-clerk", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"notifiedAt\": {\"value\": \"" + today.minusDays(1) + "T09:00:00+08:00\"}, \"notificationMethod\": {\"value\": \"PHONE\"}}}");
        assertThat(told.status()).as(told.body()).isEqualTo(204);
        assertThat(Http.as(port, "enterprise", "demo").get(query).json().size()).isZero();
    }

    private static String application(String creditCode, String type, String more) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某矿业有限公司\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"" + creditCode + "\"}, \"licenceType\": {\"value\": \"" + type + "\"},"
                + "\"applicationType\": {\"value\": \"NEW\"}, \"receivedAt\": {\"value\": \"2026-03-02T08:30:00+08:00\"},"
                + "\"workInjuryInsuranceCertificate\": {\"value\": \"鲁工伤〔2026〕0310号\"}, \"insuredHeadcount\": {\"value\": 60},"
                + "\"employeeCount\": {\"value\": 60}, \"workInjuryInsuranceValidUntil\": {\"value\": \"2026-12-31\"}, " + more + "}}";
    }

}
