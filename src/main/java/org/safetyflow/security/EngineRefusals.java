package org.safetyflow.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/**
 * Refusals as refusals: the engine wraps what a listener throws ("Exception while invoking
 * TaskListener") and reports its tenant check in English, both of which REST answers with 500. Around
 * every command, this unwraps a refusal SafetyFlow made (an {@link AuthorizationException} → 403, a
 * {@link BadUserRequestException} such as invalid input → 400, a domain {@link Refusal} → 403 if
 * forbidden, 400 otherwise), puts the engine's own authorization refusals and password-policy failures
 * into Chinese, and turns the tenant check into a Chinese 403. The transaction is rolled back either way.
 */
@Component
class EngineRefusals extends AbstractProcessEnginePlugin {

    /** The engine's code for "Cannot ... because it belongs to no authenticated tenant". */
    static final String UNAUTHORIZED_TENANT = "ENGINE-13034";
    /** What the engine says when a password breaks the password policy (a 500 otherwise). */
    static final String PASSWORD_REFUSED = "Password does not match policy";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new Translation());
    }

    private static final class Translation extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (AuthorizationException refusal) {
                AuthorizationException translated = MissingPermissions.isTheEngines(refusal) ? MissingPermissions.inChinese(refusal) : refusal;
                RefusedCommands.remember(translated);
                throw translated;
            } catch (BadUserRequestException refusal) {
                RefusedCommands.remember(refusal);
                throw refusal;
            } catch (Refusal refusal) {
                // Thrown straight through (not wrapped by the engine): SafetyFlow's API answers it by its kind.
                RefusedCommands.remember(engineRefusal(refusal));
                throw refusal;
            } catch (ProcessEngineException e) {
                ProcessEngineException translated = translate(e);
                RefusedCommands.remember(translated);
                throw translated;
            } catch (RuntimeException | StackOverflowError e) {
                RefusedCommands.remember(e instanceof RuntimeException failure ? failure : new ProcessEngineException(e.toString(), e));
                throw e;
            }
        }
    }

    /**
     * A domain refusal as the engine's REST API answers refusals: 403 for the forbidden, 400 for the rest; a conflict
     * (409) and a request too soon (429) keep the refusal as their cause, which the error answer (http.ErrorAnswer)
     * reads its status from.
     */
    static ProcessEngineException engineRefusal(Refusal refusal) {
        if (refusal.kind() == Refusal.Kind.FORBIDDEN || refusal.kind() == Refusal.Kind.UNAUTHENTICATED) {
            return new AuthorizationException(refusal.getMessage());
        }
        return refusal.kind() == Refusal.Kind.CONFLICT || refusal.kind() == Refusal.Kind.TOO_SOON
                ? new BadUserRequestException(refusal.getMessage(), refusal) : new BadUserRequestException(refusal.getMessage());
    }

    static ProcessEngineException translate(ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return engineRefusal(refusal);
            }
            if (cause instanceof AuthorizationException refusal && MissingPermissions.isTheEngines(refusal)) {
                return MissingPermissions.inChinese(refusal);
            }
            if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
                return (ProcessEngineException) cause;
            }
        }
        if (PASSWORD_REFUSED.equals(e.getMessage())) {
            return new BadUserRequestException(PasswordRules.EXPLANATION);
        }
        if (e.getMessage() != null && e.getMessage().startsWith(UNAUTHORIZED_TENANT)) {
            return new AuthorizationException("该案件不属于您所在的管辖区划，无权查看或办理。");
        }
        return e;
    }
}
