package org.safetyflow.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safetyflow.input.Fields;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * A service task that publishes a notice of its case: {@code camunda:delegateExpression="${publishNotice}"}
 * with the input parameters {@code noticeType} (a {@link NoticeType} name), {@code noticeTitle} and
 * {@code noticeBody}. The case number and jurisdiction are the case's. The new notice's id is kept in
 * the case variable {@code lastNoticeId}.
 */
@Component("publishNotice")
class PublishNoticeDelegate implements JavaDelegate {

    private final Notices notices;

    PublishNoticeDelegate(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NoticeType type = Fields.required("noticeType", "公告类型", Notices.TYPE, execution.getVariableLocal("noticeType"));
        String title = (String) execution.getVariableLocal("noticeTitle");
        String body = (String) execution.getVariableLocal("noticeBody");
        Object jurisdiction = execution.getVariable("jurisdiction");
        Notice notice = notices.publish(type, title, execution.getProcessBusinessKey(),
                jurisdiction instanceof String code ? code : null, body,
                Actors.current(execution.getProcessEngineServices()));
        execution.setVariable("lastNoticeId", notice.id());
    }
}
