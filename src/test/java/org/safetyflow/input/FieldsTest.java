package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safetyflow.rules.Refusal;

/** A value checked outside a process gets the same messages as a process's input, as a Refusal naming the field. */
class FieldsTest {

    @Test
    void shouldGiveTheConvertedValue() {
        String name = Fields.required("name", "企业名称", FieldType.text(200), "  某化工有限公司 ");
        String code = Fields.required("creditCode", "统一社会信用代码", FieldType.creditCode(), " 91370405ma3c000019");

        assertThat(name).isEqualTo("某化工有限公司");
        assertThat(code).isEqualTo("91370405MA3C000019");
    }

    @Test
    void shouldRefuseAMissingRequiredValueNamingTheField() {
        assertThatThrownBy(() -> Fields.required("name", "企业名称", FieldType.text(200), " "))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(refusal.field()).isEqualTo("name");
                    assertThat(refusal.getMessage()).isEqualTo("缺少必填项「企业名称」（name）");
                });
    }

    @Test
    void shouldRefuseAnInvalidValueWithItsTypesMessage() {
        assertThatThrownBy(() -> Fields.optional("industry", "行业类别", FieldType.text(3), "危险化学品"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("industry");
                    assertThat(refusal.getMessage()).isEqualTo("「行业类别」（industry）不能超过 3 个字符");
                });
    }

    @Test
    void shouldGiveNullForAnOptionalValueNotSent() {
        String none = Fields.optional("industry", "行业类别", FieldType.text(100), "");

        assertThat(none).isNull();
        assertThat((String) Fields.optional("industry", "行业类别", FieldType.text(100), null)).isNull();
    }

    @Test
    void shouldGiveTheSameMessageAsAProcessInput() {
        InputSpec spec = InputSpec.start("any").required("jurisdiction", "管辖区划", FieldType.divisionCode());

        assertThatThrownBy(() -> spec.normalize(Map.of("jurisdiction", "37040"), new EngineClock()))
                .hasMessage("「管辖区划」（jurisdiction）格式不正确，应为6 位行政区划代码（如 370405）");
        assertThatThrownBy(() -> Fields.required("jurisdiction", "管辖区划", FieldType.divisionCode(), "37040"))
                .hasMessage("「管辖区划」（jurisdiction）格式不正确，应为6 位行政区划代码（如 370405）");
    }

    @Test
    void shouldTakeARequestParametersDigitsAsTheNumberTheyWrite() {
        int days = Fields.required("days", "工作日数", FieldType.count(1, 400), " 5 ");
        double fine = Fields.required("fine", "罚款金额", FieldType.amountOfYuan(), "2000.50");

        assertThat(days).isEqualTo(5);
        assertThat(fine).isEqualTo(2000.5);
        assertThatThrownBy(() -> Fields.required("days", "工作日数", FieldType.count(1, 400), "401"))
                .hasMessage("「工作日数」（days）应为 1 至 400 之间的整数");
        assertThatThrownBy(() -> Fields.required("days", "工作日数", FieldType.count(1, 400), "1.5"))
                .hasMessage("「工作日数」（days）应为整数");
        assertThatThrownBy(() -> Fields.required("days", "工作日数", FieldType.count(1, 400), "five"))
                .hasMessage("「工作日数」（days）应为整数");
    }

    @Test
    void shouldKeepDigitsAsTextForATypeOfText() {
        String userId = Fields.required("userId", "用户", FieldType.text(64), "007");

        assertThat(userId).isEqualTo("007");
    }
}
