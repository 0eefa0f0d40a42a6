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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.http.RewrittenBody;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the variables of process starts and task completions that arrive over HTTP, before the
 * engine sees them: the public REST API ({@code /engine-rest}) and the webapps' own API that
 * Tasklist's forms use ({@code /camunda/api/engine}). A violation answers 400 with a Chinese message
 * naming the field; valid input goes on with its values normalized (e.g. an ISO date-time becomes a
 * Camunda Date).
 */
class InputValidationFilter extends OncePerRequestFilter {

    private static final String API = "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
    private static final Pattern START = Pattern.compile(
            API + "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");
    private static final Pattern TASK = Pattern.compile(API + "/task/([^/]+)/(?:complete|submit-form|resolve)$");
    private static final Set<String> OPAQUE_TYPES = Set.of("Json", "Xml", "Object", "Bytes", "File", "Null");
    private static final Set<String> JSON_TYPES = Set.of("Json", "Object");

    private final InputSpecs specs;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final ObjectMapper json = new ObjectMapper();

    InputValidationFilter(InputSpecs specs, RepositoryService repositoryService, TaskService taskService) {
        this.specs = specs;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Target> spec = specFor(path);
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
        try {
            Map<String, Object> raw = rawValues(variables, spec.get().spec());
            Map<String, Object> normalized = spec.get().spec().normalize(raw, specs.clock(), spec.get().caseVariables().get());
            writeBack(variables, raw.keySet(), normalized);
        } catch (InvalidInputException invalid) {
            reject(response, invalid.field(), invalid.getMessage());
            return;
        }
        chain.doFilter(new RewrittenBody(request, json.writeValueAsBytes(document)), response);
    }

    /** The spec that applies, and the case variables its rules may consult (none for a start). */
    private record Target(InputSpec spec, java.util.function.Supplier<Map<String, Object>> caseVariables) {
    }

    private Optional<Target> specFor(String path) {
        Matcher start = START.matcher(path);
        if (start.matches()) {
            String key = start.group(1) != null ? start.group(1) : definitionKey(start.group(2));
            return key == null ? Optional.empty() : specs.forStart(key).map(spec -> new Target(spec, Map::of));
        }
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
            Task found = taskService.createTaskQuery().taskId(task.group(1)).singleResult();
            if (found == null || found.getProcessDefinitionId() == null) {
                return Optional.empty();
            }
            return specs.forTask(definitionKey(found.getProcessDefinitionId()), found.getTaskDefinitionKey())
                    .map(spec -> new Target(spec, () -> taskService.getVariables(found.getId())));
        }
        return Optional.empty();
    }

    private String definitionKey(String definitionId) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult();
        return definition == null ? null : definition.getKey();
    }

    /**
     * The values the spec checks, as plain Java values. A variable of an opaque type (Json, Xml, File,
     * Bytes, Object) that the spec does not declare is not among them and goes on unchanged; a declared
     * field sent that way must be a JSON list (a list field), anything else is refused.
     */
    private Map<String, Object> rawValues(ObjectNode variables, InputSpec spec) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (var fields = variables.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            JsonNode dto = entry.getValue();
            String type = dto.path("type").asText("");
            if (!OPAQUE_TYPES.contains(type)) {
                raw.put(entry.getKey(), javaValue(dto.path("value"), type));
                continue;
            }
            // A list sent as Json, or as an Object serialized to JSON: checked as the list it is.
            Optional<List<Object>> list = JSON_TYPES.contains(type) && dto.path("value").isTextual()
                    ? listValue(dto.path("value").asText()) : Optional.empty();
            if (list.isPresent()) {
                raw.put(entry.getKey(), list.get());
            } else if (spec.declares(entry.getKey())) {
                throw new InvalidInputException(entry.getKey(), "「" + entry.getKey() + "」不能以 " + type + " 类型提交");
            }
        }
        return raw;
    }

    private Optional<List<Object>> listValue(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node != null && node.isArray()) {
                List<Object> items = new ArrayList<>();
                node.forEach(item -> items.add(item.isTextual() ? item.asText() : item.toString()));
                return Optional.of(items);
            }
        } catch (IOException notJson) {
            // left to the engine, which refuses what it cannot read
        }
        return Optional.empty();
    }

    private static Object javaValue(JsonNode value, String declaredType) {
        if (value.isTextual()) {
            String text = value.asText();
            boolean numeric = Set.of("Integer", "Long", "Short", "Double").contains(declaredType);
            if (numeric && text.strip().matches("-?\\d+(\\.\\d+)?")) {
                return new BigDecimal(text.strip());
            }
            if ("Boolean".equals(declaredType) && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            return text;
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? value.longValue() : value.decimalValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isMissingNode() || value.isNull() ? null : value.toString();
    }

    /** The normalized values in place of the sent ones; what the spec dropped (blank optional fields) removed. */
    private static void writeBack(ObjectNode variables, Set<String> checked, Map<String, Object> normalized) {
        for (var names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (checked.contains(name) && !normalized.containsKey(name)) {
                names.remove();
            }
        }
        normalized.forEach((name, value) -> {
            if (!(variables.get(name) instanceof ObjectNode dto) || OPAQUE_TYPES.contains(dto.path("type").asText(""))) {
                return;
            }
            ObjectNode typed = variables.putObject(name);
            if (value instanceof Date date) {
                typed.put("type", "Date").put("value", DateTime.format(date));
            } else if (value instanceof Integer number) {
                typed.put("type", "Integer").put("value", number);
            } else if (value instanceof Double number) {
                typed.put("type", "Double").put("value", number);
            } else if (value instanceof Boolean flag) {
                typed.put("type", "Boolean").put("value", flag);
            } else if (value instanceof String text) {
                typed.put("type", "String").put("value", text);
            } else {
                typed.setAll(dto);
            }
        });
    }

    private void reject(HttpServletResponse response, String field, String message) throws IOException {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        // "type" and "message" are what Camunda's clients (Tasklist included) read; "error" is SafetyFlow's API shape.
        error.put("type", "InvalidRequestException");
        error.put("message", message);
        error.put("error", message);
        if (field != null) {
            error.put("field", field);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(error));
    }
}
