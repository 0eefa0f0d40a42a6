package org.safetyflow.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The events of one timeline as they are gathered, each with its source (0 the case's start … 9 its
 * end), put in order at the end: by time, then by source, then in the order each source gave them.
 */
final class TimelineEvents {

    private final List<Ordered> events = new ArrayList<>();
    private final Instant from;

    /** The events stamped from {@code from} on (all when it is null). */
    TimelineEvents(Instant from) {
        this.from = from;
    }

    /** Adds an event from {@code source}; an event without a time, or stamped before the moment these start from, is left out. */
    void add(int source, TimelineEvent event) {
        if (event.time() != null && (from == null || !event.time().toInstant().isBefore(from))) {
            events.add(new Ordered(event, source, events.size()));
        }
    }

    /** The case's start first and its end last, whatever milliseconds the engine stamped on their neighbours. */
    List<TimelineEvent> inOrder(OffsetDateTime start, OffsetDateTime end) {
        List<Ordered> ordered = new ArrayList<>(events);
        ordered.replaceAll(e -> e.event().time().isBefore(start) ? e.at(start)
                : end != null && e.event().time().isAfter(end) ? e.at(end) : e);
        ordered.sort(Comparator.comparingInt((Ordered e) -> e.source() == 0 ? 0 : e.source() == 9 ? 2 : 1)
                .thenComparing(e -> e.event().time()).thenComparingInt(Ordered::source).thenComparingInt(Ordered::index));
        return ordered.stream().map(Ordered::event).toList();
    }

    private record Ordered(TimelineEvent event, int source, int index) {
        Ordered at(OffsetDateTime time) {
            return new Ordered(event.at(time), source, index);
        }
    }
}
