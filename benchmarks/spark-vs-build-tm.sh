#!/usr/bin/env bash
# The Spark job (embedded, local[1] and local[2]) against build-tm --threads 2 on the same documents, in one
# run, interleaved: wall time of the whole process (median of RUNS) and English+Chinese sentences per second.
# Corpora: the 12 pairs of ../shared (Bible 001-006 + MAC-Dev 001-006) and a synthetic corpus of DOCS documents
# made from them (dev.bitext.bench.SyntheticCorpus). Run from anywhere after `mvn -B -ntp package -DskipTests`.
#
#   benchmarks/spark-vs-build-tm.sh [SHARED=../shared] [WORK=/tmp/bitext-spark-bench] [RUNS=3] [DOCS=1000]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="$(cd "${1:-$ROOT/../shared}" && pwd)"
WORK="${2:-/tmp/bitext-spark-bench}"
RUNS="${3:-3}"
DOCS="${4:-1000}"
mkdir -p "$WORK"
CLI="$ROOT/cli/target/bitext.jar"
SPARK_CP="$ROOT/spark/target/bitext-spark.jar:$ROOT/spark/target/lib/*"
for f in "$CLI" "$ROOT/spark/target/bitext-spark.jar" "$ROOT/benchmarks/target/benchmarks.jar"; do
  [ -f "$f" ] || { echo "missing $f: run mvn -B -ntp package -DskipTests first" >&2; exit 1; }
done

: > "$WORK/pairs12.tsv"
for set in bible mac-dev; do
  for n in 001 002 003 004 005 006; do
    printf '%s\t%s\n' "$SHARED/data/$set/en/$n" "$SHARED/data/$set/zh/$n" >> "$WORK/pairs12.tsv"
  done
done
[ -f "$WORK/synthetic/pairs.tsv" ] && [ "$(wc -l < "$WORK/synthetic/pairs.tsv")" -eq "$DOCS" ] \
  || java -cp "$ROOT/benchmarks/target/benchmarks.jar" dev.bitext.bench.SyntheticCorpus "$SHARED" "$WORK/synthetic" "$DOCS"

sentences() { # English + Chinese lines of a manifest's files
  cut -f1,2 "$1" | tr '\t' '\n' | xargs cat | wc -l
}

seconds() { # wall seconds of one run of "$@", output thrown away; fails when the command does
  local start end
  start=$(date +%s.%N)
  "$@" > "$WORK/last.log" 2>&1 || { cat "$WORK/last.log" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

build_tm() { java -jar "$CLI" build-tm --pairs "$1" --presegmented --source-lang en --target-lang zh --threads 2 \
  --quiet -o "$WORK/build-tm.tmx"; }
spark() { rm -rf "$WORK/out"; java -cp "$SPARK_CP" dev.bitext.spark.BuildTmJob --master "local[$2]" --input "$1" \
  --format pairs-tsv --presegmented --source-lang en --target-lang zh --output "$WORK/out" --tmx "$WORK/spark.tmx"; }

echo "| corpus | documents | sentences | build-tm --threads 2 | Spark local[1] | Spark local[2] | Spark[2] / build-tm | Spark[2] / Spark[1] |"
echo "|---|---|---|---|---|---|---|---|"
for corpus in pairs12 synthetic; do
  manifest="$WORK/pairs12.tsv"; [ "$corpus" = synthetic ] && manifest="$WORK/synthetic/pairs.tsv"
  total=$(sentences "$manifest")
  : > "$WORK/t-bt"; : > "$WORK/t-s1"; : > "$WORK/t-s2"
  build_tm "$manifest" > /dev/null 2>&1   # warm-up: file cache
  for r in $(seq "$RUNS"); do
    seconds build_tm "$manifest" >> "$WORK/t-bt"
    seconds spark "$manifest" 2 >> "$WORK/t-s2"
    seconds spark "$manifest" 1 >> "$WORK/t-s1"
  done
  if ! diff <(grep -v creationdate "$WORK/build-tm.tmx") <(grep -v creationdate "$WORK/spark.tmx") > /dev/null; then
    echo "the Spark TMX differs from build-tm's on $corpus" >&2; exit 1
  fi
  bt=$(median < "$WORK/t-bt"); s1=$(median < "$WORK/t-s1"); s2=$(median < "$WORK/t-s2")
  printf '| %s | %d | %d | %.1f s (%.0f/s) | %.1f s (%.0f/s) | %.1f s (%.0f/s) | %.2f | %.2f |\n' "$corpus" \
    "$(wc -l < "$manifest")" "$total" "$bt" "$(echo "$total / $bt" | bc -l)" "$s1" "$(echo "$total / $s1" | bc -l)" \
    "$s2" "$(echo "$total / $s2" | bc -l)" "$(echo "$s2 / $bt" | bc -l)" "$(echo "$s2 / $s1" | bc -l)"
done
echo "(medians of $RUNS runs each, interleaved; each TMX identical to build-tm's but for the header date)"
