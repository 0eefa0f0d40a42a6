package org.safetyflow.registry;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The 应急管理 authority of a jurisdiction, as its 文书 name it: 枣庄市台儿庄区应急管理局 (a province's: 山东省应急管理厅),
 * and the mark its 文号 begin with (台, so 台应急责改〔2026〕17号; a province by its 简称, 鲁). A bureau whose name or mark
 * differs says so in {@code safetyflow.documents.authorities.<code>.name / .mark} (application.yaml).
 */
@Component
public class Authorities {

    /** The 简称 of the provinces, for the 文号 of their 应急管理厅 (鲁应急…). */
    private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("11", "京"), Map.entry("12", "津"), Map.entry("13", "冀"),
            Map.entry("14", "晋"), Map.entry("15", "蒙"), Map.entry("21", "辽"), Map.entry("22", "吉"), Map.entry("23", "黑"), Map.entry("31", "沪"),
            Map.entry("32", "苏"), Map.entry("33", "浙"), Map.entry("34", "皖"), Map.entry("35", "闽"), Map.entry("36", "赣"), Map.entry("37", "鲁"),
            Map.entry("41", "豫"), Map.entry("42", "鄂"), Map.entry("43", "湘"), Map.entry("44", "粤"), Map.entry("45", "桂"), Map.entry("46", "琼"),
            Map.entry("50", "渝"), Map.entry("51", "川"), Map.entry("52", "贵"), Map.entry("53", "云"), Map.entry("54", "藏"), Map.entry("61", "陕"),
            Map.entry("62", "甘"), Map.entry("63", "青"), Map.entry("64", "宁"), Map.entry("65", "新"));

    private final JurisdictionDirectory directory;
    private final Map<String, Own> own;

    Authorities(JurisdictionDirectory directory, Environment environment) {
        this.directory = directory;
        this.own = Binder.get(environment).bind("safetyflow.documents.authorities", Bindable.mapOf(String.class, Own.class)).orElse(Map.of());
    }

    /** The authority's name: its jurisdiction's name below the province, and 应急管理局 (a province's: 应急管理厅). */
    public String name(String jurisdiction) {
        Own own = this.own.get(jurisdiction);
        if (own != null && own.name() != null) {
            return own.name();
        }
        return place(jurisdiction) + (level(jurisdiction) == Jurisdiction.Level.PROVINCE ? "应急管理厅" : "应急管理局");
    }

    /** The jurisdiction as an authority of it is named: 枣庄市台儿庄区 (below its province), 山东省. */
    public String place(String jurisdiction) {
        Jurisdiction found = find(jurisdiction);
        if (found.level() == Jurisdiction.Level.PROVINCE) {
            return found.name();
        }
        String province = directory.find(jurisdiction.substring(0, 2) + "0000").map(Jurisdiction::name).orElse("");
        return found.fullName().substring(found.fullName().startsWith(province) ? province.length() : 0);
    }

    /**
     * The people's government of the jurisdiction or of its ancestor at a level (台儿庄区's at the city level: 枣庄市人民政府);
     * a jurisdiction above that level names its own.
     */
    public String government(String jurisdiction, Jurisdiction.Level level) {
        return place(ancestor(jurisdiction, level)) + "人民政府";
    }

    /** The jurisdiction's ancestor at a level (台儿庄区's city: 370400), or itself where it is at that level or above. */
    public String ancestor(String jurisdiction, Jurisdiction.Level level) {
        Jurisdiction at = find(jurisdiction);
        while (at.level().ordinal() > level.ordinal() && at.parentCode() != null && directory.find(at.parentCode()).isPresent()) {
            at = find(at.parentCode());
        }
        return at.code();
    }

    /** Whether the jurisdiction is one SafetyFlow keeps (a 文书 may name a body above them all: 国务院). */
    public boolean knows(String jurisdiction) {
        return directory.isKnown(jurisdiction);
    }

    public Jurisdiction.Level level(String jurisdiction) {
        return find(jurisdiction).level();
    }

    private Jurisdiction find(String jurisdiction) {
        return directory.find(jurisdiction).orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + jurisdiction));
    }

    /** The mark its 文号 begin with: the first character of its name, a province's 简称. */
    public String mark(String jurisdiction) {
        Own own = this.own.get(jurisdiction);
        if (own != null && own.mark() != null) {
            return own.mark();
        }
        Jurisdiction found = find(jurisdiction);
        return found.level() == Jurisdiction.Level.PROVINCE ? PROVINCES.getOrDefault(jurisdiction.substring(0, 2), found.name().substring(0, 1))
                : found.name().substring(0, 1);
    }

    /** A bureau's own name or mark ({@code safetyflow.documents.authorities.<code>}). */
    record Own(String name, String mark) {
    }
}
