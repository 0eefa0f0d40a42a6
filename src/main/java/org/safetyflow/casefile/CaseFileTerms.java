package org.safetyflow.casefile;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The variables every case has: those the case file sets, who started it, and the engine's counters of repeated steps. */
@Component
class CaseFileTerms implements CaseTerms {

    @Override
    public String processKey() {
        return null;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("caseNumber", "案件编号", "externalReference", "外部编号", "enterpriseGroup", "企业用户组", "reportedBy", "报告人",
                "registeredBy", "登记人", "nrOfInstances", "并行或重复办理的总数",
                "nrOfActiveInstances", "正在办理的数目", "nrOfCompletedInstances", "已办结的数目", "loopCounter", "办理序号");
    }
}
