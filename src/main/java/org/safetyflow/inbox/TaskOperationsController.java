package org.safetyflow.inbox;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The approvers' operations on a task (contract §12): each answers 204, or 400/403/404/409/429 with a Chinese message, changing nothing. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
class TaskOperationsController {

    private final TaskOperations operations;
    private final TaskRewinds rewinds;
    private final Countersigns countersigns;
    private final CarbonCopies copies;

    private final TaskPanel panel;

    TaskOperationsController(TaskOperations operations, TaskRewinds rewinds, Countersigns countersigns, CarbonCopies copies, TaskPanel panel) {
        this.panel = panel;
        this.operations = operations;
        this.rewinds = rewinds;
        this.countersigns = countersigns;
        this.copies = copies;
    }

    /** What the caller may do with the task now, and what each operation offers (Tasklist's 办理操作 tab). */
    @GetMapping("/operations")
    Map<String, Object> operations(@PathVariable String taskId) {
        return panel.of(taskId);
    }

    @PostMapping("/transfer")
    ResponseEntity<Void> transfer(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> request = body == null ? Map.of() : body;
        operations.transfer(taskId, request.get("userId"), request.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/delegate")
    ResponseEntity<Void> delegate(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> request = body == null ? Map.of() : body;
        operations.delegate(taskId, request.get("userId"), request.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/resolve")
    ResponseEntity<Void> resolve(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        operations.resolve(taskId, body == null ? null : body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    /** The steps this case has passed that the task may be returned to, latest first. */
    @GetMapping("/return-targets")
    List<Map<String, Object>> returnTargets(@PathVariable String taskId) {
        return rewinds.returnTargets(taskId);
    }

    @PostMapping("/return")
    ResponseEntity<Void> returnTo(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> request = body == null ? Map.of() : body;
        rewinds.returnTo(taskId, request.get("activityId"), request.get("reason"));
        return ResponseEntity.noContent().build();
    }

    /** 撤回 of task {@code taskId}, which the caller completed. */
    @PostMapping("/recall")
    ResponseEntity<Void> recall(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        rewinds.recall(taskId, body == null ? null : body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    /** 加签: {@code {"userIds", "mode": "BEFORE"|"AFTER", "reason"}}. */
    @PostMapping("/countersign")
    ResponseEntity<Void> countersign(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> request = body == null ? Map.of() : body;
        countersigns.add(taskId, request.get("userIds"), request.get("mode"), request.get("reason"));
        return ResponseEntity.noContent().build();
    }

    /** The task's added signers, whether each has signed, and its opinion. */
    @GetMapping("/countersign")
    List<Map<String, Object>> signers(@PathVariable String taskId) {
        return countersigns.of(taskId);
    }

    @PostMapping("/urge")
    ResponseEntity<Void> urge(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        operations.urge(taskId, body == null ? null : body.get("message"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cc")
    ResponseEntity<Void> carbonCopy(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> request = body == null ? Map.of() : body;
        operations.carbonCopy(taskId, request.get("userIds"), request.get("reason"));
        return ResponseEntity.noContent().build();
    }

    /** Who the task was sent to (抄送) and whether each read it, for those who may see the task. */
    @GetMapping("/cc")
    List<Map<String, Object>> carbonCopies(@PathVariable String taskId) {
        operations.requireVisible(taskId);
        return copies.of(taskId);
    }
}
