package org.safetyflow.licensing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The materials an application for a 安全生产许可证 carries (安全生产许可证条例第六条's 13 conditions, as the
 * implementing rules of each licence type ask for them), with the article each rests on. An item with no
 * types applies to every type; the others only to the types named.
 *
 * <p>A table in code, not configuration: the items follow national rules (the 条例 and five 部门规章), and the
 * start form ({@code forms/licensing-start.form}) shows them as checkboxes per type, so the two change together in
 * one reviewed change (a test keeps them in step). A bureau's local additions (办事指南) are such a change too.
 */
enum LicensingMaterial {

    APPLICATION_FORM("安全生产许可证申请书（申请表）", "条例第七条"),
    BUSINESS_LICENCE("营业执照副本复印件", "各类许可实施办法（申请材料）"),
    SAFETY_RULES("安全生产责任制、安全生产规章制度和操作规程（目录清单）", "条例第六条第（一）项"),
    SAFETY_INVESTMENT("安全投入（安全生产费用提取和使用）证明材料", "条例第六条第（二）项"),
    SAFETY_ORGANISATION("设置安全生产管理机构、配备专职安全生产管理人员的文件", "条例第六条第（三）项"),
    MANAGER_QUALIFICATION("主要负责人和安全生产管理人员安全生产知识和管理能力考核合格证明", "条例第六条第（四）项"),
    SPECIAL_OPERATORS("特种作业人员操作资格证书", "条例第六条第（五）项"),
    STAFF_TRAINING("从业人员安全生产教育和培训合格的证明材料", "条例第六条第（六）项"),
    WORK_INJURY_INSURANCE("工伤保险参保证明（为从业人员缴纳保险费）", "条例第六条第（七）项"),
    PREMISES_AND_EQUIPMENT("厂房、作业场所和安全设施、设备、工艺符合要求的证明材料（检测检验报告）", "条例第六条第（八）项"),
    OCCUPATIONAL_PROTECTION("职业危害防治措施和劳动防护用品配备情况", "条例第六条第（九）项"),
    SAFETY_ASSESSMENT("安全评价报告", "条例第六条第（十）项",
            "NON_COAL_MINE", "HAZARDOUS_CHEMICALS_PRODUCTION", "FIREWORKS_PRODUCTION", "CIVIL_EXPLOSIVES_PRODUCTION"),
    MAJOR_HAZARD_SOURCES("重大危险源检测、评估、监控措施和应急预案（备案证明）", "条例第六条第（十一）项",
            "HAZARDOUS_CHEMICALS_PRODUCTION", "FIREWORKS_PRODUCTION", "CIVIL_EXPLOSIVES_PRODUCTION"),
    EMERGENCY_RESCUE("生产安全事故应急救援预案（备案证明）、应急救援组织或人员及器材、设备清单", "条例第六条第（十二）项"),
    MINING_LICENCE("采矿许可证复印件", "非煤矿矿山企业安全生产许可证实施办法（申请材料）", "NON_COAL_MINE"),
    MINE_FACILITIES_ACCEPTANCE("矿山建设项目安全设施验收合格的证明材料", "非煤矿矿山企业安全生产许可证实施办法（申请材料）",
            "NON_COAL_MINE"),
    HAZCHEM_REGISTRATION("危险化学品登记证", "危险化学品生产企业安全生产许可证实施办法（申请材料）",
            "HAZARDOUS_CHEMICALS_PRODUCTION"),
    FACILITIES_COMPLETION("建设项目安全设施竣工验收报告（新建企业）", "危险化学品生产企业安全生产许可证实施办法（申请材料）；国发〔2011〕40号",
            "HAZARDOUS_CHEMICALS_PRODUCTION", "FIREWORKS_PRODUCTION"),
    LIGHTNING_PROTECTION("防雷装置检测合格报告", "烟花爆竹生产企业安全生产许可证实施办法（安全生产条件）", "FIREWORKS_PRODUCTION"),
    EXPLOSIVES_PRODUCTION_PERMIT("民用爆炸物品生产许可证", "民用爆炸物品安全管理条例第十三条", "CIVIL_EXPLOSIVES_PRODUCTION"),
    STAFFING_TABLE("各工房（生产线）定员表", "工信部安〔2010〕227号；民用爆炸物品行业重大事故隐患判定标准（超过定员人数组织生产）",
            "CIVIL_EXPLOSIVES_PRODUCTION"),
    HAZARDOUS_WORKS_MEASURES("危险性较大的分部分项工程及施工现场易发生重大事故的部位、环节的预防、监控措施和应急预案",
            "建筑施工企业安全生产许可证管理规定第四条第（十）项", "CONSTRUCTION"),
    ACCIDENT_INSURANCE("施工现场从事危险作业人员意外伤害保险证明", "建筑施工企业安全生产许可证管理规定第四条第（七）项", "CONSTRUCTION");

    /** The variable of the start form's checklist of one type's own items (its common items are in {@code submittedMaterials}). */
    public static final String FORM_KEY_PREFIX = "submittedMaterials_";

    private final String label;
    private final String basis;
    private final List<String> types;

    LicensingMaterial(String label, String basis, String... types) {
        this.label = label;
        this.basis = basis;
        this.types = List.of(types);
    }

    public String label() {
        return label;
    }

    public String basis() {
        return basis;
    }

    /** Required of every licence type. */
    public boolean common() {
        return types.isEmpty();
    }

    public boolean appliesTo(String licenceType) {
        return types.isEmpty() || types.contains(licenceType);
    }

    /** Every item an application of the type carries, in the table's order. */
    public static List<LicensingMaterial> of(String licenceType) {
        return Arrays.stream(values()).filter(item -> item.appliesTo(licenceType)).toList();
    }

    /** The items only some types carry that this type does. */
    public static List<LicensingMaterial> ownTo(String licenceType) {
        return Arrays.stream(values()).filter(item -> !item.common() && item.appliesTo(licenceType)).toList();
    }

    public static List<String> codes(List<LicensingMaterial> items) {
        return items.stream().map(Enum::name).toList();
    }

    static Set<String> formKeys() {
        return Set.copyOf(LicenceTypes.NAMES.keySet().stream().map(type -> FORM_KEY_PREFIX + type).toList());
    }
}
