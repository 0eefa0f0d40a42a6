package org.safetyflow;

import java.util.List;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupStep} before the web server opens its port. As {@code ApplicationRunner}s they ran after it
 * had opened: a node coming up (a restart behind a load balancer, the second of two nodes) answered its first
 * requests for five seconds without the role grants — a start refused as 「没有这个流程定义」 (404), a user without the
 * rights of its role.
 */
@Component
class SetUpBeforeServing implements SmartLifecycle {

    /** The phase in which Spring Boot's web server opens its port (its WebServerStartStopLifecycle; a test pins it). */
    static final int WEB_SERVER_PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024;

    private final List<StartupStep> steps;
    private volatile boolean done;

    SetUpBeforeServing(List<StartupStep> steps) {
        this.steps = steps; // in @Order, as Spring injects a list
    }

    @Override
    public void start() {
        for (StartupStep step : steps) {
            try {
                step.run();
            } catch (Exception e) {
                throw new IllegalStateException("start-up step " + step.getClass().getSimpleName() + " failed", e);
            }
        }
        done = true;
    }

    @Override
    public void stop() {
        done = false;
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    /** Just before the web server's own phase: the port opens once every step has run. */
    @Override
    public int getPhase() {
        return WEB_SERVER_PHASE - 1;
    }
}
