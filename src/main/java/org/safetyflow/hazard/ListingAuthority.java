package org.safetyflow.hazard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.EnclosingJurisdictions;
import org.springframework.stereotype.Component;

/**
 * After the listing decision (DMN {@code hazard-listing-level}): the jurisdiction whose 安委会 lists the
 * hazard — the case's own (县级), its city (市级) or its province (省级) — and that committee's name.
 */
@Component("listingAuthority")
class ListingAuthority implements ExecutionListener {

    private final EnclosingJurisdictions jurisdictions;
    private final HazardLabelling labels;

    ListingAuthority(EnclosingJurisdictions jurisdictions, HazardLabelling labels) {
        this.jurisdictions = jurisdictions;
        this.labels = labels;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Jurisdiction listing = jurisdictions.at((String) execution.getVariable("jurisdiction"),
                Jurisdiction.Level.valueOf((String) execution.getVariable("listingLevel")));
        execution.setVariable("listingJurisdiction", listing.code());
        execution.setVariable("listingAuthority", listing.name() + "安全生产委员会");
        labels.notify(execution);
    }
}
