#!/usr/bin/env bash
# Screenshots of the real app for the README, under Xvfb (apt-get install xvfb xdotool imagemagick).
# Usage: bash scripts/screenshot.sh OUT.png [open options, e.g. --model=assets/models/mnist-vae-2d.zip --probe=0.7,1.4 --select=17 --lang=zh-CN]
# SCREEN=1280x720 sets the virtual screen; the app runs with empty preferences, so it opens as on a first start.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; shift
jar=${JAR:-target/latent-explorer.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 "${SCREEN:-1600x1000}x24" >/dev/null 2>&1 &
xvfb=$!
prefs=$(mktemp -d)
trap 'kill ${app:-} $xvfb 2>/dev/null || true; rm -rf "$prefs"' EXIT
sleep 1
DISPLAY=$display java -Dprism.forceGPU=true -Djava.util.prefs.userRoot="$prefs" -jar "$jar" open "$@" >/tmp/screenshot-app.log 2>&1 &
app=$!
for _ in $(seq 1 60); do
  win=$(DISPLAY=$display xdotool search --name "Latent Explorer" 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  sleep 0.5
done
sleep "${SETTLE:-8}"
DISPLAY=$display import -window "$win" "$out"
echo "wrote $out"
