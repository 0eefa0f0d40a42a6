package org.safetyflow.accident;

import static org.safetyflow.casefile.CaseVariables.text;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safetyflow.casefile.CaseVariables;
import org.safetyflow.disclosure.NoticeSentences;
import org.safetyflow.registry.EnclosingJurisdictions;
import org.safetyflow.registry.Jurisdiction;
import org.springframework.stereotype.Component;

/** The wording of an accident case's notices: 挂牌督办通知 and the full 事故调查报告 (§34). */
@Component("accidentNotices")
public class AccidentNotices {

    private final EnclosingJurisdictions jurisdictions;

    AccidentNotices(EnclosingJurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /**
     * Who publishes at a level (COUNTY, CITY, PROVINCE, STATE_COUNCIL): the jurisdiction at that level
     * enclosing the case's; none for the 国务院 (a national publisher).
     */
    public String publisher(DelegateExecution execution, String level) {
        return "STATE_COUNCIL".equals(level) ? null
                : jurisdictions.at((String) execution.getVariable("jurisdiction"), Jurisdiction.Level.valueOf(level)).code();
    }

    public String supervisionTitle(DelegateExecution execution) {
        return "关于对" + text(execution, "accidentName") + "查处实施挂牌督办的通知";
    }

    public String supervisionBody(DelegateExecution execution) {
        return text(execution, "supervisionLevelLabel") + "对" + text(execution, "accidentName") + "的查处实施挂牌督办。\n"
                + "督办事项：" + text(execution, "supervisionItems") + "\n"
                + "办理期限：" + text(execution, "supervisionDeadlineText") + "\n"
                + "解除方式：" + text(execution, "supervisionLifting") + "\n"
                + "负责调查：" + text(execution, "investigationLevelLabel") + "\n"
                + "案件编号：" + text(execution, "caseNumber");
    }

    public String reportTitle(DelegateExecution execution) {
        return text(execution, "accidentName") + "调查报告";
    }

    /** The figures as the case holds them (the loss as 90万元), then what the team wrote that they do not already say. */
    static String casualties(DelegateExecution execution) {
        String figures = "死亡 " + text(execution, "deaths") + " 人，重伤 " + text(execution, "seriousInjuries") + " 人，直接经济损失 "
                + CaseVariables.amount((Number) execution.getVariable("directEconomicLossYuan")) + "。";
        return figures + NoticeSentences.notYetSaid(figures, (String) execution.getVariable("casualtiesAndLosses"));
    }

    public String reportBody(DelegateExecution execution) {
        StringBuilder body = new StringBuilder();
        body.append("一、事故单位概况\n").append(text(execution, "companyOverview")).append("\n\n")
                .append("二、事故发生经过和事故救援情况\n").append(text(execution, "accidentProcess")).append("\n\n")
                .append("三、人员伤亡和直接经济损失\n").append(casualties(execution)).append("\n\n")
                .append("四、事故发生的原因和事故性质\n").append(text(execution, "causesAndNature")).append("\n\n")
                .append("五、事故责任的认定以及对事故责任者的处理建议\n").append(text(execution, "responsibility")).append("\n\n")
                .append("六、事故防范和整改措施\n");
        Object measures = execution.getVariable("preventiveMeasures");
        if (measures instanceof List<?> rows) {
            int n = 0;
            for (Object row : rows) {
                Map<?, ?> measure = (Map<?, ?>) row;
                body.append(++n).append(". ").append(measure.get("measure")).append("（责任单位：").append(measure.get("unit"))
                        .append("；完成期限：").append(measure.get("dueDate")).append("）\n");
            }
        }
        body.append("\n附：技术和管理问题专篇\n").append(text(execution, "technicalSpecial")).append("\n\n")
                .append("批复：").append(text(execution, "replyNumber")).append(" ").append(text(execution, "replyOpinion"));
        return body.toString();
    }
}
