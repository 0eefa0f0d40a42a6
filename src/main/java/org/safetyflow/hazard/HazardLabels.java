package org.safetyflow.hazard;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese names of the codes a hazard case stores (forms and notices show these). */
final class HazardLabels {

    static final Map<String, String> SOURCES = ordered(
            "SELF_CHECK", "企业自查", "INSPECTION", "监督检查", "REPORT_12350", "12350 举报");
    static final Map<String, String> GRADES = ordered("ORDINARY", "一般事故隐患", "MAJOR", "重大事故隐患");
    static final Map<String, String> LEVELS = ordered("COUNTY", "县级", "CITY", "市级", "PROVINCE", "省级");
    static final Map<String, String> INDUSTRIES = ordered(
            "INDUSTRY_TRADE", "工贸", "CHEMICAL", "化工和危险化学品", "COAL_MINE", "煤矿", "METAL_MINE", "金属非金属矿山",
            "HOUSING", "房屋市政工程", "EXPLOSIVES", "民用爆炸物品", "FIRE", "消防（火灾）", "OTHER", "其他");
    /** 判定标准 by code; each but the last belongs to the industry of the same suffix. */
    static final Map<String, String> STANDARDS = ordered(
            "STD_INDUSTRY_TRADE", "工贸企业重大事故隐患判定标准（应急管理部令第10号）",
            "STD_CHEMICAL", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（安监总管三〔2017〕121号）",
            "STD_COAL_MINE", "煤矿重大事故隐患判定标准（应急管理部令第4号）",
            "STD_METAL_MINE", "金属非金属矿山重大事故隐患判定标准（矿安〔2022〕88号）",
            "STD_HOUSING", "房屋市政工程生产安全重大事故隐患判定标准（建质规〔2024〕5号）",
            "STD_EXPLOSIVES", "民用爆炸物品行业重大事故隐患判定标准（工业和信息化部，2024年）",
            "STD_FIRE", "重大火灾隐患判定规则（GB 35181）",
            "STD_OTHER", "其他（在条款中写明依据）");
    static final Map<String, String> SHUTDOWN_SCOPES = ordered("NONE", "不停产", "PARTIAL", "局部停产停业", "FULL", "全部停产停业");
    static final Map<String, String> PRODUCTION = ordered("STOPPED", "停产", "PARTIAL", "部分生产", "RESUMED", "恢复生产");
    static final Map<String, String> ASSESSORS = ordered("OWN_EXPERTS", "本单位技术人员和专家", "EVALUATION_AGENCY", "安全评价机构");
    static final Map<String, String> ENFORCEMENT = ordered("CONTINUE", "继续督办", "PROPOSE_CLOSURE", "提请人民政府予以关闭");
    /** How a case ended ({@code outcome}, set by the model's end events). */
    static final Map<String, String> OUTCOMES = ordered("ORDINARY_CLOSED", "一般隐患整改销号", "DELISTED", "重大隐患销号摘牌",
            "CLOSURE_PROPOSED", "提请人民政府予以关闭");

    private HazardLabels() {
    }

    /** Whether a 判定标准 may be cited for a hazard of that industry. */
    static boolean standardFits(String standard, String industry) {
        return "STD_OTHER".equals(standard) || industry == null || "OTHER".equals(industry)
                || standard.equals("STD_" + industry);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
