package org.safetyflow.registry;

/**
 * An administrative division (GB/T 2260) and the Camunda tenant of the same id: the cases of a
 * jurisdiction belong to its tenant.
 *
 * @param fullName the name with its ancestors', e.g. 山东省枣庄市台儿庄区
 */
public record Jurisdiction(String code, String name, Level level, String parentCode, String fullName) {

    public enum Level {
        PROVINCE("省级"), CITY("市级"), COUNTY("县级");

        private final String displayName;

        Level(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }

        /** GB/T 2260: xx0000 is a province, xxxx00 a city, anything else a county. */
        static Level ofCode(String code) {
            if (code.endsWith("0000")) {
                return PROVINCE;
            }
            return code.endsWith("00") ? CITY : COUNTY;
        }
    }
}
