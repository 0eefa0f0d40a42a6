package org.safetyflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.input.InputSpec;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * A statutory notice is published only when the 机关负责人 signs it off (as the notices API requires of
 * hand-made ones): a user task of {@code bureau-head} with the form {@code notice-sign-off} and this
 * listener on completion, {@code delegateExpression="${noticeSignOff}"}. The model drafts the notice in
 * the task's input parameters {@code noticeType} (a {@link NoticeType}), {@code noticeTitle},
 * {@code noticeBody} and, when the publisher is not the case's own jurisdiction,
 * {@code noticeJurisdiction} (empty for a national publisher such as the 国务院). The head may correct the text; 签发 publishes it in the same transaction
 * (its id in the case variable {@code lastNoticeId}), 不予公开 records the reason as a comment of the case.
 */
@Component("noticeSignOff")
public class NoticeSignOff implements TaskListener {

    private final Notices notices;

    NoticeSignOff(Notices notices) {
        this.notices = notices;
    }

    /** What a sign-off task's form must carry; each process declares it for its sign-off tasks. */
    public static InputSpec spec(String processKey, String taskKey) {
        return InputSpec.task(processKey, taskKey)
                .required("noticeTitle", "公告标题", FieldType.text(Notices.MAX_TITLE))
                .required("noticeBody", "公告正文", FieldType.text(Notices.MAX_BODY))
                .required("noticeApproved", "审核意见", FieldType.flag())
                .optional("signOffOpinion", "理由", FieldType.text(2000))
                .rule(values -> Boolean.FALSE.equals(values.get("noticeApproved")) && values.get("signOffOpinion") == null
                        ? "不予公开的，必须写明理由（signOffOpinion）" : null);
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution draft = task.getExecution();
        NoticeType type = Fields.required("noticeType", "公告类型", Notices.TYPE, draft.getVariableLocal("noticeType"));
        String title = (String) draft.getVariable("noticeTitle");
        if (!Boolean.TRUE.equals(task.getVariable("noticeApproved"))) {
            task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(),
                    "不予公开「" + title + "」：" + task.getVariable("signOffOpinion"));
            return;
        }
        Object publisher = draft.hasVariableLocal("noticeJurisdiction") ? draft.getVariableLocal("noticeJurisdiction")
                : draft.getVariable("jurisdiction");
        Notice notice = notices.publish(type, title, draft.getProcessBusinessKey(), publisher instanceof String code ? code : null,
                (String) draft.getVariable("noticeBody"), Actors.current(task.getProcessEngineServices()));
        draft.getProcessInstance().setVariable("lastNoticeId", notice.id());
    }
}
