#!/usr/bin/env bash
# Throughput and scale benchmark (issue 17): SafetyFlow from the packaged jar against the raw Camunda engine and pgbench,
# interleaved on the same PostgreSQL, at N seeded open cases; prints one table. Run through Maven, which builds the jar
# and hands over the test classpath (for RawEngineLoad):
#
#   mvn -Pperf -DskipTests verify                          # 2,000 cases, 30 s per phase: about 8 minutes on 2 cores
#   mvn -Pperf -DskipTests verify -Dperf.cases=10000 -Dperf.seconds=60
#
# PERF_JAR runs another build of SafetyFlow (e.g. an earlier commit's, for a before/after in one sitting).
# PERF_WARM_UP (default 20) is the seconds of whole cases each system runs before each measured phase (the raw engine
# runs each phase in a fresh JVM; SafetyFlow's completion code is not run while seeding): the phases measure compiled code.
# PERF_APP_ARGS adds arguments to SafetyFlow's command line, e.g. to measure a lever alone by switching the others off:
# "--safetyflow.security.signed-in-seconds=0 --safetyflow.http.one-transaction-per-request=false
# --safetyflow.http.one-command-context-per-request=false --spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=false"
# is the state before issue 17's changes (each switch alone measures its lever).
# Needs PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, psql, pgbench, curl, python3. Creates and drops
# the databases safetyflow_perf, safetyflow_perf_raw and safetyflow_perf_pgbench (PERF_KEEP=1 keeps them). Loopback only;
# the node runs the postgres profile with the demo users, which is fine for a throwaway database only.
# Usage: tools/perf/perf.sh TEST_CLASSPATH [cases] [seconds-per-phase]
set -euo pipefail
cd "$(dirname "$0")/../.."
CLASSPATH_FOR_RAW=$1
CASES=${2:-2000}
SECONDS_PER_PHASE=${3:-30}
SEAL_CASES=${PERF_SEAL_CASES:-20}
PORT=8121
export BASE=http://127.0.0.1:$PORT DB=safetyflow_perf
RAW_DB=safetyflow_perf_raw
PGBENCH_DB=safetyflow_perf_pgbench
JAR=${PERF_JAR:-$(ls target/safetyflow-*.jar | grep -v original | head -1)}
OUT=${TMPDIR:-/tmp}/safetyflow-perf
RESULTS=$OUT/results.jsonl
CLIENT="python3 tools/perf/perf_client.py"
rm -rf "$OUT"; mkdir -p "$OUT"

