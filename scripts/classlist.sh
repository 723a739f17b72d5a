#!/usr/bin/env bash
# The class list the installer's class-data archive is made from (installer/README.md, "Start-up").
#
# Runs the real window under Xvfb on the demo case through the screenshot tour (open the case, the grid, an archive,
# the merge dialog, the home, the suggestions …) with -XX:DumpLoadedClassList, and writes the classes it loaded into
# installer/src/main/resources/org/judang/installer/judang.classlist. Run it again after large changes to the window
# (a class missing from the list is still loaded, only from its jar; a listed class that no longer exists is skipped).
# Uses the JDK in JAVA (default: java on PATH; use the JDK the installer bundles, 25 here). Needs xvfb and libgtk-3-0
# (scripts/screenshots.sh installs them).
#
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java scripts/classlist.sh
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA:-java}
out=installer/src/main/resources/org/judang/installer/judang.classlist
[ -f app/target/judang.jar ] || mvn -q -DskipTests package

work=$(mktemp -d)
trap 'kill "${xvfb_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
prefs="-Djava.util.prefs.userRoot=$work/prefs"
# the launcher's module options (installer Product.javaOptions): the list must be made as the program runs
opts="--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED"

echo "Building the demo case …"
$java $opts $prefs -jar app/target/judang.jar demo --case "$work/demo-case" --no-gui >/dev/null 2>&1

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

echo "Walking the window …"
DISPLAY=$display $java $opts $prefs -XX:DumpLoadedClassList="$work/classlist" -jar app/target/judang.jar \
  open "$work/demo-case" --truth sample-cases/demo/truth.tsv --screenshots "$work/shots" >/dev/null 2>&1
{
  echo "# Classes the workstation loads when its window opens a case and walks its views (scripts/classlist.sh,"
  echo "# $("$java" -version 2>&1 | head -1)). Read by the installer to make the app image's class-data archive."
  cat "$work/classlist"
} > "$out"
echo "$(grep -vc '^[#@]' "$out") classes, $(grep -c '^@' "$out") lambda and method-handle entries in $out"
