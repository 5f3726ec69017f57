#!/usr/bin/env bash
# Benchmarks Breakwater's .sym parsing and per-dump stack walks against Breakpad's
# minidump_stackwalk on the corpus dumps (see README.md next to this script). Prints figures;
# asserts nothing. SKIP_PARSE_BENCH=1 measures the walks only.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
MODULE=$(dirname "$HERE")
ROOT=$(dirname "$MODULE")
CORPUS=${CORPUS:-$ROOT/../shared/testdata/minidumps}
WORK=${WORK:-/tmp/breakwater-symbol-bench}
REF=${REF:-/tmp/ref}
STACKWALK=${STACKWALK:-$REF/node_modules/minidump/bin/linux-x64/minidump_stackwalk}
RUNS=${RUNS:-5}
MVN=${MVN:-mvn -o -q}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC}

[ -d "$CORPUS" ] || { echo "minidump corpus not found at $CORPUS" >&2; exit 1; }
mkdir -p "$WORK/classes" "$WORK/dumps" "$WORK/empty-symbols"

if [ ! -x "$STACKWALK" ]; then
  echo "installing Breakpad's minidump_stackwalk from npm into $REF"
  mkdir -p "$REF" && (cd "$REF" && npm init -y >/dev/null && npm install --ignore-scripts minidump@0.26.0 >/dev/null)
fi

echo "building the minidump module and the benchmark"
(cd "$ROOT" && $MVN -pl minidump -DskipTests -Dfuzz.skip=true package)
(cd "$ROOT" && $MVN -pl minidump dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$WORK/deps.cp")
CP="$MODULE/target/classes:$WORK/classes:$(cat "$WORK/deps.cp")"
javac -d "$WORK/classes" -cp "$CP" $(find "$HERE/src" -name '*.java')

# Firefox dumps and their system-library symbols are xz-compressed in the corpus.
MOZ_SYMBOLS="$WORK/mozilla-symbols"
if [ ! -d "$MOZ_SYMBOLS" ]; then
  echo "decompressing the Firefox symbol files into $MOZ_SYMBOLS"
  (cd "$CORPUS/mozilla-pgo-MPL2/symbols" && find . -name '*.sym.xz') | while read -r f; do
    mkdir -p "$MOZ_SYMBOLS/$(dirname "$f")"
    xz -dc "$CORPUS/mozilla-pgo-MPL2/symbols/$f" > "$MOZ_SYMBOLS/${f%.xz}"
  done
fi
DUMPS=("test.dmp|$CORPUS/rust-minidump/testdata/test.dmp|$CORPUS/rust-minidump/testdata/symbols"
       "pipeline-inlines-macos-segv.dmp|$CORPUS/rust-minidump/testdata/pipeline-inlines-macos-segv.dmp|$CORPUS/rust-minidump/testdata/symbols")
for xzdump in "$CORPUS"/mozilla-pgo-MPL2/minidumps/*.dmp.xz; do
  name=$(basename "$xzdump" .xz)
  [ -f "$WORK/dumps/$name" ] || xz -dc "$xzdump" > "$WORK/dumps/$name"
  DUMPS+=("$name|$WORK/dumps/$name|$MOZ_SYMBOLS")
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Breakpad: wall time and peak RSS with and without symbols; the difference is symbol loading.
: > "$WORK/manifest.tsv"
: > "$WORK/breakpad.tsv"
echo "running Breakpad's minidump_stackwalk ($RUNS runs per dump, with and without symbols)"
for entry in "${DUMPS[@]}"; do
  IFS='|' read -r label dump symbols <<< "$entry"
  for mode in with without; do
    dir=$symbols; [ $mode = without ] && dir=$WORK/empty-symbols
    : > "$WORK/times"
    for _ in $(seq "$RUNS"); do
      "$HERE/timed-run.py" "$WORK/out.txt" "$WORK/err.txt" "$STACKWALK" -m "$dump" "$dir" \
        >> "$WORK/times"
    done
    eval "${mode}_s=$(cut -d' ' -f1 "$WORK/times" | median)"
    eval "${mode}_kb=$(cut -d' ' -f2 "$WORK/times" | median)"
    eval "${mode}_cpu=$(cut -d' ' -f3 "$WORK/times" | median)"
    if [ $mode = with ]; then
      # Files loaded: "Loading symbols for module <code file> ..., size: <bytes + 1>" matched
      # to the Module lines of the -m output.
      grep -o 'Loading symbols for module .* size: [0-9]*' "$WORK/err.txt" \
        | sed 's/Loading symbols for module \(.*\) from memory buffer, size: \([0-9]*\)/\1|\2/' \
        | while IFS='|' read -r codefile size; do
            base=${codefile##*/}; base=${base##*\\}
            awk -F'|' -v b="$base" '$1=="Module" && $2==b {print $4 "|" $5}' "$WORK/out.txt" \
              | while IFS='|' read -r debugfile debugid; do
                  symname=$debugfile
                  case "$symname" in *.pdb|*.PDB) symname=${symname%.*};; esac
                  f="$symbols/$debugfile/$debugid/$symname.sym"
                  if [ -f "$f" ] && [ $(( $(stat -c %s "$f") + 1 )) -eq "$size" ]; then
                    printf '%s\t%s\n' "$label" "$f" >> "$WORK/manifest.tsv"
                  fi
                done
          done
    fi
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$with_s" "$without_s" "$with_kb" "$without_kb" \
    "$with_cpu" "$without_cpu" >> "$WORK/breakpad.tsv"
