package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safetyflow.registry.Department;

/** 检查事项清单 as the bureau keeps them: one bundled per department, replaced by a file of the same name in its directory. */
class EnforcementChecklistsTest {

    @Test
    void shouldBundleAListWithItsBasisForEveryDepartment() {
        EnforcementChecklists bundled = new EnforcementChecklists("");
        for (Department department : Department.values()) {
            assertThat(bundled.of(department)).as(department.name()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.department()).isEqualTo(department.name());
                assertThat(item.code()).isNotBlank();
                assertThat(item.item()).isNotBlank();
                assertThat(item.basis()).isNotBlank();
            });
        }
    }

    @Test
    void shouldTakeTheBureausOwnListOverTheBundledOneAndKeepThePlansOrder(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("MARKET.json"), """
                {"department": "MARKET", "items": [{"code": "SJ-01", "item": "电梯维护保养记录", "basis": "特种设备安全法第四十五条"}]}""");
        EnforcementChecklists edited = new EnforcementChecklists(directory.toString());

        List<EnforcementChecklists.Item> items = edited.forPlan(List.of("MARKET", "EMERGENCY"));

        assertThat(items.get(0)).isEqualTo(new EnforcementChecklists.Item("MARKET", "SJ-01", "电梯维护保养记录", "特种设备安全法第四十五条"));
        assertThat(items.subList(1, items.size())).extracting(EnforcementChecklists.Item::code).startsWith("EM-01")
                .as("the departments without a file of their own keep the bundled list").allMatch(code -> code.startsWith("EM-"));
    }

    @Test
    void shouldRefuseAnEmptyListRatherThanPlanAnInspectionOfNothing(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("FIRE.json"), "{\"department\": \"FIRE\", \"items\": []}");

        assertThatThrownBy(() -> new EnforcementChecklists(directory.toString()).of(Department.FIRE)).hasMessageContaining("no items");
    }
}
