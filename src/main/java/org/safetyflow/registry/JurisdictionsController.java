package org.safetyflow.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyflow.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdictions as JSON: anyone signed in reads, administrators add. */
@RestController
@RequestMapping("/api/registry/jurisdictions")
class JurisdictionsController {

    private final JurisdictionDirectory jurisdictions;
    private final JurisdictionTenants tenants;
    private final CurrentUser currentUser;

    JurisdictionsController(JurisdictionDirectory jurisdictions, JurisdictionTenants tenants, CurrentUser currentUser) {
        this.jurisdictions = jurisdictions;
        this.tenants = tenants;
        this.currentUser = currentUser;
    }

    /** All jurisdictions, or the children of {@code parent}; {@code parent=} (empty) lists the provinces. */
    @GetMapping
    List<Map<String, Object>> jurisdictions(@RequestParam(required = false) String parent) {
        List<Jurisdiction> list = parent == null ? jurisdictions.all()
                : parent.isBlank() ? jurisdictions.all().stream().filter(j -> j.parentCode() == null).toList()
                : jurisdictions.children(jurisdictions.existing(parent).code());
        return list.stream().map(JurisdictionsController::describe).toList();
    }

    @GetMapping("/{code}")
    Map<String, Object> jurisdiction(@PathVariable String code) {
        Map<String, Object> body = describe(jurisdictions.existing(code));
        body.put("children", jurisdictions.children(code).stream().map(JurisdictionsController::describe).toList());
        return body;
    }

    record NewJurisdiction(String code, String name) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> addJurisdiction(@RequestBody NewJurisdiction request) {
        currentUser.requireAdministrator();
        Jurisdiction added = jurisdictions.add(request.code(), request.name(), currentUser.id());
        tenants.ensure(added);
        return ResponseEntity.status(HttpStatus.CREATED).body(describe(added));
    }

    private static Map<String, Object> describe(Jurisdiction jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", jurisdiction.code());
        body.put("name", jurisdiction.name());
        body.put("fullName", jurisdiction.fullName());
        body.put("level", jurisdiction.level().name());
        body.put("levelName", jurisdiction.level().displayName());
        body.put("parentCode", jurisdiction.parentCode());
        return body;
    }
}
