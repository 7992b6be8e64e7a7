#!/usr/bin/env bash
# The benchmarks of issue 8 (docs/performance.md): builds the project with the bench profile, then runs
# org.wicexplorer.bench.Bench, which generates the synthetic data (target/bench/data, reused between runs)
# and prints T1-T4 with a summary of which targets the run met.
#
#   bash bench/run.sh            the full run (about 12 minutes on 2 cores: index builds dominate)
#   bash bench/run.sh --smoke    every benchmark once on tiny data, shortest settings (CI; figures mean nothing)
#   bash bench/run.sh --search   T3 (search) and the corpus part of T4 only; combines with --smoke
#   bash bench/run.sh --edit     T5 only: an edit of one theme until search finds it, new index vs update in place
#   bash bench/run.sh --startup  T1 and the bundled data's T4 only (with the packaged launcher if target/dist has it)
#   bash bench/run.sh --frames   T2 only: the timeline's frame time at 10,000 and 100,000 events (combines with --smoke)
#
# Needs a display for T1 and T2; without one it runs under xvfb-run. Installs what it needs with apt-get
# when run as root on Debian (Xvfb, GTK 3, ripgrep for T3's reference scan).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v mvn >/dev/null || need+=(maven)
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || need+=(xvfb)
  command -v xauth >/dev/null || need+=(xauth)
fi
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || need+=(libgtk-3-0)
command -v rg >/dev/null || need+=(ripgrep)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "bench: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "bench: missing ${need[*]}; install them (ripgrep is optional)" >&2
  fi
fi

echo "bench: building (mvn -Pbench, tests skipped: they are the README's command, not this one)"
mkdir -p target/bench
# process-test-classes: compiles main, test and bench sources and writes target/bench/*-classpath.txt
mvn -B -q -Pbench -DskipTests process-test-classes

cp="target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)"
run=(java -Dfile.encoding=UTF-8 -cp "$cp" org.wicexplorer.bench.Bench "$@")
if [ -z "${DISPLAY:-}" ]; then
  # 24-bit screen larger than the 1440x900 window; Prism falls back to its software pipeline here (no GPU).
  xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}" 2>&1 | tee target/bench/last-run.txt
else
  "${run[@]}" 2>&1 | tee target/bench/last-run.txt
fi
exit "${PIPESTATUS[0]}"
