package org.safetyflow.enforcement;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safetyflow.registry.Department;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 检查事项清单 (一单两库: 随机抽查事项清单; 照单检查): per department, the items an inspection checks, each with its
 * basis. The bureau edits them as data: {@code <DEPARTMENT>.json} in {@code safetyflow.enforcement.checklist-dir}
 * ({@code SAFETYFLOW_CHECKLIST_DIR}) replaces the bundled {@code enforcement/checklists/<DEPARTMENT>.json}. Read when a
 * plan is made, so an edited list applies to the next plan without a restart; a plan keeps the list it was made with.
 */
@Component
class EnforcementChecklists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String directory;

    EnforcementChecklists(@Value("${safetyflow.enforcement.checklist-dir:}") String directory) {
        this.directory = directory == null ? "" : directory.strip();
    }

    /** One item of a department's list. */
    record Item(String department, String code, String item, String basis) {
    }

    record Checklist(String department, List<Item> items) {
    }

    /** The items of the plan's departments, in the plan's order. */
    List<Item> forPlan(List<String> departments) {
        List<Item> items = new ArrayList<>();
        departments.forEach(code -> items.addAll(of(Department.ofCode(code).orElseThrow())));
        return List.copyOf(items);
    }

    List<Item> of(Department department) {
        Checklist list = read(department);
        if (list.items() == null || list.items().isEmpty()) {
            throw new IllegalStateException("the 检查事项清单 of " + department + " has no items");
        }
        return list.items().stream().map(i -> new Item(department.name(), i.code(), i.item(), i.basis())).toList();
    }

    private Checklist read(Department department) {
        String file = department.name() + ".json";
        try {
            if (!directory.isEmpty() && Files.isRegularFile(Path.of(directory, file))) {
                try (InputStream in = Files.newInputStream(Path.of(directory, file))) {
                    return JSON.readValue(in, Checklist.class);
                }
            }
            try (InputStream in = getClass().getResourceAsStream("/enforcement/checklists/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("no bundled 检查事项清单 " + file);
                }
                return JSON.readValue(in, Checklist.class);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the 检查事项清单 " + file + " does not read: " + e.getMessage(), e);
        }
    }
}
