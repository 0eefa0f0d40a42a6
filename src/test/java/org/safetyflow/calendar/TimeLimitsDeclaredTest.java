package org.safetyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/** Every time limit lives in application.yaml, commented, is well formed, and is used; every model names only those. */
class TimeLimitsDeclaredTest {

    private static final String PREFIX = "safetyflow.time-limits.";
    private static final Pattern USE_IN_MODEL = Pattern.compile("timeLimits\\.(?:due|cycle|after)\\('([a-z.-]+)'");
    private static final Pattern USE_IN_JAVA = Pattern.compile("\"((?:hazard|accident|complaint|evaluation|licensing|licence-sanction|simultaneity|enforcement|penalty|coercive|inbox)\\.[a-z-]+)\"");

    @Test
    void shouldNameOnlyConfiguredLimitsInTheModelsAndLeaveNoneUnused() throws IOException {
        Set<String> configured = configured();
        Set<String> used = new TreeSet<>();
        used.addAll(matches(Path.of("processes"), ".bpmn", USE_IN_MODEL));
        used.addAll(matches(Path.of("src/main/java"), ".java", USE_IN_JAVA));

        assertThat(matches(Path.of("processes"), ".bpmn", USE_IN_MODEL)).isSubsetOf(configured);
        assertThat(configured).isSubsetOf(used);
    }

    @Test
    void shouldParseEveryConfiguredLimit() throws IOException {
        Properties yaml = yaml();
        for (String name : configured()) {
            assertThat(TimeLimit.parse(yaml.getProperty(PREFIX + name))).as(name).isNotNull();
        }
    }

    @Test
    void shouldCommentEveryLimitWithItsSource() throws IOException {
        String text = Files.readString(Path.of("src/main/resources/application.yaml"));
        String section = text.substring(text.indexOf("  time-limits:"), text.indexOf("\n  audit:"));
        String previous = "";
        for (String line : section.lines().toList()) {
            if (line.matches("\\s{6}[a-z-]+: .+")) {
                assertThat(previous).as("the comment above " + line.strip()).matches("\\s*#.*");
            }
            previous = line;
        }
    }

    @Test
    void shouldRefuseALimitWithoutAUnitItKnows() {
        assertThat(TimeLimit.parse("5 working days")).isEqualTo(new TimeLimit(5, TimeLimit.Unit.WORKING_DAYS));
        assertThat(TimeLimit.parse("1 working day")).isEqualTo(new TimeLimit(1, TimeLimit.Unit.WORKING_DAYS));
        assertThat(TimeLimit.parse("1 year")).isEqualTo(new TimeLimit(1, TimeLimit.Unit.YEARS));
        for (String wrong : new String[] {"5", "five days", "5 weeks", "-1 days", "5 workdays", "", "5  days"}) {
            assertThatThrownBy(() -> TimeLimit.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> TimeLimit.parse("2 hours").in(TimeLimit.Unit.DAYS)).isInstanceOf(IllegalStateException.class);
    }

    private static Set<String> configured() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String key : yaml().stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                names.add(key.substring(PREFIX.length()));
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    private static Properties yaml() {
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(new FileSystemResource("src/main/resources/application.yaml"));
        return factory.getObject();
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }
}
