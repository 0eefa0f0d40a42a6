#!/usr/bin/env python3
"""REST side of tools/perf/perf.sh: seeds open 12350 reports, runs whole cases (start + 3 completions) for a fixed
time, measures seal lag and read latencies, and prints the one table. Python 3 standard library only; psql for the
commit counters. Each subcommand prints (or reads) JSON lines, so perf.sh can keep them in one results file.

    perf_client.py seed N CLIENTS          open cases, each waiting at 受理审查 (a fifth of them overdue there)
    perf_client.py load CLIENTS SECONDS    whole cases over REST; commits from pg_stat_database (DB)
    perf_client.py seal CASES              whole cases, then verify polled until INTACT
    perf_client.py reads                   inbox and audit search latencies
    perf_client.py slow LOG OFFSET DB      the slowest statements the server logged for DB after OFFSET
    perf_client.py table RESULTS           the table from the collected JSON lines
"""
import base64
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = os.environ.get("BASE", "http://127.0.0.1:8121").rstrip("/")
DB = os.environ.get("DB", "safetyflow_perf")
# Seconds of whole cases before each measured window, so that it measures compiled code rather than the JIT at work
# (the completion's code is not run while seeding; at 3 s the first, 1-client phase was measured half-compiled).
WARM_UP = float(os.environ.get("PERF_WARM_UP", "20"))
START = "/engine-rest/process-definition/key/complaint-intake/start"
ANSWERS = [("complaint-clerk", {"acceptance": "ACCEPT"}),
           ("enforcement-officer", {"verificationResult": "UNSUBSTANTIATED", "verificationFindings": "经核实，举报事项不属实。"}),
           ("complaint-clerk", {"replyToReporter": "经核实，举报事项不属实，已答复。"})]


def call(user, method, path, body=None, accept="application/json"):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    request.add_header("Accept", accept)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            text = response.read().decode("utf-8")
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def checked(user, method, path, body=None):
    status, answer = call(user, method, path, body)
    if status not in (200, 204):
        raise RuntimeError(f"{method} {path} as {user}: HTTP {status} {str(answer)[:300]}")
    return answer


def variables(values):
    return {"variables": {name: {"value": value} for name, value in values.items()}}


def report(number, days_ago=0.05):
    return variables({"jurisdiction": "370405", "reportChannel": "HOTLINE_12350", "reportCategory": "VIOLATION",
                      "reportedAt": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() - days_ago * 86400)),
                      "enterpriseName": f"峄城区某{'化工' if number % 10 == 0 else '建材'}有限公司（负载 {number}）",
                      "description": "夜间组织工人进入有限空间作业，未进行气体检测。"})


def whole_case(number, timings):
    """Start + 3 completions, each task looked up by its instance as the user who works it; latencies into timings."""
    began = time.monotonic()
    started = checked("complaint-clerk", "POST", START, report(number))
    timings["start"].append(time.monotonic() - began)
    for user, answer in ANSWERS:
        began = time.monotonic()
        task = checked(user, "GET", f"/engine-rest/task?processInstanceId={started['id']}")[0]
        timings["lookup"].append(time.monotonic() - began)
        began = time.monotonic()
        checked(user, "POST", f"/engine-rest/task/{task['id']}/complete", variables(answer))
        timings["complete"].append(time.monotonic() - began)
    return started["businessKey"]


def counters():
    """This database's commits (read-only ones included) and the cluster's transaction ids assigned (writes only)."""
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-tAc",
                          "select xact_commit, pg_snapshot_xmax(pg_current_snapshot()) "
                          "from pg_stat_database where datname = current_database()"],
                         capture_output=True, text=True, check=True).stdout
    return [int(part) for part in out.strip().split("|")]


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids):
    """User + system CPU time so far of these processes (those that have gone count 0)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
        except (OSError, IndexError, ValueError):
            pass
    return total / TICKS


def backends():
    """The server processes of this database's connections (SafetyFlow's pool keeps them for the whole phase)."""
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-tAc",
                          "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"],
                         capture_output=True, text=True, check=True).stdout
    return [int(line) for line in out.split() if line.strip()]


def cpu_reading():
    """CPU seconds so far of SafetyFlow's JVM (PERF_PID), and of each server process of this database's connections."""
    app = os.environ.get("PERF_PID")
    return (cpu_seconds([int(app)]) if app else None), {pid: cpu_seconds([pid]) for pid in backends()}


def cpu_used(before, after):
    """[JVM, database] CPU seconds between two readings; the database's counts the backends present at both."""
    app = None if before[0] is None else round(after[0] - before[0], 2)
    return [app, round(sum(after[1][pid] - before[1][pid] for pid in after[1] if pid in before[1]), 2)]


