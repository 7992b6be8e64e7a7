#!/usr/bin/env bash
# The app-image's class-data sharing archive (issue 14; docs/performance.md, "Start-up"; ADR 0023).
#
#   bash packaging/app-cds.sh APP_IMAGE WORK_DIR
#
# jlink has already put a base archive of the JDK's own classes into the runtime (--generate-cds-archive).
# This replaces it with one that also holds the app's classes and those of JavaFX, Jackson and the rest that
# the first window and a step through every edition load: it starts the app-image's own launcher once with
# --benchmark (a fresh settings folder, the bundled data), records the classes it loads, and dumps them with
# the image's own runtime into lib/server/classes.jsa, the default archive every start maps. The launcher's
# JVM options are the ones the image was made with (its .cfg), so the archive matches what users run.
#
# The training run needs a display: on Linux without DISPLAY it runs under xvfb-run. Where neither is there,
# or the run fails, the image keeps jlink's base archive and the build says so; the app works either way
# (a JVM that cannot map an archive starts without it).
set -euo pipefail

image=$1
work=$2
mkdir -p "$work"
work=$(cd "$work" && pwd)
note() { echo "app-cds: $*"; }

cfg=$(find "$image" -name '*.cfg' -path '*app*' | head -n 1)
java=$(find "$image" -path '*/bin/java' -o -path '*/bin/java.exe' | head -n 1)
launcher=$(find "$image" -maxdepth 3 -type f \( -path '*/bin/*' -o -path '*/MacOS/*' -o -name '*.exe' \) \
  ! -name 'java*' ! -name 'keytool*' ! -name '*.dll' ! -path '*/runtime/*' | head -n 1)
if [ -z "$cfg" ] || [ -z "$java" ] || [ -z "$launcher" ]; then
  note "no launcher, runtime or .cfg in $image; keeping the base archive"
  exit 0
fi
archive=$(dirname "$(find "$image" -name 'libjvm.*' -o -name 'jvm.dll' | head -n 1)")/classes.jsa

display=()
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    display=(xvfb-run -a -s '-screen 0 1600x1000x24')
  else
    note "no display and no xvfb-run: keeping the base archive (apt-get install xvfb for the app's archive)"
    exit 0
  fi
fi

list=$work/app.classlist
home=$work/home
rm -rf "$home" "$list"
mkdir -p "$home"
limit=()
if command -v timeout >/dev/null; then
  limit=(timeout 300)
fi
note "training: $launcher --benchmark"
# JAVA_TOOL_OPTIONS reaches the JVM whatever the launcher; HOME and XDG_DATA_HOME give a first start.
if ! HOME="$home" XDG_DATA_HOME="$home/data" APPDATA="$home" LOCALAPPDATA="$home" \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
    ${limit[@]+"${limit[@]}"} ${display[@]+"${display[@]}"} "$launcher" --benchmark >"$work/training.log" 2>&1 \
    || [ ! -s "$list" ]; then
  note "the training run failed (see $work/training.log); keeping the base archive"
  exit 0
fi
# Lucene's classes stay out: the search index is built after the first frame, in the background, and the
# archive without them keeps the app-image within its limit (.ci/check-installer).
grep -v 'org/apache/lucene' "$list" >"$list.kept"
note "$(grep -c -v '^@' "$list") classes recorded, $(grep -c -v '^@' "$list.kept") archived"

# The JVM options of the image's launcher, and its main module, so the archive is dumped as the app runs.
options=()
main=
while IFS= read -r line; do
  line=${line%$'\r'}
  case $line in
    java-options=-Djpackage*) ;;
    java-options=*) options+=("${line#java-options=}") ;;
    app.mainmodule=*) main=${line#app.mainmodule=} ;;
  esac
done <"$cfg"
"$java" -Xshare:dump -XX:SharedClassListFile="$list.kept" -XX:SharedArchiveFile="$archive.new" \
  ${options[@]+"${options[@]}"} -m "$main" >"$work/dump.log" 2>&1 || {
  note "the dump failed (see $work/dump.log); keeping the base archive"
  rm -f "$archive.new"
  exit 0
}
chmod 644 "$archive" 2>/dev/null || true
mv -f "$archive.new" "$archive"
chmod 444 "$archive"
# jlink's second base archive serves only a heap without compressed pointers, which -Xmx512m never is.
rm -f "$(dirname "$archive")/classes_nocoops.jsa"
note "$(du -h "$archive" | cut -f1) archive in $archive"
