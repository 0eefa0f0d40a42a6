package org.safetyflow.licensing;

import static org.safetyflow.input.FieldType.codeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.safetyflow.input.InputSpec;

/**
 * The materials an application carries ({@link LicensingMaterial}) and what is missing of them, handed to 受理 so
 * that the window's 一次告知补正 names every missing item at once (行政许可法第三十二条). Missing items do not refuse
 * an application: the window receives it and asks for 补正. The start form ticks the common items in
 * {@code submittedMaterials} and a type's own in {@code submittedMaterials_<licenceType>}; REST clients send all in
 * {@code submittedMaterials}. The case keeps {@code submittedMaterials}, {@code missingMaterials} (codes),
 * {@code materialsText} (for the forms) and, while something is missing, {@code missingItems} — the 补正 list the
 * 受理 form opens with.
 */
final class LicensingMaterials {

    private LicensingMaterials() {
    }

    /** The start's rule: every item ticked is one the chosen licence type carries. */
    static String applicable(Map<String, Object> values) {
        if (!(values.get("licenceType") instanceof String type) || !LicenceTypes.NAMES.containsKey(type)) {
            return null;
        }
        for (String code : submitted(values)) {
            LicensingMaterial item = LicensingMaterial.valueOf(code);
            if (!item.appliesTo(type)) {
                return "申请材料「" + item.label() + "」（" + code + "）不属于" + LicenceTypes.NAMES.get(type) + "的申请材料";
            }
        }
        return null;
    }

    /** At start and after a 补正: the materials as submitted so far, and what is missing of them. */
    static void record(DelegateExecution execution) {
        String type = (String) execution.getVariable("licenceType");
        List<String> submitted = new ArrayList<>(submitted(execution.getVariables()));
        LicensingMaterial.formKeys().forEach(execution::removeVariable);
        List<LicensingMaterial> missing = LicensingMaterial.of(type).stream().filter(item -> !submitted.contains(item.name())).toList();
        execution.setVariable("submittedMaterials", submitted);
        execution.setVariable("missingMaterials", new ArrayList<>(LicensingMaterial.codes(missing)));
        execution.setVariable("materialsText", text(type, missing));
        if (missing.isEmpty()) {
            execution.removeVariable("missingItems");
        } else {
            execution.setVariable("missingItems", numbered(missing));
        }
    }

    /** A 补正 by the applicant's task: the items it ticked ({@code correctedMaterials}) join those submitted. */
    static void addCorrected(DelegateExecution execution) {
        Set<String> corrected = new LinkedHashSet<>();
        addCodes(corrected, execution.getVariable("correctedMaterials"));
        if (corrected.isEmpty()) {
            return;
        }
        Set<String> submitted = new LinkedHashSet<>();
        addCodes(submitted, execution.getVariable("submittedMaterials"));
        submitted.addAll(corrected);
        execution.setVariable("submittedMaterials", new ArrayList<>(submitted));
    }

    /** The missing items as a form's options: {@code label} the item with its article, {@code value} its code. */
    static List<Map<String, String>> options(Object missingCodes) {
        Set<String> codes = new LinkedHashSet<>();
        addCodes(codes, missingCodes);
        List<Map<String, String>> options = new ArrayList<>();
        for (String code : codes) {
            LicensingMaterial item = LicensingMaterial.valueOf(code);
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", item.label() + "（" + item.basis() + "）");
            option.put("value", code);
            options.add(option);
        }
        return options;
    }

    private static Set<String> submitted(Map<String, Object> values) {
        Set<String> codes = new LinkedHashSet<>();
        addCodes(codes, values.get("submittedMaterials"));
        LicensingMaterial.formKeys().stream().sorted().forEach(key -> addCodes(codes, values.get(key)));
        return codes;
    }

    /** A list of codes as the start check leaves it, or as a message sends it over REST (a JSON array). */
    private static void addCodes(Set<String> codes, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(code -> codes.add(String.valueOf(code)));
        } else if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(code -> codes.add(code.isString() ? code.stringValue() : code.toString()));
        }
    }

    private static String text(String type, List<LicensingMaterial> missing) {
        int required = LicensingMaterial.of(type).size();
        if (missing.isEmpty()) {
            return "申请材料齐全（" + required + " 项）";
        }
        return "应提交 " + required + " 项，已提交 " + (required - missing.size()) + " 项，缺 " + missing.size() + " 项：\n"
                + numbered(missing);
    }

    private static String numbered(List<LicensingMaterial> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(items.get(i).label()).append("（").append(items.get(i).basis()).append("）\n");
        }
        return text.toString().strip();
    }

    /** Declares the start's material fields: the common list and each type's own, each only of known codes. */
    static InputSpec declare(InputSpec spec) {
        spec.optional("submittedMaterials", "已提交的申请材料", codeList(
                LicensingMaterial.codes(List.of(LicensingMaterial.values()))));
        LicenceTypes.NAMES.forEach((type, name) -> spec.optional(LicensingMaterial.FORM_KEY_PREFIX + type, "已提交的申请材料（" + name + "）",
                codeList(LicensingMaterial.codes(LicensingMaterial.ownTo(type)))));
        return spec.rule(LicensingMaterials::applicable);
    }
}
