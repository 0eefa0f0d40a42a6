package org.safetyflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseVocabulary;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.Authorities;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every 文书 type any process declares, printed as a specimen (样张): each field holding a value of its type (a flag 是,
 * an amount, a day, a code's first value) or its label in 〔〕. Each prints, and says what it was made of: a type that
 * lists its fields shows every one, a type with statutory wording reads only fields the type declares (a misspelt
 * variable would print nothing). The specimens stay in {@code target/document-specimens} to be looked at.
 */
@EngineTest
class DocumentSpecimensTest {

    private static final Pattern FIELD_IN_PROSE = Pattern.compile("paper\\.(?:values\\['|sentence\\(')([A-Za-z]+)'");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Path OUT = Path.of("target", "document-specimens");
    private static final String JURISDICTION = "370405";
    /** Where a type names the issuing jurisdiction by a variable (a city's 挂牌督办): the city. */
    private static final String ISSUING = "370400";

    @Autowired
    List<DocumentTypes> declared;
    @Autowired
    List<InputSpec> specs;
    @Autowired
    CaseVocabulary vocabulary;
    @Autowired
    Authorities authorities;
    @Autowired
    DocumentPapers papers;
    @Autowired
    DocumentPdfs pdfs;

    /** Fields and table columns printed under their variable's name, which a reader cannot read: process.field. */
    private final Set<String> unnamed = new TreeSet<>();

    @Test
    void shouldPrintEveryDeclaredTypeWithWhatItIsMadeOf() throws IOException {
        Files.createDirectories(OUT);
        List<String> printed = new ArrayList<>();
        for (DocumentTypes process : declared) {
            for (DocumentType type : process.types()) {
                // A type titled by what a field decided: a specimen of each title.
                List<String> decided = type.titles() == null ? List.of("") : List.copyOf(new TreeSet<>(type.titles().byValue().keySet()));
                for (String value : decided) {
                    Map<String, Object> content = specimen(process.processKey(), type);
                    if (!value.isEmpty()) {
                        content.put(type.titles().field(), value);
                    }
                    printed.add(print(process.processKey(), type, content, value));
                }
            }
        }
        Files.writeString(OUT.resolve("index.txt"), String.join("\n", printed) + "\n");
        assertThat(printed).hasSizeGreaterThan(100);
        assertThat(unnamed).as("fields and columns a 文书 prints without a Chinese label").isEmpty();
    }

    private String print(String processKey, DocumentType type, Map<String, Object> content, String variant) throws IOException {
        // As the issuing authority's register gives it, unless the official entered the 文号 in the field the type takes it from.
        String number = type.mark() == null || type.numberField() != null && content.get(type.numberField()) != null ? null
                : authorities.mark(type.issuerJurisdiction() == null ? JURISDICTION : ISSUING) + type.mark() + "〔2026〕1号";
        CaseDocument document = new CaseDocument("specimen", "样张-" + processKey, "none", type.code(), type.titleOf(content), content, null,
                null, OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)), "taierzhuang", number, null, null, null);
        Paper paper = papers.of(processKey, JURISDICTION, "none", document, List.of(document));
        for (Paper.Line line : paper.body()) {
            for (String label : line.columns() == null ? List.of(line.label()) : concat(line.label(), line.columns())) {
                if (!HAN.matcher(label).find() && !processKey.startsWith("document-test")) {
                    unnamed.add(processKey + "." + label);
                }
            }
        }
        byte[] pdf = pdfs.pdf(paper);
        String name = processKey + "." + type.code() + (variant.isEmpty() ? "" : "." + variant);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        String text;
        try (PDDocument read = Loader.loadPDF(pdf)) {
            // In the order it was laid out: a label wrapped in a narrow table column stays whole.
            text = new PDFTextStripper().getText(read).replaceAll("\\s", "");
        }
        assertThat(text).as(name).contains(paper.title().replaceAll("\\s", ""), paper.issuer());
        if (number != null) {
            assertThat(text).as(name).contains(number);
        }
        String prose = "documents/templates/prose/" + processKey + "/" + type.code() + ".html";
        try (var template = DocumentSpecimensTest.class.getClassLoader().getResourceAsStream(prose)) {
            if (template == null) {
                // Listed: every field by its label, but the ones printed elsewhere (addressee, 文号, issuing jurisdiction).
                for (Paper.Line line : paper.body()) {
                    assertThat(text).as(name + " lists " + line.label()).contains(line.label().replaceAll("\\s", ""));
                }
                assertThat(paper.body()).as(name).hasSizeGreaterThanOrEqualTo(type.fields().size() - 3);
            } else {
                Set<String> read = new TreeSet<>();
                Matcher field = FIELD_IN_PROSE.matcher(new String(template.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (field.find()) {
                    read.add(field.group(1));
                }
                assertThat(type.fields()).as(name + "'s wording reads only its own fields").containsAll(read);
            }
        }
        return name + "\t" + paper.title() + "\t" + (template(processKey, type) ? "wording" : "fields");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static boolean template(String processKey, DocumentType type) {
        return DocumentSpecimensTest.class.getClassLoader().getResource("documents/templates/prose/" + processKey + "/" + type.code() + ".html") != null;
    }

    /** A value of each field's type as the case records it, or its label in 〔〕. */
    private Map<String, Object> specimen(String processKey, DocumentType type) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String field : type.fields()) {
            String label = vocabulary.label(processKey, field).orElse(field);
            content.put(field, field.equals(type.issuerJurisdiction()) ? ISSUING : value(processKey, field, label));
        }
        return content;
    }

    private Object value(String processKey, String name, String label) {
        FieldType type = specs.stream().filter(spec -> processKey.equals(spec.processKey())).flatMap(spec -> spec.fields().stream())
                .filter(field -> field.name().equals(name)).map(InputSpec.Field::type).findFirst().orElse(null);
        if (type == null) {
            return "〔" + label + "〕";
        }
        return switch (type.getClass().getSimpleName()) {
            case "Flag" -> true;
            case "Amount" -> 50000L;
            case "Count", "CountBetween", "WholeNumber" -> 3L;
            case "Day" -> "2026-12-15";
            case "DateTime" -> "2026-12-01T10:30:00+08:00";
            case "OneOf", "CodeList" -> first(component(type, type instanceof Record r && r.getClass().getSimpleName().equals("OneOf") ? "values" : "codes"),
                    type.getClass().getSimpleName().equals("CodeList"));
            case "OneOfEnum" -> ((Class<?>) component(type, "type")).getEnumConstants()[0].toString();
            case "NameList" -> List.of("张三", "李四");
            case "Table" -> {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Object column : (List<?>) component(type, "columns")) {
                    row.put(String.valueOf(column), "〔" + vocabulary.label(processKey, String.valueOf(column)).orElse(String.valueOf(column)) + "〕");
                }
                yield List.of(row);
            }
            default -> "〔" + label + "〕";
        };
    }

    private static Object first(Object values, boolean asList) {
        Object first = ((List<?>) values).get(0);
        return asList ? List.of(first) : first;
    }

    private static Object component(FieldType type, String name) {
        try {
            for (RecordComponent component : type.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return accessor.invoke(type);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException(type + " has no " + name);
    }
}
