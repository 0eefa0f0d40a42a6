package org.safetyflow.input;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the code's alphabet, the last one a check
 * character computed modulo 31 over the first seventeen.
 */
public final class UnifiedSocialCreditCode {

    /** The code's alphabet: digits and capitals without I, O, S, V, Z. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** @return null when the code is valid, otherwise the Chinese reason. */
    public static String problemWith(String code) {
        if (code == null || code.length() != 18) {
            return "应为 18 位统一社会信用代码";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "第 " + (i + 1) + " 位字符“" + code.charAt(i) + "”不是统一社会信用代码允许的字符";
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "校验位不正确（GB 32100-2015），请核对代码";
        }
        return null;
    }

    /** The check character for the first seventeen characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
