package org.safetyflow.enforcement;

import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.registry.Officials;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/enforcement/draws/{caseNumber}}: a case's recorded draw, for the officials of its jurisdiction. */
@RestController
class EnforcementDrawController {

    private final EnforcementDraws draws;
    private final JurisdictionDirectory jurisdictions;
    private final CurrentUser currentUser;

    EnforcementDrawController(EnforcementDraws draws, JurisdictionDirectory jurisdictions, CurrentUser currentUser) {
        this.draws = draws;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/enforcement/draws/{caseNumber}")
    RecordedDraw draw(@PathVariable String caseNumber) {
        Officials.require(currentUser, "抽查记录");
        return draws.find(caseNumber).filter(this::visible)
                .orElseThrow(() -> Refusal.notFound("未找到案件 " + caseNumber + " 的抽查记录（或不属于您的管辖区划）"));
    }

    /** Like its case: the officials of its jurisdiction and of those enclosing it. */
    private boolean visible(RecordedDraw draw) {
        return currentUser.isAdministrator()
                || currentUser.tenants().stream().anyMatch(own -> jurisdictions.withDescendants(own).contains(draw.jurisdiction()));
    }
}
