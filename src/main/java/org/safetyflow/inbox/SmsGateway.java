package org.safetyflow.inbox;

/**
 * Sends a text message: the SMS channel of the notifications. SafetyFlow ships no provider (a bureau's contract decides
 * it: the government SMS platform, a carrier's gateway); a bean implementing this switches the channel on, and each user
 * chooses per kind of notification whether it wants it by SMS (docs/inbox.md).
 */
public interface SmsGateway {

    /** Sends {@code text} (at most 300 characters) to the mobile number {@code mobile} (11 digits); throws when it could not. */
    void send(String mobile, String text);
}
