package org.safetyflow.testing;

import java.util.ArrayList;
import java.util.List;
import org.safetyflow.inbox.SmsGateway;

/** An SMS gateway for the tests: keeps each message it is given, sends none. */
public class RecordedTexts implements SmsGateway {

    private final List<String> sent = new ArrayList<>();

    @Override
    public synchronized void send(String mobile, String text) {
        sent.add(mobile + " " + text);
    }

    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }
}
