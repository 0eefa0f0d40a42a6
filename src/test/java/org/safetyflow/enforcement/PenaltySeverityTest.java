package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hearing right at its thresholds (行政处罚法§63), 法制审核 (§58), 集体讨论 (§57) and "not heavier than notified" (§45). */
class PenaltySeverityTest {

    private final PenaltySeverity severity = new PenaltySeverity(new PenaltySeverity.Threshold(100_000, 10_000),
            new PenaltySeverity.Threshold(50_000, 5_000));

    @Test
    void shouldGrantAHearingFromTheThresholdOnForAUnitAndForAnIndividual() {
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedFineYuan", 99_999.99)).required()).isFalse();
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedFineYuan", 100_000.0)).required()).isTrue();
        assertThat(severity.hearingRight(Map.of("partyType", "INDIVIDUAL", "proposedFineYuan", 9_999.0)).required()).isFalse();
        assertThat(severity.hearingRight(Map.of("partyType", "INDIVIDUAL", "proposedFineYuan", 10_000.0)).reason()).contains("个人罚款 1万元以上");
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedShutdown", true)).reason()).contains("责令停产停业");
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedLicenceAction", "REVOKE")).required()).isTrue();
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedLicenceAction", "SUSPEND")).required()).isFalse();
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedClosure", true)).reason()).contains("责令关闭");
    }

    @Test
    void shouldGrantAHearingForTheConfiscationOfALargerAmountFromItsOwnThreshold() {
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedConfiscation", true, "proposedConfiscationValueYuan", 49_999.99))
                .required()).isFalse();
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedConfiscation", true, "proposedConfiscationValueYuan", 50_000.0))
                .reason()).contains("没收较大数额违法所得、较大价值非法财物（单位没收 5万元以上）").contains("第六十三条");
        assertThat(severity.hearingRight(Map.of("partyType", "INDIVIDUAL", "proposedConfiscation", true, "proposedConfiscationValueYuan", 4_999.0))
                .required()).isFalse();
        assertThat(severity.hearingRight(Map.of("partyType", "INDIVIDUAL", "proposedConfiscation", true, "proposedConfiscationValueYuan", 5_000.0))
                .required()).isTrue();
        assertThat(severity.hearingRight(Map.of("partyType", "UNIT", "proposedConfiscation", false, "proposedConfiscationValueYuan", 900_000.0))
                .required()).as("a value without a 没收 proposed").isFalse();
    }

    @Test
    void shouldRequireLegalReviewAndCollectiveDiscussionForSeriousCasesOnly() {
        assertThat(PenaltySeverity.legalReview(Map.of(), false).required()).isFalse();
        assertThat(PenaltySeverity.legalReview(Map.of(), true).reason()).contains("第二项");
        assertThat(PenaltySeverity.legalReview(Map.of("majorPublicInterest", true), false).reason()).contains("第一项");
        assertThat(PenaltySeverity.collectiveDiscussion(Map.of("majorPublicInterest", true), false).required()).isFalse();
        assertThat(PenaltySeverity.collectiveDiscussion(Map.of("complexCase", true), false).required()).isTrue();
        assertThat(PenaltySeverity.collectiveDiscussion(Map.of(), true).required()).isTrue();
    }

    @Test
    void shouldRefuseADecisionHeavierThanTheNotice() {
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("proposedFineYuan", 20_000.0, "fineAmountYuan", 20_000.0))).isNull();
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("proposedFineYuan", 20_000.0, "fineAmountYuan", 20_000.01))).contains("第四十五条");
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("proposedLicenceAction", "SUSPEND", "licenceAction", "REVOKE"))).isNotNull();
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("proposedLicenceAction", "REVOKE", "licenceAction", "SUSPEND"))).isNull();
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("closure", true))).contains("告知时未拟提请关闭");
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("proposedShutdown", true, "warning", true))).isNull();
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("confiscation", true, "confiscationValueYuan", 1.0))).contains("告知时未拟没收");
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("proposedConfiscation", true, "proposedConfiscationValueYuan", 30_000.0,
                "confiscation", true, "confiscationValueYuan", 30_000.0))).isNull();
        assertThat(PenaltySeverity.notHeavierThanNotified(Map.of("proposedConfiscation", true, "proposedConfiscationValueYuan", 30_000.0,
                "confiscation", true, "confiscationValueYuan", 30_000.01))).contains("没收的数额（价值）超过告知的 3万元");
    }
}
