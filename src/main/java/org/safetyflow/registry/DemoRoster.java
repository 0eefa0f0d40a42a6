package org.safetyflow.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.safetyflow.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's 执法人员 roster, so that a demo plan can draw: 应急管理 sends the role users
 * {@code enforcement-officer} and {@code hazard-officer} (山东省) and the jurisdiction users {@code zaozhuang},
 * {@code taierzhuang}, {@code shanting}; every other department its two demo inspectors
 * {@code inspector-<department>-1} and {@code -2} (山东省, security.DemoUsers). {@code taierzhuang} declared a
 * conflict with the demo company (回避). An entry already on the roster is left as an administrator made it.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "safetyflow.demo-users", havingValue = "true")
class DemoRoster implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoRoster.class);
    private static final List<String> EMERGENCY_USERS = List.of("enforcement-officer", "hazard-officer", "zaozhuang", "taierzhuang", "shanting");

    private final InspectorRoster roster;
    private final IdentityService identity;

    DemoRoster(InspectorRoster roster, IdentityService identity) {
        this.roster = roster;
        this.identity = identity;
    }

    /** Each demo inspector's department. */
    static Map<String, Department> entries() {
        Map<String, Department> entries = new LinkedHashMap<>();
        EMERGENCY_USERS.forEach(user -> entries.put(user, Department.EMERGENCY));
        for (Department department : Department.values()) {
            if (department != Department.EMERGENCY) {
                String code = department.name().toLowerCase(Locale.ROOT).replace('_', '-');
                entries.put("inspector-" + code + "-1", department);
                entries.put("inspector-" + code + "-2", department);
            }
        }
        return entries;
    }

    @Override
    public void run() {
        int number = 0;
        int added = 0;
        for (Map.Entry<String, Department> entry : entries().entrySet()) {
            number++;
            String user = entry.getKey();
            if (roster.find(user).isPresent() || identity.createUserQuery().userId(user).count() == 0) {
                continue;
            }
            List<String> conflicts = user.equals("taierzhuang") ? List.of(DemoEnterprise.CREDIT_CODE) : List.of();
            roster.save(user, entry.getValue().name(), "演示执法证 %05d".formatted(number), conflicts, "demo");
            added++;
        }
        log.info("Demo roster: {} inspectors added", added);
    }
}
