package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.registry.InspectorRoster;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.registry.JurisdictionTenants;
import org.safetyflow.rules.Refusal;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The draw of a joint-enforcement case on PostgreSQL: drawn from the register and the roster as they are, kept with
 * its snapshots, answered by GET /api/enforcement/draws/{caseNumber} to the officials of its jurisdiction, replayed by
 * docs/examples/replay-draw.py; a refused draw stores nothing.
 */
@EngineTest
class EnforcementDrawsTest {

    /**
     * A county of its own (东营市 测试抽查区), so that the pool is exactly the enterprises registered here; its
     * inspectors are those of 山东省 (the demo roster).
     */
    static final String COUNTY = "370590";
    /** A county of 陕西省, where no bureau has put anyone on the roster. */
    static final String COUNTY_WITHOUT_INSPECTORS = "610390";
    static final List<String> CHEMICALS = List.of(code("91370590MA3G00001"), code("91370590MA3G00003"), code("91370590MA3G00005"));
    static final List<String> CONSTRUCTION = List.of(code("91370590MA3G00002"), code("91370590MA3G00004"));

    @LocalServerPort
    int port;
    @Autowired
    EnforcementDraws draws;
    @Autowired
    Enterprises enterprises;
    @Autowired
    JurisdictionDirectory jurisdictions;
    @Autowired
    JurisdictionTenants tenants;
    @Autowired
    InspectorRoster roster;
    @Autowired
    Database database;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void registerTheCountiesAndTheirEnterprises() {
        for (String[] county : new String[][] {{COUNTY, "测试抽查区"}, {COUNTY_WITHOUT_INSPECTORS, "测试无执法人员区"}}) {
            if (!jurisdictions.isKnown(county[0])) {
                tenants.ensure(jurisdictions.add(county[0], county[1], "test"));
            }
        }
        CHEMICALS.forEach(code -> enterprises.save(code, "测试化工企业" + code.substring(14), COUNTY, "危险化学品", null, "test"));
        CONSTRUCTION.forEach(code -> enterprises.save(code, "测试建筑企业" + code.substring(14), COUNTY, "建筑施工", null, "test"));
        enterprises.save(code("91610390MA6H00001"), "铜川测试企业", COUNTY_WITHOUT_INSPECTORS, null, null, "test");
    }

    @Test
    void shouldDrawFromEveryEnterpriseOfTheJurisdictionAndKeepTheDrawWithItsSnapshots() {
        RecordedDraw draw = draws.draw(caseNumber(), COUNTY, null, List.of("EMERGENCY", "MARKET"), 3, 20261130L);

        List<String> pool = new ArrayList<>(CHEMICALS);
        pool.addAll(CONSTRUCTION);
        assertThat(draw.pool()).isEqualTo(pool.stream().sorted().toList());
        assertThat(draw.seed()).isEqualTo(20261130L);
        assertThat(draw.algorithm()).isEqualTo("SF-DRAW-1");
        assertThat(draw.sampledEnterprises()).hasSize(3).doesNotHaveDuplicates().isSubsetOf(pool);
        assertThat(draw.roster()).extracting(EnforcementDraw.Roster::department).containsExactly("EMERGENCY", "MARKET");
        List<String> emergency = members(draw, 0);
        List<String> market = members(draw, 1);
        assertThat(emergency).contains("enforcement-officer", "hazard-officer").doesNotContain("zaozhuang", "taierzhuang", "shanting");
        assertThat(market).containsExactly("inspector-market-1", "inspector-market-2");
        for (String enterprise : draw.sampledEnterprises()) {
            List<String> team = draw.inspectorsOf(enterprise);
            assertThat(team).hasSize(4).doesNotHaveDuplicates();
            assertThat(team.subList(0, 2)).as("the lead department's two first").isSubsetOf(emergency);
            assertThat(team.subList(2, 4)).containsExactlyInAnyOrder("inspector-market-1", "inspector-market-2");
        }
        assertThat(draw.drawnAt()).isNotNull();
        assertThat(draws.find(draw.caseNumber())).contains(draw);
        assertThat(EnforcementDraw.draw(draw.seed(), draw.pool(), draw.sampleSize(), draw.roster(), code -> code))
                .as("replayed from the record alone").satisfies(replayed -> {
                    assertThat(replayed.sampledEnterprises()).isEqualTo(draw.sampledEnterprises());
                    assertThat(replayed.inspectorAssignments()).isEqualTo(draw.inspectorAssignments());
                });
        assertThat(draw.resultVariables().get("randomSeed")).isEqualTo(20261130L);
        assertThat(((JsonValue) draw.resultVariables().get("inspectorAssignments")).getValueSerialized()).as("contract §11's shape")
                .startsWith("[{\"enterpriseCreditCode\":\"" + draw.sampledEnterprises().get(0) + "\",\"inspectors\":[\"");
        assertThat(((JsonValue) draw.resultVariables().get("sampledEnterprises")).getValueSerialized()).startsWith("[\"" + draw.sampledEnterprises().get(0) + "\"");
        RecordedDraw again = draws.draw(caseNumber(), COUNTY, null, List.of("EMERGENCY", "MARKET"), 3, 20261130L);
        assertThat(again.sampledEnterprises()).as("same seed, same pool").isEqualTo(draw.sampledEnterprises());
    }

