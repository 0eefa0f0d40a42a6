package org.safetyflow.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The replay page is served at {@code /audit/} (static files under {@code static/audit}). */
@Configuration
class AuditPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/audit", "/audit/");
        registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
    }
}
