#!/usr/bin/env python3
"""Seal lag under load: starts N cases over REST against a running SafetyFlow and measures, for each, the time from
the answer to its last write until verify first answers status INTACT; then the size of the chain per sealed event.

Python 3 standard library only (psql for the size, when --db is given). Loopback or a test server only, e.g.

    createdb -h 127.0.0.1 -U postgres safetyflow_seal
    SERVER_PORT=8093 SAFETYFLOW_DB_URL=jdbc:postgresql://127.0.0.1:5432/safetyflow_seal SAFETYFLOW_DB_USER=postgres \
      mvn -B -q spring-boot:run -Dspring-boot.run.profiles=postgres -Dspring-boot.run.arguments=--safetyflow.demo-users=true
    BASE=http://127.0.0.1:8093 python3 tools/seal-load/seal_load.py --cases 300 --clients 4 --steps 1 --db safetyflow_seal

Each case is a 12350 report (complaint-intake) registered by complaint-clerk; with --steps 1 the clerk also accepts it
(受理), so the case changes again after its start. verify is asked as auditor, every --poll seconds per case, so a lag
is measured to within that. Users and password: the demo users (PASSWORD, default demo); the application must run with
them (safetyflow.demo-users=true).
"""
import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = os.environ.get("BASE", "http://127.0.0.1:8080").rstrip("/")
PASSWORD = os.environ.get("PASSWORD", "demo")
START = "/engine-rest/process-definition/key/complaint-intake/start"


def call(user, method, path, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(BASE + path, data=data, method=method)
    token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read().decode("utf-8")
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:  # the server is down (killed, restarting)
        return 0, str(error)


def variables(**values):
    return {"variables": {name: {"value": value} for name, value in values.items()}}


def start_case(number, steps):
    """Starts one report (and accepts it with steps >= 1); returns (case number, moment of the last write's answer, statuses)."""
    statuses = []
    status, started = call("complaint-clerk", "POST", START, variables(
        jurisdiction="370405", reportChannel="HOTLINE_12350", reportCategory="VIOLATION",
        reportedAt=time.strftime("%Y-%m-%dT%H:%M:%S+08:00", time.localtime(time.time() - 3600)),
        enterpriseName=f"峄城区某建材有限公司（负载 {number}）", description="夜间组织工人进入有限空间作业，未进行气体检测。"))
    statuses.append(status)
    written = time.monotonic()
    if status != 200:
        return None, written, statuses
    if steps >= 1:
        status, tasks = call("complaint-clerk", "GET", f"/engine-rest/task?processInstanceId={started['id']}")
        if status == 200 and tasks:
            status, _ = call("complaint-clerk", "POST", f"/engine-rest/task/{tasks[0]['id']}/complete", variables(acceptance="ACCEPT"))
            statuses.append(status)
            written = time.monotonic()
    return started["businessKey"], written, statuses


class Watcher:
    """Asks verify for every case not INTACT yet, all of them every poll seconds on a few threads (not a thread per case,
    whose verify calls would load the server more than the cases do); records each case's lag once it is INTACT."""

    def __init__(self, poll, timeout, threads=4):
        self.poll, self.timeout = poll, timeout
        self.pool = ThreadPoolExecutor(max_workers=threads)
        self.waiting, self.lags, self.failures = {}, [], []
        self.lock = threading.Lock()
        self.started = False
        self.thread = threading.Thread(target=self.run, daemon=True)

    def watch(self, case_number, written):
        with self.lock:
            self.waiting[case_number] = written
        if not self.started:
            self.started = True
            self.thread.start()

    def run(self):
        while True:
            began = time.monotonic()
            with self.lock:
                cases = list(self.waiting.items())
            for future in [self.pool.submit(self.check, case_number, written) for case_number, written in cases]:
                future.result()
            time.sleep(max(0.0, self.poll - (time.monotonic() - began)))

    def check(self, case_number, written):
        status, answer = call("auditor", "GET", f"/api/audit/cases/{case_number}/verify")
        seen = answer.get("status") if status == 200 else status
        now = time.monotonic()
        with self.lock:
            if seen == "INTACT":
                self.lags.append(now - written)
            elif seen == "TAMPERED" or now - written > self.timeout:
                self.failures.append((case_number, seen))
            else:
                return
            del self.waiting[case_number]

    def settled(self):
        with self.lock:
            return not self.waiting


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def chain_size(database):
    query = "select pg_total_relation_size('sf_audit_link'), count(*) from sf_audit_link"
    output = subprocess.run(["psql", "-h", "127.0.0.1", "-U", os.environ.get("PGUSER", "postgres"), "-d", database, "-tAc", query],
                            capture_output=True, text=True, check=True).stdout.strip()
    size, rows = (int(part) for part in output.split("|"))
    return size, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients starting cases")
    parser.add_argument("--steps", type=int, default=1, help="0: start only; 1: also accept each report")
    parser.add_argument("--poll", type=float, default=0.25, help="seconds between two verify calls for one case")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--db", help="PostgreSQL database of the application, for the chain's size (psql on 127.0.0.1)")
    args = parser.parse_args()

    statuses = {}
    lock = threading.Lock()
    watcher = Watcher(args.poll, args.timeout)
    began = time.monotonic()

    def start(number):
        case_number, written, answered = start_case(number, args.steps)
        with lock:
            for status in answered:
                statuses[status] = statuses.get(status, 0) + 1
        if case_number is not None:
            watcher.watch(case_number, written)

    with ThreadPoolExecutor(max_workers=args.clients) as clients:
        list(clients.map(start, range(args.cases)))
    load_seconds = time.monotonic() - began
    while not watcher.settled():
        time.sleep(0.1)
    lags, failures = watcher.lags, watcher.failures
    print(f"cases started: {args.cases} by {args.clients} clients in {load_seconds:.1f} s "
          f"({args.cases / load_seconds:.1f} cases/s; {args.steps} step(s) after each start)")
    print("HTTP statuses of the writes: " + ", ".join(f"{count} × {status}" for status, count in sorted(statuses.items())))
    if lags:
        print(f"seal lag (last write answered → verify INTACT), {len(lags)} cases: p50 {statistics.median(lags):.2f} s, "
              f"p95 {percentile(lags, 0.95):.2f} s, max {max(lags):.2f} s (poll every {args.poll} s)")
    if failures:
        print(f"not INTACT within {args.timeout:.0f} s: {len(failures)} cases, e.g. {failures[:3]}")
    if args.db:
        size, rows = chain_size(args.db)
        print(f"chain: {rows} links, {size} bytes (sf_audit_link with its index) = {size / max(rows, 1):.0f} bytes per sealed event")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
