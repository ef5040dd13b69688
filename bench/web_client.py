#!/usr/bin/env python3
"""Latency of the web workbench's API, one request at a time over one keep-alive connection (bench/run-web.sh).

Usage: web_client.py BASE_URL PLAN.json --runs N --warmup N --out RESULTS.json

PLAN.json is a list of {"name", "method", "path"[, "body"s]}: GET rows repeat the same request; a POST row carries a
list "bodies" and sends each once (a decision is a new durable commit each time). Every request is timed from sending
to the last byte of the body read (time.perf_counter), so the figures are what a browser's fetch would see on
loopback without rendering. Warm-up requests are not counted. Output: one JSON object per row with the median, p95,
min, max in milliseconds, the response size, and for /api/search the median of the in-process time the API reports
(elapsedMs).
"""
import argparse
import http.client
import json
import math
import statistics
import time
import urllib.parse


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[rank]


def request(connection, method, path, body=None):
    headers = {"Accept": "application/json"}
    payload = None
    if body is not None:
        payload = json.dumps(body).encode("utf-8")
        headers["Content-Type"] = "application/json"
    start = time.perf_counter()
    connection.request(method, path, body=payload, headers=headers)
    response = connection.getresponse()
    data = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status >= 400:
        raise SystemExit(f"{method} {path} -> {response.status}: {data[:300]!r}")
    return elapsed, data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("plan")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    plan = json.load(open(args.plan))
    results = []
    for row in plan:
        times, sizes, reported = [], [], []
        if row["method"] == "POST":
            bodies = row["bodies"]
            for body in bodies[: args.warmup]:
                request(connection, "POST", row["path"], body)
            measured = bodies[args.warmup:]
            for body in measured:
                elapsed, data = request(connection, "POST", row["path"], body)
                times.append(elapsed)
                sizes.append(len(data))
        else:
            runs = row.get("runs", args.runs)
            for _ in range(row.get("warmup", args.warmup)):
                request(connection, "GET", row["path"])
            for _ in range(runs):
                elapsed, data = request(connection, "GET", row["path"])
                times.append(elapsed)
                sizes.append(len(data))
                if row["path"].startswith("/api/search"):
                    reported.append(json.loads(data)["elapsedMs"])
        result = {
            "name": row["name"],
            "method": row["method"],
            "path": row["path"],
            "requests": len(times),
            "median_ms": statistics.median(times),
            "p95_ms": percentile(times, 0.95),
            "min_ms": min(times),
            "max_ms": max(times),
            "bytes": int(statistics.median(sizes)),
            "api_elapsed_ms": statistics.median(reported) if reported else None,
        }
        results.append(result)
        print(f"{row['name']}: median {result['median_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms, {result['bytes']} bytes, n={len(times)}", flush=True)
    json.dump(results, open(args.out, "w"), indent=1)


if __name__ == "__main__":
    main()
