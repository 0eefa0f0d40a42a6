package org.safetyflow.security;

import static org.safetyflow.security.Role.ACCIDENT_OFFICER;
import static org.safetyflow.security.Role.AUDITOR;
import static org.safetyflow.security.Role.BUREAU_HEAD;
import static org.safetyflow.security.Role.COMPLAINT_CLERK;
import static org.safetyflow.security.Role.ENFORCEMENT_OFFICER;
import static org.safetyflow.security.Role.ENTERPRISE;
import static org.safetyflow.security.Role.GOVERNMENT;
import static org.safetyflow.security.Role.HAZARD_OFFICER;
import static org.safetyflow.security.Role.LEGAL_REVIEWER;
import static org.safetyflow.security.Role.LICENSING_CLERK;
import static org.safetyflow.security.Role.LICENSING_REVIEWER;
import static org.safetyflow.security.Role.PROJECT_REVIEWER;
import static org.safetyflow.security.Role.SAFETY_COMMITTEE_OFFICE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what in SafetyFlow: the one declaration the engine's authorizations are granted from
 * (see {@link AccessGrants}) and that SafetyFlow's own checks read. docs/security.md shows it as a
 * table. A new process adds its line here; nothing else grants access.
 *
 * <p>Per process:
 * <ul>
 * <li><b>started by</b>: the roles that open a case (always in their own jurisdictions only);</li>
 * <li><b>followed by</b>: the roles whose department runs the process: they read its cases, tasks and
 * history and work the tasks they are candidates for;</li>
 * <li>every other candidate group (experts, an enterprise's own group, a role that is asked once)
 * gets the engine's default task permissions on just the tasks it is a candidate for;</li>
 * <li><b>enterprise party</b>: the enterprise the case names reads that case (its own, nothing else);</li>
 * <li><b>decisions</b> its followers evaluate, <b>messages</b> and the roles that may send them (one
 * case at a time, by case number), <b>clocks</b>: the roles that pause and resume its statutory clocks.</li>
 * </ul>
 * Across processes: {@link #OVERSEERS} read every case and its history (Cockpit, read-only); notices are
 * published and withdrawn by {@link #NOTICE_PUBLISHERS}; every role uses Tasklist; Admin and every
 * change to code, identities, authorizations, definitions and instances is for administrators only.
 */
@Component
public class AccessMatrix {

    /** Read every process's cases, tasks and history; Cockpit read-only. They work no task by this. */
    public static final Set<Role> OVERSEERS = EnumSet.of(BUREAU_HEAD, AUDITOR);

    /** Cockpit, read-only (the route policy refuses every change). */
    public static final Set<Role> COCKPIT_USERS = EnumSet.of(BUREAU_HEAD, AUDITOR);

    /** Publish and withdraw notices by hand, in their own jurisdictions (安全生产法§78: 机关负责人). */
    public static final Set<Role> NOTICE_PUBLISHERS = EnumSet.of(BUREAU_HEAD);

    /**
     * The processes, one line each. Only complaint-intake's followers (its clerks and the 执法人员 who
     * verify reports), the candidates of its tasks and the overseers read a 12350 reporter's identity
     * (安全生产法§73): the reported enterprise and other roles never see those cases. 执法人员 follow the
     * processes whose cases end in their measures (核实, 停产整顿/按日连续处罚, 行政处罚).
     */
    public static final List<ProcessAccess> SAFETYFLOW_PROCESSES = List.of(
            process("complaint-intake")
                    .startedBy(COMPLAINT_CLERK)
                    .followedBy(COMPLAINT_CLERK, ENFORCEMENT_OFFICER),
            process("hazard-rectification")
                    .startedBy(HAZARD_OFFICER)
                    .followedBy(HAZARD_OFFICER, SAFETY_COMMITTEE_OFFICE, ENFORCEMENT_OFFICER)
                    .decisions("hazard-listing-level")
                    .clocks(HAZARD_OFFICER)
                    .enterpriseParty(),
            process("accident-investigation")
                    .startedBy(ACCIDENT_OFFICER)
                    .followedBy(ACCIDENT_OFFICER, SAFETY_COMMITTEE_OFFICE, GOVERNMENT, ENFORCEMENT_OFFICER)
                    .decisions("accident-grade", "accident-jurisdiction")
                    .message("accident-casualty-update", ACCIDENT_OFFICER)
                    .clocks(ACCIDENT_OFFICER),
            // The enterprise applies itself (for itself only) or the window for it; the window sends 补正 and 撤回 on the
            // applicant's behalf; the 机关负责人 decides as overseer and candidate of the decision tasks.
            process("licensing-approval")
                    .startedBy(LICENSING_CLERK, ENTERPRISE)
                    .followedBy(LICENSING_CLERK, LICENSING_REVIEWER)
                    .message("licensing-correction-submitted", LICENSING_CLERK)
                    .message("licensing-withdrawal", LICENSING_CLERK)
                    .clocks(LICENSING_REVIEWER)
                    .enterpriseParty(),
            // 暂扣/吊销: the window opens the case (or an accident's 批复 does, in the government's name), the reviewer
            // proposes, a 法制审核员 who did not propose chairs the hearing (a candidate of those tasks only), the
            // 机关负责人 decides as overseer and candidate of the decision and the 公示; the holder reads its own case.
            process("licence-sanction")
                    .startedBy(LICENSING_CLERK)
                    .followedBy(LICENSING_CLERK, LICENSING_REVIEWER)
                    .enterpriseParty(),
            // 延续提醒 (安全生产许可证条例第九条): started by SafetyFlow's daily sweep (by hand only by administrators); the
            // window follows it, the enterprise's own group is a candidate of its one task and reads its case.
            process("licence-renewal-reminder")
                    .followedBy(LICENSING_CLERK)
                    .enterpriseParty(),
            // 行政处罚: 执法人员 open the case (or a joint inspection does in their name), investigate, propose, serve and
            // carry it out (复查, 复产审查), report a suspected crime or a refusal to stop production; 法制审核员 review it and
            // chair its hearings; the 机关负责人 approves the 立案, discusses, decides, publishes, approves the transfer and closes,
            // as overseer and candidate; the enterprise reads its own case and applies for 复产 (its own group's task).
            process("administrative-penalty")
                    .startedBy(ENFORCEMENT_OFFICER)
                    .followedBy(ENFORCEMENT_OFFICER, LEGAL_REVIEWER)
                    .message("penalty-crime-suspected", ENFORCEMENT_OFFICER)
                    .message("penalty-shutdown-refused", ENFORCEMENT_OFFICER)
                    .enterpriseParty(),
            // 行政强制措施 (查封、扣押; 停止供电、停止供应民用爆炸物品): 执法人员 decide and carry them out, handle and recheck;
            // the 机关负责人 approves before (or within 24 hours after an urgent one), extends and lifts, as overseer and
            // candidate; the enterprise reads its own case and applies for the lifting of a 停止供电 (its own group's task).
            process("coercive-measure")
                    .startedBy(ENFORCEMENT_OFFICER)
                    .followedBy(ENFORCEMENT_OFFICER)
                    .enterpriseParty(),
            // The builder registers its own project (its enterprise users, for that enterprise only) or the
            // 三同时审查员 registers it for the builder; 执法人员 take over a project not put into use (安全生产法§98).
            process("three-simultaneities-review")
                    .startedBy(PROJECT_REVIEWER, ENTERPRISE)
                    .followedBy(PROJECT_REVIEWER, ENFORCEMENT_OFFICER)
                    .decisions("simultaneity-review-mode")
                    .enterpriseParty(),
            // 双随机一公开: the lead department's 执法人员 open the plan (JointEnforcementOpening checks the roster); every 执法人员
            // of the jurisdiction reads it, but only the drawn team works an enterprise's inspection (InspectionTeams, 403).
            // No enterpriseParty: an inspected enterprise must not learn the sample before its visit (四不两直); it sees only
            // its own 整改 task, which exists once every drawn enterprise has been inspected.
            process("joint-enforcement")
                    .startedBy(ENFORCEMENT_OFFICER)
                    .followedBy(ENFORCEMENT_OFFICER),
            // Started by the accident case when it closes; by hand only by administrators (migration).
            process("post-accident-evaluation")
                    .followedBy(ACCIDENT_OFFICER, SAFETY_COMMITTEE_OFFICE, GOVERNMENT)
                    .clocks(ACCIDENT_OFFICER));

    private final List<ProcessAccess> processes;

    /** SafetyFlow's processes, plus any line a test declares for a process it deploys itself. */
    AccessMatrix(List<ProcessAccess> declaredElsewhere) {
        List<ProcessAccess> all = new ArrayList<>(SAFETYFLOW_PROCESSES);
        all.addAll(declaredElsewhere);
        this.processes = List.copyOf(all);
    }

    public List<ProcessAccess> processes() {
        return processes;
    }

    public Optional<ProcessAccess> of(String processKey) {
        return processes.stream().filter(p -> p.key().equals(processKey)).findFirst();
    }

    /** The processes a message may be sent to, by message name. */
    public Map<String, ProcessAccess> messages() {
        Map<String, ProcessAccess> messages = new LinkedHashMap<>();
        processes.forEach(p -> p.messages().keySet().forEach(name -> messages.put(name, p)));
        return messages;
    }

    public static ProcessAccess process(String key) {
        return new ProcessAccess(key, EnumSet.noneOf(Role.class), EnumSet.noneOf(Role.class), List.of(), Map.of(),
                EnumSet.noneOf(Role.class), false);
    }

    /** One process's line of the matrix. */
    public record ProcessAccess(String key, Set<Role> starters, Set<Role> followers, List<String> decisionKeys,
            Map<String, Set<Role>> messages, Set<Role> clockKeepers, boolean enterprisePartyReads) {

        public ProcessAccess startedBy(Role... roles) {
            return new ProcessAccess(key, set(roles), followers, decisionKeys, messages, clockKeepers, enterprisePartyReads);
        }

        public ProcessAccess followedBy(Role... roles) {
            return new ProcessAccess(key, starters, set(roles), decisionKeys, messages, clockKeepers, enterprisePartyReads);
        }

        public ProcessAccess decisions(String... keys) {
            return new ProcessAccess(key, starters, followers, List.of(keys), messages, clockKeepers, enterprisePartyReads);
        }

        public ProcessAccess message(String name, Role... senders) {
            Map<String, Set<Role>> more = new LinkedHashMap<>(messages);
            more.put(name, set(senders));
            return new ProcessAccess(key, starters, followers, decisionKeys, Map.copyOf(more), clockKeepers, enterprisePartyReads);
        }

        public ProcessAccess clocks(Role... roles) {
            return new ProcessAccess(key, starters, followers, decisionKeys, messages, set(roles), enterprisePartyReads);
        }

        public ProcessAccess enterpriseParty() {
            return new ProcessAccess(key, starters, followers, decisionKeys, messages, clockKeepers, true);
        }

        public boolean isFollowedBy(String groupId) {
            return followers.stream().anyMatch(role -> role.groupId().equals(groupId));
        }

        private static Set<Role> set(Role... roles) {
            return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        }
    }
}
