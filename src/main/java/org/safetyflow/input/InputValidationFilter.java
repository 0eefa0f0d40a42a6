package org.safetyflow.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.http.RequestTask;
import org.safetyflow.http.RewrittenBody;
import org.safetyflow.http.RoutedPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the variables of process starts and task completions that arrive over HTTP, before the
 * engine sees them: the public REST API ({@code /engine-rest}) and the webapps' own API that
 * Tasklist's forms use ({@code /camunda/api/engine}). A violation answers 400 with a Chinese message
 * naming the field; valid input goes on with its values normalized (e.g. an ISO date-time becomes a
 * Camunda Date). It reads the path as Jersey routes it ({@link RoutedPath}), so {@code /start;x=1},
 * {@code /start/} or {@code //start} are checked as {@code /start}. A task that is gone while it is read
 * here was completed by someone else: 409 (and the request is marked, so that the engine's "Cannot find
 * task" later in this request answers 409 too, see {@link ErrorAnswer#TASK_SEEN}).
 */
class InputValidationFilter extends OncePerRequestFilter {

    private static final String API = "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
    private static final Pattern START = Pattern.compile(
            API + "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");
    private static final Pattern TASK = Pattern.compile(API + "/task/([^/]+)/(?:complete|submit-form|resolve)$");

    private final InputSpecs specs;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engine;
    /** Process definition id → key, for as many definitions as a bureau would ever deploy. */
    private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();
    private static final int MOST_DEFINITIONS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectMapper json = JSON;

    InputValidationFilter(InputSpecs specs, RepositoryService repositoryService, TaskService taskService, ProcessEngineConfigurationImpl engine) {
        this.specs = specs;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RoutedPath.of(request);
        Optional<Target> spec;
        Map<String, Object> caseVariables;
        try {
            spec = specFor(path, request);
            caseVariables = spec.isEmpty() ? Map.of() : spec.get().caseVariables().get();
        } catch (ProcessEngineException e) {
            ErrorAnswer answer = ErrorAnswer.to(e, path, request.getAttribute(ErrorAnswer.TASK_SEEN) != null);
            reject(response, answer.status(), null, answer.message());
            return;
        }
        if (spec.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        ObjectNode document;
        try {
            JsonNode parsed = body.length == 0 ? JsonNodeFactory.instance.objectNode() : json.readTree(body);
            if (!(parsed instanceof ObjectNode object)) {
                reject(response, null, "请求体应为 JSON 对象");
                return;
            }
            document = object;
        } catch (IOException notJson) {
            reject(response, null, "请求体不是有效的 JSON");
            return;
        }
        ObjectNode variables = document.has("variables") && document.get("variables").isObject()
                ? (ObjectNode) document.get("variables") : document.putObject("variables");
        InputSpec target = spec.get().spec();
        // A task's completion may add what its spec does not check, but not overwrite the case's own variables that the
        // task does not declare (the enterprise, the jurisdiction, the licence type, a result): those are not this step's.
        if (target.taskKey() != null) {
            for (String name : (Iterable<String>) variables::fieldNames) {
                if (!target.declares(name) && caseVariables.containsKey(name)) {
                    reject(response, name, "此任务不能修改案件的「" + name + "」：只能提交本任务表单中的字段");
                    return;
                }
            }
        }
        try {
            Map<String, Object> raw = RestVariables.rawValues(variables, target);
            Map<String, Object> normalized = target.normalize(raw, specs.clock(), caseVariables);
            RestVariables.writeBack(variables, raw.keySet(), normalized);
        } catch (InvalidInputException invalid) {
            reject(response, invalid.field(), invalid.getMessage());
            return;
        } catch (RuntimeException unreadable) {
            // A rule that met a value of a shape it does not expect (a row that is not a row): the input's fault.
            logger.warn("Input of " + path + " could not be checked: " + unreadable);
            reject(response, null, "提交的数据格式不符合本步骤的要求，无法校验");
            return;
        }
        chain.doFilter(new RewrittenBody(request, json.writeValueAsBytes(document)), response);
    }

    /** The spec that applies, and the case variables its rules may consult (none for a start). */
    private record Target(InputSpec spec, Supplier<Map<String, Object>> caseVariables) {
    }

    private Optional<Target> specFor(String path, HttpServletRequest request) {
        Matcher start = START.matcher(path);
        if (start.matches()) {
            String key = start.group(1) != null ? start.group(1) : definitionKey(start.group(2));
            return key == null ? Optional.empty() : specs.forStart(key).map(spec -> new Target(spec, Map::of));
        }
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
            Task seen = RequestTask.seen(request, task.group(1));
            Task found = seen != null ? seen : RequestTask.visible(engine, task.group(1));
            if (found == null || found.getProcessDefinitionId() == null) {
                return Optional.empty();
            }
            request.setAttribute(ErrorAnswer.TASK_SEEN, found.getId());
            return specs.forTask(definitionKey(found.getProcessDefinitionId()), found.getTaskDefinitionKey())
                    .map(spec -> new Target(spec, () -> taskService.getVariables(found.getId())));
        }
        return Optional.empty();
    }

    /**
     * The key of a deployed process definition: ids are never reused and a definition's key never changes, so each is
     * asked of the engine once and remembered (a caller who may not read the definition then still gets its spec).
     */
    private String definitionKey(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        String known = definitionKeys.get(definitionId);
        if (known != null) {
            return known;
        }
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (definition == null) {
            return null;
        }
        if (definitionKeys.size() < MOST_DEFINITIONS) {
            definitionKeys.put(definitionId, definition.getKey());
        }
        return definition.getKey();
    }

    private static void reject(HttpServletResponse response, String field, String message) throws IOException {
        reject(response, HttpServletResponse.SC_BAD_REQUEST, field, message);
    }

    /** The refusal as the engine's clients and SafetyFlow's API read it: {@code type}, {@code message}, {@code error}. */
    static void reject(HttpServletResponse response, int status, String field, String message) throws IOException {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        // "type" and "message" are what Camunda's clients (Tasklist included) read; "error" is SafetyFlow's API shape.
        error.put("type", status == 409 ? "ConflictException" : status == 404 ? "NotFoundException" : "InvalidRequestException");
        error.put("message", message);
        error.put("error", message);
        if (field != null) {
            error.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(error));
    }
}
