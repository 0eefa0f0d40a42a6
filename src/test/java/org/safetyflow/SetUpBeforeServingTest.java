package org.safetyflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class SetUpBeforeServingTest {

    static final List<String> EVENTS = new ArrayList<>();

    @Test
    void shouldRunEveryStartupStepInItsOrderBeforeTheWebServerOpensItsPort() {
        EVENTS.clear();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Steps.class, SetUpBeforeServing.class)) {
            assertThat(EVENTS).containsExactly("tenants", "grants", "web server open");
        }
    }

    @Test
    void shouldKnowThePhaseInWhichSpringBootsWebServerOpensItsPort() throws ReflectiveOperationException {
        Class<?> lifecycle = Class.forName("org.springframework.boot.web.servlet.context.WebServerStartStopLifecycle");
        Constructor<?> constructor = lifecycle.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        SmartLifecycle webServer = (SmartLifecycle) constructor.newInstance(new Object[constructor.getParameterCount()]);
        assertThat(webServer.getPhase()).isEqualTo(SetUpBeforeServing.WEB_SERVER_PHASE);
    }

    @Configuration
    static class Steps {

        @Bean
        @Order(3)
        StartupStep grants() {
            return () -> EVENTS.add("grants");
        }

        @Bean
        @Order(0)
        StartupStep tenants() {
            return () -> EVENTS.add("tenants");
        }

        /** Stands for Spring Boot's web server, which opens its port in this phase. */
        @Bean
        SmartLifecycle webServer() {
            return new SmartLifecycle() {
                private boolean running;

                @Override
                public void start() {
                    EVENTS.add("web server open");
                    running = true;
                }

                @Override
                public void stop() {
                    running = false;
                }

                @Override
                public boolean isRunning() {
                    return running;
                }

                @Override
                public int getPhase() {
                    return SetUpBeforeServing.WEB_SERVER_PHASE;
                }
            };
        }
    }
}
