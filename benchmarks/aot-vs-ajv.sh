#!/usr/bin/env bash
# Whole-process timing (issue 17), on the machine as it is: the native-AOT `caserecords validate FOLDER` against
#  - the raw scan (benchmarks/RawScan, native AOT: read every file, run Utf8JsonReader over every record file), and
#  - ajv validating the same record files against the JSON Schema (tools/schema-check/validate.mjs, shape only).
# Publishes both programs first (so the timing is never of a binary older than the sources), then alternates the
# three, N runs each, and prints one table row: medians, ratios, and the tool's peak memory against the input.
# Usage: benchmarks/aot-vs-ajv.sh [runs] [corpus-folder]   (no folder: the bundled dataset)
#        SKIP_AJV=1 leaves ajv out (it takes minutes at 1M claims).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
folder=${2:-}
aot=${AOT_DIR:-/tmp/caserecords-aot}
scan=${SCAN_DIR:-/tmp/caserecords-rawscan-aot}
dotnet publish src/CaseRecords.Cli -c Release -p:PublishAot=true -o "$aot" >/dev/null
dotnet publish benchmarks/RawScan -c Release -o "$scan" >/dev/null
if [[ -z "${SKIP_AJV:-}" && ! -d tools/schema-check/node_modules ]]; then
  (cd tools/schema-check && npm ci --silent)
fi
if [[ -z "$folder" ]]; then
  ours=("$aot/CaseRecords.Cli" validate)                       # the bundled dataset (embedded)
  files=(seeds/*.json)
  raw=("$scan/RawScan" seeds)
  input=$(cat seeds/*.json seeds/*.txt | wc -c)
else
  ours=("$aot/CaseRecords.Cli" validate "$folder")
  mapfile -t files < <(find "$folder" -name '*.json' | sort)
  raw=("$scan/RawScan" "$folder")
  input=$(find "$folder" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s}')
fi
theirs=(node tools/schema-check/validate.mjs schema/caserecords.schema.json "${files[@]}")
"${ours[@]}" >/dev/null 2>&1 || [[ $? -eq 1 ]] || { echo "caserecords validate failed"; exit 1; }
[[ -n "${SKIP_AJV:-}" ]] || "${theirs[@]}" >/dev/null || { echo "ajv validation failed"; exit 1; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
a=(); b=(); c=(); p=()
for ((i = 0; i < runs; i++)); do
  a+=("$(ms "${ours[@]}")"); c+=("$(ms "${raw[@]}")")
  [[ -n "${SKIP_AJV:-}" ]] || b+=("$(ms "${theirs[@]}")")
done
p+=("$(peak "${ours[@]}")")
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}"); mc=$(median "${c[@]}"); mb=${SKIP_AJV:+0}; [[ -n "${SKIP_AJV:-}" ]] || mb=$(median "${b[@]}")
awk -v a="$ma" -v b="$mb" -v c="$mc" -v n="$runs" -v w="${folder:-bundled dataset}" -v pk="${p[0]}" -v inbytes="$input" 'BEGIN {
  printf "| %s | %.1f MB | %d runs | caserecords validate (AOT): %.0f ms | raw scan (AOT): %.0f ms | ours ÷ raw scan: %.2f | ajv (node): %s | ajv ÷ ours: %s | peak: %.0f MB (%.2f× input) |\n",
    w, inbytes/1e6, n, a/1000, c/1000, a/c, (b > 0 ? sprintf("%.0f ms", b/1000) : "not run"), (b > 0 ? sprintf("%.2f", b/a) : "-"), pk/1024, pk*1024/inbytes }'
