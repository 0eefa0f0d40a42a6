package org.safetyflow.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.safetyflow.casefile.CaseVocabulary;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * A case's variable records on its timeline: each update with the value it replaced, as stored (the
 * contract's {@code variable}, {@code oldValue}, {@code newValue}), and in Chinese — the variable's label
 * and its values as the case's vocabulary words them (「修改事故等级：一般 → 较大」), and the person whose
 * command made the change ({@code user}, recorded by {@link PendingSeals}; none for the engine's own steps). A
 * variable no vocabulary names keeps its name.
 */
@Component
class VariableChanges {

    private final HistoryService history;
    private final CaseVocabulary vocabulary;
    private final Database database;

    VariableChanges(HistoryService history, CaseVocabulary vocabulary, Database database) {
        this.history = history;
        this.vocabulary = vocabulary;
        this.database = database;
    }

    void addTo(TimelineEvents events, HistoricProcessInstance instance) {
        String processKey = instance.getProcessDefinitionKey();
        Map<String, Object> previous = new HashMap<>();
        Map<String, String> previousText = new HashMap<>();
        Map<String, String> actors = actors(instance);
        for (HistoricVariableUpdate update : updates(instance)) {
            String key = update.getVariableInstanceId();
            String name = update.getVariableName();
            boolean first = !previous.containsKey(key);
            Object old = previous.get(key);
            String oldText = previousText.get(key);
            Object value = TimelineWording.value(update);
            String text = vocabulary.text(processKey, name, TimelineWording.readable(update));
            previous.put(key, value);
            previousText.put(key, text);
            if (!first && Objects.equals(old, value)) {
                continue; // the same value written again: nothing changed
            }
            String label = vocabulary.label(processKey, name).orElse(null);
            events.add(3, new TimelineEvent("variable:" + update.getId(), Timelines.time(update.getTime()),
                    first ? "VARIABLE_CREATED" : "VARIABLE_UPDATED", TimelineWording.change(first, label, name, oldText, text),
                    actors.get(update.getId()), null,
                    name, label, first ? null : old, value, first ? null : unlessSame(old, oldText), unlessSame(value, text), null, null,
                    Map.of("revision", update.getRevision(), "type", update.getVariableTypeName() == null ? "" : update.getVariableTypeName())));
        }
    }

    /**
     * The variables whose final value (ACT_HI_VARINST, what Cockpit, Tasklist and the REST API show) is not the value
     * of their last recorded update: each names the timeline event of that update.
     */
    List<FinalValue> finalValuesDiffering(HistoricProcessInstance instance) {
        Map<String, HistoricVariableUpdate> last = new HashMap<>();
        Map<String, String> lastEvent = new HashMap<>();
        for (HistoricVariableUpdate update : updates(instance)) {
            HistoricVariableUpdate before = last.put(update.getVariableInstanceId(), update);
            if (before == null || !Objects.deepEquals(comparable(before.getTypedValue()), comparable(update.getTypedValue()))) {
                lastEvent.put(update.getVariableInstanceId(), "variable:" + update.getId());
            }
        }
        List<FinalValue> differing = new ArrayList<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .disableCustomObjectDeserialization().list()) {
            HistoricVariableUpdate update = last.get(variable.getId());
            if (update != null && !Objects.deepEquals(comparable(update.getTypedValue()), comparable(variable.getTypedValue()))) {
                differing.add(new FinalValue(lastEvent.get(variable.getId()), variable.getName()));
            }
        }
        return differing;
    }

    private List<HistoricVariableUpdate> updates(HistoricProcessInstance instance) {
        List<HistoricVariableUpdate> updates = new ArrayList<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates()
                .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()) {
            updates.add((HistoricVariableUpdate) detail);
        }
        return updates;
    }

    /** Who made each variable update of the case, by the update's id. */
    private Map<String, String> actors(HistoricProcessInstance instance) {
        Map<String, String> actors = new HashMap<>();
        database.jdbc().query("select detail_id, user_id from sf_audit_actor where process_instance_id = ?",
                rs -> {
                    actors.put(rs.getString(1), rs.getString(2));
                }, instance.getId());
        return actors;
    }

    /** A stored value as it can be compared: an object by its serialized form, a file by nothing more than its being one. */
    private static Object comparable(TypedValue typed) {
        if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        return typed == null || typed instanceof FileValue ? null : typed.getValue();
    }

    /** A variable whose final value differs from its last recorded update, named by that update's timeline event. */
    record FinalValue(String eventId, String variable) {
    }

    /** The Chinese text of a value, where it reads differently from the value itself. */
    private static String unlessSame(Object value, String text) {
        return value != null && text.equals(String.valueOf(value)) ? null : text;
    }
}
