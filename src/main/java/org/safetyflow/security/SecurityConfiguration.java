package org.safetyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts HTTP Basic authentication in front of the engine's REST API and SafetyFlow's own API. */
@Configuration
class SecurityConfiguration {

    /** Runs before every other SafetyFlow filter, so nothing reads a request from an anonymous caller. */
    static final int AUTHENTICATION_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<BasicAuthenticationFilter> basicAuthenticationFilter(IdentityService identityService,
            LoginAttempts loginAttempts, SignedInUsers signedInUsers) {
        FilterRegistrationBean<BasicAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new BasicAuthenticationFilter(identityService, loginAttempts, signedInUsers));
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setName("safetyflowBasicAuthentication");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    /** Logins to Tasklist, Cockpit and Admin, for the security log. */
    @Bean
    FilterRegistrationBean<WebappLogins> webappLogins(LoginAttempts loginAttempts) {
        FilterRegistrationBean<WebappLogins> registration = new FilterRegistrationBean<>(new WebappLogins(loginAttempts));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setName("safetyflowWebappLogins");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    /** Around the engine's API and Tasklist's: a refusal inside a command answers 4xx, not the resources' 500. */
    @Bean
    FilterRegistrationBean<RefusedCommands> refusedCommands() {
        FilterRegistrationBean<RefusedCommands> registration = new FilterRegistrationBean<>(new RefusedCommands());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("safetyflowRefusedCommands");
        registration.setOrder(AUTHENTICATION_ORDER + 1);
        return registration;
    }

    /** Right after authentication, before input validation: what a role may ask of the engine's API. */
    @Bean
    FilterRegistrationBean<EngineRoutePolicy> engineRoutePolicy(IdentityService identityService, TaskService taskService,
            ProcessEngineConfigurationImpl engine, AccessMatrix matrix) {
        FilterRegistrationBean<EngineRoutePolicy> registration =
                new FilterRegistrationBean<>(new EngineRoutePolicy(identityService, taskService, engine, matrix));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setName("safetyflowEngineRoutePolicy");
        registration.setOrder(AUTHENTICATION_ORDER + 5);
        return registration;
    }
}
