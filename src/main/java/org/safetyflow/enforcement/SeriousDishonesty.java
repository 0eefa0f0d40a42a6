package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyflow.casefile.CaseVariables;

/**
 * Whether a 行政处罚 decision is of a kind the 《安全生产严重失信主体名单管理办法》(应急管理部令第11号) lists, so that the
 * 机关负责人 must decide, at the decision, whether to list the enterprise (第八条: 作出行政处罚决定的应急管理部门 decides the
 * listing; 第十二条: three years). One policy, each ground with its Chinese reason and its article:
 *
 * <ul>
 * <li>a circumstance the head names from the case ({@link #CIRCUMSTANCES}: accidents, concealment, unlicensed operation,
 *     拒不执行, other serious cases), which the case's own variables cannot show;</li>
 * <li>提请人民政府予以关闭 (安全生产法第一百一十三条; 国发〔2011〕40号「一律关闭取缔」): 第六条第一项;</li>
 * <li>a fine of at least {@code seriousFineYuan} (configured; SafetyFlow's reading of 第六条第五项 「性质恶劣、情节严重」,
 *     set at the 安全生产法第一百一十四条 floor for a 较大事故, docs/enforcement.md).</li>
 * </ul>
 *
 * @param seriousFineYuan the fine from which a decision counts as 情节严重
 */
record SeriousDishonesty(double seriousFineYuan) {

    static final String ORDER = "《安全生产严重失信主体名单管理办法》（应急管理部令第11号）";

    /** The circumstances the head names, each as the 办法 states it, with its article. */
    static final Map<String, String> CIRCUMSTANCES = circumstances();

    record Decision(boolean listable, String reason) {
    }

    private static Map<String, String> circumstances() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("NONE", "不属于列入情形");
        names.put("MAJOR_ACCIDENT", "发生特别重大、重大生产安全事故，或经调查认定对事故发生负有责任（第五条第一项）");
        names.put("REPEATED_ACCIDENTS", "12个月内累计发生2起以上较大生产安全事故（第五条第二项）");
        names.put("AGGRAVATED_ACCIDENT", "发生生产安全事故，情节特别严重、影响特别恶劣，依照安全生产法第一百一十四条被处以二倍以上五倍以下罚款（第五条第三项）");
        names.put("CONCEALED_ACCIDENT", "瞒报、谎报生产安全事故（第五条第四项）");
        names.put("UNLICENSED_OPERATION", "未依法取得安全生产相关许可或者许可被暂扣、吊销期间从事相关生产经营活动（第六条第二项）");
        names.put("REFUSED_EXECUTION", "应急管理部门作出行政处罚后，有执行能力拒不执行或者逃避执行（第六条第四项）");
        names.put("OTHER_SERIOUS", "其他违反安全生产法律法规受到行政处罚，且性质恶劣、情节严重（第六条第五项）");
        return names;
    }

    /** The decision's values (the head's form and the case): listable with every ground named, or why not. */
    Decision assess(Map<String, Object> values) {
        if (!"PENALIZE".equals(values.get("decisionOutcome"))) {
            return new Decision(false, "未作出行政处罚决定，不涉及严重失信主体名单");
        }
        List<String> grounds = new ArrayList<>();
        if (values.get("dishonestyCircumstance") instanceof String circumstance && !"NONE".equals(circumstance)
                && CIRCUMSTANCES.containsKey(circumstance)) {
            grounds.add(CIRCUMSTANCES.get(circumstance));
        }
        if (Boolean.TRUE.equals(values.get("closure"))) {
            grounds.add("存在重大事故隐患等情形，提请人民政府予以关闭" + (Boolean.TRUE.equals(values.get("fourMandatesClosure")) ? "（四个一律：一律关闭取缔）" : "")
                    + "（安全生产法第一百一十三条；第六条第一项）");
        }
        if (values.get("fineAmountYuan") instanceof Number fine && fine.doubleValue() >= seriousFineYuan) {
            grounds.add("罚款 " + CaseVariables.amount(fine.doubleValue()) + "，达到情节严重的数额（" + CaseVariables.amount(seriousFineYuan)
                    + "以上）（第六条第五项）");
        }
        return grounds.isEmpty()
                ? new Decision(false, "本案处罚决定不属于" + ORDER + "第五条、第六条规定的列入情形")
                : new Decision(true, String.join("；", grounds) + "：可列入严重失信主体名单（" + ORDER + "）");
    }
}
