package org.safetyflow.licensing;

import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.dateTime;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.List;
import java.util.Map;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a 延续提醒 starts with (the sweep sends it) and what the window records to end it (条例第九条). */
@Configuration
class RenewalReminderInputs {

    static final Map<String, String> METHODS = Map.of("IN_PERSON", "当面告知", "PHONE", "电话告知", "WRITTEN", "书面告知",
            "ELECTRONIC", "短信或电子送达", "ACKNOWLEDGED", "企业在系统中确认知悉");

    @Bean
    InputSpec renewalReminderStart(JurisdictionDirectory jurisdictions) {
        return InputSpec.start(RenewalReminders.PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(jurisdictions::isKnown))
                .required("enterpriseName", "持证单位名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("licenceNumber", "许可证编号", text(100))
                .required("licenceType", "许可类别", oneOf(List.copyOf(LicenceTypes.NAMES.keySet())))
                .required("licenceValidUntil", "许可证有效期至", dateTime())
                .required("reminderDueDate", "应申请延续的日期", dateTime());
    }

    @Bean
    InputSpec renewalReminderTold() {
        return InputSpec.task(RenewalReminders.PROCESS_KEY, "Task_Remind")
                .required("notifiedAt", "告知时间", pastDateTime())
                .required("notificationMethod", "告知方式", oneOf(List.copyOf(METHODS.keySet())))
                .optional("notificationNote", "告知情况说明", text(1000));
    }
}
