package org.safetyflow.audit;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.audit.AuditPending.Waiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals the cases whose work waits in {@code sf_audit_pending}, every {@code safetyflow.audit.seal-interval-seconds}
 * (0: only when asked), longest-waiting first, each case in its own transaction, {@code safetyflow.audit.sealer-threads}
 * cases at a time. Nothing is held in memory: work written before a crash is sealed by the next round after the
 * restart, and several nodes (and threads) seal side by side: each claims a case's work with
 * {@code FOR UPDATE SKIP LOCKED} and locks the case's chain while it appends.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final int CASES_PER_ROUND = 200;

    private final AuditChain chain;
    private final AuditPending pending;
    private final HistoryService history;
    private final int intervalSeconds;
    private final int threads;
    private ScheduledExecutorService scheduler;
    private ExecutorService sealers;

    AuditSealer(AuditChain chain, AuditPending pending, HistoryService history, @Value("${safetyflow.audit.seal-interval-seconds}") int intervalSeconds,
            @Value("${safetyflow.audit.sealer-threads}") int threads) {
        this.chain = chain;
        this.pending = pending;
        this.history = history;
        this.intervalSeconds = intervalSeconds;
        this.threads = Math.max(1, threads);
    }

    /** Starts sealing once the application is ready, after enqueueing the cases an earlier SafetyFlow left unsealed. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (intervalSeconds <= 0 || scheduler != null) {
            return;
        }
        int earlier = pending.enqueueCasesFromBeforeTheCompactChain();
        if (earlier > 0) {
            log.info("Audit seal: {} cases started before the compact chain are queued to be sealed whole", earlier);
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(daemons("safetyflow-audit-rounds"));
        sealers = Executors.newFixedThreadPool(threads, daemons("safetyflow-audit-sealer"));
        scheduler.scheduleWithFixedDelay(this::sealPending, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** Seals every case with work waiting; returns how many events it sealed. */
    int sealPending() {
        int sealed = 0;
        List<Waiting> round;
        boolean progress;
        do {
            long began = System.nanoTime();
            round = pending.waiting(CASES_PER_ROUND);
            progress = false;
            for (Integer events : sealAll(round)) {
                if (events != null) {
                    sealed += events;
                    progress = true;
                }
            }
            if (!round.isEmpty()) {
                log.debug("Audit seal: {} cases in {} ms", round.size(), (System.nanoTime() - began) / 1_000_000);
            }
        } while (progress && round.size() == CASES_PER_ROUND && !Thread.currentThread().isInterrupted());
        return sealed;
    }

    /** Each case's events sealed (null where it failed), on the sealing threads when they run. */
    private List<Integer> sealAll(List<Waiting> round) {
        if (sealers == null) {
            return round.stream().map(this::sealOrLog).toList();
        }
        try {
            return sealers.invokeAll(round.stream().map(waiting -> (Callable<Integer>) () -> sealOrLog(waiting)).toList())
                    .stream().map(AuditSealer::result).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private Integer sealOrLog(Waiting waiting) {
        try {
            return seal(waiting);
        } catch (RuntimeException e) {
            log.warn("Audit seal: case {} could not be sealed now, trying again next round", waiting, e);
            return null;
        }
    }

    private static Integer result(Future<Integer> sealed) {
        try {
            return sealed.get();
        } catch (ExecutionException | InterruptedException e) {
            return null;
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private int seal(Waiting waiting) {
        HistoricProcessInstance instance = (waiting.processInstanceId() != null
                ? history.createHistoricProcessInstanceQuery().processInstanceId(waiting.processInstanceId())
                : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(waiting.caseNumber())).list().stream().findFirst().orElse(null);
        if (instance == null) {
            pending.discard(waiting); // the case is gone (history cleanup) or never existed: nothing to seal
            return 0;
        }
        return chain.seal(instance);
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            sealers.shutdownNow();
            scheduler = null;
            sealers = null;
        }
    }
}
