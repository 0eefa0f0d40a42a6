package org.safetyflow.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
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
        if (limit < 1 || limit > 1000) {
            throw Refusal.invalid("limit", "参数 limit 应为 1 至 1000 之间的整数");
        }
        return enterprises.search(jurisdiction, name, limit);
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
        Enterprise saved = enterprises.save(creditCode.strip().toUpperCase(), request.name(), request.jurisdiction(),
                blankToNull(request.industry()), blankToNull(request.supervisingDepartment()), currentUser.id());
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
        if (request.userId() == null || identityService.createUserQuery().userId(request.userId()).count() == 0) {
            throw Refusal.invalid("userId", "用户不存在：" + request.userId());
        }
        String group = EnterpriseGroups.ensure(identityService, enterprise.creditCode(), enterprise.name());
        for (String member : List.of(group, Role.ENTERPRISE.groupId())) {
            if (identityService.createUserQuery().userId(request.userId()).memberOfGroup(member).count() == 0) {
                identityService.createMembership(request.userId(), member);
            }
        }
        if (identityService.createTenantQuery().userMember(request.userId()).tenantId(enterprise.jurisdiction()).count() == 0) {
            identityService.createTenantUserMembership(enterprise.jurisdiction(), request.userId());
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
        BlacklistEntry entry = blacklist.add(request.creditCode() == null ? null : request.creditCode().strip().toUpperCase(),
                request.enterpriseName(), request.reason(), blankToNull(request.sourceCase()),
                blankToNull(request.decisionNumber()), date("listedOn", "列入日期", request.listedOn()), currentUser.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }

    record Removal(String removedOn, String reason) {
    }

    @PostMapping("/blacklist/{id}/removal")
    BlacklistEntry remove(@PathVariable String id, @RequestBody Removal request) {
        currentUser.requireAdministrator();
        return blacklist.removeEarly(id, date("removedOn", "移出日期", request.removedOn()), request.reason(), currentUser.id());
    }

    private static LocalDate date(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "「" + label + "」（" + field + "）应为日期，格式 YYYY-MM-DD");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
