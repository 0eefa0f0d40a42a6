package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "913704057060000006", "91110000600037341L"})
    void shouldAcceptCodesWhoseCheckCharacterIsRight(String code) {
        assertThat(UnifiedSocialCreditCode.problemWith(code)).isNull();
    }

    @Test
    void shouldComputeTheCheckCharacterModulo31() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void shouldRefuseAWrongCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.problemWith("91350100M000100Y44")).contains("校验位不正确");
    }

    @Test
    void shouldRefuseLettersOutsideTheCodesAlphabet() {
        assertThat(UnifiedSocialCreditCode.problemWith("91350100M000100I43")).contains("第 16 位字符“I”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433"})
    void shouldRefuseCodesThatAreNotEighteenCharactersLong(String code) {
        assertThat(UnifiedSocialCreditCode.problemWith(code)).isEqualTo("应为 18 位统一社会信用代码");
    }
}
