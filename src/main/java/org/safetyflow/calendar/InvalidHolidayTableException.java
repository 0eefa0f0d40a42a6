package org.safetyflow.calendar;

/** A holiday table that cannot be used; the message names the file and the problem. */
public class InvalidHolidayTableException extends RuntimeException {

    public InvalidHolidayTableException(String message) {
        super(message);
    }
}
