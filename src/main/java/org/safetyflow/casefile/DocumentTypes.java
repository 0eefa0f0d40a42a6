package org.safetyflow.casefile;

import java.util.List;

/** The 文书 of one process, declared by its capability as a bean (e.g. {@code hazard.HazardDocuments}). */
public interface DocumentTypes {

    /** The key of the process whose steps make these documents. */
    String processKey();

    List<DocumentType> types();
}