def ms(values):
    """[p50, p99] in ms."""
    if not values:
        return [None, None]
    ordered = sorted(values)
    at = lambda share: ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]
    return [round(at(0.50) * 1000, 1), round(at(0.99) * 1000, 1)]


def seed(count, clients):
    # A fifth reported 10 days ago: their 受理 is overdue (5 days), their 60-day handling timer not yet due.
    begun = time.monotonic()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(lambda n: checked("complaint-clerk", "POST", START, report(n, 10 if n % 5 == 0 else 0.05)),
                      range(count)))
    print(json.dumps({"kind": "seed", "cases": count, "seconds": round(time.monotonic() - begun, 1)}))


def load(clients, seconds):
    measure_from = time.monotonic() + WARM_UP
    measure_to = measure_from + seconds
    measured = {"start": [], "lookup": [], "complete": []}
    instances, lock, failures = [0], threading.Lock(), []

    def client(offset):
        number = offset
        while time.monotonic() < measure_to:
            counted = time.monotonic() >= measure_from
            timings = {"start": [], "lookup": [], "complete": []}
            try:
                whole_case(10_000_000 + number, timings)
            except Exception as error:  # reported in the table's notes; the run goes on
                failures.append(str(error)[:200])
            number += clients
            if counted:
                with lock:
                    for name in measured:
                        measured[name] += timings[name]
                    if time.monotonic() < measure_to:
                        instances[0] += 1

    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(max(0.0, measure_from - time.monotonic()))
    before, cpu_before, client_before = counters(), cpu_reading(), os.times()
    time.sleep(max(0.0, measure_to - time.monotonic()))
    after, cpu_after, client_after = counters(), cpu_reading(), os.times()
    for thread in threads:
        thread.join()
    print(json.dumps({"kind": "load", "system": "safetyflow", "clients": clients, "seconds": seconds,
                      "instances": instances[0], "commits": after[0] - before[0], "writes": after[1] - before[1], "start_ms": ms(measured["start"]),
                      "complete_ms": ms(measured["complete"]), "lookup_ms": ms(measured["lookup"]),
                      "cpu_s": cpu_used(cpu_before, cpu_after),
                      # This client's own CPU (Python, HTTP, JSON): it runs on the same cores as SafetyFlow and its database.
                      "client_cpu_s": round(client_after.user + client_after.system - client_before.user - client_before.system, 2),
                      "failures": len(failures), "failure": failures[:1]}))


def seal(cases):
    """Lag from the answer to a case's last write until verify first says INTACT (polled every 0.25 s, for up to 60 s)."""
    def one(number):
        case = whole_case(20_000_000 + number, {"start": [], "lookup": [], "complete": []})
        written, seen = time.monotonic(), None
        while time.monotonic() - written < 60:
            status, answer = call("auditor", "GET", f"/api/audit/cases/{case}/verify")
            seen = answer.get("status") if status == 200 else f"HTTP {status}"
            if seen == "INTACT":
                return time.monotonic() - written, case, seen
            time.sleep(0.25)
        return None, case, seen

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(one, range(cases)))
    sealed = [lag for lag, _, _ in outcomes if lag is not None]
    print(json.dumps({"kind": "seal", "cases": cases, "sealed": len(sealed),
                      "p50_s": round(statistics.median(sealed), 2) if sealed else None,
                      "max_s": round(max(sealed), 2) if sealed else None,
                      "not_intact": [[case, seen] for lag, case, seen in outcomes if lag is None]}, ensure_ascii=False))


