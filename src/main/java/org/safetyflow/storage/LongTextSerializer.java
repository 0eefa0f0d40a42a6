package org.safetyflow.storage;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A text longer than the engine's string column ({@code TEXT_ varchar(4000)} of ACT_RU_VARIABLE, ACT_HI_VARINST,
 * ACT_HI_DETAIL, ACT_HI_DEC_IN/OUT), kept as its UTF-8 bytes in the variable's byte array (ACT_GE_BYTEARRAY) and read
 * back as the plain String it was: the value's type stays {@link ValueType#STRING} ({@code getVariable} gives a String,
 * REST says {@code "type": "String"}, Tasklist prefills it, history keeps it). Shorter texts are the engine's own
 * {@code StringValueSerializer}'s, in {@code TEXT_} as before.
 *
 * <p>The engine asks the serializers in order whether they take a value; this one comes first
 * ({@code customPreVariableSerializers}) and takes only a String over {@value #COLUMN} UTF-16 units, Java's
 * {@code length()}: H2 (the default profile) counts a {@code varchar}'s length the same way, PostgreSQL in characters
 * (a character outside the BMP is one there, two units here), so whatever this leaves to {@code TEXT_} fits both.
 *
 * <p>The engine persists the serializer's {@linkplain #NAME name} in the variable's {@code TYPE_} column and reads the
 * value back with the serializer of that name: the name must never change and the serializer must be registered in
 * every engine that reads these tables ({@link LongTexts}).
 */
final class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

    /** Persisted in TYPE_ (ACT_RU_VARIABLE, ACT_HI_DETAIL) and VAR_TYPE_ (ACT_HI_VARINST): never rename. */
    static final String NAME = "safetyflow-long-string";
    /** The engine's string columns: {@code TEXT_ varchar(4000)}. */
    static final int COLUMN = 4000;

    LongTextSerializer() {
        super(ValueType.STRING);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.getValue() instanceof String text && text.length() > COLUMN;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
        valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
        byte[] bytes = valueFields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }
}
