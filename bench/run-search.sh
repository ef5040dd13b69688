#!/usr/bin/env bash
# Ingest and search benchmark (issue 3). Figures go to docs/benchmarks.md.
# Usage: bench/run-search.sh [--segments 1000000] [--documents 10000] [--runs 7] [--scratch /tmp/tm-search-bench]
#   1. in-process (bench/TranscriptMiner.Benchmarks search-index): a seeded corpus of minutes-like segments,
#      bulk indexed with SegmentIndex.Rebuild (time, size), then query latency p50/p95 with and without filters;
#   2. cold start: `transcriptminer search "data quality" --workspace W` as a new process on that index, median of RUNS;
#   3. ingest memory: `transcriptminer ingest` over DOCUMENTS generated .txt minutes, peak RSS by /usr/bin/time -v;
#   4. watch latency: a `transcriptminer watch` process, 40 files landing one at a time, each timed until searchable.
# Needs ~1 GB free in the scratch folder; the scratch folder is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
segments=1000000
documents=10000
runs=7
scratch=/tmp/tm-search-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --segments) segments="$2"; shift 2 ;;
    --documents) documents="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --scratch) scratch="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "installing time for peak memory" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

dotnet build bench/TranscriptMiner.Benchmarks -c Release -v q -nologo >/dev/null
dotnet build src/TranscriptMiner.Cli -c Release -v q -nologo >/dev/null
bench=bench/TranscriptMiner.Benchmarks/bin/Release/net10.0/TranscriptMiner.Benchmarks.dll
cli=src/TranscriptMiner.Cli/bin/Release/net10.0/transcriptminer.dll

rm -rf "$scratch"
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT
workspace="$scratch/search-workspace"

echo "## Bulk index and query latency, ${segments} segments"
echo
dotnet "$bench" search-index --segments "$segments" --workspace "$workspace"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }
time_runs() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN {print e - s}'
  done | median
}

# One untimed run so that the index files are in the page cache, as they are after any earlier search.
dotnet "$cli" search "data quality" --workspace "$workspace" >/dev/null
search=$(time_runs dotnet "$cli" search "data quality" --workspace "$workspace")
filtered=$(time_runs dotnet "$cli" search '"data quality"~5' --org "NHS Northshire ICB" --kind Minutes --from 2022-01-01 --workspace "$workspace")
help=$(time_runs dotnet "$cli" --help)
echo
echo "## Cold start of search on the ${segments}-segment index (median of ${runs})"
echo
echo "| command | seconds |"
echo "| --- | ---: |"
awk -v s="$search" -v f="$filtered" -v h="$help" 'BEGIN {
  printf "| transcriptminer search \"data quality\" | %.3f |\n", s
  printf "| transcriptminer search \"\\\"data quality\\\"~5\" --org --kind --from | %.3f |\n", f
  printf "| transcriptminer --help (runtime start only, for reference) | %.3f |\n", h
}'
rm -rf "$workspace"

docs="$scratch/documents"
dotnet "$bench" write-documents "$docs" "$documents"
bytes=$(du -sb "$docs" | cut -f1)
ingest_workspace="$scratch/ingest-workspace"
start=$(date +%s.%N)
/usr/bin/time -v -o "$scratch/time.txt" dotnet "$cli" ingest "$docs" --workspace "$ingest_workspace" >"$scratch/ingest.log" 2>&1
end=$(date +%s.%N)
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$scratch/time.txt")
echo
echo "## Ingest of ${documents} generated minutes (.txt), one run"
echo
echo "| documents | MB of text | wall s | docs/s | peak RSS MB |"
echo "| ---: | ---: | ---: | ---: | ---: |"
awk -v n="$documents" -v b="$bytes" -v s="$start" -v e="$end" -v r="$rss_kb" 'BEGIN {
  printf "| %d | %.0f | %.1f | %.0f | %.0f |\n", n, b / 1048576, e - s, n / (e - s), r / 1024
}'
echo
echo "ingest summary:"
tail -n 3 "$scratch/ingest.log"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "## Watch latency (file landing to searchable), default watch settings"
echo
dotnet "$bench" watch-latency 40
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
