package org.safetyflow.testing;

import static org.safetyflow.security.AccessMatrix.process;

import org.safetyflow.security.AccessMatrix;
import org.safetyflow.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The access-matrix lines of the small processes tests deploy themselves, declared like every process. */
@TestConfiguration(proxyBeanMethods = false)
public class TestProcessAccess {

    /** StatutoryClocksTest's stand-in for a licensing decision. */
    @Bean
    AccessMatrix.ProcessAccess clockTestAccess() {
        return process("clock-test").startedBy(Role.LICENSING_REVIEWER).followedBy(Role.LICENSING_REVIEWER)
                .clocks(Role.LICENSING_REVIEWER);
    }
}
