package org.safetyflow.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.rules.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A refusal is an answer, not a failure: the engine logs every exception that ends a command as an
 * ERROR with its stack trace (ENGINE-16004), also when SafetyFlow refused bad input or a missing right
 * with a 4xx, or when another request completed the task first (409) or it was finished already (404). Those become
 * one INFO line on {@code org.safetyflow.refusals}; anything else stays an ERROR.
 */
@Component
class RefusalLogging extends TurboFilter {

    private static final Logger REFUSALS = LoggerFactory.getLogger("org.safetyflow.refusals");
    /** The engine's own refusals that carry no refusal type: the password policy, a case of another jurisdiction. */
    private static final String UNKNOWN_PROPERTY = "Unknown property used in expression";
    private static final String[] ENGINE_REFUSALS = {"Password does not match policy", "ENGINE-13034"};

    @EventListener(ApplicationStartedEvent.class)
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && !context.getTurboFilterList().contains(this)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level != Level.ERROR || !logger.getName().equals("org.camunda.bpm.engine.context")) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        if (!isRefusal(thrown)) {
            return FilterReply.NEUTRAL;
        }
        REFUSALS.info("refused: {}", thrown.getMessage());
        return FilterReply.DENY;
    }

    private static boolean namesUnknownProperty(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(UNKNOWN_PROPERTY)) {
                return true;
            }
        }
        return false;
    }

    static boolean isRefusal(Throwable thrown) {
        if (thrown != null && ErrorAnswer.known(thrown, "", false).map(answer -> answer.status() < 500).orElse(false)
                && !namesUnknownProperty(thrown)) {
            // A lost race, a finished task, a value the database refused: answered 4xx (ErrorAnswer), nothing failed.
            // A model that needs a variable nobody required is answered 400 too, but stays an ERROR: the model is wrong.
            return true;
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal || cause instanceof BadUserRequestException || cause instanceof AuthorizationException) {
                return true;
            }
            for (String refusal : ENGINE_REFUSALS) {
                if (cause.getMessage() != null && cause.getMessage().startsWith(refusal)) {
                    return true;
                }
            }
        }
        return false;
    }
}
