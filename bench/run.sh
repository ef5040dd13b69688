#!/usr/bin/env bash
# Extraction throughput benchmark, side by side with poppler's pdftotext. Figures go to docs/benchmarks.md.
# Usage: bench/run.sh [--runs 5] [--pages 600] [--copies 4]
#   1. in-process: the pipeline (detect, extract, segment) warm, files in parallel on every core, vs pdftotext;
#   2. cold command line: `transcriptminer extract` on the generated PDF (process start, JIT, plugin loading
#      included) vs `pdftotext` on the same file, each run RUNS times, median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
pages=600
args=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    *) shift ;;
  esac
done

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "installing poppler-utils for the pdftotext reference" >&2
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi

dotnet build bench/TranscriptMiner.Benchmarks -c Release -v q -nologo >/dev/null
dotnet build src/TranscriptMiner.Cli -c Release -v q -nologo >/dev/null
dotnet build tests/TranscriptMiner.SampleGenerator -c Release -v q -nologo >/dev/null

echo "## In-process pipeline vs pdftotext"
dotnet bench/TranscriptMiner.Benchmarks/bin/Release/net10.0/TranscriptMiner.Benchmarks.dll "${args[@]}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
large="$scratch/large.pdf"
dotnet tests/TranscriptMiner.SampleGenerator/bin/Release/net10.0/TranscriptMiner.SampleGenerator.dll --large-pdf "$large" --pages "$pages" >/dev/null

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

ours=$(time_runs dotnet src/TranscriptMiner.Cli/bin/Release/net10.0/transcriptminer.dll extract "$large" --format json --output "$scratch/out.json")
theirs=$(time_runs pdftotext "$large" "$scratch/out.txt")
echo
echo "## Cold command line, one ${pages}-page PDF (median of ${runs})"
echo
echo "| command | seconds | pages/s |"
echo "| --- | ---: | ---: |"
awk -v o="$ours" -v t="$theirs" -v p="$pages" 'BEGIN {
  printf "| transcriptminer extract --format json | %.3f | %.0f |\n", o, p / o
  printf "| pdftotext | %.3f | %.0f |\n", t, p / t
  printf "\nratio (transcriptminer / pdftotext): %.2f\n", o / t
}'
