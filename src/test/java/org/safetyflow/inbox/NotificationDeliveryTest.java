package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.RecordedTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Notifications by mail (to an in-process SMTP server) and SMS as each user chose, after the operation committed. */
@EngineTest
class NotificationDeliveryTest {

    /** On spring.mail.port of the test profile. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, null, ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    NotificationDelivery delivery;
    @Autowired
    RecordedTexts texts;
    @Autowired
    Database database;

    @BeforeEach
    void officials() {
        InboxUsers.ensure(identityService);
        User colleague = identityService.createUserQuery().userId(InboxUsers.COLLEAGUE).singleResult();
        colleague.setEmail("colleague@taierzhuang.example");
        identityService.saveUser(colleague);
        delivery.deliver();
        smtp.reset();
    }

    @Test
    void shouldMailATransferToTheNewAssigneeWithItsReasonAndALinkToTheTask() throws Exception {
        Task task = InboxUsers.newReport(runtimeService, taskService, "370405");
        taskService.claim(task.getId(), InboxUsers.CLERK);
        assertThat(InboxUsers.as(port, InboxUsers.CLERK).post("/api/tasks/" + task.getId() + "/transfer",
                "{\"userId\": \"" + InboxUsers.COLLEAGUE + "\", \"reason\": \"本人出差，由同事代办\"}").status()).isEqualTo(204);

        delivery.deliver();

        List<MimeMessage> mails = List.of(smtp.getReceivedMessagesForDomain("taierzhuang.example"));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【SafetyFlow】转办：任务「受理审查」");
        assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
        assertThat(mails.get(0).getContent().toString()).contains("本人出差，由同事代办", "#/?task=" + task.getId(), "案件编号：JB-");
        assertThat(database.jdbc().queryForObject("select delivery from sf_notification where task_id = ? and user_id = ?", String.class,
                task.getId(), InboxUsers.COLLEAGUE)).isEqualTo("mail");
        assertThat(delivery.deliver()).isZero();
    }

    @Test
    void shouldTextInsteadOfMailingWhereTheUserChoseSoAndKeepTellingEveryoneInTheApp() {
        Http colleague = InboxUsers.as(port, InboxUsers.COLLEAGUE);
        Http.Response noMobile = colleague.put("/api/notifications/preferences", "{\"kinds\": {\"URGED\": {\"mail\": false, \"sms\": true}}}");
        Http.Response badMobile = colleague.put("/api/notifications/preferences", "{\"mobile\": \"12345\", \"kinds\": {\"URGED\": {\"sms\": true}}}");
        Http.Response unknownKind = colleague.put("/api/notifications/preferences", "{\"kinds\": {\"WEEKLY\": {\"mail\": true}}}");
        Http.Response chosen = colleague.put("/api/notifications/preferences",
                "{\"mobile\": \"13800000001\", \"kinds\": {\"URGED\": {\"mail\": false, \"sms\": true}}}");
        Task task = InboxUsers.newReport(runtimeService, taskService, "370405");
        taskService.setAssignee(task.getId(), InboxUsers.COLLEAGUE);
        delivery.deliver();
        smtp.reset();

        assertThat(InboxUsers.as(port, InboxUsers.HEAD).post("/api/tasks/" + task.getId() + "/urge", "{\"message\": \"请于今日内受理\"}").status())
                .isEqualTo(204);
        delivery.deliver();

        assertThat(noMobile.status()).isEqualTo(400);
        assertThat(noMobile.json().path("error").asText()).contains("手机号码");
        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().at("/kinds/URGED/sms").asBoolean()).isTrue();
        assertThat(chosen.json().at("/kinds/ASSIGNED/mail").asBoolean()).isTrue();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(texts.sent()).anyMatch(text -> text.startsWith("13800000001 【SafetyFlow】催办：任务「受理审查」"));
        assertThat(colleague.get("/api/notifications?size=50").json().path("items").toString()).contains("催办：任务「受理审查」");
        colleague.put("/api/notifications/preferences", "{\"kinds\": {\"URGED\": {\"mail\": true, \"sms\": false}}}");
    }

    @Test
    void shouldTryAFailedMailTwiceMoreThenKeepWhatHappened() {
        Task task = InboxUsers.newReport(runtimeService, taskService, "370405");
        taskService.setAssignee(task.getId(), InboxUsers.COLLEAGUE);
        smtp.stop();

        delivery.deliver();
        String afterOne = state(task);
        delivery.deliver();
        delivery.deliver();

        assertThat(afterOne).startsWith("1 null mail: 失败");
        assertThat(state(task)).startsWith("3 delivered mail: 失败");
        assertThat(delivery.deliver()).isZero();
    }

    private String state(Task task) {
        return database.jdbc().queryForObject("select attempts || ' ' || case when delivered_at is null then 'null' else 'delivered' end || ' ' || delivery"
                + " from sf_notification where task_id = ? and user_id = ?", String.class, task.getId(), InboxUsers.COLLEAGUE);
    }

    @Test
    void shouldTellAUserWithoutAnAddressInTheAppOnly() {
        Task task = InboxUsers.newReport(runtimeService, taskService, "370405");
        taskService.setAssignee(task.getId(), InboxUsers.OTHER_DISTRICT);

        delivery.deliver();

        assertThat(database.jdbc().queryForObject("select delivery from sf_notification where task_id = ? and user_id = ?", String.class,
                task.getId(), InboxUsers.OTHER_DISTRICT)).isEqualTo("in-app");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
