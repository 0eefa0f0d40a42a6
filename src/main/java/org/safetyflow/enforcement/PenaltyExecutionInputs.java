package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.Date;
import java.util.List;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the execution of a 行政处罚决定 records beyond the payment: the 复查 of a 责令改正 (安全生产法第一百一十二条).
 */
@Configuration
class PenaltyExecutionInputs {

    @Bean
    InputSpec penaltyCorrectionRecheck() {
        return task("Task_CorrectionRecheck")
                .required("recheckedAt", "复查时间", pastDateTime())
                .required("recheckers", "复查的执法人员（至少两名）", nameList(10, 50))
                .required("corrected", "已按要求改正", flag())
                .required("recheckOpinion", "复查意见（整改复查意见书）", text(2000))
                .rule(atLeastTwo("recheckers", "复查"))
                .rule(v -> v.get("recheckedAt") instanceof Date at && v.get("correctionDueDate") instanceof Date due
                        && !CalendarDays.dayOf(at).isAfter(CalendarDays.dayOf(due))
                        ? "改正期限至" + CalendarDays.chinese(due) + "届满，复查应在期限届满之后（复查时间不能早于" + CalendarDays.chinese(CalendarDays.dayOf(due).plusDays(1)) + "）" : null);
    }

    /** Two officers at least (行政处罚法第四十二条第一款: 执法人员不得少于两人). */
    static InputSpec.CrossFieldRule atLeastTwo(String field, String what) {
        return v -> v.get(field) instanceof List<?> names && names.size() < 2
                ? what + "的执法人员不得少于两人（行政处罚法第四十二条）：请填写至少两名执法人员" : null;
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(PenaltyInputs.PROCESS_KEY, taskKey);
    }
}
