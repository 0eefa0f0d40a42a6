package org.safetyflow.simultaneity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safetyflow.casefile.CaseDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Draws whether the authority checks this 竣工验收 on site ({@link SpotCheckDraw}); the seed, the share and
 * the case's number are kept on the case and in the 抽查抽签记录, so anyone can draw it again.
 */
@Component("spotCheckDraw")
class SpotCheckDrawing implements JavaDelegate {

    private final int percent;
    private final CaseDocuments documents;
    private final ProjectLabelling labels;

    SpotCheckDrawing(@Value("${safetyflow.simultaneity.spot-check-percent}") int percent, CaseDocuments documents,
            ProjectLabelling labels) {
        if (percent < SpotCheckDraw.MINIMUM_PERCENT || percent > 100) {
            throw new IllegalStateException("safetyflow.simultaneity.spot-check-percent must be 10–100, is " + percent);
        }
        this.percent = percent;
        this.documents = documents;
        this.labels = labels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long seed = execution.getVariable("spotCheckSeed") instanceof Number given ? given.longValue() : SpotCheckDraw.newSeed();
        String caseNumber = execution.getProcessBusinessKey();
        int ticket = SpotCheckDraw.ticket(seed, caseNumber);
        boolean drawn = SpotCheckDraw.drawn(seed, caseNumber, percent);
        String record = "抽查比例 " + percent + "%，随机种子 " + seed + "，本案签号 " + ticket + "（0–99，小于 " + percent + " 为抽中）："
                + (drawn ? "抽中，组织现场核查" : "未抽中");
        execution.setVariable("spotCheckSeed", seed);
        execution.setVariable("spotCheckPercent", percent);
        execution.setVariable("spotCheckTicket", ticket);
        execution.setVariable("spotCheckSelected", drawn);
        execution.setVariable("spotCheckDrawRecord", record);
        labels.notify(execution);
        documents.fromRule(execution, "SPOT_CHECK_DRAW", "竣工验收抽查抽签记录",
                Map.of("spotCheckSeed", seed, "spotCheckPercent", percent, "spotCheckTicket", ticket,
                        "spotCheckSelected", drawn, "spotCheckDrawRecord", record));
    }
}
