package org.safetyflow.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a verification found: the problems, each with its place in the chain or its event, and the events the chain accounts for. */
final class SealFindings {

    private final Map<String, TimelineEvent> events;
    private final Set<String> sealed = new HashSet<>();
    private final List<Map<String, Object>> problems = new ArrayList<>();

    SealFindings(Map<String, TimelineEvent> events) {
        this.events = events;
    }

    Map<String, Object> add(SealProblem problem, Integer seq, String eventId) {
        Map<String, Object> found = new LinkedHashMap<>();
        if (seq != null) {
            found.put("seq", seq);
        }
        if (eventId != null) {
            found.put("eventId", eventId);
        }
        found.put("problem", problem.name());
        found.put("explanation", problem.explanation());
        TimelineEvent event = eventId == null ? null : events.get(eventId);
        if (event != null) {
            found.put("type", event.type());
            found.put("time", event.time());
            found.put("description", event.description());
        }
        problems.add(found);
        return found;
    }

    void sealed(String eventId) {
        sealed.add(eventId);
    }

    boolean isSealed(String eventId) {
        return sealed.contains(eventId);
    }

    boolean any() {
        return !problems.isEmpty();
    }

    /** Along the chain first (by seq), then the rest as found. */
    List<Map<String, Object>> inOrder() {
        List<Map<String, Object>> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparing((Map<String, Object> problem) -> (Integer) problem.getOrDefault("seq", Integer.MAX_VALUE)));
        return ordered;
    }
}
