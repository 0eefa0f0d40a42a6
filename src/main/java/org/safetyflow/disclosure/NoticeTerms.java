package org.safetyflow.disclosure;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What the sign-off of a notice keeps on any case: its type by name, its publisher, the notice published last. */
@Component
class NoticeTerms implements CaseTerms {

    @Override
    public String processKey() {
        return null;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("noticeType", "公告类型", "noticeJurisdiction", "发布机关的管辖区划", "lastNoticeId", "最近发布的公告编号");
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return Map.of("noticeType", Arrays.stream(NoticeType.values()).collect(Collectors.toMap(Enum::name, NoticeType::displayName)));
    }
}
