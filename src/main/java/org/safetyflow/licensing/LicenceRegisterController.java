package org.safetyflow.licensing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
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

/**
 * The licence register over HTTP (contract §9): anyone signed in reads (a licence is a public record,
 * 行政许可法第四十条); administrators register licences issued before SafetyFlow.
 */
@RestController
@RequestMapping("/api/registry/licences")
class LicenceRegisterController {

    private final LicenceRegister register;
    private final CurrentUser currentUser;
    private final RenewalReminders reminders;

    LicenceRegisterController(LicenceRegister register, CurrentUser currentUser, RenewalReminders reminders) {
        this.register = register;
        this.currentUser = currentUser;
        this.reminders = reminders;
    }

    @GetMapping
    List<Licence> ofEnterprise(@RequestParam(required = false) String enterpriseCreditCode) {
        return register.ofEnterprise(Fields.required("enterpriseCreditCode", "统一社会信用代码", FieldType.creditCode(), enterpriseCreditCode));
    }

    @GetMapping("/{licenceNumber}")
    Licence one(@PathVariable String licenceNumber) {
        return register.find(licenceNumber).orElseThrow(() -> Refusal.notFound("未找到许可证：" + licenceNumber));
    }

    @PostMapping
    ResponseEntity<Licence> register(@RequestBody(required = false) Map<String, Object> request) {
        currentUser.requireAdministrator();
        if (request == null) {
            throw Refusal.invalid("请求体应为许可证信息（JSON 对象）");
        }
        Licence licence = register.register(request, currentUser.id());
        // a licence registered within 3 months of its expiry gets its 延续提醒 now, not at the next daily sweep
        reminders.sweep();
        return ResponseEntity.status(HttpStatus.CREATED).body(licence);
    }

    /** The migration import of a bureau's licence list as CSV (see {@link LicenceImportFile}): all rows or none. */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ResponseEntity<Map<String, Object>> importFile(@RequestBody(required = false) byte[] file) {
        currentUser.requireAdministrator();
        if (file == null || file.length == 0) {
            throw Refusal.invalid("请求体应为 CSV 文件（UTF-8）");
        }
        List<Licence> imported = register.importAll(LicenceImportFile.read(file), i -> "第 " + (i + 2) + " 行", currentUser.id());
        reminders.sweep();
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", imported.size(), "licences", imported));
    }

    /** The same import as a JSON list of the register's request objects (an element that is not one is a fault of its own). */
    @PostMapping(path = "/import", consumes = "application/json")
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> importList(@RequestBody(required = false) Object licences) {
        currentUser.requireAdministrator();
        if (!(licences instanceof List<?> list)) {
            throw Refusal.invalid("请求体应为许可证信息的列表（JSON 数组）");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object element : list) {
            rows.add(element instanceof Map<?, ?> row ? (Map<String, Object>) row : null);
        }
        List<Licence> imported = register.importAll(rows, i -> "第 " + (i + 1) + " 条", currentUser.id());
        reminders.sweep();
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", imported.size(), "licences", imported));
    }
}
