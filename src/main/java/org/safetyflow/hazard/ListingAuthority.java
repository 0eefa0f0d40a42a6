package org.safetyflow.hazard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.stereotype.Component;

/**
 * After the listing decision (DMN {@code hazard-listing-level}): the jurisdiction whose 安委会 lists the
 * hazard — the case's own (县级), its city (市级) or its province (省级) — and that committee's name.
 */
@Component("listingAuthority")
class ListingAuthority implements ExecutionListener {

    private final JurisdictionDirectory jurisdictions;
    private final HazardLabelling labels;

    ListingAuthority(JurisdictionDirectory jurisdictions, HazardLabelling labels) {
        this.jurisdictions = jurisdictions;
        this.labels = labels;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String code = (String) execution.getVariable("jurisdiction");
        Jurisdiction own = jurisdictions.find(code).orElseThrow(() -> new IllegalStateException("unknown jurisdiction " + code));
        Jurisdiction listing = switch ((String) execution.getVariable("listingLevel")) {
            case "PROVINCE" -> ancestor(own, Jurisdiction.Level.PROVINCE);
            case "CITY" -> own.level() == Jurisdiction.Level.COUNTY ? ancestor(own, Jurisdiction.Level.CITY) : own;
            default -> own;
        };
        execution.setVariable("listingJurisdiction", listing.code());
        execution.setVariable("listingAuthority", listing.name() + "安全生产委员会");
        labels.notify(execution);
    }

    private Jurisdiction ancestor(Jurisdiction from, Jurisdiction.Level level) {
        Jurisdiction current = from;
        while (current.level() != level && current.parentCode() != null) {
            current = jurisdictions.find(current.parentCode()).orElseThrow();
        }
        return current;
    }
}
