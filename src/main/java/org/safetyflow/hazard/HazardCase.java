package org.safetyflow.hazard;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.stereotype.Component;

/**
 * The state of a hazard case that its steps keep up to date: {@code listed} and {@code shutdown}
 * (contract §4), the listing authority, the Chinese names of its codes for the forms
 * ({@code *Label}, {@code *Text}), and 销号.
 */
@Component("hazardCase")
public class HazardCase {

    private final JurisdictionDirectory jurisdictions;
    private final CaseDocuments documents;

    HazardCase(JurisdictionDirectory jurisdictions, CaseDocuments documents) {
        this.jurisdictions = jurisdictions;
        this.documents = documents;
    }

    /** Process start: not listed, production not stopped. */
    public void open(DelegateExecution execution) {
        execution.setVariable("listed", false);
        execution.setVariable("shutdown", false);
        refreshLabels(execution);
    }

    /** Sets the Chinese names of the codes and dates the case holds so far. */
    public void refreshLabels(DelegateExecution execution) {
        label(execution, "hazardSource", HazardLabels.SOURCES);
        label(execution, "hazardGrade", HazardLabels.GRADES);
        label(execution, "industry", HazardLabels.INDUSTRIES);
        label(execution, "gradingStandard", HazardLabels.STANDARDS);
        label(execution, "listingLevel", HazardLabels.LEVELS);
        label(execution, "assessmentBy", HazardLabels.ASSESSORS);
        day(execution, "discoveredAt");
        day(execution, "rectificationDueDate");
        day(execution, "rectificationDeadline");
        day(execution, "planDeadline");
    }

    /**
     * After the listing decision: the jurisdiction whose 安委会 lists the hazard — the case's own
     * (县级), its city (市级) or its province (省级) — and that committee's name.
     */
    public void assignListingAuthority(DelegateExecution execution) {
        String level = (String) execution.getVariable("listingLevel");
        String code = (String) execution.getVariable("jurisdiction");
        Jurisdiction own = jurisdictions.find(code).orElseThrow(() -> new IllegalStateException("unknown jurisdiction " + code));
        Jurisdiction listing = switch (level) {
            case "PROVINCE" -> ancestor(own, Jurisdiction.Level.PROVINCE);
            case "CITY" -> own.level() == Jurisdiction.Level.COUNTY ? ancestor(own, Jurisdiction.Level.CITY) : own;
            default -> own;
        };
        execution.setVariable("listingJurisdiction", listing.code());
        execution.setVariable("listingAuthority", listing.name() + "安全生产委员会");
        refreshLabels(execution);
    }

    /** 销号 (摘牌): no longer listed, production may resume; the 销号通知 becomes a document of the case. */
    public void delist(DelegateExecution execution) {
        execution.setVariable("listed", false);
        execution.setVariable("shutdown", false);
        execution.setVariable("delistedAt", ClockUtil.getCurrentTime());
        execution.setVariable("outcome", "DELISTED");
        documents.fromExecution(execution, "DELISTING_NOTICE", "重大事故隐患销号通知",
                "listingAuthority,recheckOpinion,delistedAt");
    }

    private Jurisdiction ancestor(Jurisdiction from, Jurisdiction.Level level) {
        Jurisdiction current = from;
        while (current.level() != level && current.parentCode() != null) {
            current = jurisdictions.find(current.parentCode()).orElseThrow();
        }
        return current;
    }

    private static void label(DelegateExecution execution, String variable, Map<String, String> names) {
        if (execution.getVariable(variable) instanceof String code && names.containsKey(code)) {
            execution.setVariable(variable + "Label", names.get(code));
        }
    }

    private static void day(DelegateExecution execution, String variable) {
        if (execution.getVariable(variable) instanceof Date date) {
            execution.setVariable(variable + "Text", CalendarDays.chinese(date));
        }
    }
}
