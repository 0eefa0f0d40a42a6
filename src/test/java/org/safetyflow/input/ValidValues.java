package org.safetyflow.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safetyflow.licensing.LicenceRegister;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A value each field accepts, for {@link HostileInputTest}: the first of a few candidates its type takes (or one made
 * from its own codes). Every value names the demo enterprise (台儿庄某化工有限公司, 370405) where it names one.
 */
final class ValidValues {

    static final String CREDIT_CODE = "91370405MA3C000019";
    /** Who registers this test's licences in the register. */
    private static final String REGISTRAR = "hostile-input-test";

    private final InputSpecs specs;
    private final JdbcTemplate jdbc;
    private final LicenceRegister register;

    ValidValues(InputSpecs specs, JdbcTemplate jdbc, LicenceRegister register) {
        this.specs = specs;
        this.jdbc = jdbc;
        this.register = register;
    }

    /** A value the field's type accepts, as a client sends it, or null. */
    Object of(InputSpec.Field field) {
        return of(field.type(), field.name());
    }

    /** As {@link #of(InputSpec.Field)}, as the process stores it once its step has checked it (a date as a Date, a table as rows). */
    Object stored(InputSpec.Field field) {
        Object value = of(field);
        return value == null ? null : field.type().convert(value instanceof Integer number ? BigDecimal.valueOf(number) : value, specs.clock());
    }

    Object of(FieldType type, String name) {
        List<Object> candidates = new ArrayList<>();
        if (name.equals("licenceNumber")) {
            candidates.add(licence());
        }
        if (type instanceof OneOf oneOf) {
            candidates.add(oneOf.values().get(0));
        } else if (type instanceof OneOfEnum<?> oneOf) {
            candidates.add(oneOf.type().getEnumConstants()[0].name());
        } else if (type instanceof CodeList codes) {
            candidates.add(List.of(codes.codes().get(0)));
        } else if (type instanceof Table table) {
            candidates.add(String.join("；", table.columns().stream().map(c -> c.endsWith("Date") ? "2099-12-31" : "内容").toList()));
        }
        if (type instanceof NameList) {
            candidates.add(List.of("EMERGENCY", "MARKET"));
        }
        candidates.addAll(List.of("370405", CREDIT_CODE, "测试内容", 1, 1000, false, "2026-01-05T09:00:00+08:00", "2999-01-01T09:00:00+08:00",
                "2026-01-05", "2999-01-01", List.of("EMERGENCY", "MARKET"), "demo", "SG-370405-2026-000001"));
        for (Object candidate : candidates) {
            try {
                type.convert(candidate instanceof Integer number ? BigDecimal.valueOf(number) : candidate, specs.clock());
                return candidate;
            } catch (RuntimeException refused) {
                // the next candidate
            }
        }
        return null;
    }

    /**
     * A licence of the demo enterprise in force, which a 暂扣/吊销 case may be opened for: this test's own, never another
     * test's (a sanction its tries decide may suspend or revoke it; then it registers the next).
     */
    private String licence() {
        List<String> inForce = jdbc.queryForList("select licence_number from sf_licence where created_by = ? and status = 'VALID'"
                + " order by licence_number desc limit 1", String.class, REGISTRAR);
        if (!inForce.isEmpty()) {
            return inForce.get(0);
        }
        long next = jdbc.queryForObject("select count(*) + 1 from sf_licence where created_by = ?", Long.class, REGISTRAR);
        return register.register(Map.of("licenceNumber", "（鲁）WH安许证字〔2026〕H%05d号".formatted(next), "licenceType",
                "HAZARDOUS_CHEMICALS_PRODUCTION", "enterpriseCreditCode", CREDIT_CODE, "enterpriseName", "台儿庄某化工有限公司",
                "jurisdiction", "370405", "validFrom", "2026-01-01", "validUntil", "2099-12-31"), REGISTRAR).licenceNumber();
    }
}
