#!/usr/bin/env bash
# Extraction throughput benchmark, side by side with poppler's pdftotext. Figures go to docs/benchmarks.md.
# Usage: bench/run.sh [--runs 5] [--pages 600] [--copies 4]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "installing poppler-utils for the pdftotext reference" >&2
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi
dotnet build bench/TranscriptMiner.Benchmarks -c Release -v q -nologo
dotnet bench/TranscriptMiner.Benchmarks/bin/Release/net10.0/TranscriptMiner.Benchmarks.dll "$@"
