package org.safetyflow.registry;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The departments that take part in a joint inspection (contract §11), each with its 执法人员 roster.
 * The codes are part of the public contract: stable once landed.
 */
public enum Department {

    EMERGENCY("应急管理"),
    INDUSTRY("工业和信息化"),
    HOUSING("住房城乡建设"),
    MARKET("市场监管"),
    FIRE("消防救援"),
    ECOLOGY("生态环境"),
    HEALTH("卫生健康"),
    TRANSPORT("交通运输"),
    NATURAL_RESOURCES("自然资源");

    private final String displayName;

    Department(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Department> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }

    /** Every code with its name, for a refusal that says what would have been right. */
    public static String choices() {
        return Arrays.stream(values()).map(d -> d.name() + " " + d.displayName).collect(Collectors.joining("、"));
    }
}
