package org.safetyflow.simultaneity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Chinese names of the codes a 三同时 case stores (contract §10; forms, 文书 and the audit show these). */
final class SimultaneityLabels {

    static final Map<String, String> CATEGORIES = ordered(
            "NON_COAL_MINE", "非煤矿山建设项目",
            "HAZARDOUS_CHEMICALS", "生产、储存危险化学品的建设项目",
            "FIREWORKS", "生产、储存烟花爆竹的建设项目",
            "METAL_SMELTING", "金属冶炼建设项目",
            "CHEMICAL_USING_HAZARDOUS", "使用危险化学品从事生产的化工建设项目",
            "OTHER", "其他建设项目");
    static final Map<String, String> REVIEW_MODES = ordered(
            "GOVERNMENT_REVIEW", "安全设施设计报应急管理部门审查",
            "SELF_REVIEW_ON_RECORD", "建设单位自行审查安全设施设计并备案");
    static final Map<String, String> STATUSES = ordered(
            "REGISTERED", "已登记", "DESIGN_APPROVED", "设计已审查通过（或已备案）", "UNDER_CONSTRUCTION", "施工中",
            "TRIAL_RUN", "试运行", "COMPLETE", "竣工验收完成", "DESIGN_REFUSED", "设计审查未通过",
            "CONSTRUCTION_STOPPED", "责令停止施工", "NOT_COMPLIANT", "安全设施未与主体工程同时投入使用");
    static final Map<String, String> OCCUPATIONAL_CLASSES = ordered(
            "GENERAL", "职业病危害一般", "SERIOUS_LEANING", "职业病危害较重", "SERIOUS", "职业病危害严重");
    static final Map<String, String> CONSTRUCTION_OUTCOMES = ordered(
            "COMPLETED", "施工完成，转入试运行", "MAJOR_CHANGE", "发生重大变更，重新报审（备案）设计");
    static final Map<String, String> TRIAL_RUN_OUTCOMES = ordered(
            "FINISHED", "试运行结束", "EXTEND", "申请延长试运行");

    private SimultaneityLabels() {
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
