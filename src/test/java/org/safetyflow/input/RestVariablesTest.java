package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the engine gets after the check, whatever type the client guessed: a list as the list it was checked to be, a
 * whole number sent as digits as the exact Long.
 */
class RestVariablesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldNameAListOfNamesAsSuchWhenTasklistGuessedAListOfMaps() throws Exception {
        ObjectNode variables = (ObjectNode) json.readTree("""
                {"teamMembers": {"type": "Object", "value": "[\\"investigation-team\\",\\"accident-officer\\"]",
                 "valueInfo": {"objectTypeName": "java.util.ArrayList<java.util.LinkedHashMap<java.lang.Object,java.lang.Object>>",
                               "serializationDataFormat": "application/json"}},
                 "teamUnits": {"value": "区政府"}}""");

        RestVariables.writeBack(variables, Set.of("teamMembers", "teamUnits"),
                Map.of("teamMembers", List.of("investigation-team", "accident-officer"), "teamUnits", "区政府"));

        assertThat(variables.at("/teamMembers/valueInfo/objectTypeName").asText()).isEqualTo("java.util.ArrayList<java.lang.String>");
        assertThat(variables.at("/teamMembers/value").asText()).isEqualTo("[\"investigation-team\",\"accident-officer\"]");
        assertThat(variables.at("/teamUnits/type").asText()).isEqualTo("String");
    }

    @Test
    void shouldSendAWholeNumberTypedAsTextOnAsTheExactLongItIs() throws Exception {
        ObjectNode variables = (ObjectNode) json.readTree("""
                {"randomSeed": {"type": "String", "value": "9007199254740993"}}""");
        InputSpec spec = InputSpec.start("draw").optional("randomSeed", "随机种子", FieldType.wholeNumber());

        Map<String, Object> raw = RestVariables.rawValues(variables, spec);
        RestVariables.writeBack(variables, raw.keySet(), spec.normalize(raw, Clock.systemUTC()));

        assertThat(variables.at("/randomSeed/type").asText()).isEqualTo("Long");
        assertThat(variables.at("/randomSeed/value").isIntegralNumber()).isTrue();
        assertThat(variables.at("/randomSeed/value").longValue()).as("2⁵³ + 1, not rounded").isEqualTo(9007199254740993L);
    }
}
