package org.safetyflow.testing;

import org.safetyflow.input.UnifiedSocialCreditCode;

/** Valid 统一社会信用代码 for tests, so that each test class can name enterprises no other test names. */
public final class CreditCodes {

    private CreditCodes() {
    }

    /** The first 16 characters, then {@code 0}, then the check character (GB 32100-2015). */
    public static String code(String first16) {
        String first17 = first16 + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
