package org.safetyflow.calendar.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safetyflow.security.AccessMatrix;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.SystemActions;
import org.safetyflow.rules.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's statutory clocks over HTTP, for the officials who may see the case (its jurisdiction):
 * {@code GET /api/cases/{caseNumber}/clocks}, {@code POST .../clocks/{clock}/pause}
 * {@code {"unit": "WORKING_DAYS", "reason": "专家评审"}}, {@code POST .../clocks/{clock}/resume}.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/clocks")
class ClockController {

    private final ProcessEngine engine;
    private final StatutoryClocks clocks;
    private final CurrentUser currentUser;

    private final SystemActions systemActions;
    private final AccessMatrix matrix;

    ClockController(ProcessEngine engine, StatutoryClocks clocks, CurrentUser currentUser, SystemActions systemActions,
            AccessMatrix matrix) {
        this.systemActions = systemActions;
        this.matrix = matrix;
        this.engine = engine;
        this.clocks = clocks;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<ClockPause> pauses(@PathVariable String caseNumber) {
        return clocks.pauses(openCase(caseNumber).getId());
    }

    record Pause(String unit, String reason) {
    }

    @PostMapping("/{clock}/pause")
    ClockPause pause(@PathVariable String caseNumber, @PathVariable String clock, @RequestBody Pause request) {
        ProcessInstance instance = keptCase(caseNumber);
        return systemActions.afterCheckingAccess(() -> clocks.pause(engine, instance.getId(), caseNumber, clock,
                StatutoryClocks.unit(request.unit()), request.reason()));
    }

    @PostMapping("/{clock}/resume")
    ClockPause resume(@PathVariable String caseNumber, @PathVariable String clock) {
        ProcessInstance instance = keptCase(caseNumber);
        return systemActions.afterCheckingAccess(() -> clocks.resume(engine, instance.getId(), clock));
    }

    /** The open case, if the caller's role keeps the clocks of its process (access matrix). */
    private ProcessInstance keptCase(String caseNumber) {
        currentUser.id();
        ProcessInstance instance = openCase(caseNumber);
        String process = engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey();
        boolean keeps = matrix.of(process).map(AccessMatrix.ProcessAccess::clockKeepers).orElse(java.util.Set.of())
                .stream().anyMatch(currentUser::isMemberOf);
        if (!keeps && !currentUser.isAdministrator()) {
            throw Refusal.forbidden("您的角色不能暂停或恢复案件 " + caseNumber + " 的法定期限（见权限矩阵）。");
        }
        return instance;
    }

    /** The open case of that number, if the caller's jurisdictions include it (the engine's tenant check). */
    private ProcessInstance openCase(String caseNumber) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult();
        if (instance == null) {
            throw Refusal.notFound("未找到进行中的案件 " + caseNumber + "（或不属于您的管辖区划）");
        }
        return instance;
    }
}
