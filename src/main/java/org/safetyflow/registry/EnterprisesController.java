package org.safetyflow.registry;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise register and the users who act for each enterprise: anyone signed in reads, administrators write. */
@RestController
@RequestMapping("/api/registry/enterprises")
class EnterprisesController {

    private final Enterprises enterprises;
    private final JurisdictionDirectory jurisdictions;
    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final EnterpriseUsers users;

    EnterprisesController(Enterprises enterprises, JurisdictionDirectory jurisdictions, CurrentUser currentUser,
            IdentityService identityService, EnterpriseUsers users) {
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.users = users;
    }

    @GetMapping
    List<Enterprise> enterprises(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "100") String limit) {
        if (jurisdiction != null) {
            jurisdictions.existing(jurisdiction);
        }
        int atMost = Fields.required("limit", "条数上限", FieldType.count(1, 1000), limit);
        return enterprises.search(jurisdiction, name, atMost);
    }

    @GetMapping("/{creditCode}")
    Enterprise enterprise(@PathVariable String creditCode) {
        return enterprises.find(creditCode.toUpperCase())
                .orElseThrow(() -> Refusal.notFound("统一社会信用代码为 " + creditCode + " 的企业未登记"));
    }

    record EnterpriseEntry(String name, String jurisdiction, String industry, String supervisingDepartment) {
    }

    @PutMapping("/{creditCode}")
    Enterprise saveEnterprise(@PathVariable String creditCode, @RequestBody EnterpriseEntry request) {
        currentUser.requireAdministrator();
        Enterprise saved = enterprises.save(creditCode, request.name(), request.jurisdiction(), request.industry(),
                request.supervisingDepartment(), currentUser.id());
        EnterpriseGroups.ensure(identityService, saved.creditCode(), saved.name());
        return saved;
    }

    record EnterpriseUser(String userId) {
    }

    /** The users who act for the enterprise ({@link EnterpriseUsers}). */
    @GetMapping("/{creditCode}/users")
    List<String> enterpriseUsers(@PathVariable String creditCode) {
        return users.of(enterprise(creditCode));
    }

    @PostMapping("/{creditCode}/users")
    ResponseEntity<List<String>> addEnterpriseUser(@PathVariable String creditCode, @RequestBody EnterpriseUser request) {
        currentUser.requireAdministrator();
        Enterprise enterprise = enterprise(creditCode);
        users.name(enterprise, request.userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(users.of(enterprise));
    }
}
