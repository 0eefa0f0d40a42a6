package org.safetyflow.rules;

/**
 * Why SafetyFlow will not do what was asked, in Chinese, and of which kind — without any HTTP type:
 * the web layer answers it with 400, 401, 403, 404, 409 or 429 ({@code web.ApiErrors}), the engine layer
 * with its own refusals ({@code security.EngineRefusals}). Domain services throw it; so do controllers.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal, which decides its answer. */
    public enum Kind {
        /** The request itself is wrong (a field, a value, a state it cannot be in). */
        INVALID,
        /** Nobody is signed in. */
        UNAUTHENTICATED,
        /** The caller may not do this. */
        FORBIDDEN,
        /** No such thing (or not in the caller's jurisdictions, which looks the same). */
        NOT_FOUND,
        /** Not now: the thing is in a state that does not allow it (already withdrawn, already paused …). */
        CONFLICT,
        /** Not again so soon: the same request within the interval a rule allows one in (催办). */
        TOO_SOON
    }

    private final Kind kind;
    private final String field;

    private Refusal(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static Refusal invalid(String message) {
        return new Refusal(Kind.INVALID, null, message);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    public static Refusal unauthenticated(String message) {
        return new Refusal(Kind.UNAUTHENTICATED, null, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, null, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, null, message);
    }

    public static Refusal tooSoon(String message) {
        return new Refusal(Kind.TOO_SOON, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The field it is about, or null. */
    public String field() {
        return field;
    }
}
