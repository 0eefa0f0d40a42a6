package org.safetyflow.registry;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.Role;
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

    EnterprisesController(Enterprises enterprises, JurisdictionDirectory jurisdictions, CurrentUser currentUser,
            IdentityService identityService) {
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.identityService = identityService;
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

    /**
     * The users who act for the enterprise: members of its group (its tasks), of the role group
     * {@code enterprise} (Tasklist) and of its jurisdiction's tenant.
     */
    @GetMapping("/{creditCode}/users")
    List<String> enterpriseUsers(@PathVariable String creditCode) {
        Enterprise enterprise = enterprise(creditCode);
        return identityService.createUserQuery().memberOfGroup(EnterpriseGroups.groupId(enterprise.creditCode())).list()
                .stream().map(User::getId).toList();
    }

    @PostMapping("/{creditCode}/users")
    ResponseEntity<List<String>> addEnterpriseUser(@PathVariable String creditCode, @RequestBody EnterpriseUser request) {
        currentUser.requireAdministrator();
        Enterprise enterprise = enterprise(creditCode);
        String userId = Fields.required("userId", "用户", FieldType.text(64), request.userId());
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw Refusal.invalid("userId", "用户不存在：" + userId);
        }
        String group = EnterpriseGroups.ensure(identityService, enterprise.creditCode(), enterprise.name());
        for (String member : List.of(group, Role.ENTERPRISE.groupId())) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(member).count() == 0) {
                identityService.createMembership(userId, member);
            }
        }
        if (identityService.createTenantQuery().userMember(userId).tenantId(enterprise.jurisdiction()).count() == 0) {
            identityService.createTenantUserMembership(enterprise.jurisdiction(), userId);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(enterpriseUsers(creditCode));
    }
}
