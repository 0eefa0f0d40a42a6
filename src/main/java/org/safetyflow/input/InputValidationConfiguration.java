package org.safetyflow.input;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class InputValidationConfiguration {

    @Bean
    FilterRegistrationBean<InputValidationFilter> inputValidationFilter(InputSpecs specs,
            RepositoryService repositoryService, TaskService taskService, ProcessEngineConfigurationImpl engine) {
        FilterRegistrationBean<InputValidationFilter> registration =
                new FilterRegistrationBean<>(new InputValidationFilter(specs, repositoryService, taskService, engine));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("safetyflowInputValidation");
        // After authentication, before the engine's REST resources and the webapps' session filters see the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** After authentication and the route policy, before input validation and any controller: values no request may carry. */
    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(InputSpecs specs) {
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(new RequestLimits(specs.longestText()));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
        registration.setName("safetyflowRequestLimits");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 17);
        return registration;
    }
}
