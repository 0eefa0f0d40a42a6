package org.safetyflow.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A notice says a thing once: what an official wrote to go after a notice's own wording (a recheck
 * opinion after 「复查合格，予以销号」) keeps only the sentences the notice has not said already.
 */
public final class NoticeSentences {

    /** A sentence ends after 。！？；, their ASCII forms, or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;\\n])");
    /** What does not change what a sentence says: spaces and punctuation. */
    private static final Pattern NOT_WORDING = Pattern.compile("[\\s\\p{Punct}，。！？；：、“”‘’（）《》—…]+");

    private NoticeSentences() {
    }

    /**
     * The sentences of {@code more} that {@code said} does not already contain (spaces and punctuation
     * aside), in their order and with their own punctuation; empty when every one was said.
     */
    public static String notYetSaid(String said, String more) {
        if (more == null) {
            return "";
        }
        String saidWording = wording(said == null ? "" : said);
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(more.strip())) {
            String wording = wording(sentence);
            if (!wording.isEmpty() && !saidWording.contains(wording)) {
                kept.add(sentence.strip());
            }
        }
        return String.join("", kept).strip();
    }

    private static String wording(String text) {
        return NOT_WORDING.matcher(text).replaceAll("");
    }
}
