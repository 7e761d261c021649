#!/usr/bin/env bash
# Linear growth (issue 17): the native-AOT `caserecords validate` on a corpus and on one ten times larger, the two
# runs alternated so that both sizes see the machine at the same speed (it drifts by 10-20% within minutes, and two
# separate runs of benchmarks/aot-vs-ajv.sh can put the sizes at different speeds). Publishes first, then prints one
# table row: the median wall time of each, and their ratio (the target: at most 11 for ten times the claims).
# Usage: benchmarks/growth.sh RUNS SMALL-FOLDER LARGE-FOLDER
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:?runs}; small=${2:?small folder}; large=${3:?large folder}
aot=${AOT_DIR:-/tmp/caserecords-aot}
dotnet publish src/CaseRecords.Cli -c Release -p:PublishAot=true -o "$aot" >/dev/null
for folder in "$small" "$large"; do
  "$aot/CaseRecords.Cli" validate "$folder" >/dev/null 2>&1 || [[ $? -eq 1 ]] || { echo "caserecords validate $folder failed"; exit 1; }
done
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
a=(); b=()
for ((i = 0; i < runs; i++)); do
  a+=("$(ms "$aot/CaseRecords.Cli" validate "$small")"); b+=("$(ms "$aot/CaseRecords.Cli" validate "$large")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
awk -v a="$ma" -v b="$mb" -v n="$runs" -v s="$small" -v l="$large" 'BEGIN {
  printf "| %s | %s | %d runs, alternated | %.0f ms | %.0f ms | large ÷ small: %.2f |\n", s, l, n, a/1000, b/1000, b/a }'
