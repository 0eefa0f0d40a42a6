package org.safetyflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our zh.json of each webapp has exactly the keys of the Camunda 7.24 en.json on the classpath, so an
 * upgrade that adds labels fails here instead of showing English keys to users.
 */
class ChineseLocaleTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    /** Labels of SafetyFlow's own: the hint of its password rule that the engine's rules lack (security.PasswordRules). */
    private static final List<String> OWN_LABELS = List.of("/labels/PASSWORD_POLICY_CHARACTER_CLASSES");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void shouldTranslateEveryKeyOfTheEnglishLocale(String app) throws IOException {
        JsonNode english = read(app, "en.json");
        JsonNode chinese = read(app, "zh.json");

        List<String> translated = paths(chinese, "");
        translated.removeAll(OWN_LABELS);
        assertThat(translated).containsExactlyElementsOf(paths(english, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void shouldKeepEveryPlaceholderOfTheEnglishLabel(String app) throws IOException {
        JsonNode english = read(app, "en.json").path("labels");
        JsonNode chinese = read(app, "zh.json").path("labels");

        english.fieldNames().forEachRemaining(key -> assertThat(placeholders(chinese.path(key).asText()))
                .as(app + " " + key).containsExactlyInAnyOrderElementsOf(placeholders(english.path(key).asText())));
    }

    private JsonNode read(String app, String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(APPS + app + "/locales/" + file)) {
            assertThat(in).as(app + "/" + file).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return json.readTree(text);
        }
    }

    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> paths.addAll(paths(field.getValue(), prefix + "/" + field.getKey())));
        } else if (node.isArray()) {
            paths.add(prefix + "[" + node.size() + "]");
        } else {
            paths.add(prefix);
        }
        return paths;
    }

    private static List<String> placeholders(String label) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(label);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
