package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 事故条例第三十二条: each 处理建议 goes to the role that carries it out. */
class AccountabilityRoutingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "行政处罚, enforcement-officer, 行政处罚由执法人员依法实施",
        "移送司法, accident-officer,    涉嫌犯罪的，由事故调查统计员移送司法机关",
        "党纪政务处分, government,      「党纪政务处分」由人民政府督促有关机关落实",
        "其他,     government,          「其他」由人民政府督促",
    })
    void shouldRouteEachProposalToTheRoleThatCarriesItOut(String kind, String group, String reason) {
        assertThat(AccountabilityRouting.route(kind).group()).isEqualTo(group);
        assertThat(AccountabilityRouting.route(kind).reason()).startsWith(reason).endsWith("（事故条例第三十二条）");
        assertThat(new AccountabilityRouting().groupFor(Map.of("kind", kind))).isEqualTo(group);
    }
}
