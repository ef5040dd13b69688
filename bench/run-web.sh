#!/usr/bin/env bash
# Web workbench benchmark (issue 6). Figures go to docs/benchmarks.md.
# Usage: bench/run-web.sh [--documents 5000] [--pages 300] [--decisions 4500] [--requests 100] [--runs 5]
#                         [--scratch /tmp/tm-web-bench]
#   1. a realistic workspace: DOCUMENTS generated minutes (.txt, bench/TranscriptMiner.Benchmarks write-documents)
#      and one long board pack (tests/TranscriptMiner.SampleGenerator --large-pdf, PAGES pages), ingested with the
#      default codebook's rules suggesting on write; then DECISIONS human decisions typed into `transcriptminer review`
#      (two thirds by "amina": accept, accept, reject; one third by "ben": accept, reject), each a durable commit;
#      then `train` and `suggest` (models suggesting beside the rules, as in the middle of a project);
#   2. `transcriptminer serve` (Release) on 127.0.0.1, free port;
#   3. bench/web_client.py: REQUESTS requests per GET endpoint after warm-up, one at a time on one keep-alive
#      connection, median and p95; POST /api/review/decisions on distinct pending suggestions; exports fewer times;
#   4. the same searches with the command line, a new process each (median of RUNS), beside the API's own
#      in-process search time (elapsedMs), so the HTTP + JSON overhead is visible.
# The client and the server share the machine's cores. The scratch folder is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=5000
pages=300
decisions=4500
requests=100
runs=5
scratch=/tmp/tm-web-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --documents) documents="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    --decisions) decisions="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --scratch) scratch="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

python=/usr/bin/python3
[ -x "$python" ] || python=python3

dotnet build bench/TranscriptMiner.Benchmarks -c Release -v q -nologo >/dev/null
dotnet build tests/TranscriptMiner.SampleGenerator -c Release -v q -nologo >/dev/null
dotnet build src/TranscriptMiner.Cli -c Release -v q -nologo >/dev/null
bench=bench/TranscriptMiner.Benchmarks/bin/Release/net10.0/TranscriptMiner.Benchmarks.dll
generator=tests/TranscriptMiner.SampleGenerator/bin/Release/net10.0/TranscriptMiner.SampleGenerator.dll
cli=src/TranscriptMiner.Cli/bin/Release/net10.0/transcriptminer.dll

server=""
rm -rf "$scratch"
mkdir -p "$scratch"
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
workspace="$scratch/workspace"
docs="$scratch/documents"

dotnet "$bench" write-documents "$docs" "$documents" >/dev/null
dotnet "$generator" --large-pdf "$docs/board-pack.pdf" --pages "$pages" >/dev/null
start=$(date +%s.%N)
dotnet "$cli" ingest "$docs" --workspace "$workspace" >"$scratch/ingest.log" 2>&1
end=$(date +%s.%N)
ingest_seconds=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')

keys() { # keys PATTERN COUNT: COUNT review keys, one a line, cycling through PATTERN's letters
  awk -v p="$1" -v n="$2" 'BEGIN {for (i = 0; i < n; i++) print substr(p, (i % length(p)) + 1, 1); print "q"}'
}
amina=$((decisions * 2 / 3))
ben=$((decisions - amina))
start=$(date +%s.%N)
keys aar "$amina" | dotnet "$cli" review --coder amina --workspace "$workspace" >"$scratch/review-amina.log" 2>&1
keys ar "$ben" | dotnet "$cli" review --coder ben --order score --workspace "$workspace" >"$scratch/review-ben.log" 2>&1
end=$(date +%s.%N)
review_seconds=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')
# Mid-project state: models trained on those decisions, then suggesting beside the rules.
start=$(date +%s.%N)
dotnet "$cli" train --workspace "$workspace" >"$scratch/train.log" 2>&1
end=$(date +%s.%N)
train_seconds=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')
start=$(date +%s.%N)
dotnet "$cli" suggest --workspace "$workspace" >"$scratch/suggest.log" 2>&1
end=$(date +%s.%N)
suggest_seconds=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')

echo "## Workspace"
echo
dotnet "$cli" status --workspace "$workspace" | grep -E '^(documents|segments|index|coding):'
echo "ingest: ${ingest_seconds} s; ${decisions} review keys typed into two review sessions: ${review_seconds} s; train: ${train_seconds} s; suggest: ${suggest_seconds} s"
grep -E '^Trained' "$scratch/train.log" || true

port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet "$cli" serve --urls "$base" --workspace "$workspace" >"$scratch/serve.log" 2>&1 &
server=$!
for _ in $(seq 120); do
  curl -fs -o /dev/null "$base/api/dashboard" && break
  sleep 0.5
done
curl -fs -o /dev/null "$base/api/dashboard"

