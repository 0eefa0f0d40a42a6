package org.safetyflow.hazard;

import static org.safetyflow.casefile.CaseVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safetyflow.disclosure.NoticeSentences;
import org.springframework.stereotype.Component;

/** The wording of the public notices of a hazard case (挂牌督办, 曝光, 销号). */
@Component("hazardNotices")
public class HazardNotices {

    public String listingTitle(DelegateExecution execution) {
        return "关于对" + text(execution, "enterpriseName") + "重大事故隐患实施挂牌督办的公告";
    }

    public String listingBody(DelegateExecution execution) {
        return text(execution, "listingAuthority") + "决定对下列重大事故隐患实施挂牌督办：\n"
                + "单位：" + text(execution, "enterpriseName") + "（统一社会信用代码 " + text(execution, "enterpriseCreditCode") + "）\n"
                + "隐患：" + text(execution, "hazardDescription") + "\n"
                + "判定依据：" + text(execution, "gradingStandardLabel") + " " + text(execution, "gradingClause") + "\n"
                + "督办事项：" + text(execution, "supervisionItems") + "\n"
                + "整改期限：" + text(execution, "rectificationDeadlineText") + "\n"
                + "解除条件：" + text(execution, "liftingConditions") + "\n"
                + "案件编号：" + text(execution, "caseNumber");
    }

    public String exposureTitle(DelegateExecution execution) {
        return text(execution, "enterpriseName") + "重大事故隐患逾期未完成治理的曝光";
    }

    public String exposureBody(DelegateExecution execution) {
        return text(execution, "enterpriseName") + "（统一社会信用代码 " + text(execution, "enterpriseCreditCode") + "）的重大事故隐患（"
                + text(execution, "hazardDescription") + "）经" + text(execution, "listingAuthority") + "挂牌督办，整改期限为"
                + text(execution, "rectificationDeadlineText") + "，逾期未完成治理并申请销号，经约谈告诫仍未整改，现予公开曝光。\n"
                + "案件编号：" + text(execution, "caseNumber");
    }

    public String delistingTitle(DelegateExecution execution) {
        return "关于" + text(execution, "enterpriseName") + "重大事故隐患销号的公告";
    }

    /** The recheck opinion follows the notice's own words only with what they have not said (not 「复查合格，予以销号」 twice). */
    public String delistingBody(DelegateExecution execution) {
        String decision = text(execution, "enterpriseName") + "（统一社会信用代码 " + text(execution, "enterpriseCreditCode") + "）的重大事故隐患（"
                + text(execution, "hazardDescription") + "）已完成治理，经" + text(execution, "listingAuthority")
                + "复查合格，予以销号，解除挂牌督办。";
        String opinion = NoticeSentences.notYetSaid(decision, text(execution, "recheckOpinion"));
        return decision + (opinion.isEmpty() ? "" : "\n复查意见：" + opinion) + "\n案件编号：" + text(execution, "caseNumber");
    }
}
