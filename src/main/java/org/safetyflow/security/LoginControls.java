package org.safetyflow.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 等保2.0 三级 login controls in the engine (GB/T 22239-2019 8.1.4.1 a, b): the password rules
 * ({@link PasswordRules}), and a user locked after {@code safetyflow.security.login-max-attempts}
 * consecutive failures until a security administrator unlocks it (the engine also makes each failed
 * attempt wait a few seconds longer than the one before).
 */
@Component
class LoginControls extends AbstractProcessEnginePlugin {

    private final int maxAttempts;

    LoginControls(@Value("${safetyflow.security.login-max-attempts}") int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new PasswordRules());
        configuration.setLoginMaxAttempts(maxAttempts);
    }
}