def reads():
    # Search dates are days of 中国标准时间 (UTC+8), which may be a day ahead of the machine's.
    today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))
    a_case = checked("auditor", "GET", "/api/audit/cases?size=1")["cases"][0]
    number = a_case.get("caseNumber") or a_case.get("businessKey")
    inbox = "sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50"
    probes = [("inbox: task page, clerk's candidate group", "complaint-clerk", f"/engine-rest/task?candidateGroup=complaint-clerk&{inbox}"),
              ("inbox: task page, clerk's groups + assigned", "complaint-clerk",
               f"/engine-rest/task?withCandidateGroups=true&candidateUser=complaint-clerk&includeAssignedTasks=true&{inbox}"),
              ("inbox: task count, clerk's candidate group", "complaint-clerk", "/engine-rest/task/count?candidateGroup=complaint-clerk"),
              ("audit search: no filter", "auditor", "/api/audit/cases"),
              ("audit search: caseNumber", "auditor", f"/api/audit/cases?caseNumber={urllib.parse.quote(str(number))}"),
              ("audit search: processKey", "auditor", "/api/audit/cases?processKey=complaint-intake"),
              ("audit search: enterprise (name)", "auditor", "/api/audit/cases?enterprise=" + urllib.parse.quote("化工")),
              ("audit search: enterprise (credit code)", "auditor", "/api/audit/cases?enterprise=91370405MA3C000000"),
              ("audit search: jurisdiction", "auditor", "/api/audit/cases?jurisdiction=370405"),
              ("audit search: state=running", "auditor", "/api/audit/cases?state=running"),
              ("audit search: state=finished", "auditor", "/api/audit/cases?state=finished"),
              ("audit search: state=overdue", "auditor", "/api/audit/cases?state=overdue"),
              ("audit search: from/to", "auditor", f"/api/audit/cases?from={today}&to={today}"),
              ("audit search: actor (the clerk who started every case)", "auditor", "/api/audit/cases?actor=complaint-clerk")]
    status, _ = call("complaint-clerk", "GET", "/api/inbox")
    if status == 200:
        probes.insert(0, ("inbox: /api/inbox", "complaint-clerk", "/api/inbox"))
    for name, user, path in probes:
        seen, times = None, []
        for i in range(23):  # 3 warm-up requests, then 20
            began = time.monotonic()
            status, answer = call(user, "GET", path)
            if i >= 3:
                times.append(time.monotonic() - began)
            if isinstance(answer, dict):
                seen = answer.get("total", answer.get("count"))
            elif isinstance(answer, list):
                seen = len(answer)
        print(json.dumps({"kind": "read", "name": name, "status": status, "rows": seen, "ms": ms(times),
                          "p95_ms": round(sorted(times)[18] * 1000, 1)}))
    if status != 200:
        sys.exit(f"{path}: HTTP {status}")


def slow(log_path, offset, database):
    """The statements the server logged for database (log_min_duration_statement), select lists elided, grouped by their first 200 characters."""
    pattern = re.compile(rf"@{database} LOG:  duration: ([0-9.]+) ms  (?:execute [^:]*|statement): (.*)")
    groups, entries = {}, []
    with open(log_path, encoding="utf-8", errors="replace") as log:
        log.seek(offset)
        for line in log:
            match = pattern.search(line)
            if match:
                entries.append([float(match.group(1)), match.group(2)])
            elif line.startswith("\t") and entries and entries[-1][1] is not None:  # a statement's next line
                entries[-1][1] += " " + line
            elif entries:
                entries.append([0.0, None])  # any other line ends the statement before it
    for duration, text in entries:
        if text is not None:
            statement = re.sub(r"\s+", " ", text).strip()
            # The select list says little and is long; what is read and how it is filtered is what matters.
            statement = re.sub(r"^select (distinct )?.{30,}? from ", r"select \1… from ", statement, count=1, flags=re.I)[:200]
            count, longest, total = groups.get(statement, (0, 0.0, 0.0))
            groups[statement] = (count + 1, max(longest, duration), total + duration)
    for statement, (count, longest, total) in sorted(groups.items(), key=lambda item: -item[1][2])[:8]:
        print(json.dumps({"kind": "slow", "statement": statement.replace("|", "\\|"), "count": count, "max_ms": longest,
                          "total_ms": total}, ensure_ascii=False))