    @Test
    void shouldDrawOnlyFromTheIndustryWhenOneIsGivenAndRecordAFreshSeedWhenNoneIs() {
        RecordedDraw draw = draws.draw(caseNumber(), COUNTY, "危险化学品", List.of("FIRE"), 3, null);

        assertThat(draw.pool()).isEqualTo(CHEMICALS);
        assertThat(draw.sampledEnterprises()).containsExactlyInAnyOrderElementsOf(CHEMICALS);
        assertThat(draw.industry()).isEqualTo("危险化学品");
        assertThat(draw.seed()).isNotNegative();
        assertThat(draws.find(draw.caseNumber()).orElseThrow().seed()).isEqualTo(draw.seed());
    }

    @Test
    void shouldNeverSendAnInspectorWhoDeclaredAConflictWithTheEnterprise() {
        var hazardOfficer = roster.find("hazard-officer").orElseThrow();
        try {
            roster.save("hazard-officer", "EMERGENCY", hazardOfficer.certificateNumber(), CHEMICALS, "test");
            roster.save("accident-officer", "EMERGENCY", "测试执法证 370000-0001", List.of(), "test");
            for (long seed = 1; seed <= 10; seed++) {
                RecordedDraw draw = draws.draw(caseNumber(), COUNTY, null, List.of("EMERGENCY"), 5, seed);

                assertThat(draw.roster().get(0).inspectors()).contains(new EnforcementDraw.Member("hazard-officer", CHEMICALS));
                CHEMICALS.forEach(chemicals -> assertThat(draw.inspectorsOf(chemicals)).hasSize(2).doesNotContain("hazard-officer"));
            }
        } finally {
            roster.remove("accident-officer");
            roster.save("hazard-officer", "EMERGENCY", hazardOfficer.certificateNumber(), List.of(), "demo");
        }
    }

    @Test
    void shouldRefuseADrawThatLeavesAnEnterpriseWithoutTwoInspectorsOfADepartmentNamingIt() {
        String inspector = "inspector-health-1";
        var entry = roster.find(inspector).orElseThrow();
        String caseNumber = caseNumber();
        try {
            roster.save(inspector, "HEALTH", entry.certificateNumber(), List.of(CHEMICALS.get(0)), "test");

            Refusal refused = catchRefusal(() -> draws.draw(caseNumber, COUNTY, "危险化学品", List.of("HEALTH"), 3, 7L));

            assertThat(refused.getMessage()).startsWith("抽中的企业 测试化工企业" + CHEMICALS.get(0).substring(14) + "（" + CHEMICALS.get(0)
                    + "）无法组成检查组：「卫生健康」部门可派执法人员 1 名，少于 2 名（本辖区执法人员名录 2 名，其中 1 名须回避）");
            assertThat(draws.find(caseNumber)).isEmpty();
        } finally {
            roster.save(inspector, "HEALTH", entry.certificateNumber(), List.of(), "demo");
        }
    }

