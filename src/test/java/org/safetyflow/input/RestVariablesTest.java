package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A list comes back to the engine as the list it was checked to be, whatever Java type Tasklist guessed for it. */
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
}
