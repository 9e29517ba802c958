#!/usr/bin/env bash
# bitext and hunalign side by side, whole processes, on this machine.
#
#   benchmarks/hunalign-side-by-side.sh HUNALIGN_SOURCE_TREE [SHARED] [RUNS] [BITEXT...]
#
# HUNALIGN_SOURCE_TREE is a snapshot of hunalign's public repository (github.com/danielvarga/hunalign; only
# its src/ folder is used): it is built here with make in a temporary folder, nothing of it is kept or
# committed. SHARED (default ../shared) holds data/bible and data/mac-dev. RUNS (default 5) interleaved
# runs of each command; the medians of wall time are compared. BITEXT is the command that runs bitext
# (default: java -jar cli/target/bitext.jar; build it first with mvn -B -ntp package -DskipTests).
# hunalign runs length-only (an empty dictionary) with -onebyteencoding, without which its length model
# takes UTF-8 bytes and fails on English-Chinese; bitext runs with its defaults, --presegmented.
# Coarse accuracy against the verse gold is printed for the Bible files (dev.bitext.bench.CoarseScore).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src=${1:?usage: $0 HUNALIGN_SOURCE_TREE [SHARED] [RUNS] [BITEXT...]}
shared=${2:-$root/../shared}
[ -d "$shared/data/bible" ] || { echo "$shared: no data/bible" >&2; exit 2; }
shared=$(cd "$shared" && pwd) # absolute: hunalign runs in the work folder
runs=${3:-5}
shift $(( $# < 3 ? $# : 3 ))
if [ $# -gt 0 ]; then bitext=("$@"); else bitext=(java -jar "$root/cli/target/bitext.jar"); fi
bench_jar=$root/benchmarks/target/benchmarks.jar
[ -d "$src/src/hunalign" ] || { echo "$src: no src/hunalign folder (a hunalign source tree?)" >&2; exit 2; }
[ -f "$bench_jar" ] || { echo "$bench_jar missing: mvn -B -ntp package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/src" "$work/src"
echo "building hunalign in $work ..." >&2
make -s -C "$work/src/hunalign" > "$work/make.log" 2>&1 || { cat "$work/make.log" >&2; exit 1; }
hunalign=$work/src/hunalign/hunalign
: > "$work/null.dic"

seconds() { # runs "$@" quietly, prints its wall seconds
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", (b - a) / 1e9}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

row() { # label source target gold-or-empty
  local label=$1 en=$2 zh=$3 gold=$4 b=() h=()
  for ((k = 0; k < runs; k++)); do
    b+=("$(seconds "${bitext[@]}" align --presegmented --format ladder -o "$work/b.align" "$en" "$zh")")
    # in the work folder: hunalign leaves a translate.txt in its current directory
    h+=("$(seconds sh -c "cd '$work' && exec '$hunalign' -onebyteencoding null.dic '$en' '$zh' > h.rungs")")
  done
  local bm hm
  bm=$(printf '%s\n' "${b[@]}" | median)
  hm=$(printf '%s\n' "${h[@]}" | median)
  local acc="–"
  if [ -n "$gold" ]; then
    acc="$(java -cp "$bench_jar" dev.bitext.bench.CoarseScore "$gold" "$work/b.align") / $(java -cp "$bench_jar" \
      dev.bitext.bench.CoarseScore "$gold" "$work/h.rungs" --rungs)"
  fi
  printf '| %s | %s s | %s s | %s | %s |\n' "$label" "$bm" "$hm" "$(awk -v a="$bm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')" "$acc"
}

echo "$(date -u +%F), $(nproc) cores, $(uname -m); medians of $runs interleaved whole-process runs"
echo
echo "| input | bitext | hunalign (length only) | bitext / hunalign | coarse accuracy bitext / hunalign |"
echo "|---|---|---|---|---|"
b=$shared/data/bible
m=$shared/data/mac-dev
row "Bible 001 (5k × 6.3k)" "$b/en/001" "$b/zh/001" "$b/gold/001.align"
row "one MAC-Dev chapter (001, zh → en)" "$m/zh/001" "$m/en/001" ""
row "Bible 006 (30k × 42.7k)" "$b/en/006" "$b/zh/006" "$b/gold/006.align"
