package org.safetyflow.licensing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The licences of 安全生产许可证条例第二条 and who holds them (contract §9), with their Chinese names. */
public final class LicenceTypes {

    public static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("NON_COAL_MINE", "非煤矿矿山企业安全生产许可证");
        names.put("HAZARDOUS_CHEMICALS_PRODUCTION", "危险化学品生产企业安全生产许可证");
        names.put("FIREWORKS_PRODUCTION", "烟花爆竹生产企业安全生产许可证");
        names.put("CIVIL_EXPLOSIVES_PRODUCTION", "民用爆炸物品生产企业安全生产许可证");
        names.put("CONSTRUCTION", "建筑施工企业安全生产许可证");
        NAMES = Collections.unmodifiableMap(names);
    }

    private LicenceTypes() {
    }
}