    @Test
    void shouldRefuseASampleLargerThanThePoolNamingItsSizeAndStoreNothing() {
        String caseNumber = caseNumber();

        Refusal refused = catchRefusal(() -> draws.draw(caseNumber, COUNTY, "建筑施工", List.of("EMERGENCY"), 3, 1L));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refused.field()).isEqualTo("sampleSize");
        assertThat(refused.getMessage()).isEqualTo("「抽取企业数」（sampleSize）为 3，大于抽查对象名录库中的企业数 2"
                + "（抽查对象名录库：山东省东营市测试抽查区及其下级区划登记的行业为「建筑施工」的企业）");
        assertThat(draws.find(caseNumber)).isEmpty();
    }

    @Test
    void shouldRefuseUnknownOrRepeatedDepartmentsTooFewInspectorsAndASecondDrawOfACaseStoringNothing() {
        String caseNumber = caseNumber();

        assertThat(catchRefusal(() -> draws.draw(caseNumber, COUNTY, null, List.of("EMERGENCY", "POLICE"), 1, 1L)).getMessage())
                .startsWith("「参与部门」（departments）中有未知的部门：POLICE（应为以下之一：EMERGENCY 应急管理、INDUSTRY 工业和信息化、");
        assertThat(catchRefusal(() -> draws.draw(caseNumber, COUNTY, null, List.of("FIRE", "FIRE"), 1, 1L)).getMessage())
                .isEqualTo("「参与部门」（departments）中 FIRE 出现了两次");
        assertThat(catchRefusal(() -> draws.draw(caseNumber, COUNTY, null, List.of(), 1, 1L)).getMessage())
                .isEqualTo("缺少必填项「参与部门」（departments）");
        assertThat(catchRefusal(() -> draws.draw(caseNumber, COUNTY, null, List.of("FIRE"), 0, 1L)).getMessage())
                .startsWith("「抽取企业数」（sampleSize）至少为 1");
        assertThat(catchRefusal(() -> draws.draw(caseNumber, "379999", null, List.of("FIRE"), 1, 1L)).field()).isEqualTo("jurisdiction");
        assertThat(catchRefusal(() -> draws.draw(caseNumber, COUNTY_WITHOUT_INSPECTORS, null, List.of("EMERGENCY"), 1, 1L)).getMessage())
                .isEqualTo("抽中的企业 铜川测试企业（" + code("91610390MA6H00001") + "）无法组成检查组：「应急管理」部门可派执法人员 0 名，少于 2 名"
                        + "（本辖区执法人员名录 0 名，其中 0 名须回避）（抽查对象名录库：陕西省测试无执法人员区及其下级区划登记的企业）");
        assertThat(draws.find(caseNumber)).isEmpty();

        draws.draw(caseNumber, COUNTY, null, List.of("FIRE"), 1, 1L);
        Refusal second = catchRefusal(() -> draws.draw(caseNumber, COUNTY, null, List.of("FIRE"), 2, 2L));
        assertThat(second.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(second.getMessage()).isEqualTo("案件 " + caseNumber + " 已经抽取过，抽查结果不能重新抽取");
        assertThat(draws.find(caseNumber).orElseThrow().sampleSize()).isEqualTo(1);
    }

    @Test
    void shouldCommitTheDrawWithTheTransactionThatStartsTheCaseOrNotAtAll() {
        String caseNumber = caseNumber();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            draws.draw(caseNumber, COUNTY, null, List.of("FIRE"), 2, 3L);
            throw new IllegalStateException("the case start fails after the draw");
        })).hasMessage("the case start fails after the draw");

        assertThat(draws.find(caseNumber)).isEmpty();
    }

    @Test
    void shouldKeepTheRecordOfADrawUnchangeable() {
        RecordedDraw draw = draws.draw(caseNumber(), COUNTY, null, List.of("FIRE"), 1, 4L);

        assertThatThrownBy(() -> database.jdbc().update("update sf_enforcement_draw set seed = 5 where case_number = ?", draw.caseNumber()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbc().update("delete from sf_enforcement_draw_sample where case_number = ?", draw.caseNumber()))
                .hasMessageContaining("append-only");
    }

    @Test
    void shouldAnswerTheDrawToTheOfficialsOfItsJurisdictionOnly() {
        RecordedDraw draw = draws.draw(caseNumber(), COUNTY, null, List.of("EMERGENCY", "FIRE"), 2, 20261130L);
        String path = "/api/enforcement/draws/" + draw.caseNumber();

        Http.Response answer = as("enforcement-officer").get(path);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.path("seed").asLong()).isEqualTo(20261130L);
        assertThat(body.path("pool").size()).isEqualTo(5);
        assertThat(body.path("sampledEnterprises").toString()).isEqualTo(new ObjectMapper().valueToTree(draw.sampledEnterprises()).toString());
        assertThat(body.path("inspectorAssignments").get(0).path("enterpriseCreditCode").asText()).isEqualTo(draw.sampledEnterprises().get(0));
        assertThat(body.path("inspectorAssignments").get(0).path("inspectors").size()).isEqualTo(4);
        assertThat(body.path("drawnAt").asText()).endsWith("+08:00");
        assertThat(body.path("roster").get(1).path("inspectors").findValuesAsText("userId")).contains("inspector-fire-1", "inspector-fire-2");
        assertError(as("zaozhuang").get(path), 404, "（或不属于您的管辖区划）");
        assertError(as("shanting").get(path), 404, "未找到案件 " + draw.caseNumber() + " 的抽查记录（或不属于您的管辖区划）");
        assertError(as("enforcement-officer").get("/api/enforcement/draws/JE-000000-0000-000000"), 404, "未找到案件 JE-000000-0000-000000 的抽查记录");
        assertError(as("enterprise").get(path), 403, "只有执法机关工作人员可以查阅抽查记录");
        assertThat(Http.anonymous(port).get(path).status()).isEqualTo(401);
    }

    @Test
    void shouldAnswerACountysDrawToItsCitysOfficialsButNotToANeighbouringCountys() {
        RecordedDraw draw = draws.draw(caseNumber(), "370405", null, List.of("FIRE"), 1, 1L);
        String path = "/api/enforcement/draws/" + draw.caseNumber();

        assertThat(as("zaozhuang").get(path).status()).as("枣庄市 sees its counties' draws").isEqualTo(200);
        assertThat(as("taierzhuang").get(path).status()).isEqualTo(200);
        assertThat(as("shanting").get(path).status()).isEqualTo(404);
    }

    @Test
    void shouldBeReplayedByTheIndependentScriptFromTheRecordAndCatchATamperedOne() throws Exception {
        Assumptions.assumeTrue(python3Available(), "python3 is not on this machine");
        RecordedDraw draw = draws.draw(caseNumber(), COUNTY, null, List.of("EMERGENCY", "MARKET"), 4, null);
        String path = "/api/enforcement/draws/" + draw.caseNumber();

        Script fetched = replay(draw.caseNumber(), "--url", "http://localhost:" + port, "--user", "enforcement-officer", "--password", "demo");

        assertThat(fetched.exit()).as(fetched.output()).isZero();
        assertThat(fetched.output()).contains("enterprises:  match", "inspectors:   match", "回避 (conflicts) respected: yes", "MATCH");

        ObjectNode tampered = (ObjectNode) as("enforcement-officer").get(path).json();
        ArrayNode sampled = (ArrayNode) tampered.path("sampledEnterprises");
        JsonNode first = sampled.remove(0);
        sampled.add(first);
        Path file = Files.createTempFile("draw", ".json");
        Files.writeString(file, tampered.toString(), StandardCharsets.UTF_8);
        Script caught = replay("--file", file.toString());

        assertThat(caught.exit()).as(caught.output()).isEqualTo(1);
        assertThat(caught.output()).contains("enterprises:  DIFFER", "MISMATCH");
        Files.delete(file);
    }

    @Test
    void shouldBeReplayedExactlyByTheScriptWhenTheSeedIsBeyondWhatABrowsersNumberHolds() throws Exception {
        Assumptions.assumeTrue(python3Available(), "python3 is not on this machine");
        for (long seed : new long[] {(1L << 53) + 1, Long.MAX_VALUE, -(1L << 53) - 3}) {
            RecordedDraw draw = draws.draw(caseNumber(), COUNTY, null, List.of("EMERGENCY", "MARKET"), 3, seed);
            assertThat(as("enforcement-officer").get("/api/enforcement/draws/" + draw.caseNumber()).body()).contains("\"seed\":" + seed + ",");

            Script replayed = replay(draw.caseNumber(), "--url", "http://localhost:" + port, "--user", "enforcement-officer", "--password", "demo");

            assertThat(replayed.exit()).as(replayed.output()).isZero();
            assertThat(replayed.output()).contains("seed " + seed + ",", "MATCH");
        }
    }

    private record Script(int exit, String output) {
    }

    private static Script replay(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "docs/examples/replay-draw.py"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Script(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static boolean python3Available() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> members(RecordedDraw draw, int department) {
        return draw.roster().get(department).inspectors().stream().map(EnforcementDraw.Member::userId).toList();
    }

    private static Refusal catchRefusal(Runnable call) {
        try {
            call.run();
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("expected a refusal");
    }

    private Http as(String user) {
        return Http.as(port, user, "demo");
    }

    private static void assertError(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).contains(message);
    }

    private static String caseNumber() {
        return "JE-370590-TEST-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String code(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