admin_sql() { psql -h 127.0.0.1 -U postgres -d postgres -tAqc "$1"; }
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1"; }
info() { printf '{"kind": "info", "name": "%s", "value": "%s"}\n' "$1" "$2" | tee -a "$RESULTS"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

PID= SAMPLER=
cleanup() {
  # (|| true: under set -e a failed kill here — the sampler ends with the first node — would end the clean-up early)
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null || true
  if [ "${PERF_KEEP:-0}" != 1 ]; then
    sleep 1
    for db in $DB $RAW_DB $PGBENCH_DB; do admin_sql "drop database if exists $db" || true; done
  fi
}
trap cleanup EXIT

for db in $DB $RAW_DB $PGBENCH_DB; do
  admin_sql "drop database if exists $db"
  admin_sql "create database $db"
done
# Statements of SafetyFlow's database that take PERF_SLOW_MS or longer go to the server log (this database only; the
# machine has no pg_stat_statements loaded, and loading it needs a server restart).
SERVER_LOG=/var/log/postgresql/postgresql-15-main.log
admin_sql "alter database $DB set log_min_duration_statement = ${PERF_SLOW_MS:-100}"
LOG_OFFSET=$(stat -c %s "$SERVER_LOG" 2>/dev/null || echo -1)
pgbench -h 127.0.0.1 -U postgres -i -q -s 10 "$PGBENCH_DB" > "$OUT/pgbench-init.log" 2>&1
info "cases" "$CASES"
info "SafetyFlow started with (PERF_APP_ARGS)" "${PERF_APP_ARGS:-(defaults)}"
info "SafetyFlow build" "$(basename "$JAR"), $(unzip -p "$JAR" META-INF/MANIFEST.MF 2>/dev/null | grep -i '^Implementation-Version' | tr -d '\r' | cut -d' ' -f2) $(cd "$(dirname "$JAR")" && git rev-parse --short HEAD 2>/dev/null)"
info "warm-up before each measured phase" "${PERF_WARM_UP:-20} s"
info "machine at the start: cores, load average (1/5/15 min)" "$(nproc), $(load_average)"

# SafetyFlow as the image starts it (docker/Dockerfile): the jar extracted, with a class data sharing archive from a
# training run (on an in-memory database: it only loads the classes); PERF_CDS=0 runs the jar itself. The heap is the one
# the examples give it (docs/examples/two-nodes.sh).
APP_DIR=$OUT/app
if [ "${PERF_CDS:-1}" = 1 ]; then
  java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" > "$OUT/extract.log" 2>&1
  APP_JAR=$(basename "$JAR")
  (cd "$APP_DIR" && java -XX:ArchiveClassesAtExit=safetyflow.jsa -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --spring.datasource.url=jdbc:h2:mem:cds-training > "$OUT/cds-training.log" 2>&1) || true
  JAVA_ARGS=(-XX:SharedArchiveFile=safetyflow.jsa -Xmx512m -jar "$APP_JAR")
  info "SafetyFlow launched as" "extracted jar with a class data sharing archive ($(du -m "$APP_DIR/safetyflow.jsa" | cut -f1) MB)"
else
  mkdir -p "$APP_DIR"
  JAVA_ARGS=(-Xmx512m -jar "$JAR")
  info "SafetyFlow launched as" "the jar (PERF_CDS=0)"
fi
launch() {
  LAUNCHED=$(date +%s.%N)
  (cd "$APP_DIR" && SAFETYFLOW_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAFETYFLOW_DB_USER=postgres \
    SAFETYFLOW_ADMIN_USER=admin SAFETYFLOW_ADMIN_PASSWORD=Pf-2026-probe!Q \
    SAFETYFLOW_SECURITY_ADMIN_USER=secadmin SAFETYFLOW_SECURITY_ADMIN_PASSWORD=Sk-2026-probe!Q \
    SAFETYFLOW_AUDIT_ADMIN_USER=auditadmin SAFETYFLOW_AUDIT_ADMIN_PASSWORD=Ak-2026-probe!Q \
    exec java "${JAVA_ARGS[@]}" --spring.profiles.active=postgres --safetyflow.demo-users=true \
    --server.port=$PORT --server.address=127.0.0.1 ${PERF_APP_ARGS:-}) >> "$OUT/safetyflow.log" 2>&1 &
  PID=$!
  export PERF_PID=$PID
  until curl -sf "$BASE/actuator/health" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { tail -30 "$OUT/safetyflow.log"; exit 1; }
    sleep 0.1
  done
}
launch
info "SafetyFlow ready after launch (empty database)" "$(printf '%.1f s' "$(echo "$(date +%s.%N) - $LAUNCHED" | bc)")"
info "SafetyFlow RSS when ready" "$(rss_mb "$PID") MB"
# Peak RSS, sampled every second for the whole run.
( peak=0; while kill -0 "$PID" 2>/dev/null; do r=$(rss_mb "$PID" || echo 0); ((r > peak)) && peak=$r && echo "$peak" > "$OUT/rss-peak"; sleep 1; done ) &
SAMPLER=$!

$CLIENT seed "$CASES" 4 | tee -a "$RESULTS"
SEEDED=$(date +%s.%N)
until [ "$(sql "select count(*) from sf_audit_pending")" -eq 0 ]; do sleep 0.5; done
info "seal catch-up after seeding (until sf_audit_pending is empty)" "$(printf '%.1f s' "$(echo "$(date +%s.%N) - $SEEDED" | bc)")"
info "SafetyFlow RSS after seeding" "$(rss_mb "$PID") MB"
java -cp "$CLASSPATH_FOR_RAW" org.safetyflow.benchmark.RawEngineLoad "jdbc:postgresql://127.0.0.1:5432/$RAW_DB" seed "$CASES" \
  > "$OUT/raw-seed.log" 2>&1
# Fresh statistics, as autovacuum would have gathered them by now on a production server: without them PostgreSQL plans
# the seeded tables as empty (the clerk's task page took 1.3 s instead of 48 ms at 2,000 tasks on a server running with
# autovacuum off, as this machine's does).
info "autovacuum on this server" "$(admin_sql "show autovacuum")"
for db in $DB $RAW_DB; do psql -h 127.0.0.1 -U postgres -d "$db" -qc "analyze"; done
# Jobs the seeding left (the overdue fifth's timers are 60 days away, so normally none is due).
info "due jobs after seeding" "$(sql "select count(*) from act_ru_job where duedate_ <= now()")"

# Interleaved: for each client count, pgbench, then the raw engine, then SafetyFlow, one phase each.
for clients in 1 4; do
  pgbench -h 127.0.0.1 -U postgres -n -c "$clients" -j "$clients" -T "$SECONDS_PER_PHASE" "$PGBENCH_DB" > "$OUT/pgbench-$clients.log" 2>&1
  printf '{"kind": "load", "system": "pgbench", "clients": %s, "tps": %s}\n' "$clients" \
    "$(awk '/^tps/ {print $3; exit}' "$OUT/pgbench-$clients.log")" | tee -a "$RESULTS"
  java -cp "$CLASSPATH_FOR_RAW" org.safetyflow.benchmark.RawEngineLoad "jdbc:postgresql://127.0.0.1:5432/$RAW_DB" run \
    "$clients" "$SECONDS_PER_PHASE" 2> "$OUT/raw-$clients.log" | grep '^{' | sed "s/^{/{\"kind\": \"load\", \"system\": \"raw\", \"clients\": $clients, /" \
    | tee -a "$RESULTS"
  $CLIENT load "$clients" "$SECONDS_PER_PHASE" | tee -a "$RESULTS"
  info "load average after the $clients-client phases" "$(load_average)"
done

$CLIENT seal "$SEAL_CASES" | tee -a "$RESULTS"
$CLIENT reads | tee -a "$RESULTS"
END_RSS=$(rss_mb "$PID")
info "SafetyFlow RSS at the end / peak (sampled each second, and at the end)" "$END_RSS MB / $(( END_RSS > $(cat "$OUT/rss-peak") ? END_RSS : $(cat "$OUT/rss-peak") )) MB"
# A restart on the seeded database: what an operator waits for after an upgrade or a crash.
kill "$PID"; wait "$PID" 2>/dev/null || true
launch
info "SafetyFlow ready after a restart on the seeded database" "$(printf '%.1f s' "$(echo "$(date +%s.%N) - $LAUNCHED" | bc)")"
info "SafetyFlow RSS when ready after the restart" "$(rss_mb "$PID") MB"
info "database sizes: SafetyFlow / raw engine" \
  "$(admin_sql "select pg_size_pretty(pg_database_size('$DB')) || ' / ' || pg_size_pretty(pg_database_size('$RAW_DB'))")"
[ "$LOG_OFFSET" -ge 0 ] && [ -r "$SERVER_LOG" ] && $CLIENT slow "$SERVER_LOG" "$LOG_OFFSET" "$DB" | tee -a "$RESULTS"
info "machine at the end: load average (1/5/15 min)" "$(load_average)"

echo
$CLIENT table "$RESULTS" | tee "$OUT/table.md"
echo "(results: $RESULTS; table: $OUT/table.md)"
