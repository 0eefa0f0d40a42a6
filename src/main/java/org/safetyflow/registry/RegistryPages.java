package org.safetyflow.registry;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The enterprise register's page is served at {@code /enterprises/} (static files under {@code static/enterprises}). */
@Configuration
class RegistryPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/enterprises", "/enterprises/");
        registry.addViewController("/enterprises/").setViewName("forward:/enterprises/index.html");
    }
}
