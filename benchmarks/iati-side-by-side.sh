#!/usr/bin/env bash
# IATI at publisher scale, side by side with an independent anchor (issue 20):
#   xmllint --stream --noout --schema <official 2.03 XSD>   (libxml2, XSD only)
#   stamm check iati                                         (XSD and the standard ruleset; on the generated file with
#                                                             --org-id-prefix XI-EXAMPLE, the made-up prefix of its
#                                                             identifiers, so that it is clean as a real publisher's file
#                                                             with its registered prefix would be: a report holds every
#                                                             finding in memory, about half a kilobyte each)
#   stamm import iati                                        (the streaming importer, text output)
# on a generated file of COUNT activities (default 100,000) and, when a real publisher's file is given, on a file made by
# repeating its activities with new identifiers. Reports wall time and peak resident memory of each process, the rise
# of that peak over the same command on a one-activity file (the process's start: runtime, code, schema, codelists),
# and the bytes allocated per byte of file (from the benchmarks program, one pass each in one process).
#
# usage: bash benchmarks/iati-side-by-side.sh [COUNT] [REAL-PUBLISHER-FILE.xml]
#   IATI_WORK=dir keeps the generated files there (default: a temporary folder, deleted at the end).
set -euo pipefail
count=${1:-100000}
real=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
xsd=$root/src/StAMM.Domain.Iati/Reference/schema/iati-activities-schema.xsd
keep=${IATI_WORK:-}
work=${IATI_WORK:-$(mktemp -d)}
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT

if ! command -v xmllint >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null
  else echo "xmllint is missing: apt-get install libxml2-utils" >&2; exit 2; fi
fi

echo "building (Release)..." >&2
dotnet build -c Release -v q -nologo "$root/benchmarks/StAMM.Domain.Benchmarks" >/dev/null
dotnet build -c Release -v q -nologo "$root/src/StAMM.Cli" >/dev/null
bench=$root/benchmarks/StAMM.Domain.Benchmarks/bin/Release/net10.0/StAMM.Domain.Benchmarks
stamm=$root/src/StAMM.Cli/bin/Release/net10.0/stamm

# Runs a command with its output discarded; prints "wall-seconds peak-rss-kib".
measure() {
  local out=$work/.time
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>"$work/.stderr" || true
    tail -n 1 "$out"
  else
    # No GNU time: poll the process's high-water mark (VmHWM) in /proc while it runs.
    local start end pid peak=0 now
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$work/.stderr" & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      now=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${now:-0}" -gt "$peak" ] && peak=$now
      sleep 0.05
    done
    wait "$pid" || true
    end=$(date +%s.%N)
    echo "$(echo "$end - $start" | bc) $peak"
  fi
}

files=()
"$bench" --iati-generate 1 "$work/one.xml" >&2
"$bench" --iati-generate "$count" "$work/generated.xml" >&2
files+=("$work/generated.xml")
if [ -n "$real" ]; then
  "$bench" --iati-repeat "$real" "$count" "$work/repeated.xml" >&2
  files+=("$work/repeated.xml")
fi

declare -A start
for tool in xmllint check import; do
  case $tool in
    xmllint) read -r _ rss < <(measure xmllint --stream --noout --schema "$xsd" "$work/one.xml") ;;
    check) read -r _ rss < <(measure "$stamm" check iati "$work/one.xml" --org-id-prefix XI-EXAMPLE) ;;
    import) read -r _ rss < <(measure "$stamm" import iati "$work/one.xml") ;;
  esac
  start[$tool]=$rss
done

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
for file in "${files[@]}"; do
  bytes=$(stat -c %s "$file")
  echo
  echo "$(basename "$file"): $(grep -c '<iati-activity[ >]' "$file") iati-activity elements, $(awk "BEGIN {printf \"%.1f\", $bytes / 1048576}") MiB"
  echo
  echo "| Command | Wall time | Peak RSS | Rise over a one-activity file | Time against xmllint |"
  echo "|---|---:|---:|---:|---:|"
  base=
  for tool in xmllint check import; do
    case $tool in
      xmllint) label="xmllint --stream --noout --schema iati-activities-schema.xsd"; read -r wall rss < <(measure xmllint --stream --noout --schema "$xsd" "$file") ;;
      check)
        prefix=()
        [ "$file" != "$work/generated.xml" ] || prefix=(--org-id-prefix XI-EXAMPLE)
        label="stamm check iati ${prefix[*]:-}"; label=${label% }
        read -r wall rss < <(measure "$stamm" check iati "$file" "${prefix[@]}") ;;
      import) label="stamm import iati"; read -r wall rss < <(measure "$stamm" import iati "$file") ;;
    esac
    [ -n "$base" ] || base=$wall
    awk -v l="$label" -v w="$wall" -v r="$rss" -v s="${start[$tool]}" -v b="$base" \
      'BEGIN { printf "| `%s` | %.2f s | %.1f MiB | %.1f MiB | %.1f× |\n", l, w, r / 1024, (r - s) / 1024, w / b }'
  done
  echo
  echo "Allocations (benchmarks program, \`--iati-allocations\`, one process, one pass each):"
  echo
  echo '```'
  "$bench" --iati-allocations "$file" | tail -n +2
  echo '```'
done
