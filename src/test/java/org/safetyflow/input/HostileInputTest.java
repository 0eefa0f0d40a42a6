package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.safetyflow.licensing.LicenceRegister;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.PostgresInitializer;
import org.safetyflow.testing.TestProcessAccess;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input, property by property (jqwik, over real HTTP on the loopback): random mutations of a valid start of
 * every process (every start spec), of a valid completion of a task of every task spec, and random requests to every
 * route of SafetyFlow's {@code /api} never get a 5xx; a refused start or completion stores nothing (the process's
 * case count, the task and the case's variables are unchanged), a refused write to {@code /api} changes no row of
 * SafetyFlow's registers. Every refusal is JSON in Chinese without SQL or a stack trace.
 *
 * <p>Bounded: a fixed number of tries per property, a case for each task spec (about 90 s in all on two cores).
 */
@JqwikSpringSupport
// @EngineTest's context (the same one, shared), with its coverage listener once for the class rather than for every try.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import({ProcessEngineCoverageConfiguration.class, TestProcessAccess.class})
@TestExecutionListeners(listeners = {DependencyInjectionTestExecutionListener.class, HostileInputTest.CoverageOfTheWholeClass.class},
        mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
class HostileInputTest {

    /**
     * Process coverage recorded in one run for all the tries. The engine's coverage listeners refuse every step while no
     * run is active, so without it the class passed only after another engine test had left its run active, never alone.
     */
    static class CoverageOfTheWholeClass implements TestExecutionListener {
        private final ProcessEngineCoverageTestExecutionListener coverage = new ProcessEngineCoverageTestExecutionListener();
        private boolean running;

        @Override
        public void beforeTestClass(TestContext context) {
            coverage.beforeTestClass(context);
        }

        @Override
        public void beforeTestMethod(TestContext context) {
            if (!running) {
                coverage.beforeTestMethod(context);
                running = true;
            }
        }

        @Override
        public void afterTestClass(TestContext context) {
            coverage.afterTestClass(context);
        }
    }

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern LEAK = Pattern.compile("(?i)(###|\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|SQLState|PSQLException|\\bat org\\.|\\bat java\\.)");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Which spec the next try takes: every start spec and every task spec in turn, with random mutations. */
    private static final java.util.concurrent.atomic.AtomicInteger STARTS_TRIED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger TASKS_TRIED = new java.util.concurrent.atomic.AtomicInteger();
    /** Every answer of this class, by status, for the log. */
    private static final Map<String, Map<Integer, Integer>> HISTOGRAMS = new TreeMap<>();
    /** Tomcat's limit on a request's line and headers (server.max-http-request-header-size, 8 KB by default). */
    private static final int CONTAINER_HEADER_LIMIT = 8 * 1024;

    @Autowired
    InputSpecs specs;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    DataSource dataSource;
    @Autowired
    LicenceRegister licences;
    @Autowired
    Environment environment;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    /** A mutation of a request's variables: what is done to one field (or to the body, the path). */
    record Mutation(String kind, int field, Object value) {
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 40, seed = "20261130", shrinking = ShrinkingMode.OFF)
    void aMutatedStartOfAnyProcessIsNeverA5xxAndARefusedOneStoresNothing(@ForAll("mutations") List<Mutation> mutations,
            @ForAll("pathVariants") String variant) {
        int index = STARTS_TRIED.getAndIncrement();
        List<InputSpec> starts = specs.all().stream().filter(s -> s.taskKey() == null).sorted(java.util.Comparator.comparing(InputSpec::processKey)).toList();
        InputSpec spec = starts.get(index % starts.size());
        ObjectNode body = mutate(valid(spec), spec, mutations);
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(spec.processKey()).count();

        Http.Response answer = demo().post("/engine-rest/process-definition/key/" + spec.processKey() + "/start" + variant, text(body));

        record("start", answer);
        assertAnswered(answer, spec.processKey() + " start" + variant + " " + abbreviate(body));
        assertRefusedIfHuge(answer, mutations);
        long after = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(spec.processKey()).count();
        assertThat(after).as("cases of " + spec.processKey() + " after " + answer.status()).isEqualTo(answer.status() == 200 ? before + 1 : before);
    }

    /** Tries of the completions: at least one per task spec, the last one checking that every step was reached. */
    private static final int COMPLETION_TRIES = 150;

    @Property(tries = COMPLETION_TRIES, seed = "20261130", shrinking = ShrinkingMode.OFF)
    void aMutatedCompletionOfAnyTaskIsNeverA5xxAndARefusedOneStoresNothing(@ForAll("mutations") List<Mutation> mutations,
            @ForAll("pathVariants") String variant) {
        int index = TASKS_TRIED.getAndIncrement();
        List<InputSpec> tasks = specs.all().stream().filter(s -> s.taskKey() != null)
                .sorted(java.util.Comparator.comparing((InputSpec s) -> s.processKey()).thenComparing(InputSpec::taskKey)).toList();
        assertThat(tasks.size()).as("task specs, each to be tried: raise COMPLETION_TRIES").isLessThanOrEqualTo(COMPLETION_TRIES);
        InputSpec spec = tasks.get(index % tasks.size());
        if (index == COMPLETION_TRIES - 1) {
            assertThat(WHY).as("task specs no case reached (the log says why; CasesAtEveryStep prepares the cases)").isEmpty();
        }
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(spec.processKey()).count() == 0) {
            return; // a spec a test declares for a process of its own, deployed only while that test runs
        }
        TASK_SPECS.add(spec.processKey() + "#" + spec.taskKey());
        Optional<Task> task = taskOf(spec);
        if (task.isEmpty()) {
            return;
        }
        REACHED.add(spec.processKey() + "#" + spec.taskKey());
        String instance = task.get().getProcessInstanceId();
        ObjectNode body = mutate(valid(spec), spec, mutations);
        Map<String, Object> variablesBefore = runtimeService.getVariables(instance);

        Http.Response answer = demo().post("/engine-rest/task/" + task.get().getId() + "/complete" + variant, text(body));

        record("complete", answer);
        assertAnswered(answer, spec.processKey() + "#" + spec.taskKey() + variant + " " + abbreviate(body));
        assertRefusedIfHuge(answer, mutations);
        if (answer.status() >= 400) {
            assertThat(taskService.createTaskQuery().taskId(task.get().getId()).count()).as("task after a refusal").isEqualTo(1);
            assertThat(runtimeService.getVariables(instance).keySet()).as("variables after a refusal").isEqualTo(variablesBefore.keySet());
        }
    }

    @Property(tries = 80, seed = "20261130")
    void aRandomRequestToSafetyFlowsApiIsNeverA5xxAndARefusedWriteChangesNothing(@ForAll("routeIndex") int index,
            @ForAll("hostileValues") List<Object> values, @ForAll("parameterNames") List<String> parameters, @ForAll boolean withBody) {
        List<String> routes = apiRoutes();
        String[] route = routes.get(index % routes.size()).split(" ", 2);
        StringBuilder path = new StringBuilder();
        int next = 0;
        for (String segment : route[1].substring(1).split("/")) {
            path.append('/').append(segment.startsWith("{") ? encode(String.valueOf(values.get(next++ % values.size()))) : segment);
        }
        StringBuilder query = new StringBuilder();
        for (String name : parameters) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(String.valueOf(values.get(next++ % values.size()))));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String name : parameters) {
            body.set(name, JSON.valueToTree(values.get(next++ % values.size())));
        }
        boolean write = !route[0].equals("GET");
        long rowsBefore = write ? registerRows() : 0;

        Http.Response answer;
        try {
            answer = demo().send(route[0], path + query.toString(), write && withBody ? text(body) : write ? "{" : null);
        } catch (java.io.UncheckedIOException broken) {
            if ((path.length() + query.length()) > CONTAINER_HEADER_LIMIT) {
                // Tomcat refuses a request line over its header limit (8 KB) before reading the request: it answers 400
                // and closes the connection, which a client still sending its body may see first. Nothing ran.
                assertThat(registerRows()).as("rows of the registers after a request refused by the container").isEqualTo(rowsBefore);
                record("api", new Http.Response(400, "", ""));
                return;
            }
            throw new AssertionError("the answer broke off (a stream failing after its headers): " + route[0] + " " + path + query, broken);
        }

        record("api", answer);
        assertAnswered(answer, route[0] + " " + path + query + " " + abbreviate(body));
        if (write && answer.status() >= 400) {
            assertThat(registerRows()).as("rows of the registers after a refused " + route[0] + " " + route[1]).isEqualTo(rowsBefore);
        }
    }

    @AfterContainer
    static void logHistograms() {
        LoggerFactory.getLogger(HostileInputTest.class).info("Hostile input, answers by status: {}; task specs {}, reached {}"
                + " (their valid completion answered {}), not reached {}", HISTOGRAMS, TASK_SPECS.size(), REACHED.size(),
                PROBES.values().stream().collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting())), WHY);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Integer> routeIndex() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<String> pathVariants() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(";x=1", "/", ";jsessionid=1/", "//")));
    }

    @Provide
    Arbitrary<List<String>> parameterNames() {
        return Arbitraries.of("page", "size", "from", "to", "actor", "caseNumber", "jurisdiction", "type", "creditCode", "name", "limit",
                "days", "format", "state", "all", "parent", "department", "licenceType", "enterpriseCreditCode", "processKey", "enterprise",
                "event", "reason", "id", "userId", "enterpriseName", "title", "body").list().ofMinSize(0).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Object>> hostileValues() {
        return hostileValue().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of("omit", "omit", "set", "set", "set", "typed", "undeclared", "longName", "deep", "huge"),
                Arbitraries.integers().between(0, 100), hostileValue()).as(Mutation::new);
        return mutation.list().ofMinSize(0).ofMaxSize(3);
    }

    /**
     * Values no field should take, and some it may: text with NUL, numbers and dates out of range, wrong types; texts
     * over the engine's 4,000-character column (kept as bytes; too long for a field declared shorter).
     */
    private static Arbitrary<Object> hostileValue() {
        return Arbitraries.oneOf(
                Arbitraries.of("a\u0000b", "\u0000", "x\u0001y", "'; drop table act_ru_task; --", "../../etc/passwd", "%00", "${1+1}",
                        "-999999999-01-01", "+999999999-12-31T00:00:00Z", "2026-13-45", "0000-01-01", "2026-02-30T25:61:00+08:00",
                        "9999-12-31", "1899-12-31", "2147483648", "-1", "NaN", "1e309", "", " ", "测试", "370405", ValidValues.CREDIT_CODE, "true",
                        "[\"EMERGENCY\"]", "{\"a\":1}", "2026-01-05T09:00:00+08:00"),
                Arbitraries.integers().between(4001, 12_000).map("长"::repeat),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(30),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 3.5, 1e308, true, false).map(v -> (Object) v),
                Arbitraries.just(List.of("EMERGENCY", "\u0000")), Arbitraries.just(Map.of("nested", Map.of("deeper", List.of(1, 2)))));
    }

    // ---------------------------------------------------------------- requests

    /** A valid request body for the spec: each field's first value its type accepts. */
    private ObjectNode valid(InputSpec spec) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode variables = body.putObject("variables");
        for (InputSpec.Field field : spec.fields()) {
            Object value = values().of(field);
            if (value != null) {
                variables.set(field.name(), dto(value));
            }
        }
        return body;
    }

    private ObjectNode mutate(ObjectNode body, InputSpec spec, List<Mutation> mutations) {
        ObjectNode variables = (ObjectNode) body.get("variables");
        List<InputSpec.Field> fields = spec.fields();
        for (Mutation mutation : mutations) {
            String name = fields.isEmpty() ? "anything" : fields.get(mutation.field() % fields.size()).name();
            switch (mutation.kind()) {
                case "omit" -> variables.remove(name);
                case "set" -> variables.set(name, dto(mutation.value()));
                case "typed" -> variables.putObject(name).put("type", List.of("Integer", "Date", "Boolean", "Json", "Object", "Long", "Double")
                        .get(mutation.field() % 7)).put("value", String.valueOf(mutation.value()));
                case "undeclared" -> variables.set("unchecked" + mutation.field(), dto(mutation.value()));
                case "longName" -> variables.set("v".repeat(129 + mutation.field() * 3), dto("x"));
                // Longer than any field declares (600 KB in UTF-8, within the body's 5 MB): refused whichever field it is.
                case "huge" -> variables.set(mutation.field() % 2 == 0 ? name : "unchecked" + mutation.field(),
                        dto("长".repeat(specs.longestText() + 1)));
                case "deep" -> {
                    ObjectNode deep = variables.putObject(name);
                    for (int level = 0; level < 70 + mutation.field(); level++) {
                        deep = deep.putObject("value");
                    }
                }
                default -> throw new IllegalStateException(mutation.kind());
            }
        }
        return body;
    }

    private static ObjectNode dto(Object value) {
        ObjectNode dto = JsonNodeFactory.instance.objectNode();
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            dto.put("type", "Json").put("value", JSON.valueToTree(value).toString());
        } else if (value instanceof Integer || value instanceof Long) {
            dto.put("type", value instanceof Integer ? "Integer" : "Long").set("value", JSON.valueToTree(value));
        } else if (value instanceof Double) {
            dto.put("type", "Double").set("value", JSON.valueToTree(value));
        } else if (value instanceof Boolean) {
            dto.put("type", "Boolean").set("value", JSON.valueToTree(value));
        } else {
            dto.set("value", JSON.valueToTree(value));
        }
        return dto;
    }

    // ---------------------------------------------------------------- tasks of every spec

    private static final java.util.Set<String> REACHED = new java.util.TreeSet<>();
    private static final java.util.Set<String> TASK_SPECS = new java.util.TreeSet<>();
    /** The answer to the valid completion of each step's first case. */
    private static final Map<String, Integer> PROBES = new TreeMap<>();
    private static final Map<String, String> POSITIONED = new LinkedHashMap<>();
    private static final Map<String, String> WHY = new TreeMap<>();

    /**
     * A waiting task of the spec's step, in a case brought there ({@link CasesAtEveryStep}) whose valid completion is
     * answered below 500: one that fails so is a case the process does not make, or a fault — named in the log and
     * failing the class either way.
     */
    private Optional<Task> taskOf(InputSpec spec) {
        String key = spec.processKey() + "#" + spec.taskKey();
        String instance = POSITIONED.get(key);
        if (instance != null) {
            Optional<Task> waiting = waiting(instance, spec.taskKey());
            if (waiting.isPresent()) {
                return waiting;
            }
        }
        if (WHY.containsKey(key)) {
            return Optional.empty();
        }
        CasesAtEveryStep cases = new CasesAtEveryStep(specs, values(), runtimeService, taskService);
        try {
            String probe = cases.waitingAt(spec);
            Optional<Task> probed = waiting(probe, spec.taskKey());
            Http.Response probing = probed.isEmpty() ? null : demo().post("/engine-rest/task/" + probed.get().getId() + "/complete", text(valid(spec)));
            if (probing == null || probing.status() >= 500) {
                WHY.put(key, probing == null ? "no task" : "probe " + probing.status() + " " + abbreviate(probing.body()));
                return Optional.empty();
            }
            PROBES.putIfAbsent(key, probing.status());
            String started = waiting(probe, spec.taskKey()).isPresent() ? probe : cases.waitingAt(spec);
            POSITIONED.put(key, started);
            return waiting(started, spec.taskKey());
        } catch (RuntimeException unreachable) {
            WHY.put(key, abbreviate(String.valueOf(unreachable.getMessage()).lines().findFirst().orElse("")));
            return Optional.empty();
        }
    }

    private Optional<Task> waiting(String instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list().stream().findFirst();
    }

    // ---------------------------------------------------------------- answers

    /** A text longer than any spec declares is refused with 400, whatever else the request holds. */
    private void assertRefusedIfHuge(Http.Response answer, List<Mutation> mutations) {
        if (mutations.stream().anyMatch(mutation -> mutation.kind().equals("huge"))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        }
    }

    private static void assertAnswered(Http.Response answer, String request) {
        assertThat(answer.status()).as(request + " → " + answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.body()).as(request).doesNotContainPattern(LEAK);
            if (answer.contentType().contains("json")) {
                assertThat(answer.json().path("error").asText(answer.json().path("message").asText())).as(request + " → " + answer.body())
                        .containsPattern(CHINESE);
            }
        }
    }

    private static synchronized void record(String kind, Http.Response answer) {
        HISTOGRAMS.computeIfAbsent(kind, k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
    }

    private List<String> apiRoutes() {
        List<String> routes = new ArrayList<>();
        mvc.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(pattern -> {
            for (var verb : info.getMethodsCondition().getMethods().isEmpty() ? java.util.Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                    : info.getMethodsCondition().getMethods()) {
                routes.add(verb.name() + " " + pattern);
            }
        }));
        routes.sort(null);
        return routes;
    }

    /** The rows of SafetyFlow's registers and case records, except the logs a refusal itself writes. */
    private long registerRows() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables where table_schema = current_schema()"
                    + " and table_name like 'sf\\_%' and table_name not in ('sf_security_log', 'sf_audit_access', 'sf_audit_chain')")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            long rows = 0;
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
                    result.next();
                    rows += result.getLong(1);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ValidValues values() {
        return new ValidValues(specs, new JdbcTemplate(dataSource), licences);
    }

    private Http demo() {
        return Http.as(Integer.parseInt(environment.getProperty("local.server.port")), "demo", "demo");
    }

    private static String text(ObjectNode body) {
        return body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(ObjectNode body) {
        return abbreviate(body.toString());
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
