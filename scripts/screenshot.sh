#!/usr/bin/env bash
# Screenshots of the real app for the README, under Xvfb (apt-get install xvfb xdotool imagemagick).
# Usage: bash scripts/screenshot.sh OUT.png [open options, e.g. --model=assets/models/mnist-vae-2d.zip --probe=0.7,1.4 --select=17]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; shift
jar=${JAR:-target/latent-explorer.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display java -Dprism.forceGPU=true -jar "$jar" open "$@" >/tmp/screenshot-app.log 2>&1 &
app=$!
for _ in $(seq 1 60); do
  win=$(DISPLAY=$display xdotool search --name "Latent Explorer" 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  sleep 0.5
done
sleep "${SETTLE:-8}"
DISPLAY=$display import -window "$win" "$out"
echo "wrote $out"
