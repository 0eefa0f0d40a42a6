package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.dateTime;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.input.InputSpec;

/**
 * The steps every administrative penalty of SafetyFlow takes the same way (行政处罚法第四十四条、第四十五条、第六十三条、
 * 第六十四条): the 告知 served, the party's 陈述申辩 and hearing request (or its silence), the hearing noticed seven
 * working days ahead with an impartial chair ({@link HearingChairs}), and the hearing held. Used by the 行政处罚 process ({@code administrative-penalty})
 * and by the 暂扣/吊销 of a licence ({@code licence-sanction}), each with the task keys {@code Task_Notify},
 * {@code Task_Statement}, {@code Task_HearingNotice} and {@code Task_Hearing} and its own {@link Limits}.
 */
public final class PenaltyProcedure {

    /**
     * The names (in {@code safetyflow.time-limits}) of a procedure's limits: 陈述申辩 without a hearing right, the
     * hearing request, the hearing notice (第六十四条第二项) and the 听证笔录 after the hearing.
     */
    public record Limits(String statement, String hearingRequest, String hearingNotice, String hearingRecord) {
    }

    private PenaltyProcedure() {
    }

    /** 告知书 served: when and how. */
    public static InputSpec notice(String processKey, List<String> deliveryMethods) {
        return InputSpec.task(processKey, "Task_Notify")
                .required("noticeServedAt", "告知书送达时间", pastDateTime())
                .required("noticeDeliveryMethod", "送达方式", oneOf(deliveryMethods));
    }

    /** The party's 陈述、申辩 and hearing request; a request only where the hearing right was notified ({@code hearingRight}). */
    public static InputSpec statement(String processKey) {
        return InputSpec.task(processKey, "Task_Statement")
                .required("statementMade", "当事人提出了陈述、申辩", flag())
                .optional("statementSummary", "陈述、申辩的内容及复核意见", text(4000))
                .optional("hearingRequested", "当事人要求听证", flag())
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("statementMade")), "statementSummary",
                        "请写明「陈述、申辩的内容及复核意见」（statementSummary）"))
                .rule(v -> Boolean.TRUE.equals(v.get("hearingRequested")) && !Boolean.TRUE.equals(v.get("hearingRight"))
                        ? "本案拟作出的处罚不属于应当告知听证权利的情形（行政处罚法第六十三条），不能登记听证申请" : null);
    }

    /** The hearing noticed: its day at least the hearing-notice limit after the notice is served (第六十四条第二项). */
    public static InputSpec hearingNotice(String processKey, TimeLimits limits, Limits names) {
        return InputSpec.task(processKey, "Task_HearingNotice")
                .required("hearingNoticeServedAt", "听证通知书送达时间", pastDateTime())
                .required("hearingAt", "听证时间", dateTime())
                .required("hearingPlace", "听证地点", text(200))
                .optional("hearingChair", "听证主持人（用户名）", text(64))
                .rule(v -> {
                    if (!(v.get("hearingNoticeServedAt") instanceof Date served) || !(v.get("hearingAt") instanceof Date hearing)) {
                        return null;
                    }
                    Date earliest = limits.after(names.hearingNotice(), served);
                    return CalendarDays.dayOf(hearing).isBefore(CalendarDays.dayOf(earliest))
                            ? "应当在举行听证的七日前通知当事人（行政处罚法第六十四条第二项、第八十五条）：" + CalendarDays.chinese(served)
                                    + "送达通知的，听证最早于" + CalendarDays.chinese(earliest) + "举行"
                            : null;
                });
    }

    /** The hearing held: who attended, the 听证笔录 and the 听证会报告书. */
    public static InputSpec hearing(String processKey) {
        return InputSpec.task(processKey, "Task_Hearing")
                .required("hearingHeldAt", "听证举行时间", pastDateTime())
                .required("hearingParticipants", "出席人员", text(1000))
                .required("hearingRecord", "听证笔录", text(8000))
                .required("hearingOpinion", "听证意见（听证会报告书）", text(4000));
    }

    /** 告知 served: 陈述申辩 (and the hearing request where the right exists) due within the limit from service. */
    public static void noticeServed(DelegateTask task, TimeLimits limits, Limits names) {
        String limit = Boolean.TRUE.equals(task.getVariable("hearingRight")) ? names.hearingRequest() : names.statement();
        task.setVariable("statementDueDate", limits.after(limit, (Date) task.getVariable("noticeServedAt")));
        CaseLabels.days(task, "noticeServedAt", "statementDueDate");
    }

    /** The period ran out with no 陈述申辩 and no hearing requested: recorded so; the case goes on to the decision. */
    public static void noRequest(DelegateExecution execution) {
        execution.setVariable("statementMade", false);
        execution.setVariable("hearingRequested", false);
        execution.setVariable("statementLapsedAt", ClockUtil.getCurrentTime());
    }

    /**
     * The hearing noticed with its chair ({@link HearingChairs#designate}: the one named, or whoever notices it; never one of
     * {@code caseHandlers}, who investigated or proposed — 第六十四条第四项): the chair kept with its name
     * ({@code hearingChairText}), the 听证笔录 due the hearing-record limit after the hearing day.
     */
    public static void hearingNoticed(DelegateTask task, TimeLimits limits, Limits names, HearingChairs chairs, Object... caseHandlers) {
        String chair = chairs.designate(task, caseHandlers);
        if (chair != null) {
            task.setVariable("hearingChair", chair);
            task.setVariable("hearingChairText", HearingChairs.text(task, chair));
        }
        task.setVariable("hearingRecordDueDate", limits.after(names.hearingRecord(), (Date) task.getVariable("hearingAt")));
        CaseLabels.days(task, "hearingAt", "hearingRecordDueDate");
    }
}
