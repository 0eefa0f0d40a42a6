package org.safetyflow.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Prints a {@link Paper} as PDF/A-2u: its HTML template (documents/templates) filled by Thymeleaf, laid out on A4 by
 * openhtmltopdf (PDFBox). The Chinese text is text in the PDF, set in TrueType fonts embedded as the subset the
 * document uses: the bundled Droid Sans Fallback (Apache 2.0) for Chinese and Liberation Serif (SIL OFL 1.1) for Latin
 * letters and numerals, or a bureau's own licensed fonts for titles and text ({@code title.ttf}, {@code text.ttf}) in
 * {@code safetyflow.documents.font-directory}.
 */
@Component
class DocumentPdfs {

    private static final String BUNDLED = "documents/fonts/DroidSansFallbackFull.ttf";
    /** Latin letters and Arabic numerals (the CJK font has none): Liberation Serif, metric-compatible with Times New Roman. */
    private static final String LATIN = "documents/fonts/LiberationSerif-Regular.ttf";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final Logger LOG = LoggerFactory.getLogger(DocumentPdfs.class);
    /**
     * Marks a case's text holds (a gate's ✔ in Tasklist) that the fonts lack, as GB 2312 writes them — a bureau's own
     * 仿宋_GB2312 has these too. A character no font has would print as #.
     */
    private static final Map<Integer, String> SUBSTITUTES = substitutes();

    private final TemplateEngine templates = new TemplateEngine();
    /** The fonts by the family the templates name: read once, each document embeds the glyphs it uses. */
    private final Map<String, byte[]> fonts = new LinkedHashMap<>();
    /** Whether one of the fonts has a glyph for the character: read from the fonts at the first print, not at start-up. */
    private volatile IntPredicate printable;

    DocumentPdfs(@Value("${safetyflow.documents.font-directory:}") String fontDirectory) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
        byte[] bundled = bundled(BUNDLED);
        fonts.put("文书西文", bundled(LATIN));
        fonts.put("文书标题", own(fontDirectory, "title.ttf", bundled));
        fonts.put("文书正文", own(fontDirectory, "text.ttf", bundled));
    }

    byte[] pdf(Paper paper) {
        Context context = new Context();
        context.setVariable("paper", paper);
        String html = printable(paper, templates.process(paper.template(), context));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // PDF/A-2u (ISO 19005-2, Unicode text) for the archive: every font embedded (the renderer then adds none of the PDF
        // base fonts), text extractable, colours in sRGB (the JDK's own profile).
        builder.usePdfVersion(1.7f);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        fonts.forEach((family, font) -> {
            // The same face for bold: a CJK face has no bold of its own, and text must not fall back to another font.
            for (int weight : new int[] {400, 700}) {
                builder.useFont(() -> new ByteArrayInputStream(font), family, weight, FontStyle.NORMAL, true);
            }
        });
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("文书 " + paper.title() + " could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** The text with each character the fonts lack as its GB 2312 substitute, where it has one. */
    private String printable(Paper paper, String html) {
        StringBuilder text = new StringBuilder(html.length());
        TreeSet<String> missing = new TreeSet<>();
        if (printable == null) {
            printable = covered(List.copyOf(fonts.values()));
        }
        IntPredicate covered = printable;
        html.codePoints().forEach(character -> {
            if (character < 0x80 || Character.isWhitespace(character) || covered.test(character)) {
                text.appendCodePoint(character);
            } else if (SUBSTITUTES.containsKey(character)) {
                text.append(SUBSTITUTES.get(character));
            } else {
                missing.add(Character.toString(character) + " U+" + Integer.toHexString(character).toUpperCase());
                text.appendCodePoint(character);
            }
        });
        if (!missing.isEmpty()) {
            LOG.warn("文书 {} of case {} holds characters none of its fonts has, printed as #: {}", paper.title(), paper.caseNumber(), missing);
        }
        return text.toString();
    }

    private static IntPredicate covered(List<byte[]> fonts) {
        List<TrueTypeFont> parsed = fonts.stream().distinct().map(font -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException("a 文书 font cannot be read", e);
            }
        }).toList();
        List<CmapLookup> maps = parsed.stream().map(font -> {
            try {
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("a 文书 font has no Unicode map", e);
            }
        }).toList();
        return character -> maps.stream().anyMatch(map -> map.getGlyphId(character) > 0);
    }

    private static Map<Integer, String> substitutes() {
        Map<Integer, String> substitutes = new LinkedHashMap<>();
        for (String passed : List.of("✔", "✓", "☑")) {
            substitutes.put(passed.codePointAt(0), "√");
        }
        for (String failed : List.of("✘", "✗", "✕", "✖", "☒")) {
            substitutes.put(failed.codePointAt(0), "×");
        }
        substitutes.put("★".codePointAt(0), "*");
        substitutes.put("☆".codePointAt(0), "*");
        // ①…⑳ (which GB 2312 has as ⒈ and ⑴, not as circled numbers) as （1）…（20）.
        for (int number = 1; number <= 20; number++) {
            substitutes.put(0x2460 + number - 1, "（" + number + "）");
        }
        return Map.copyOf(substitutes);
    }

    private static byte[] bundled(String resource) {
        try (InputStream font = DocumentPdfs.class.getClassLoader().getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bureau's own font file, where it has one, else the bundled font. */
    private static byte[] own(String directory, String file, byte[] bundled) {
        if (directory == null || directory.isBlank() || !Files.isRegularFile(Path.of(directory, file))) {
            return bundled;
        }
        try {
            return Files.readAllBytes(Path.of(directory, file));
        } catch (IOException e) {
            throw new UncheckedIOException("font " + Path.of(directory, file) + " cannot be read", e);
        }
    }
}