done
sort -u "$WORK/manifest.tsv" -o "$WORK/manifest.tsv"

walk_bench() {
  : > "$WORK/walks.tsv"
  for entry in "${DUMPS[@]}"; do
    IFS='|' read -r label dump symbols <<< "$entry"
    printf '%s\t%s\t%s\n' "$label" "$dump" "$symbols" >> "$WORK/walks.tsv"
  done
  echo "running the Java walk benchmark"
  java $JAVA_OPTS -cp "$CP" dev.breakwater.minidump.walk.bench.WalkBench \
    "$WORK/walks.tsv" "${WALK_WARMUPS:-20}" "${WALK_SAMPLES:-21}" | tee "$WORK/walk-java.tsv"
  # The first walk in a fresh JVM: inside the JVM (class loading, interpreter, first parse) and
  # the whole java process (JVM start included).
  echo "measuring the first walk in a fresh JVM ($RUNS runs per dump)"
  : > "$WORK/walk-first.tsv"
  for entry in "${DUMPS[@]}"; do
    IFS='|' read -r label dump symbols <<< "$entry"
    : > "$WORK/times"
    : > "$WORK/first"
    for _ in $(seq "$RUNS"); do
      "$HERE/timed-run.py" "$WORK/first1" /dev/null "$(command -v java)" $JAVA_OPTS -cp "$CP" \
        dev.breakwater.minidump.walk.bench.WalkBench --first "$dump" "$symbols" >> "$WORK/times"
      cut -f1 "$WORK/first1" >> "$WORK/first"
    done
    printf '%s\t%s\t%s\n' "$label" "$(median < "$WORK/first")" \
      "$(cut -d' ' -f1 "$WORK/times" | median)" >> "$WORK/walk-first.tsv"
  done
  echo
  echo "== Per-dump walk (read dump, walk all threads, symbolize, JSON), Breakwater (BW) vs"
  echo "   Breakpad minidump_stackwalk -m (BP); medians. BP = fresh process per dump (its real"
  echo "   per-dump cost), BP nosym = same with an empty symbols directory (process start + dump)."
  echo "   BW warm = symbols already parsed in the in-memory cache; BW cold = symbols read and"
  echo "   parsed from the directory each walk (JIT warm); wall and walking-thread CPU;"
  echo "   warm MB = heap allocated per warm walk."
  echo "   1st walk = first walk in a fresh JVM, inside it / whole java process incl. JVM start."
  awk -F'\t' '
    FILENAME ~ /breakpad.tsv/ { bw[$1]=$2; bwo[$1]=$3; bc[$1]=$6; next }
    FILENAME ~ /walk-first.tsv/ { f[$1]=$2; fp[$1]=$3; next }
    FNR > 1 { order[++n]=$1; fr[$1]=$2; sy[$1]=$3; ww[$1]=$4; wc[$1]=$5; cw[$1]=$6; cc[$1]=$7; wa[$1]=$8 }
    END {
      printf "%-32s %10s | %8s %8s %9s | %8s %8s %7s %8s %8s | %9s %9s | %7s %7s\n", "dump", "frames/sym", "BP wall", "BP cpu", "BP nosym", "warm", "warm cpu", "warm MB", "cold", "cold cpu", "1st walk", "1st JVM", "warm/BP", "cold/BP"
      for (i = 1; i <= n; i++) {
        l = order[i]; bp = bw[l] * 1000
        printf "%-32s %5d/%-4d | %6.1fms %6.1fms %7.1fms | %6.2fms %6.2fms %7.1f %6.1fms %6.1fms | %7.0fms %7.0fms | %6.3fx %6.2fx\n", l, fr[l], sy[l], bp, bc[l] * 1000, bwo[l] * 1000, ww[l], wc[l], wa[l], cw[l], cc[l], f[l], fp[l] * 1000, ww[l] / bp, cw[l] / bp
      }
    }' "$WORK/breakpad.tsv" "$WORK/walk-first.tsv" "$WORK/walk-java.tsv"
}
if [ -n "${SKIP_PARSE_BENCH:-}" ]; then
  walk_bench
  exit 0
fi

echo "running the Java parser benchmark"
java $JAVA_OPTS -cp "$CP" dev.breakwater.minidump.symbols.bench.SymbolParseBench \
  "$WORK/manifest.tsv" "${JAVA_WARMUPS:-40}" "${JAVA_RUNS:-9}" | tee "$WORK/java.tsv"

# Java peak memory: the smallest -Xmx (MB) with which a fresh JVM parses a dump's files, minus
# the smallest with which it parses nothing; and the peak-RSS increase of such a run.
fits() { java $JAVA_OPTS -Xmx"$2"m -cp "$CP" dev.breakwater.minidump.symbols.bench.SymbolParseBench \
  --once "$WORK/manifest.tsv" "$1" > /dev/null 2>&1; }
