#!/usr/bin/env bash
# Whole-process timing: the native-AOT `caserecords validate` against ajv validating the same record files
# against the JSON Schema (tools/schema-check/validate.mjs, validation only). Alternates the two, N runs each,
# and prints the median wall time of each and their ratio.
# Usage: benchmarks/aot-vs-ajv.sh [runs] [corpus-folder]   (no folder: the bundled dataset)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
folder=${2:-}
aot=${AOT_DIR:-/tmp/caserecords-aot}
# Published every time (incremental), so the timing is never of a binary older than the sources.
dotnet publish src/CaseRecords.Cli -c Release -p:PublishAot=true -o "$aot" >/dev/null
if [[ ! -d tools/schema-check/node_modules ]]; then
  (cd tools/schema-check && npm ci --silent)
fi
if [[ -z "$folder" ]]; then
  ours=("$aot/CaseRecords.Cli" validate)                       # the bundled dataset (embedded)
  files=(seeds/*.json)
else
  ours=("$aot/CaseRecords.Cli" validate "$folder")
  mapfile -t files < <(find "$folder" -name '*.json' | sort)
fi
theirs=(node tools/schema-check/validate.mjs schema/caserecords.schema.json "${files[@]}")
"${ours[@]}" >/dev/null 2>&1 || { echo "caserecords validate failed"; exit 1; }
"${theirs[@]}" >/dev/null || { echo "ajv validation failed"; exit 1; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
a=(); b=()
for ((i = 0; i < runs; i++)); do a+=("$(ms "${ours[@]}")"); b+=("$(ms "${theirs[@]}")"); done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
awk -v a="$ma" -v b="$mb" -v n="$runs" -v w="${folder:-bundled dataset}" 'BEGIN {
  printf "| %s | %d runs | caserecords validate (AOT): %.1f ms | ajv (node): %.1f ms | ajv ÷ ours: %.2f |\n", w, n, a/1000, b/1000, b/a }'
