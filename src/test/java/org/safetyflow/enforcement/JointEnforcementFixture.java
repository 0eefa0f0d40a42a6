package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.registry.JurisdictionTenants;

/**
 * A county of its own (东营市 测试联合执法区, 370591) whose inspectors are those of 山东省 (the demo roster), and a pool
 * per test: enterprises of an industry nobody else uses, so that a plan drawing that industry draws exactly them.
 */
final class JointEnforcementFixture {

    static final String COUNTY = "370591";

    private JointEnforcementFixture() {
    }

    static void ensureCounty(JurisdictionDirectory jurisdictions, JurisdictionTenants tenants) {
        if (!jurisdictions.isKnown(COUNTY)) {
            tenants.ensure(jurisdictions.add(COUNTY, "测试联合执法区", "test"));
        }
    }

    /** Registers {@code count} enterprises of a fresh industry in the county; answers the industry and their codes. */
    static Pool pool(Enterprises enterprises, int count) {
        String industry = "联合执法测试行业" + ThreadLocalRandom.current().nextInt(1_000_000);
        List<String> codes = new ArrayList<>();
        int base = ThreadLocalRandom.current().nextInt(10_000, 90_000);
        for (int i = 0; i < count; i++) {
            String first17 = "91370591MA3J" + (base + i);
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            enterprises.save(code, "测试企业" + (base + i) + "有限公司", COUNTY, industry, null, "test");
            codes.add(code);
        }
        return new Pool(industry, List.copyOf(codes));
    }

    record Pool(String industry, List<String> creditCodes) {
    }
}
