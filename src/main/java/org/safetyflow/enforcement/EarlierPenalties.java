package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.safetyflow.calendar.CalendarDays;

/**
 * The 行政处罚 an enterprise has had in SafetyFlow ({@code administrative-penalty} cases that ended in a penalty, {@code
 * decision} PENALIZED, with the day of {@code decidedAt}), as 安全生产法第一百一十三条第一项 counts them: by any department
 * and in any jurisdiction, so read without the user's authorization and tenant checks — only their case numbers and days
 * leave this class. Runs inside an engine command (a task listener of the case asking).
 */
final class EarlierPenalties {

    private EarlierPenalties() {
    }

    static List<ClosureReferral.Penalty> of(HistoryService history, String creditCode, String exceptCase) {
        CommandContext context = Context.getCommandContext();
        boolean authorizing = context.isAuthorizationCheckEnabled();
        boolean tenantChecking = context.isTenantCheckEnabled();
        context.disableAuthorizationCheck();
        context.disableTenantCheck();
        try {
            List<ClosureReferral.Penalty> penalties = new ArrayList<>();
            for (HistoricProcessInstance penalty : history.createHistoricProcessInstanceQuery().processDefinitionKey(PenaltyInputs.PROCESS_KEY)
                    .variableValueEquals("enterpriseCreditCode", creditCode).variableValueEquals("decision", "PENALIZED").list()) {
                HistoricVariableInstance decided = history.createHistoricVariableInstanceQuery().processInstanceId(penalty.getId())
                        .variableName("decidedAt").singleResult();
                if (!penalty.getBusinessKey().equals(exceptCase) && decided != null && decided.getValue() instanceof Date day) {
                    penalties.add(new ClosureReferral.Penalty(penalty.getBusinessKey(), CalendarDays.dayOf(day)));
                }
            }
            return penalties;
        } finally {
            if (authorizing) {
                context.enableAuthorizationCheck();
            }
            if (tenantChecking) {
                context.enableTenantCheck();
            }
        }
    }
}
