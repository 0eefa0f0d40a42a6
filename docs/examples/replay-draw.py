#!/usr/bin/env python3
"""Replays a SafetyFlow 双随机 draw (algorithm SF-DRAW-1, docs/enforcement.md) from its record alone.

Usage:
  replay-draw.py CASE_NUMBER [--url http://localhost:8080] [--user U --password P]
  replay-draw.py --file draw.json

It fetches GET /api/enforcement/draws/{caseNumber} (or reads that JSON from a file), draws again from the
recorded seed, pool and roster snapshot, and compares with the recorded sampledEnterprises and
inspectorAssignments. Exit status 0 when they match, 1 when they differ, 2 when the record cannot be read.
Python 3 standard library only: nothing of SafetyFlow's code is used.
"""
import argparse
import base64
import hashlib
import json
import sys
import urllib.error
import urllib.request

ALGORITHM = "SF-DRAW-1"


class Stream:
    """SHA-256("seed|label|0") || SHA-256("seed|label|1") || ... read as 32-bit unsigned big-endian numbers."""

    def __init__(self, seed, label):
        self.prefix = "%d|%s|" % (seed, label)
        self.counter = 0
        self.buffer = b""

    def next_u32(self):
        if not self.buffer:
            self.buffer = hashlib.sha256((self.prefix + str(self.counter)).encode("utf-8")).digest()
            self.counter += 1
        x, self.buffer = int.from_bytes(self.buffer[:4], "big"), self.buffer[4:]
        return x

    def below(self, n):
        """A number in [0, n): the first x below 2^32 - (2^32 mod n), modulo n (no modulo bias)."""
        limit = 2 ** 32 - (2 ** 32) % n
        while True:
            x = self.next_u32()
            if x < limit:
                return x % n

    def pick(self, items, count):
        """The first count items of a Fisher-Yates shuffle, in the order drawn."""
        a = list(items)
        for i in range(count):
            j = i + self.below(len(a) - i)
            a[i], a[j] = a[j], a[i]
        return a[:count]


def replay(record):
    if record.get("algorithm") != ALGORITHM:
        raise ValueError("unknown algorithm %r (this script replays %s)" % (record.get("algorithm"), ALGORITHM))
    seed = int(record["seed"])
    per_department = int(record["inspectorsPerDepartment"])
    pool = sorted(record["pool"])  # Python sorts strings by code point, as the algorithm orders them
    sampled = Stream(seed, "enterprises").pick(pool, int(record["sampleSize"]))
    rosters = {r["department"]: r["inspectors"] for r in record["roster"]}
    assignments = []
    for enterprise in sampled:
        stream = Stream(seed, "inspectors|" + enterprise)
        team = []
        for department in record["departments"]:
            eligible = sorted(m["userId"] for m in rosters[department] if enterprise not in m["conflicts"])
            if len(eligible) < per_department:
                raise ValueError("%s: department %s has only %d eligible inspectors" % (enterprise, department, len(eligible)))
            team += stream.pick(eligible, per_department)
        assignments.append({"enterpriseCreditCode": enterprise, "inspectors": team})
    return sampled, assignments


def conflicts_respected(record):
    conflicted = {(m["userId"], code) for r in record["roster"] for m in r["inspectors"] for code in m["conflicts"]}
    return all((user, a["enterpriseCreditCode"]) not in conflicted
               for a in record["inspectorAssignments"] for user in a["inspectors"])


def fetch(case_number, url, user, password):
    request = urllib.request.Request("%s/api/enforcement/draws/%s" % (url.rstrip("/"), case_number))
    token = base64.b64encode(("%s:%s" % (user, password)).encode("utf-8")).decode("ascii")
    request.add_header("Authorization", "Basic " + token)
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def main():
    parser = argparse.ArgumentParser(description="Replay a SafetyFlow 双随机 draw from its record.")
    parser.add_argument("case_number", nargs="?")
    parser.add_argument("--file", help="read the record from this JSON file instead of the API")
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--user", default="enforcement-officer")
    parser.add_argument("--password", default="demo")
    args = parser.parse_args()
    try:
        if args.file:
            with open(args.file, encoding="utf-8") as f:
                record = json.load(f)
        elif args.case_number:
            record = fetch(args.case_number, args.url, args.user, args.password)
        else:
            parser.error("name a case number or --file")
        sampled, assignments = replay(record)
    except (OSError, ValueError, KeyError, urllib.error.URLError) as e:
        print("cannot replay: %s" % e, file=sys.stderr)
        return 2
    same_sample = sampled == record["sampledEnterprises"]
    same_teams = assignments == record["inspectorAssignments"]
    print("case %s, seed %d, pool of %d, %d drawn" % (record.get("caseNumber"), int(record["seed"]), len(record["pool"]), len(sampled)))
    print("enterprises:  %s" % ("match" if same_sample else "DIFFER: replayed %s" % sampled))
    print("inspectors:   %s" % ("match" if same_teams else "DIFFER: replayed %s" % assignments))
    respected = conflicts_respected(record)
    print("回避 (conflicts) respected: %s" % ("yes" if respected else "NO"))
    if same_sample and same_teams and respected:
        print("MATCH")
        return 0
    print("MISMATCH")
    return 1


if __name__ == "__main__":
    sys.exit(main())
