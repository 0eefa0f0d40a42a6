package org.safetyflow.audit;

import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.calendar.engine.ClockPause;
import org.safetyflow.calendar.engine.StatutoryClocks;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.inbox.TaskAction;
import org.safetyflow.inbox.TaskActions;
import org.springframework.stereotype.Component;

/**
 * The events of a case that SafetyFlow keeps itself, beside the engine's history: clock pauses, notices, 文书, linked cases,
 * and the operations officials performed on its tasks (转办, 退回, 催办 …) with their reasons.
 */
@Component
class CaseRecordEvents {

    private final StatutoryClocks clocks;
    private final Notices notices;
    private final CaseDocuments documents;
    private final CaseLinks links;
    private final TaskActions taskActions;

    CaseRecordEvents(StatutoryClocks clocks, Notices notices, CaseDocuments documents, CaseLinks links, TaskActions taskActions) {
        this.clocks = clocks;
        this.notices = notices;
        this.documents = documents;
        this.links = links;
        this.taskActions = taskActions;
    }

    void addTo(TimelineEvents events, HistoricProcessInstance instance) {
        for (ClockPause pause : clocks.pauses(instance.getId())) {
            events.add(7, new TimelineEvent("clock-paused:" + pause.id(), pause.pausedAt(), "CLOCK_PAUSED", "法定期限暂停：" + pause.reason(),
                    pause.pausedBy(), null, pause.dueDateVariable(), null, null, null, null, Map.of("unit", pause.unit().name())));
            if (pause.resumedAt() != null) {
                events.add(7, new TimelineEvent("clock-resumed:" + pause.id(), pause.resumedAt(), "CLOCK_RESUMED", "法定期限恢复计算，"
                        + (pause.daysAdded() > 0 ? "顺延 " + pause.unit().count(pause.daysAdded()) : "期限不变"), pause.resumedBy(), null, pause.dueDateVariable(), null, null,
                        null, null, Map.of("daysAdded", pause.daysAdded())));
            }
        }
        String caseNumber = instance.getBusinessKey();
        if (caseNumber == null) {
            return;
        }
        for (Notice notice : notices.ofCase(caseNumber)) {
            events.add(8, TimelineEvent.of("notice:" + notice.id(), notice.publishedAt(), "NOTICE_PUBLISHED", "发布公告「" + notice.title() + "」",
                    notice.publishedBy()).withDetails(Map.of("noticeId", notice.id(), "noticeType", notice.type().name())));
            if (notice.withdrawnAt() != null) {
                events.add(8, TimelineEvent.of("notice-withdrawn:" + notice.id(), notice.withdrawnAt(), "NOTICE_WITHDRAWN", "撤回公告「"
                        + notice.title() + "」：" + notice.withdrawalReason(), notice.withdrawnBy()).withDetails(Map.of("noticeId", notice.id())));
            }
        }
        for (CaseDocument document : documents.list(caseNumber)) {
            events.add(4, TimelineEvent.of("document:" + document.id(), document.createdAt(), "DOCUMENT_RECORDED", "形成文书「" + document.title() + "」",
                    document.createdBy()).withActivity(document.activityId()).withDetails(Map.of("documentId", document.id(),
                    "kind", document.kind(), "content", document.content())));
            if (document.voidedAt() != null) {
                events.add(4, TimelineEvent.of("document-void:" + document.id(), document.voidedAt(), "DOCUMENT_VOIDED", "作废文书「" + document.title()
                        + "」" + (document.number() == null ? "" : "（" + document.number() + "）") + "：" + document.voidReason(), document.voidedBy())
                        .withActivity(document.activityId()).withDetails(Map.of("documentId", document.id(), "kind", document.kind())));
            }
        }
        for (TaskAction action : taskActions.ofCase(caseNumber)) {
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("taskId", action.taskId());
            details.put("operation", action.type().name());
            details.put("targets", action.targets() == null ? "" : action.targets());
            details.put("reason", action.reason() == null ? "" : action.reason());
            events.add(3, TimelineEvent.of("task-action:" + action.id(), action.at(), "TASK_" + action.type().name(), action.description(),
                    action.actor()).withActivity(action.activityId()).withDetails(details));
        }
        for (CaseLinks.Link link : links.of(caseNumber)) {
            events.add(8, TimelineEvent.of("link:" + link.id(), link.createdAt(), "LINKED_CASE", link.label() + "：" + link.otherCase(), null)
                    .withDetails(Map.of("caseNumber", link.otherCase(), "relation", link.relation())));
        }
    }
}
