package org.safetyflow.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.registry.Blacklist;
import org.safetyflow.registry.BlacklistEntry;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * 严重失信 → 黑名单: where the head decides at the 行政处罚决定 to list the enterprise ({@link SeriousDishonesty} says the
 * decision is of a listed kind; PenaltyInputs refuses a listing it does not allow), the entry of the 严重失信主体名单 is made
 * in the decision's transaction — the reason with its grounds, the 决定书文号, listed today for three years, the penalty
 * case as its source — so that the licensing gate {@code BLACKLIST} and the renewal track see it at once.
 */
@Component("penaltyBlacklisting")
public class PenaltyBlacklisting {

    private final Blacklist blacklist;
    private final SeriousDishonesty dishonesty;

    PenaltyBlacklisting(Blacklist blacklist, SeriousDishonesty dishonesty) {
        this.blacklist = blacklist;
        this.dishonesty = dishonesty;
    }

    public void decided(DelegateTask task) {
        if (!"PENALIZE".equals(task.getVariable("decisionOutcome"))) {
            return;
        }
        SeriousDishonesty.Decision listing = dishonesty.assess(task.getVariables());
        task.setVariable("blacklistGrounds", listing.reason());
        if (!"LIST".equals(task.getVariable("blacklistDecision"))) {
            return;
        }
        String decisionNumber = (String) task.getVariable("decisionNumber");
        String reason = "行政处罚决定（" + decisionNumber + "）：" + listing.reason()
                + (task.getVariable("blacklistOpinion") instanceof String opinion ? "；" + opinion : "");
        BlacklistEntry entry = blacklist.addFromDecision((String) task.getVariable("enterpriseCreditCode"),
                (String) task.getVariable("enterpriseName"), reason, task.getExecution().getProcessBusinessKey(), decisionNumber,
                CalendarDays.dayOf(ClockUtil.getCurrentTime()), actor(task));
        task.setVariable("blacklistEntryId", entry.id());
        task.setVariable("blacklistListedOn", entry.listedOn().toString());
        task.setVariable("blacklistExpiresOn", entry.expiresOn().toString());
    }

    /** The head who decides; "system" where the decision is completed outside a user's request (as PenaltySteps records it). */
    private static String actor(DelegateTask task) {
        String actor = Actors.current(task.getProcessEngineServices());
        return actor == null ? "system" : actor;
    }
}