# The plan: the searches, the largest document, a queued segment, distinct pending suggestions to decide on.
"$python" - "$base" "$scratch/plan.json" "$scratch/searches.json" "$requests" <<'PY'
import json, sys, urllib.parse, urllib.request
base, plan_path, searches_path, requests = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def get(path):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)
codebook = get("/api/codebook")
code = max((c for c in codebook["codes"] if c["assignable"]), key=lambda c: c["confirmed"])["id"]
# The organisation with the most recent minutes mentioning data quality (not the board pack, which has the most segments).
organisation = get("/api/search?" + urllib.parse.urlencode({"q": "\"data quality\"", "kind": "minutes", "from": "2020-01-01"}))["facets"]["organisation"][0]["value"]
documents = get("/api/documents")
largest = max(documents, key=lambda d: d["segmentCount"])
searches = [
    {"name": "search: a word", "params": {"q": "budget"}, "cli": ["budget"]},
    {"name": "search: a phrase", "params": {"q": '"waiting times"'}, "cli": ['"waiting times"']},
    {"name": "search: phrase + organisation + kind + date facets", "params": {"q": '"data quality"', "org": organisation, "kind": "minutes", "from": "2020-01-01"},
     "cli": ['"data quality"', "--org", organisation, "--kind", "Minutes", "--from", "2020-01-01"]},
    {"name": f"search: a word + confirmed code ({code})", "params": {"q": "data", "code": code}, "cli": ["data", "--code", code]},
]
queue = get("/api/review/queue?coder=bench&limit=400")
item_id = queue["segmentIds"][len(queue["segmentIds"]) // 2]
bodies = []
for segment in queue["segmentIds"]:
    if len(bodies) >= requests + 5:
        break
    item = get(f"/api/review/items/{segment}?coder=bench")
    pending = [c for c in item["candidates"] if c["isPending"]]
    if pending:
        bodies.append({"segmentId": segment, "codeId": pending[0]["codeId"], "verdict": "accepted" if len(bodies) % 3 else "rejected", "coder": "bench"})
plan = [{"name": s["name"], "method": "GET", "path": "/api/search?" + urllib.parse.urlencode(s["params"])} for s in searches]
plan += [
    {"name": f"document view, largest document ({largest['segmentCount']} segments)", "method": "GET", "path": f"/api/documents/{largest['id']}"},
    {"name": "document view, a typical minutes", "method": "GET", "path": f"/api/documents/{documents[len(documents) // 2]['id']}"},
    {"name": f"document list ({len(documents)} documents)", "method": "GET", "path": "/api/documents"},
    {"name": "review queue (default order, first 1000)", "method": "GET", "path": "/api/review/queue?coder=bench"},
    {"name": f"review queue, one code ({code})", "method": "GET", "path": f"/api/review/queue?coder=bench&code={code}"},
    {"name": "review item (segment, candidates, context)", "method": "GET", "path": f"/api/review/items/{item_id}?coder=bench"},
    {"name": "review decision (POST, durable commit)", "method": "POST", "path": "/api/review/decisions", "bodies": bodies},
    {"name": "codebook with counts", "method": "GET", "path": "/api/codebook"},
    {"name": "dashboard", "method": "GET", "path": "/api/dashboard"},
    {"name": "export csv (download)", "method": "GET", "path": "/api/exports/csv", "runs": 10, "warmup": 2},
    {"name": "export qdpx (download)", "method": "GET", "path": "/api/exports/qdpx", "runs": 10, "warmup": 2},
]
json.dump(plan, open(plan_path, "w"), indent=1)
json.dump(searches, open(searches_path, "w"), indent=1)
PY

echo
echo "## HTTP latency, ${requests} requests per endpoint after 5 warm-up requests (exports: 10 after 2)"
echo
"$python" bench/web_client.py "$base" "$scratch/plan.json" --runs "$requests" --warmup 5 --out "$scratch/results.json" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }
time_runs() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN {print (e - s) * 1000}'
  done | median
}
count=$("$python" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$scratch/searches.json")
: >"$scratch/cli.txt"
for i in $(seq 0 $((count - 1))); do
  mapfile -t arguments < <("$python" -c 'import json, sys; print("\n".join(json.load(open(sys.argv[1]))[int(sys.argv[2])]["cli"]))' "$scratch/searches.json" "$i")
  dotnet "$cli" search "${arguments[@]}" --workspace "$workspace" >/dev/null 2>&1
  time_runs dotnet "$cli" search "${arguments[@]}" --workspace "$workspace" >>"$scratch/cli.txt"
done

"$python" - "$scratch/results.json" "$scratch/searches.json" "$scratch/cli.txt" "$runs" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))
searches = json.load(open(sys.argv[2]))
cli = [float(line) for line in open(sys.argv[3]) if line.strip()]
runs = sys.argv[4]
def size(n):
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.0f} KB" if n >= 10240 else f"{n} B"
print("| endpoint | requests | median ms | p95 ms | max ms | response |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for r in results:
    print(f"| {r['name']} (`{r['method']} {r['path'].split('?')[0]}`) | {r['requests']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | {r['max_ms']:.1f} | {size(r['bytes'])} |")
print()
print(f"## The same searches: in-process (API's elapsedMs), over HTTP, and `transcriptminer search` as a new process (median of {runs})")
print()
print("| search | in-process ms | HTTP median ms | CLI process ms | HTTP / in-process | CLI / HTTP |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for s, r, c in zip(searches, results, cli):
    inner = r["api_elapsed_ms"]
    over = f"{r['median_ms'] / inner:.1f}x" if inner else "n/a (0 ms)"
    print(f"| {s['name']} | {inner:.0f} | {r['median_ms']:.1f} | {c:.0f} | {over} | {c / r['median_ms']:.0f}x |")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
