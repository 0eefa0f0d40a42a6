package org.safetyflow.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The divisions' full names by code, for anyone — as public as GB/T 2260 itself — so that Tasklist
 * names a case's jurisdiction instead of showing its tenant id.
 */
@RestController
class PublicJurisdictionsController {

    private final JurisdictionDirectory jurisdictions;

    PublicJurisdictionsController(JurisdictionDirectory jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/api/public/jurisdictions")
    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        jurisdictions.all().forEach(jurisdiction -> names.put(jurisdiction.code(), jurisdiction.fullName()));
        return names;
    }
}
