package org.safetyflow.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.Role;
import org.safetyflow.rules.Refusal;
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

/** The registry as JSON: anyone signed in reads, administrators write. */
@RestController
@RequestMapping("/api/registry")
class RegistryController {

    private final JurisdictionDirectory jurisdictions;
    private final JurisdictionTenants tenants;
    private final Enterprises enterprises;
    private final Blacklist blacklist;
    private final CurrentUser currentUser;
    private final IdentityService identityService;

    RegistryController(JurisdictionDirectory jurisdictions, JurisdictionTenants tenants, Enterprises enterprises,
            Blacklist blacklist, CurrentUser currentUser, IdentityService identityService) {
        this.identityService = identityService;
        this.jurisdictions = jurisdictions;
        this.tenants = tenants;
        this.enterprises = enterprises;
        this.blacklist = blacklist;
        this.currentUser = currentUser;
    }

    // ---- jurisdictions

    /** All jurisdictions, or the children of {@code parent}; {@code parent=} (empty) lists the provinces. */
    @GetMapping("/jurisdictions")
    List<Map<String, Object>> jurisdictions(@RequestParam(required = false) String parent) {
        List<Jurisdiction> list = parent == null ? jurisdictions.all()
                : parent.isBlank() ? jurisdictions.all().stream().filter(j -> j.parentCode() == null).toList()
                : jurisdictions.children(existing(parent).code());
        return list.stream().map(RegistryController::describe).toList();
    }

    @GetMapping("/jurisdictions/{code}")
    Map<String, Object> jurisdiction(@PathVariable String code) {
        Map<String, Object> body = describe(existing(code));
        body.put("children", jurisdictions.children(code).stream().map(RegistryController::describe).toList());
        return body;
    }

    record NewJurisdiction(String code, String name) {
    }

    @PostMapping("/jurisdictions")
    ResponseEntity<Map<String, Object>> addJurisdiction(@RequestBody NewJurisdiction request) {
        currentUser.requireAdministrator();
        Jurisdiction added = jurisdictions.add(request.code(), request.name(), currentUser.id());
        tenants.ensure(added);
        return ResponseEntity.status(HttpStatus.CREATED).body(describe(added));
    }

    private Jurisdiction existing(String code) {
        return jurisdictions.find(code).orElseThrow(() -> Refusal.notFound("行政区划代码 " + code + " 未登记"));
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

    // ---- enterprises

    @GetMapping("/enterprises")
    List<Enterprise> enterprises(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "100") int limit) {
        if (jurisdiction != null) {
            existing(jurisdiction);
        }
        int atMost = Fields.required("limit", "条数上限", FieldType.count(1, 1000), limit);
        return enterprises.search(jurisdiction, name, atMost);
    }

    @GetMapping("/enterprises/{creditCode}")
    Enterprise enterprise(@PathVariable String creditCode) {
        return enterprises.find(creditCode.toUpperCase())
                .orElseThrow(() -> Refusal.notFound("统一社会信用代码为 " + creditCode + " 的企业未登记"));
    }

    record EnterpriseEntry(String name, String jurisdiction, String industry, String supervisingDepartment) {
    }

    @PutMapping("/enterprises/{creditCode}")
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
    @GetMapping("/enterprises/{creditCode}/users")
    List<String> enterpriseUsers(@PathVariable String creditCode) {
        Enterprise enterprise = enterprise(creditCode);
        return identityService.createUserQuery().memberOfGroup(EnterpriseGroups.groupId(enterprise.creditCode())).list()
                .stream().map(org.camunda.bpm.engine.identity.User::getId).toList();
    }

    @PostMapping("/enterprises/{creditCode}/users")
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

    // ---- 严重失信主体名单

    /** Entries in force today; {@code all=true} includes expired and removed ones; {@code creditCode} filters. */
    @GetMapping("/blacklist")
    List<BlacklistEntry> blacklist(@RequestParam(required = false) String creditCode,
            @RequestParam(defaultValue = "false") boolean all) {
        List<BlacklistEntry> entries = blacklist.list(all);
        return creditCode == null ? entries
                : entries.stream().filter(entry -> entry.creditCode().equalsIgnoreCase(creditCode.strip())).toList();
    }

    record NewBlacklistEntry(String creditCode, String enterpriseName, String reason, String sourceCase,
            String decisionNumber, String listedOn) {
    }

    @PostMapping("/blacklist")
    ResponseEntity<BlacklistEntry> list(@RequestBody NewBlacklistEntry request) {
        currentUser.requireAdministrator();
        BlacklistEntry entry = blacklist.add(request.creditCode(), request.enterpriseName(), request.reason(),
                request.sourceCase(), request.decisionNumber(), request.listedOn(), currentUser.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }

    record Removal(String removedOn, String reason) {
    }

    @PostMapping("/blacklist/{id}/removal")
    BlacklistEntry remove(@PathVariable String id, @RequestBody Removal request) {
        currentUser.requireAdministrator();
        return blacklist.removeEarly(id, request.removedOn(), request.reason(), currentUser.id());
    }
}
