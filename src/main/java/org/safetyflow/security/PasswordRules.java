package org.safetyflow.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The password rules of 等保2.0 三级 (GB/T 22239-2019 8.1.4.1 a: 身份标识具有唯一性，身份鉴别信息具有复杂度要求
 * 并定期更换): at least {@value #MIN_LENGTH} characters, at least {@value #MIN_CHARACTER_CLASSES} of the four
 * character classes (capitals, small letters, digits, other characters), and none of the user's own
 * data (user id, names, e-mail). The engine checks them wherever a password is set: Admin, REST, the
 * user's own profile. Admin shows them as Chinese hints (admin/locales/zh.json).
 */
final class PasswordRules implements PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MIN_CHARACTER_CLASSES = 3;
    static final String EXPLANATION = "密码不符合安全策略（等保三级）：至少 " + MIN_LENGTH + " 个字符；大写字母、小写字母、数字、"
            + "特殊字符中至少包含 " + MIN_CHARACTER_CLASSES + " 类；不得包含用户名、姓名或电子邮箱。";

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new CharacterClasses(), new PasswordPolicyUserDataRuleImpl());
    }

    /** At least three of: A–Z, a–z, 0–9, anything else. */
    static final class CharacterClasses implements PasswordPolicyRule {

        static final String PLACEHOLDER = "PASSWORD_POLICY_CHARACTER_CLASSES";

        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minClasses", String.valueOf(MIN_CHARACTER_CLASSES));
        }

        @Override
        public boolean execute(String password) {
            return classes(password) >= MIN_CHARACTER_CLASSES;
        }

        static int classes(String password) {
            if (password == null) {
                return 0;
            }
            boolean upper = password.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
            boolean lower = password.chars().anyMatch(c -> c >= 'a' && c <= 'z');
            boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
            boolean other = password.chars().anyMatch(c -> !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'));
            return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        }
    }
}
