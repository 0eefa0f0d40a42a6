package org.safetyflow.statistics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.safetyflow.accident.AccidentInputs;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseVocabulary;
import org.safetyflow.enforcement.EnforcementInputs;
import org.safetyflow.enforcement.PenaltyInputs;
import org.safetyflow.evaluation.EvaluationInputs;
import org.safetyflow.hazard.HazardInputs;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * The figures of the whole field for a set of jurisdictions and a period (contract §13), from the case index (one row
 * per case: process, jurisdiction, start, end, due date) and the cases' recorded variables (a hazard's grade and
 * listing, an accident's grade, deaths, injuries and loss, a penalty's outcome and fine):
 *
 * <ul>
 * <li>per process: {@code opened} (started in the period), {@code closed} (ended in it), {@code open} (running at its
 * end) and {@code overdue} (of those, past their statutory due date) — per jurisdiction side by side, and per month;
 * <li>hazards opened in the period by grade, how many were listed (挂牌督办) and delisted (销号), the 销号 rate;
 * <li>accidents opened in the period by grade with deaths, serious injuries and direct loss, how many closed (结案率);
 * <li>inspections (enterprises inspected, one 现场检查记录 each), penalties decided and their fines; evaluations due.
 * </ul>
 */
@Component
class Statistics {

    static final String HAZARD = HazardInputs.PROCESS_KEY;
    static final String ACCIDENT = AccidentInputs.PROCESS_KEY;
    static final String PENALTY = PenaltyInputs.PROCESS_KEY;
    static final String INSPECTION = EnforcementInputs.PROCESS_KEY;
    static final String EVALUATION = EvaluationInputs.PROCESS_KEY;

    private final Database database;
    private final JurisdictionDirectory jurisdictions;
    private final CaseVocabulary vocabulary;

    Statistics(Database database, JurisdictionDirectory jurisdictions, CaseVocabulary vocabulary) {
        this.database = database;
        this.jurisdictions = jurisdictions;
        this.vocabulary = vocabulary;
    }

    /** The figures of the jurisdictions (each counts only its own cases) from the first day to the last, both included. */
    Map<String, Object> of(Collection<String> scope, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        List<String> codes = List.copyOf(scope);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("from", from.toString());
        figures.put("to", to.toString());
        figures.put("jurisdictions", codes.stream().sorted().map(code -> Map.of("code", code, "name", name(code))).toList());
        figures.put("processes", processes(codes, period));
        figures.put("byJurisdiction", byJurisdiction(codes, period));
        figures.put("byMonth", byMonth(codes, period));
        figures.put("hazards", hazards(codes, period));
        figures.put("accidents", accidents(codes, period));
        figures.put("enforcement", enforcement(codes, period));
        figures.put("evaluations", evaluations(codes, period));
        return figures;
    }

    /** Per process: opened, closed, open at the period's end, overdue among those. */
    private List<Map<String, Object>> processes(List<String> codes, Period period) {
        List<Object> args = new ArrayList<>();
        String sql = "select c.process_key, max(c.process_name), " + counts(period, args) + " from sf_case c where " + within(codes, args)
                + " group by c.process_key order by c.process_key";
        return database.jdbc().query(sql, (rs, row) -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("processKey", rs.getString(1));
            line.put("processName", rs.getString(2));
            putCounts(line, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            return line;
        }, args.toArray());
    }

