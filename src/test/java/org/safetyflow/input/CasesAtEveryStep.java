package org.safetyflow.input;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A case waiting at the step of a task spec, for {@link HostileInputTest}: started right before that step (process
 * instance modification) with the values the process holds there — the valid value of every required field of its
 * specs, as its steps store them, and what its expressions name besides — the optional fields left out, as a REST client
 * may leave them out. Where that is not the case the process makes, {@link #preparations} says what the step needs more.
 */
final class CasesAtEveryStep {

    /** A moment in the past: when the earlier step a listener would have stamped happened. */
    private static final Date EARLIER = Date.from(Instant.parse("2026-01-02T01:00:00Z"));
    /** The last day of a time limit still running. */
    private static final Date LATER = Date.from(Instant.parse("2099-01-01T01:00:00Z"));

    /**
     * What a step needs beyond the required fields, by {@code process#step}, or by process for all its steps: the values
     * an earlier step's listener or decision sets, an element of the collection a multi-instance step runs over, or the
     * case built as the process builds it.
     */
    private final Map<String, Preparation> preparations = Map.ofEntries(
            // 落实责任追究 runs once per 处理建议 of the approved report, each task with its own proposal (element variable).
            entry("accident-investigation#Task_TrackAccountability", startBefore("Task_TrackAccountability#multiInstanceBody",
                    "handlingProposals", List.of(Map.of("kind", "行政处罚", "subject", "台儿庄某化工有限公司", "proposal", "罚款")))),
            // 催告 and 申请强制执行 follow a fine not paid by its deadline: the decision's fine (its listener sets fined), the deadline
            // Task_Payment's timer waited for; the surcharge is counted from both.
            entry("administrative-penalty#Task_Urge", with("fineAmountYuan", 10_000, "paymentDueDate", EARLIER)),
            entry("administrative-penalty#Task_CourtApplication", with("fineAmountYuan", 10_000, "paymentDueDate", EARLIER)),
            // 查封、扣押 (the first measure type) lists what it seizes (行政强制法第二十四条), a rule of the start.
            entry("coercive-measure", with("seizedItems", "液氨储罐一个")),
            // 提级督办 raises the level the decision table listed the hazard at.
            entry("hazard-rectification#Task_EscalatedSupervision", with("listingLevel", "COUNTY")),
            // 答复延期申请 and 整改复查 count from the enterprise's application, its report (Task_Rectify's listener).
            entry("joint-enforcement#Task_AnswerExtension", with("extensionRequestedAt", EARLIER, "requestedDueDate", LATER)),
            entry("joint-enforcement#Task_Recheck", with("rectificationReportedAt", EARLIER)),
            // The results are published from the inspection records: a plan drawn, approved, published and inspected.
            entry("joint-enforcement#Task_PublishResults", builtBy(this::inspectedJointEnforcement)));

    private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve identifier '([A-Za-z_][A-Za-z0-9_]*)'");

    private final InputSpecs specs;
    private final ValidValues values;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    CasesAtEveryStep(InputSpecs specs, ValidValues values, RuntimeService runtimeService, TaskService taskService) {
        this.specs = specs;
        this.values = values;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * What a step needs: the activity to start before (the step by default), variables besides the required fields, or
     * the whole case built by {@code built} (its process instance).
     */
    record Preparation(String activity, Map<String, Object> variables, Supplier<String> built) {
    }

    private static Preparation builtBy(Supplier<String> built) {
        return new Preparation(null, Map.of(), built);
    }

    private static Preparation with(Object... namesAndValues) {
        return startBefore(null, namesAndValues);
    }

    private static Preparation startBefore(String activity, Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Preparation(activity, variables, null);
    }

    /** A case (its process instance) waiting at the spec's step; an exception saying why when there is none. */
    String waitingAt(InputSpec spec) {
        Preparation preparation = preparations.getOrDefault(spec.processKey() + "#" + spec.taskKey(),
                preparations.getOrDefault(spec.processKey(), with()));
        if (preparation.built() != null) {
            return preparation.built().get();
        }
        Map<String, Object> context = requiredValues(spec.processKey());
        context.putAll(preparation.variables());
        // What a rule of the start asks for besides the required fields, and what the process computed before this step (a
        // deadline, a moment): added as the start's rules and the models' expressions name them.
        for (int attempt = 0; ; attempt++) {
            try {
                context.putAll(specs.forStart(spec.processKey()).map(start -> start.normalize(context, specs.clock())).orElse(context));
                return runtimeService.createProcessInstanceByKey(spec.processKey()).setVariables(context)
                        .startBeforeActivity(preparation.activity() == null ? spec.taskKey() : preparation.activity()).execute(true, true).getId();
            } catch (RuntimeException missing) {
                String name = missingName(missing);
                if (attempt > 12 || name == null || context.containsKey(name) && !(missing instanceof InvalidInputException)) {
                    throw missing;
                }
                context.put(name, contextValue(spec, name));
            }
        }
    }

    /** The required fields of every spec of the process: the start's as a client sends them, the steps' as they store them. */
    private Map<String, Object> requiredValues(String processKey) {
        Map<String, Object> context = new LinkedHashMap<>();
        specs.forStart(processKey).ifPresent(start -> start.fields().stream().filter(InputSpec.Field::required)
                .forEach(field -> putIfValued(context, field.name(), values.of(field))));
        specs.all().stream().filter(spec -> spec.processKey().equals(processKey) && spec.taskKey() != null)
                .flatMap(spec -> spec.fields().stream()).filter(InputSpec.Field::required)
                .forEach(field -> putIfValued(context, field.name(), values.stored(field)));
        return context;
    }

    private static void putIfValued(Map<String, Object> context, String name, Object value) {
        if (value != null) {
            context.putIfAbsent(name, value);
        }
    }

    /** The variable a failed positioning lacked: an identifier an expression could not resolve, or the field a rule named. */
    private static String missingName(RuntimeException missing) {
        if (missing instanceof InvalidInputException invalid && invalid.field() != null) {
            return invalid.field();
        }
        Matcher unresolved = UNRESOLVED.matcher(String.valueOf(missing.getMessage()));
        return unresolved.find() ? unresolved.group(1) : null;
    }

    /** A value for a variable the case lacks: the field's valid value if a spec of the process declares it, else by its name. */
    private Object contextValue(InputSpec spec, String name) {
        Optional<InputSpec.Field> declared = specs.all().stream().filter(s -> s.processKey().equals(spec.processKey()))
                .flatMap(s -> s.fields().stream()).filter(f -> f.name().equals(name)).findFirst();
        if (declared.isPresent()) {
            return values.stored(declared.get());
        }
        if (name.endsWith("At") || name.endsWith("Date")) {
            return LATER;
        }
        return name.startsWith("is") || name.endsWith("ed") ? (Object) Boolean.FALSE : "内容";
    }

    /**
     * A 双随机 plan of the demo county as its people work it (JointEnforcementProcessTest): one enterprise drawn, the plan
     * approved and its notice published, the drawn team's inspection recorded, every checklist item 合格 — the results
     * notice waits for its sign-off.
     */
    private String inspectedJointEnforcement() {
        String plan = runtimeService.startProcessInstanceByKey("joint-enforcement", Map.of("jurisdiction", "370405", "planName", "联合抽查",
                "departments", List.of("EMERGENCY", "MARKET"), "sampleSize", 1, "randomSeed", 20261130L)).getId();
        complete(plan, "Task_Plan", Map.of("inspectionsFrom", "2026-01-05T08:00:00+08:00", "inspectionsUntil", "2099-12-31T17:00:00+08:00",
                "planDescription", "四不两直，照单检查"));
        complete(plan, "Task_ApprovePlan", Map.of("planApproved", true));
        Task notice = task(plan, "Task_PublishPlan");
        taskService.complete(notice.getId(), Map.of("noticeTitle", taskService.getVariable(notice.getId(), "noticeTitle"),
                "noticeBody", taskService.getVariable(notice.getId(), "noticeBody"), "noticeApproved", true));
        Task inspection = task(plan, "Task_Inspect");
        List<String> team = List.of(((String) taskService.getVariable(inspection.getId(), "inspectionTeam")).split(","));
        String checklist = (String) runtimeService.getVariable(plan, "checklistText");
        taskService.complete(inspection.getId(), Map.of("inspectedAt", "2026-01-05T10:00:00+08:00", "presentInspectors", team.subList(0, 2),
                "refused", false, "findings", "NONE", "checklistResults",
                checklist.lines().map(line -> line.substring(0, line.indexOf('（')) + "；合格；现场核实").collect(Collectors.joining("\n"))));
        return plan;
    }

    private void complete(String instance, String taskKey, Map<String, Object> variables) {
        taskService.complete(task(instance, taskKey).getId(), variables);
    }

    private Task task(String instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    }
}
