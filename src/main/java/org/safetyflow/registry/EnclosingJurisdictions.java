package org.safetyflow.registry;

import org.springframework.stereotype.Component;

/**
 * The jurisdiction at a level that encloses a case's own: the 安委会 that lists a hazard at 市级, the
 * government that investigates an accident at 省级. A jurisdiction at or above the level is itself.
 */
@Component
public class EnclosingJurisdictions {

    private final JurisdictionDirectory jurisdictions;

    EnclosingJurisdictions(JurisdictionDirectory jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    public Jurisdiction at(String code, Jurisdiction.Level level) {
        Jurisdiction current = jurisdictions.find(code).orElseThrow(() -> new IllegalStateException("unknown jurisdiction " + code));
        while (current.level().ordinal() > level.ordinal() && current.parentCode() != null) {
            current = jurisdictions.find(current.parentCode()).orElseThrow();
        }
        return current;
    }
}