    /**
     * The same per jurisdiction (a city's counties side by side), and each one's total: every jurisdiction of the scope,
     * a county without a case in the period too, with its zeros.
     */
    private List<Map<String, Object>> byJurisdiction(List<String> codes, Period period) {
        List<Object> args = new ArrayList<>();
        String sql = "select c.tenant_id, c.process_key, " + counts(period, args) + " from sf_case c where " + within(codes, args)
                + " group by c.tenant_id, c.process_key";
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        codes.forEach(code -> rows.put(code, jurisdictionRow(code)));
        database.jdbc().query(sql, (java.sql.ResultSet rs) -> {
            Map<String, Object> row = rows.computeIfAbsent(rs.getString(1), code -> jurisdictionRow(code));
            Map<String, Object> counts = new LinkedHashMap<>();
            putCounts(counts, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            @SuppressWarnings("unchecked")
            Map<String, Object> processes = (Map<String, Object>) row.get("processes");
            processes.put(rs.getString(2), counts);
            for (String figure : List.of("opened", "closed", "open", "overdue")) {
                row.put(figure, (Long) row.get(figure) + (Long) counts.get(figure));
            }
        }, args.toArray());
        return List.copyOf(rows.values());
    }

    /** Cases opened and closed per month of the period. */
    private List<Map<String, Object>> byMonth(List<String> codes, Period period) {
        Map<String, long[]> months = new TreeMap<>();
        for (LocalDate month = period.from().withDayOfMonth(1); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            months.put(month.toString().substring(0, 7), new long[2]);
        }
        for (int column = 0; column < 2; column++) {
            String moment = column == 0 ? "c.started_at" : "c.ended_at";
            List<Object> args = new ArrayList<>();
            String sql = "select extract(year from " + moment + "), extract(month from " + moment + "), count(*) from sf_case c where "
                    + within(codes, args) + " and " + moment + " >= ? and " + moment + " < ? group by extract(year from " + moment
                    + "), extract(month from " + moment + ")";
            args.add(period.start());
            args.add(period.end());
            int index = column;
            database.jdbc().query(sql, (java.sql.ResultSet rs) -> {
                String month = String.format("%04d-%02d", rs.getInt(1), rs.getInt(2));
                months.computeIfAbsent(month, m -> new long[2])[index] = rs.getLong(3);
            }, args.toArray());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        months.forEach((month, counts) -> rows.add(Map.of("month", month, "opened", counts[0], "closed", counts[1])));
        return rows;
    }

    /** Hazards opened in the period: by grade; listed (挂牌督办), delisted (销号), the rate. */
    private Map<String, Object> hazards(List<String> codes, Period period) {
        List<Object> args = new ArrayList<>();
        String sql = "select " + text("hazardGrade") + " grade, count(*), sum(case when " + text("listingLevel") + " is not null then 1 else 0 end),"
                + " sum(case when " + moment("delistedAt") + " is not null then 1 else 0 end) from sf_case c where c.process_key = '" + HAZARD
                + "' and " + within(codes, args) + " and c.started_at >= ? and c.started_at < ? group by " + text("hazardGrade");
        args.add(period.start());
        args.add(period.end());
        List<Map<String, Object>> grades = new ArrayList<>();
        long[] totals = new long[3];
        database.jdbc().query(sql, (java.sql.ResultSet rs) -> {
            grades.add(grade(HAZARD, "hazardGrade", rs.getString(1), Map.of("count", rs.getLong(2))));
            totals[0] += rs.getLong(2);
            totals[1] += rs.getLong(3);
            totals[2] += rs.getLong(4);
        }, args.toArray());
        Map<String, Object> hazards = new LinkedHashMap<>();
        hazards.put("opened", totals[0]);
        hazards.put("byGrade", grades);
        hazards.put("listed", totals[1]);
        hazards.put("delisted", totals[2]);
        hazards.put("delistingRate", rate(totals[2], totals[1]));
        return hazards;
    }

    /** Accidents opened in the period: by grade with deaths, serious injuries and direct loss; closed (结案率). */
    private Map<String, Object> accidents(List<String> codes, Period period) {
        List<Object> args = new ArrayList<>();
        String sql = "select " + text("accidentGrade") + " grade, count(*), coalesce(sum(" + number("deaths") + "), 0), coalesce(sum("
                + number("seriousInjuries") + "), 0), coalesce(sum(" + number("directEconomicLossYuan") + "), 0),"
                + " sum(case when c.ended_at is not null and c.ended_at < ? then 1 else 0 end) from sf_case c where c.process_key = '" + ACCIDENT
                + "' and " + within(codes, args) + " and c.started_at >= ? and c.started_at < ? group by " + text("accidentGrade");
        args.add(0, period.end());
        args.add(period.start());
        args.add(period.end());
        List<Map<String, Object>> grades = new ArrayList<>();
        double[] totals = new double[5];
        database.jdbc().query(sql, (java.sql.ResultSet rs) -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("count", rs.getLong(2));
            figures.put("deaths", rs.getLong(3));
            figures.put("seriousInjuries", rs.getLong(4));
            figures.put("directEconomicLossYuan", rs.getDouble(5));
            grades.add(grade(ACCIDENT, "accidentGrade", rs.getString(1), figures));
            for (int i = 0; i < 5; i++) {
                totals[i] += rs.getDouble(i + 2);
            }
        }, args.toArray());
        Map<String, Object> accidents = new LinkedHashMap<>();
        accidents.put("opened", (long) totals[0]);
        accidents.put("byGrade", grades);
        accidents.put("deaths", (long) totals[1]);
        accidents.put("seriousInjuries", (long) totals[2]);
        accidents.put("directEconomicLossYuan", totals[3]);
        accidents.put("closed", (long) totals[4]);
        accidents.put("closingRate", rate((long) totals[4], (long) totals[0]));
        return accidents;
    }

    /** Enterprises inspected (a 现场检查记录 each) in the period; penalties decided in it and their fines. */
    private Map<String, Object> enforcement(List<String> codes, Period period) {
        List<Object> args = new ArrayList<>();
        Long inspections = database.jdbc().queryForObject("select count(*) from sf_case_document d join sf_case c on c.process_instance_id = d.process_instance_id"
                + " where d.kind = 'INSPECTION_RECORD' and d.voided_at is null and c.process_key = '" + INSPECTION + "' and " + within(codes, args)
                + " and d.created_at >= ? and d.created_at < ?", Long.class, concat(args, period.start(), period.end()));
        args.clear();
        Map<String, Object> penalties = database.jdbc().queryForMap("select count(*) decided, coalesce(sum(" + number("fineAmountYuan") + "), 0) fines"
                + " from sf_case_document d join sf_case c on c.process_instance_id = d.process_instance_id where d.kind = 'DECISION' and d.voided_at is null"
                + " and c.process_key = '" + PENALTY + "' and " + text("decisionOutcome") + " = 'PENALIZE' and " + within(codes, args)
                + " and d.created_at >= ? and d.created_at < ?", concat(args, period.start(), period.end()));
        Map<String, Object> enforcement = new LinkedHashMap<>();
        enforcement.put("inspections", inspections == null ? 0 : inspections);
        enforcement.put("penalties", ((Number) penalties.get("decided")).longValue());
        enforcement.put("fineYuan", ((Number) penalties.get("fines")).doubleValue());
        return enforcement;
    }

    /** One-year evaluations open at the period's end: how many, and how many past their due date. */
    private Map<String, Object> evaluations(List<String> codes, Period period) {
        List<Object> args = new ArrayList<>();
        args.add(period.dueBefore());
        String sql = "select count(*) due, sum(case when c.due_at < ? then 1 else 0 end) overdue from sf_case c where c.process_key = '"
                + EVALUATION + "' and " + within(codes, args) + " and c.started_at < ? and (c.ended_at is null or c.ended_at >= ?)";
        Map<String, Object> due = database.jdbc().queryForMap(sql, concat(args, period.end(), period.end()));
        return Map.of("open", ((Number) due.get("due")).longValue(), "overdue", due.get("overdue") == null ? 0L : ((Number) due.get("overdue")).longValue());
    }

    /** opened, closed, open at the end, overdue among those (the arguments appended in order). */
    private static String counts(Period period, List<Object> args) {
        args.add(period.start());
        args.add(period.end());
        args.add(period.start());
        args.add(period.end());
        args.add(period.end());
        args.add(period.end());
        args.add(period.end());
        args.add(period.end());
        args.add(period.dueBefore());
        return "sum(case when c.started_at >= ? and c.started_at < ? then 1 else 0 end),"
                + " sum(case when c.ended_at >= ? and c.ended_at < ? then 1 else 0 end),"
                + " sum(case when c.started_at < ? and (c.ended_at is null or c.ended_at >= ?) then 1 else 0 end),"
                + " sum(case when c.started_at < ? and (c.ended_at is null or c.ended_at >= ?) and c.due_at < ? then 1 else 0 end)";
    }

    private static void putCounts(Map<String, Object> line, long opened, long closed, long open, long overdue) {
        line.put("opened", opened);
        line.put("closed", closed);
        line.put("open", open);
        line.put("overdue", overdue);
    }

    /** The cases of the jurisdictions (an empty scope: none). */
    private static String within(List<String> codes, List<Object> args) {
        if (codes.isEmpty()) {
            return "1 = 0";
        }
        args.addAll(codes);
        return "c.tenant_id in (" + String.join(", ", codes.stream().map(code -> "?").toList()) + ")";
    }

    /** A case's text variable (its latest value wherever in the case it was written). */
    private static String text(String variable) {
        return "(select max(v.text_) from act_hi_varinst v where v.proc_inst_id_ = c.process_instance_id and v.name_ = '" + variable + "')";
    }

    private static String number(String variable) {
        return "(select max(coalesce(v.double_, v.long_)) from act_hi_varinst v where v.proc_inst_id_ = c.process_instance_id and v.name_ = '"
                + variable + "')";
    }

    private static String moment(String variable) {
        return "(select max(v.long_) from act_hi_varinst v where v.proc_inst_id_ = c.process_instance_id and v.name_ = '" + variable + "')";
    }

    private Map<String, Object> grade(String processKey, String variable, String code, Map<String, Object> figures) {
        Map<String, Object> grade = new LinkedHashMap<>();
        grade.put("grade", code);
        grade.put("name", code == null ? "未定级" : vocabulary.text(processKey, variable, code));
        grade.putAll(figures);
        return grade;
    }

    private Map<String, Object> jurisdictionRow(String code) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("jurisdiction", code);
        row.put("name", name(code));
        putCounts(row, 0, 0, 0, 0);
        row.put("processes", new TreeMap<String, Object>());
        return row;
    }

    private String name(String code) {
        return jurisdictions.find(code).map(Jurisdiction::name).orElse(code);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static Object[] concat(List<Object> args, Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray();
    }

    /** The period's bounds as stored moments (Asia/Shanghai days): from its first day's start to after its last day. */
    private record Period(LocalDate from, LocalDate to) {

        Timestamp start() {
            return Timestamp.from(from.atStartOfDay(CalendarDays.STATUTORY_ZONE).toInstant());
        }

        Timestamp end() {
            return Timestamp.from(to.plusDays(1).atStartOfDay(CalendarDays.STATUTORY_ZONE).toInstant());
        }

        /** A case open at the end is overdue if its due date passed by then (or by now, for a period ending today or later). */
        Timestamp dueBefore() {
            Timestamp now = Database.now();
            return now.before(end()) ? now : end();
        }
    }

    /** Today in Asia/Shanghai, by the engine's clock. */
    static LocalDate today() {
        return LocalDate.ofInstant(Database.now().toInstant(), CalendarDays.STATUTORY_ZONE);
    }
}
