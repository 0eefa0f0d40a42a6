package org.safetyflow.licensing;

import java.util.List;
import java.util.Set;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.Role;
import org.safetyflow.security.SystemActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/licensing/gates?enterpriseCreditCode=&licenceType=} (contract §9): for the licensing
 * window and those who oversee it; the gates read the cases of the caller's jurisdictions. With no application at
 * hand, 工伤保险 and 民爆 定员 are judged on the enterprise's latest licensing case of the type (or 「以申请材料为准」).
 */
@RestController
class LicensingGatesController {

    static final Set<Role> READERS = Set.of(Role.LICENSING_CLERK, Role.LICENSING_REVIEWER, Role.PROJECT_REVIEWER,
            Role.BUREAU_HEAD, Role.AUDITOR);

    private final LicensingGates gates;
    private final CurrentUser currentUser;
    private final SystemActions system;

    LicensingGatesController(LicensingGates gates, CurrentUser currentUser, SystemActions system) {
        this.gates = gates;
        this.currentUser = currentUser;
        this.system = system;
    }

    @GetMapping("/api/licensing/gates")
    List<LicensingGates.GateResult> gates(@RequestParam(required = false) String enterpriseCreditCode,
            @RequestParam(required = false) String licenceType) {
        currentUser.id();
        if (!currentUser.isAdministrator() && READERS.stream().noneMatch(currentUser::isMemberOf)) {
            throw Refusal.forbidden("只有行政审批、三同时审查人员和机关负责人、审计员可以查询许可前置条件");
        }
        String creditCode = Fields.required("enterpriseCreditCode", "统一社会信用代码", FieldType.creditCode(), enterpriseCreditCode);
        String type = Fields.required("licenceType", "许可类别", FieldType.oneOf(List.copyOf(LicenceTypes.NAMES.keySet())), licenceType);
        return system.afterCheckingAccess(() -> gates.check(creditCode, type));
    }
}
