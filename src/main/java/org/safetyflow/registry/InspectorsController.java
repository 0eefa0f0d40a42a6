package org.safetyflow.registry;

import java.util.List;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 执法人员 roster (contract §11): officials read, administrators write. */
@RestController
@RequestMapping("/api/registry/inspectors")
class InspectorsController {

    private static final String ROSTER = "执法人员名录";

    private final InspectorRoster roster;
    private final JurisdictionDirectory jurisdictions;
    private final CurrentUser currentUser;

    InspectorsController(InspectorRoster roster, JurisdictionDirectory jurisdictions, CurrentUser currentUser) {
        this.roster = roster;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
    }

    /** The roster; {@code department} keeps one department's, {@code jurisdiction} those a draw there may send. */
    @GetMapping
    List<Inspector> inspectors(@RequestParam(required = false) String department,
            @RequestParam(required = false) String jurisdiction) {
        Officials.require(currentUser, ROSTER);
        Department unit = department == null || department.isBlank() ? null : InspectorRoster.department(department);
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return roster.list(unit);
        }
        String code = jurisdictions.existing(jurisdiction.strip()).code();
        return (unit == null ? List.of(Department.values()) : List.of(unit)).stream()
                .flatMap(each -> roster.workingFor(each, code).stream()).toList();
    }

    @GetMapping("/{userId}")
    Inspector inspector(@PathVariable String userId) {
        Officials.require(currentUser, ROSTER);
        return roster.find(userId).orElseThrow(() -> Refusal.notFound("执法人员名录中没有用户 " + userId));
    }

    record Entry(Object department, Object certificateNumber, Object conflicts) {
    }

    @PutMapping("/{userId}")
    Inspector save(@PathVariable String userId, @RequestBody Entry entry) {
        currentUser.requireAdministrator();
        return roster.save(userId, entry.department(), entry.certificateNumber(), entry.conflicts(), currentUser.id());
    }

    @DeleteMapping("/{userId}")
    ResponseEntity<Void> remove(@PathVariable String userId) {
        currentUser.requireAdministrator();
        if (!roster.remove(userId)) {
            throw Refusal.notFound("执法人员名录中没有用户 " + userId);
        }
        return ResponseEntity.noContent().build();
    }
}
