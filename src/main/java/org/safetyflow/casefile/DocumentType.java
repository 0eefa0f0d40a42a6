package org.safetyflow.casefile;

import java.util.List;

/**
 * A kind of 文书 a process makes, declared once by its capability: its code (stored with every
 * document), its Chinese title and the case variables it is made of, in the order it lists them.
 * A model names the code only: {@code ${caseDocuments.fromTask(task, 'LISTING_NOTICE')}}.
 */
public record DocumentType(String code, String title, List<String> fields) {

    public DocumentType {
        if (code == null || !code.matches("[A-Z][A-Z_]*") || title == null || title.isBlank() || fields == null) {
            throw new IllegalArgumentException("a document type needs an UPPER_CASE code, a title and its fields: " + code);
        }
        fields = List.copyOf(fields);
    }

    public static DocumentType of(String code, String title, String... fields) {
        return new DocumentType(code, title, List.of(fields));
    }
}
