package org.safetyflow.input;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that a process refuses, with a Chinese message naming the field. Thrown inside the engine,
 * it rolls back the whole transaction, so nothing of the input is stored; over REST it is a 400.
 */
public class InvalidInputException extends BadUserRequestException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The variable at fault, or null when the problem spans several. */
    public String field() {
        return field;
    }
}