min_heap() {
  local lo=2 hi=$(( $2 * 8 + 64 )) mid
  while [ $lo -lt $hi ]; do
    mid=$(( (lo + hi) / 2 ))
    if fits "$1" $mid; then hi=$mid; else lo=$(( mid + 1 )); fi
  done
  echo $lo
}
rss_once() {
  : > "$WORK/times"
  : > "$WORK/cold"
  for _ in 1 2 3; do
    /usr/bin/time -f "%M" -o "$WORK/time1" java $JAVA_OPTS -cp "$CP" \
      dev.breakwater.minidump.symbols.bench.SymbolParseBench --once "$WORK/manifest.tsv" "$1" \
      | cut -f2 >> "$WORK/cold"
    cat "$WORK/time1" >> "$WORK/times"
  done
  echo "$(median < "$WORK/times") $(median < "$WORK/cold")"
}
echo "measuring the Java peak heap and RSS per dump"
: > "$WORK/java-mem.tsv"
base_heap=$(min_heap "no-such-label" 1)
read -r base_kb _ <<< "$(rss_once "no-such-label")"
for label in $(cut -f1 "$WORK/manifest.tsv" | uniq); do
  mb=$(awk -F'\t' -v l="$label" '$1==l {print int($3 + 1)}' "$WORK/java.tsv")
  read -r kb cold <<< "$(rss_once "$label")"
  printf '%s\t%s\t%s\t%s\n' "$label" "$(( $(min_heap "$label" "$mb") - base_heap ))" \
    "$(( kb - base_kb ))" "$cold" >> "$WORK/java-mem.tsv"
done

echo
echo "== .sym parsing, Breakwater (BW) vs Breakpad minidump_stackwalk (BP); medians."
echo "   BP load = run with symbols minus run with an empty symbols directory; CPU = user+sys."
echo "   BW cold = first parse in a fresh JVM (wall); BW wall/cpu = per parse once the JIT is warm."
echo "   RSS/MB = peak-RSS increase per MB of symbols (a JVM takes heap it does not need);"
echo "   peak/MB = smallest extra -Xmx that parses the files, per MB; kept/MB = heap the index retains."
awk -F'\t' '
  FILENAME ~ /breakpad.tsv/ { bw[$1]=$2; bwo[$1]=$3; bk[$1]=$4; bko[$1]=$5; bc[$1]=$6; bco[$1]=$7; next }
  FILENAME ~ /java-mem.tsv/ { jh[$1]=$2; jr[$1]=$3; jcold[$1]=$4; next }
  FNR > 1 { order[++n]=$1; mb[$1]=$3; jwall[$1]=$4; jcpu[$1]=$5; jret[$1]=$7 }
  END {
    printf "%-32s %6s | %8s %8s %7s %7s | %8s %8s %8s %7s %7s %7s %7s | %6s %6s %6s\n", "dump", "sym MB", "BP wall", "BP cpu", "MB/s", "RSS/MB", "BW cold", "BW wall", "BW cpu", "MB/s", "peak/MB", "kept/MB", "RSS/MB", "x cold", "x wall", "x cpu"
    for (i = 1; i <= n; i++) {
      l = order[i]; bpw = (bw[l] - bwo[l]) * 1000; bpc = (bc[l] - bco[l]) * 1000
      bpm = (bpc > 0) ? mb[l] / (bpc / 1000) : 0
      xw = (jwall[l] > 0) ? bpw / jwall[l] : 0; xc = (jcpu[l] > 0) ? bpc / jcpu[l] : 0
      xk = (jcold[l] > 0) ? bpw / jcold[l] : 0
      printf "%-32s %6.2f | %6.0fms %6.0fms %7.1f %7.2f | %6.0fms %6.1fms %6.1fms %7.1f %7.2f %7.2f %7.2f | %5.1fx %5.1fx %5.1fx\n", l, mb[l], bpw, bpc, bpm, (bk[l] - bko[l]) / 1024 / mb[l], jcold[l], jwall[l], jcpu[l], mb[l] / (jcpu[l] / 1000), jh[l] / mb[l], jret[l], jr[l] / 1024 / mb[l], xk, xw, xc
      tmb += mb[l]; tbw += bpw; tbc += bpc; tjw += jwall[l]; tjc += jcpu[l]; tjk += jcold[l]
    }
    printf "%-32s %6.2f | %6.0fms %6.0fms %7.1f %7s | %6.0fms %6.1fms %6.1fms %7.1f %7s %7s %7s | %5.1fx %5.1fx %5.1fx\n", "all", tmb, tbw, tbc, tmb / (tbc / 1000), "", tjk, tjw, tjc, tmb / (tjc / 1000), "", "", "", tbw / tjk, tbw / tjw, tbc / tjc
  }' "$WORK/breakpad.tsv" "$WORK/java-mem.tsv" "$WORK/java.tsv"
echo
walk_bench
