package org.safetyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Published notices are public; unpublished (failed) and withdrawn ones are not; withdrawal is recorded. */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesTest {

    /** A case whose 机关负责人 signs a drafted notice off, then fails or waits, as the flag says. */
    static final String PUBLISHING_PROCESS = """
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Publish" />
                <bpmn:userTask id="Publish" name="审核签发挂牌督办公告" camunda:candidateGroups="bureau-head">
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="noticeType">HAZARD_LISTED</camunda:inputParameter>
                    <camunda:inputParameter name="noticeTitle">关于对${enterpriseName}重大事故隐患挂牌督办的公告</camunda:inputParameter>
                    <camunda:inputParameter name="noticeBody">${enterpriseName}存在重大事故隐患，现予挂牌督办。</camunda:inputParameter>
                  </camunda:inputOutput>
                  <camunda:taskListener event="complete" delegateExpression="${noticeSignOff}" /></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Publish" targetRef="Check" />
                <bpmn:serviceTask id="Check" name="检查" camunda:expression="${fail ? noSuchBean.explode() : true}" />
                <bpmn:sequenceFlow id="F3" sourceRef="Check" targetRef="Wait" />
                <bpmn:userTask id="Wait" name="等待" />
                <bpmn:sequenceFlow id="F4" sourceRef="Wait" targetRef="End" />
                <bpmn:endEvent id="End" />
            """;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Notices notices;

    @BeforeAll
    void deploy() {
        TestProcesses.deploy(repositoryService, "notice-test", "公告测试", PUBLISHING_PROCESS);
        TestProcesses.deploy(repositoryService, "notice-test-unknown-type", "未知类型公告测试",
                PUBLISHING_PROCESS.replace("HAZARD_LISTED", "HAZARD_HIDDEN"));
    }

    @Test
    void shouldPublishANoticeOnlyWhenTheBureauHeadSignsItOffAsCorrected() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("notice-test",
                Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司", "fail", false));
        assertThat(notices.ofCase(instance.getBusinessKey())).as("a draft is not public").isEmpty();
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        Http.Response byAClerk = Http.as(port, "hazard-officer", "demo").post("/engine-rest/task/" + task + "/complete", signOff(true, null));
        Http.Response signed = Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + task + "/complete", signOff(true, null));

        assertThat(byAClerk.status()).isEqualTo(403);
        assertThat(signed.status()).isEqualTo(204);
        JsonNode newest = java.util.stream.StreamSupport.stream(Http.anonymous(port).get("/api/public/notices?type=HAZARD_LISTED&size=200")
                .json().spliterator(), false).filter(notice -> notice.path("caseNumber").asText().equals(instance.getBusinessKey()))
                .findFirst().orElseThrow();
        assertThat(newest.path("title").asText()).isEqualTo("关于对台儿庄某化工有限公司重大事故隐患实施挂牌督办的公告");
        assertThat(newest.path("jurisdictionName").asText()).isEqualTo("山东省枣庄市台儿庄区");
        assertThat(newest.path("publishedAt").asText()).endsWith("+08:00");
        assertThat(newest.path("body").asText()).isEqualTo("台儿庄某化工有限公司存在重大事故隐患，现予挂牌督办。（经审核）");
        assertThat(notices.ofCase(instance.getBusinessKey())).singleElement().satisfies(notice -> assertThat(notice.publishedBy()).isEqualTo("bureau-head"));
        assertThat(runtimeService.getVariable(instance.getId(), "lastNoticeId")).isEqualTo(newest.path("id").asText());
    }

    @Test
    void shouldPublishNothingWhenTheHeadWithholdsTheNoticeWithAReason() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("notice-test",
                Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司", "fail", false));
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        Http head = Http.as(port, "bureau-head", "demo");

        Http.Response noReason = head.post("/engine-rest/task/" + task + "/complete", signOff(false, null));
        Http.Response withheld = head.post("/engine-rest/task/" + task + "/complete", signOff(false, "涉及企业商业秘密，删除后另行公开"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("message").asText() + noReason.json().path("error").asText()).contains("不予公开的，必须写明理由");
        assertThat(withheld.status()).isEqualTo(204);
        assertThat(notices.ofCase(instance.getBusinessKey())).isEmpty();
        assertThat(taskService.getProcessInstanceComments(instance.getId())).extracting(comment -> comment.getFullMessage())
                .containsExactly("不予公开「关于对台儿庄某化工有限公司重大事故隐患实施挂牌督办的公告（经审核）」：涉及企业商业秘密，删除后另行公开");
    }

    @Test
    void shouldPublishNothingWhenTheStepAfterSigningOffFails() {
        int before = Http.anonymous(port).get("/api/public/notices?size=200").json().size();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("notice-test",
                Map.of("jurisdiction", "370405", "enterpriseName", "不应公开的企业", "fail", true));
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        Http.Response failed = Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + task + "/complete", signOff(true, null));

        assertThat(failed.status()).isGreaterThanOrEqualTo(400);
        assertThat(Http.anonymous(port).get("/api/public/notices?size=200").body()).doesNotContain("不应公开的企业");
        assertThat(Http.anonymous(port).get("/api/public/notices?size=200").json().size()).isEqualTo(before);
    }

    @Test
    void shouldRefuseANoticeTypeTheModelMisspellsNamingTheParameter() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("notice-test-unknown-type",
                Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司", "fail", false));
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        assertThatThrownBy(() -> taskService.complete(task, Map.of("noticeApproved", true)))
                .as("a 400 over REST").isInstanceOf(BadUserRequestException.class)
                .hasMessage("「公告类型」（noticeType）应为以下取值之一：HAZARD_LISTED、HAZARD_CLOSED、HAZARD_EXPOSURE、"
                        + "ACCIDENT_SUPERVISION、ACCIDENT_REPORT、EVALUATION_REPORT、SPOT_CHECK_PLAN、ENFORCEMENT_RESULT、LICENCE_DECISION、PENALTY_DECISION、OTHER");
    }

    /** The sign-off form as the head submits it: the draft's title corrected, the body completed. */
    private static String signOff(boolean approved, String opinion) {
        return "{\"variables\": {\"noticeTitle\": {\"value\": \"关于对台儿庄某化工有限公司重大事故隐患实施挂牌督办的公告" + (approved ? "" : "（经审核）")
                + "\"}, \"noticeBody\": {\"value\": \"台儿庄某化工有限公司存在重大事故隐患，现予挂牌督办。（经审核）\"},"
                + " \"noticeApproved\": {\"value\": " + approved + "}"
                + (opinion == null ? "" : ", \"signOffOpinion\": {\"value\": \"" + opinion + "\"}") + "}}";
    }

    @Test
    void shouldHideAWithdrawnNoticeAndRecordWhoWithdrewItAndWhy() {
        Notice notice = notices.publish(NoticeType.ENFORCEMENT_RESULT, "某公司执法检查结果公示（待撤回）", "ZF-370406-2026-000001",
                "370406", "检查发现问题 3 项。", "enforcement-officer");

        assertThat(Http.anonymous(port).get("/api/public/notices/" + notice.id()).status()).isEqualTo(200);
        Http.Response refused = Http.as(port, "licensing-clerk", "demo").post("/api/notices/" + notice.id() + "/withdrawal", "{\"reason\": \"误发\"}");
        Http.Response noReason = Http.as(port, "bureau-head", "demo").post("/api/notices/" + notice.id() + "/withdrawal", "{}");
        Http.Response withdrawn = Http.as(port, "bureau-head", "demo").post("/api/notices/" + notice.id() + "/withdrawal",
                "{\"reason\": \"当事人已申请行政复议，复议决定撤销原处罚决定\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("error").asText()).contains("缺少必填项「撤回理由」（reason）");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(Http.anonymous(port).get("/api/public/notices?size=200").body()).doesNotContain(notice.id());
        assertThat(Http.anonymous(port).get("/api/public/notices/" + notice.id()).status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/public/notices/" + notice.id()).status()).isEqualTo(404);
        JsonNode record = Http.as(port, "demo", "demo").get("/api/notices?caseNumber=ZF-370406-2026-000001").json().get(0);
        assertThat(record.path("withdrawn").asBoolean()).isTrue();
        assertThat(record.path("withdrawnBy").asText()).isEqualTo("bureau-head");
        assertThat(record.path("withdrawalReason").asText()).isEqualTo("当事人已申请行政复议，复议决定撤销原处罚决定");
        assertThat(Http.as(port, "bureau-head", "demo").post("/api/notices/" + notice.id() + "/withdrawal", "{\"reason\": \"再次\"}").status())
                .isEqualTo(409);
    }

    @Test
    void shouldShowPublishedNoticesOnThePublicPageEscaped() {
        Notice notice = notices.publish(NoticeType.ACCIDENT_REPORT, "山亭区“11·2”较大坍塌事故调查报告 <b>全文</b>", "SG-370406-2026-000002",
                "370406", "一、事故基本情况\n二、事故原因", "accident-officer");

        Http.Response board = Http.anonymous(port).get("/public/");
        Http.Response page = Http.anonymous(port).get("/public/notices/" + notice.id());

        assertThat(board.status()).isEqualTo(200);
        assertThat(board.contentType()).startsWith("text/html");
        assertThat(board.body()).contains("安全生产公告公示").contains("山亭区“11·2”较大坍塌事故调查报告 &lt;b&gt;全文&lt;/b&gt;")
                .doesNotContain("<b>全文</b>");
        assertThat(page.body()).contains("SG-370406-2026-000002").contains("山东省枣庄市山亭区").contains("二、事故原因");
    }

    @Test
    void shouldAnswerABadPageOfThePublicBoardWithAChinesePage() {
        Http.Response notANumber = Http.anonymous(port).get("/public/?page=two");
        Http.Response zero = Http.anonymous(port).get("/public/?page=0");

        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("text/html");
        assertThat(notANumber.body()).contains("<p>「页码」（page）应为整数</p>");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("<p>「页码」（page）应为不小于 1 的整数</p>");
    }

    @Test
    void shouldLetTheBureauHeadPublishANoticeByHand() {
        Http head = Http.as(port, "bureau-head", "demo");
        Http.Response published = head.post("/api/notices", "{\"type\": \"ENFORCEMENT_RESULT\", \"title\": \"2026 年第四季度双随机抽查结果公示\","
                + "\"jurisdiction\": \"370406\", \"body\": \"共抽查 12 家，发现问题 7 项，均已责令整改。\"}");

        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().path("publishedBy").asText()).isEqualTo("bureau-head");
        assertThat(Http.anonymous(port).get("/api/public/notices?type=ENFORCEMENT_RESULT").body()).contains("2026 年第四季度双随机抽查结果公示");
        assertThat(Http.as(port, "enforcement-officer", "demo").post("/api/notices", "{\"type\": \"OTHER\", \"title\": \"t\", \"body\": \"b\"}").status())
                .isEqualTo(403);
        assertThat(head.post("/api/notices", "{\"type\": \"OTHER\", \"title\": \"t\", \"body\": \"b\", \"jurisdiction\": \"379999\"}").json()
                .path("error").asText()).contains("不是已登记的行政区划代码");
        assertThat(head.post("/api/notices", "{\"type\": \"OTHER\", \"title\": \"\", \"body\": \"b\"}").json()
                .path("error").asText()).contains("缺少必填项「公告标题」（title）");
    }

    @Test
    void shouldRefuseBadListingParametersInChinese() {
        assertThat(Http.anonymous(port).get("/api/public/notices?type=SECRET").json().path("error").asText())
                .contains("「公告类型」（type）应为以下取值之一：HAZARD_LISTED、");
        assertThat(Http.anonymous(port).get("/api/public/notices?size=1000").status()).isEqualTo(400);
        assertThat(Http.anonymous(port).get("/api/public/notices?size=1000").json().path("error").asText())
                .isEqualTo("「每页条数」（size）应为 1 至 200 之间的整数");
        assertThat(Http.anonymous(port).get("/api/public/notices?page=two").json().path("error").asText())
                .isEqualTo("「页码」（page）应为整数");
        assertThat(Http.anonymous(port).get("/api/public/notices?jurisdiction=37040").json().path("error").asText())
                .contains("「管辖区划」（jurisdiction）格式不正确");
        assertThat(Http.anonymous(port).get("/api/notices?caseNumber=X").status()).isEqualTo(401);
    }
}
