#!/usr/bin/env bash
# Screenshots of the real workstation window for the documentation.
#
# Builds the demo case from sample-cases/demo, starts the real application under Xvfb (GTK, not the test toolkit),
# and lets its hidden screenshot tour (`judang open DIR --screenshots OUT`) walk the main screens: each PNG is a
# JavaFX scene snapshot of the window (or of the merge dialog), written into docs/screenshots/.
# Installs xvfb, libgtk-3-0, fonts-noto-cjk and imagemagick with apt-get when they are missing.
#
#   scripts/screenshots.sh            # into docs/screenshots/
#   scripts/screenshots.sh OUT_DIR    # elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
(command -v convert >/dev/null 2>&1 && convert -version 2>/dev/null | grep -q ImageMagick) || missing+=(imagemagick)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} …"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -f app/target/judang.jar ] || mvn -q -DskipTests package

work=$(mktemp -d)
trap 'kill "${xvfb_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
# the tour's window must not touch the user's own recent cases and settings
prefs="-Djava.util.prefs.userRoot=$work/prefs"

echo "Building the demo case …"
java $prefs -jar app/target/judang.jar demo --case "$work/demo-case" --no-gui >/dev/null

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

mkdir -p "$out"
echo "Walking the window …"
DISPLAY=$display java $prefs -jar app/target/judang.jar open "$work/demo-case" --truth sample-cases/demo/truth.tsv --screenshots "$work/shots"

for f in "$work"/shots/*.png; do
  # lossless: strip metadata and recompress; the pictures stay exact
  convert "$f" -strip -define png:compression-level=9 "$out/$(basename "$f")"
done
ls -l "$out"/*.png
