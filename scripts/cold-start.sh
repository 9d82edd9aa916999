#!/usr/bin/env bash
# Cold start of the real app: JVM start to the first wall frame with points, as GalleryWall logs it.
# Starts the app RUNS times, each in a fresh Xvfb, and prints each time. Needs xvfb and the Mesa/GTK packages
# of .ci/run.
# Usage: [JAR=path] [RUNS=3] bash scripts/cold-start.sh [open options, e.g. --model=assets/models/fashion-vae-2d.zip]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/latent-explorer.jar}
runs=${RUNS:-3}
[ -f "$jar" ] || mvn -B -q package -DskipTests
log=$(mktemp /tmp/cold-start.XXXXXX.log)
for i in $(seq 1 "$runs"); do
  display=:$((70 + RANDOM % 20))
  Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=$display java -Dprism.forceGPU=true -jar "$jar" open "$@" >"$log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do grep -q "first wall frame" "$log" && break; sleep 0.25; done
  echo "run $i: $(grep -h -o 'first wall frame.*' "$log" || echo 'no wall within 30 s')"
  kill "$app" "$xvfb" 2>/dev/null || true
  wait "$app" "$xvfb" 2>/dev/null || true
done
rm -f "$log"