def table(path):
    rows = [json.loads(line) for line in open(path) if line.startswith("{")]
    kind = lambda k: [r for r in rows if r.get("kind") == k]
    info = {r["name"]: r["value"] for r in kind("info")}
    rate = lambda r, key: r[key] / r["seconds"]
    out = [f"| SafetyFlow at {info.get('cases', '?')} seeded open cases | 1 client | 4 clients |", "|---|---|---|"]

    def line(label, cell):
        values = []
        for clients in (1, 4):
            try:
                values.append(cell(clients))
            except (KeyError, IndexError, ZeroDivisionError, TypeError):
                values.append("–")
        out.append(f"| {label} | {values[0]} | {values[1]} |")

    def load(system, clients):
        return [r for r in kind("load") if r["system"] == system and r["clients"] == clients][0]

    sf, raw, pgb = (lambda c: load("safetyflow", c)), (lambda c: load("raw", c)), (lambda c: load("pgbench", c))
    line("instances/s: SafetyFlow / raw engine", lambda c: f"{rate(sf(c), 'instances'):.1f} / {rate(raw(c), 'instances'):.1f}")
    line("**SafetyFlow ÷ raw, instances/s**", lambda c: f"**{rate(sf(c), 'instances') / rate(raw(c), 'instances'):.2f}×**")
    line("write tx/s (transaction ids): SafetyFlow / raw / pgbench tps",
         lambda c: f"{rate(sf(c), 'writes'):.0f} / {rate(raw(c), 'writes'):.0f} / {pgb(c)['tps']:.0f}")
    line("write tx/s as % of pgbench: SafetyFlow / raw",
         lambda c: f"{100 * rate(sf(c), 'writes') / pgb(c)['tps']:.1f}% / {100 * rate(raw(c), 'writes') / pgb(c)['tps']:.1f}%")
    line("**SafetyFlow ÷ raw, write tx/s**", lambda c: f"**{rate(sf(c), 'writes') / rate(raw(c), 'writes'):.2f}×**")
    line("commits/s (xact_commit, read-only ones too): SafetyFlow / raw",
         lambda c: f"{rate(sf(c), 'commits'):.0f} / {rate(raw(c), 'commits'):.0f}")
    line("commits per instance: SafetyFlow / raw",
         lambda c: f"{sf(c)['commits'] / sf(c)['instances']:.1f} / {raw(c)['commits'] / raw(c)['instances']:.1f}")
    line("write tx per instance: SafetyFlow / raw",
         lambda c: f"{sf(c)['writes'] / sf(c)['instances']:.1f} / {raw(c)['writes'] / raw(c)['instances']:.1f}")
    per_instance = lambda r, i: f"{1000 * r['cpu_s'][i] / r['instances']:.0f}"
    line("CPU ms per instance, application / its database connections: SafetyFlow — raw",
         lambda c: f"{per_instance(sf(c), 0)} / {per_instance(sf(c), 1)} — {per_instance(raw(c), 0)} / {per_instance(raw(c), 1)}")
    line("CPU ms per instance of SafetyFlow's client (Python, on the same cores; the raw engine's is in its JVM's)",
         lambda c: f"{1000 * sf(c)['client_cpu_s'] / sf(c)['instances']:.0f}")
    line("start p50 / p99 ms: SafetyFlow / raw",
         lambda c: f"{sf(c)['start_ms'][0]} / {sf(c)['start_ms'][1]} — {raw(c)['start_ms'][0]} / {raw(c)['start_ms'][1]}")
    line("complete p50 / p99 ms: SafetyFlow / raw",
         lambda c: f"{sf(c)['complete_ms'][0]} / {sf(c)['complete_ms'][1]} — {raw(c)['complete_ms'][0]} / {raw(c)['complete_ms'][1]}")
    line("task lookup p50 / p99 ms (SafetyFlow, REST)", lambda c: f"{sf(c)['lookup_ms'][0]} / {sf(c)['lookup_ms'][1]}")
    line("failed cases during the run (SafetyFlow)", lambda c: f"{sf(c)['failures']}")
    out += ["", "| | |", "|---|---|"]
    for r in kind("seed"):
        out.append(f"| seeding {r['cases']} open cases over REST | {r['seconds']} s ({r['cases'] / r['seconds']:.1f} cases/s) |")
    for name, value in info.items():
        if name != "cases":
            out.append(f"| {name} | {value} |")
    for r in kind("seal"):
        out.append(f"| seal lag, {r['cases']} whole cases (last write → verify INTACT, polled 0.25 s) | "
                   f"p50 {r['p50_s']} s, max {r['max_s']} s ({r['sealed']} INTACT"
                   + (f"; not INTACT after 60 s: {r['not_intact']}" if r["not_intact"] else "") + ") |")
    out += ["", "| read (3 warm-up, then 20 requests) | rows | p50 / p95 / p99 ms |", "|---|---|---|"]
    for r in kind("read"):
        rows_seen = r["rows"] if r["status"] == 200 else f"HTTP {r['status']}"
        out.append(f"| {r['name']} | {rows_seen} | {r['ms'][0]} / {r['p95_ms']} / {r['ms'][1]} |")
    slow = kind("slow")
    if slow:
        out += ["", "| slowest statements of SafetyFlow's database (server log, ≥ threshold), by total time | count | max ms | total ms |",
                "|---|---|---|---|"]
        out += [f"| `{r['statement']}` | {r['count']} | {r['max_ms']:.0f} | {r['total_ms']:.0f} |" for r in slow]
    print("\n".join(out))


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "seed":
        seed(int(arguments[0]), int(arguments[1]))
    elif command == "load":
        load(int(arguments[0]), int(arguments[1]))
    elif command == "seal":
        seal(int(arguments[0]))
    elif command == "reads":
        reads()
    elif command == "slow":
        slow(arguments[0], int(arguments[1]), arguments[2])
    elif command == "table":
        table(arguments[0])
