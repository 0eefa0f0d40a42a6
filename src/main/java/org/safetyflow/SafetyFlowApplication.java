package org.safetyflow;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SafetyFlow 安全生产工作流: statutory work-safety procedures as BPMN processes on Camunda 7.
 */
// Scheduled sweeps (the licences' 延续提醒) run on every node; each claims its work in the database.
@EnableScheduling
@SpringBootApplication
public class SafetyFlowApplication {

    static {
        // Statutory days are counted in Asia/Shanghai, and the engine's REST API writes Date values in
        // the JVM's default zone: make that zone China's whatever the host is set to.
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    }

    public static void main(String[] args) {
        SpringApplication.run(SafetyFlowApplication.class, args);
    }
}
