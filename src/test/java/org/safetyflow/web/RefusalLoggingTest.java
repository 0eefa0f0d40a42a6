package org.safetyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import org.safetyflow.rules.Refusal;

/** Expected refusals are one INFO line; a real failure of a command stays an ERROR. */
class RefusalLoggingTest {

    private final RefusalLogging filter = new RefusalLogging();
    private final ch.qos.logback.classic.Logger engineContext = new LoggerContext().getLogger("org.camunda.bpm.engine.context");

    @Test
    void shouldQuietRefusalsEvenWhenTheEngineWrappedThem() {
        assertThat(decide(new BadUserRequestException("缺少必填项「用户」（userId）"))).isEqualTo(FilterReply.DENY);
        assertThat(decide(new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                Refusal.invalid("reason", "缺少必填项「暂停理由」（reason）")))).isEqualTo(FilterReply.DENY);
        assertThat(decide(new AuthorizationException("您无权办理"))).isEqualTo(FilterReply.DENY);
        assertThat(decide(new ProcessEngineException("Password does not match policy"))).isEqualTo(FilterReply.DENY);
        assertThat(decide(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed"))).isEqualTo(FilterReply.DENY);
        assertThat(decide(new ProcessEngineException("Cannot complete task", new NullValueException("Cannot find task with id 1: task is null"))))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void shouldKeepEveryOtherFailureAnError() {
        assertThat(decide(new ProcessEngineException("Unknown property used in expression", new NullPointerException()))).isEqualTo(FilterReply.NEUTRAL);
        // Answered 400 (a variable the step needs), but the model that needs what nobody required is wrong: an ERROR.
        assertThat(decide(new ProcessEngineException("Unknown property used in expression: ${x}. Cause: Cannot resolve identifier 'x'")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, new LoggerContext().getLogger("org.safetyflow.audit"), Level.ERROR, "x", null,
                new BadUserRequestException("x"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.WARN, "x", null, new BadUserRequestException("x"))).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(Throwable thrown) {
        return filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
                new Object[] {thrown.getMessage(), thrown}, null);
    }
}
