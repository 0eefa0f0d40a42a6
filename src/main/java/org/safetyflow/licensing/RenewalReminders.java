package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 延续提醒 (安全生产许可证条例第九条: the enterprise applies for renewal 3 months before expiry): every licence of the
 * register whose validity ends within {@code safetyflow.time-limits.licensing.renewal-reminder} gets one
 * {@code licence-renewal-reminder} case per validity, for the window of the licence's jurisdiction and the
 * enterprise's users. It ends when a RENEWAL case for the licence starts (message {@code licence-renewal-applied}) or
 * when the window records that the enterprise was told.
 *
 * <p>A sweep, not an engine timer per licence: licences also enter the register by import, and a sweep sees them
 * all. It runs every day and when the application starts, on every node; each licence is claimed by inserting its
 * row into {@code sf_licence_reminder} (primary key: licence and valid-until) in the same transaction that starts its
 * case, so a second node, a second run or a restart never starts a second reminder, and a day missed while every
 * node was down is caught up by the next run.
 */
@Component
class RenewalReminders {

    public static final String PROCESS_KEY = "licence-renewal-reminder";
    static final String MESSAGE = "licence-renewal-applied";
    private static final Logger LOG = LoggerFactory.getLogger(RenewalReminders.class);

    private final LicenceRegister register;
    private final TimeLimits limits;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;

    RenewalReminders(LicenceRegister register, TimeLimits limits, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.register = register;
        this.limits = limits;
        this.runtime = runtime;
        this.transactions = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sweepAtStart() {
        sweep();
    }

    @Scheduled(cron = "${safetyflow.licensing.reminder-sweep-cron}", zone = "Asia/Shanghai")
    void sweepDaily() {
        sweep();
    }

    /** Starts the reminders that are due today (the engine's clock); returns their case numbers. */
    public List<String> sweep() {
        LocalDate today = CalendarDays.dayOf(ClockUtil.getCurrentTime());
        int months = limits.limit("licensing.renewal-reminder").in(TimeLimit.Unit.MONTHS);
        return register.dueForReminder(today, today.plusMonths(months)).stream()
                .map(licence -> transactions.execute(status -> {
                    if (!register.claimReminder(licence.licenceNumber(), licence.validUntil())) {
                        status.setRollbackOnly();
                        return null;
                    }
                    String caseNumber = start(licence, months).getBusinessKey();
                    register.recordReminderCase(licence.licenceNumber(), licence.validUntil(), caseNumber);
                    LOG.info("renewal reminder {} for licence {} (valid until {})", caseNumber, licence.licenceNumber(), licence.validUntil());
                    return caseNumber;
                }))
                .filter(caseNumber -> caseNumber != null).toList();
    }

    private ProcessInstance start(Licence licence, int months) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", licence.jurisdiction());
        variables.put("enterpriseName", licence.enterpriseName());
        variables.put("enterpriseCreditCode", licence.enterpriseCreditCode());
        variables.put("licenceNumber", licence.licenceNumber());
        variables.put("licenceType", licence.licenceType());
        variables.put("licenceValidUntil", CalendarDays.endOf(licence.validUntil()));
        variables.put("reminderDueDate", CalendarDays.endOf(licence.validUntil().minusMonths(months)));
        return runtime.startProcessInstanceByKey(PROCESS_KEY, variables);
    }

    /**
     * A RENEWAL case for the licence has started (inside its start): its open reminder ends, naming the case. The
     * applicant need not see the reminder's case, nor be of its jurisdiction.
     */
    void renewalApplied(String licenceNumber, String renewalCaseNumber) {
        CommandContext context = Context.getCommandContext();
        boolean authorizing = context.isAuthorizationCheckEnabled();
        boolean tenantChecking = context.isTenantCheckEnabled();
        context.disableAuthorizationCheck();
        context.disableTenantCheck();
        try {
            runtime.createMessageCorrelation(MESSAGE)
                    .processInstanceVariableEquals("licenceNumber", licenceNumber)
                    .setVariable("renewalCaseNumber", renewalCaseNumber).correlateAll();
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
