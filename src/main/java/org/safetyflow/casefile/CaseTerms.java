package org.safetyflow.casefile;

import java.util.Map;
import java.util.Set;

/**
 * What a process's variables are called in Chinese beyond the labels of its {@code InputSpec}s,
 * declared once by its capability as a bean (e.g. {@code hazard.HazardTerms}): the variables the
 * process sets itself (its results, contract §4), the Chinese names of the codes its variables hold —
 * the same names its label listener writes as {@code <variable>Label} — and which of the variables it
 * sets itself hold amounts of yuan. {@link CaseVocabulary} puts them together with the InputSpecs.
 */
public interface CaseTerms {

    /** The key of the process whose variables these are; null for variables every case has. */
    String processKey();

    /** Variable → its Chinese label, for the variables the process sets itself. */
    Map<String, String> labels();

    /** Variable → the Chinese names of the codes it holds. */
    default Map<String, Map<String, String>> codes() {
        return Map.of();
    }

    /** The variables the process sets itself that hold amounts of yuan (those entered are known from the InputSpecs). */
    default Set<String> amounts() {
        return Set.of();
    }
}
