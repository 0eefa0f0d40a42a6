package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checklist of 条例第六条 per licence type, and the start form that shows it (the two change together). */
class LicensingMaterialsTest {

    @Test
    void shouldAskEveryTypeForTheConditionsOfArticleSixAndOnlySomeForTheirOwnItems() {
        for (String type : LicenceTypes.NAMES.keySet()) {
            assertThat(LicensingMaterial.codes(LicensingMaterial.of(type))).as(type)
                    .contains("APPLICATION_FORM", "WORK_INJURY_INSURANCE", "EMERGENCY_RESCUE", "SPECIAL_OPERATORS");
        }
        assertThat(LicensingMaterial.codes(LicensingMaterial.ownTo("CIVIL_EXPLOSIVES_PRODUCTION")))
                .containsExactly("SAFETY_ASSESSMENT", "MAJOR_HAZARD_SOURCES", "EXPLOSIVES_PRODUCTION_PERMIT", "STAFFING_TABLE");
        assertThat(LicensingMaterial.codes(LicensingMaterial.ownTo("CONSTRUCTION")))
                .as("建筑施工: no 安全评价 (建筑施工企业安全生产许可证管理规定第四条), its own 危大工程 and 意外伤害保险")
                .containsExactly("HAZARDOUS_WORKS_MEASURES", "ACCIDENT_INSURANCE");
        assertThat(LicensingMaterial.of("NON_COAL_MINE")).contains(LicensingMaterial.MINING_LICENCE)
                .doesNotContain(LicensingMaterial.HAZCHEM_REGISTRATION);
    }

    @Test
    void shouldRefuseAnItemOfAnotherTypeAndAcceptTheTypesOwn() {
        assertThat(LicensingMaterials.applicable(Map.of("licenceType", "CONSTRUCTION", "submittedMaterials", List.of("EXPLOSIVES_PRODUCTION_PERMIT"))))
                .isEqualTo("申请材料「民用爆炸物品生产许可证」（EXPLOSIVES_PRODUCTION_PERMIT）不属于建筑施工企业安全生产许可证的申请材料");
        assertThat(LicensingMaterials.applicable(Map.of("licenceType", "CONSTRUCTION", "submittedMaterials", List.of("APPLICATION_FORM"),
                "submittedMaterials_CONSTRUCTION", List.of("ACCIDENT_INSURANCE")))).isNull();
    }

    @Test
    void shouldOfferOnTheStartFormExactlyTheItemsOfTheChosenType() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/licensing-start.form").toFile());
        assertThat(values(field(form, "submittedMaterials"))).as("always shown: the items of every type")
                .containsExactlyElementsOf(LicensingMaterial.codes(List.of(LicensingMaterial.values()).stream().filter(LicensingMaterial::common).toList()));
        assertThat(field(form, "submittedMaterials").has("conditional")).isFalse();
        for (String type : LicenceTypes.NAMES.keySet()) {
            JsonNode checklist = field(form, LicensingMaterial.FORM_KEY_PREFIX + type);
            assertThat(values(checklist)).as(type).containsExactlyElementsOf(LicensingMaterial.codes(LicensingMaterial.ownTo(type)));
            assertThat(checklist.path("conditional").path("hide").asText()).isEqualTo("=licenceType != \"" + type + "\"");
        }
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("the start form has no field " + key);
    }

    private static List<String> values(JsonNode checklist) {
        List<String> codes = new ArrayList<>();
        checklist.path("values").forEach(value -> codes.add(value.path("value").asText()));
        return codes;
    }
}
