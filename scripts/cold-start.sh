#!/usr/bin/env bash
# Cold start of the real app: JVM start to the window shown and to the first wall frame with points, as
# StartupTimes and GalleryWall log them. Starts the app RUNS times, each in a fresh Xvfb, and prints each time.
# Needs xvfb and the Mesa/GTK packages of .ci/run.
# EMPTY=1: as a new user would, from a copy of the jar in an empty folder with an empty home folder
# (user.home, so no ~/.djl.ai and no unpacked assets): run 1 is the very first start (MXNet's natives and the
# bundled assets unpack), later runs are warm starts of the same copy.
# Usage: [JAR=path] [RUNS=3] [EMPTY=1] bash scripts/cold-start.sh [open options, e.g. --model=assets/models/fashion-mnist-vae-2d.zip]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/latent-explorer.jar}
runs=${RUNS:-3}
[ -f "$jar" ] || mvn -B -q package -DskipTests
jar=$(realpath "$jar")
log=$(mktemp /tmp/cold-start.XXXXXX.log)
dir=.
home_opt=()
if [ "${EMPTY:-0}" = 1 ]; then
  sandbox=$(mktemp -d /tmp/cold-start-sandbox.XXXXXX)
  mkdir "$sandbox/desktop" "$sandbox/home"
  cp "$jar" "$sandbox/desktop/"
  jar=$sandbox/desktop/$(basename "$jar")
  dir=$sandbox/desktop
  home_opt=(-Duser.home="$sandbox/home")
  unset XDG_CACHE_HOME XDG_STATE_HOME DJL_CACHE_DIR ENGINE_CACHE_DIR MXNET_LIBRARY_PATH
fi
for i in $(seq 1 "$runs"); do
  display=:$((70 + RANDOM % 20))
  Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  (cd "$dir" && DISPLAY=$display exec java -Dprism.forceGPU=true "${home_opt[@]}" -jar "$jar" open "$@") >"$log" 2>&1 &
  app=$!
  for _ in $(seq 1 160); do grep -q "first wall frame" "$log" && break; sleep 0.25; done
  echo "run $i: $(grep -h -o 'window shown.*' "$log" || echo 'no window'); $(grep -h -o 'first wall frame.*' "$log" || echo 'no wall within 40 s')"
  kill "$app" "$xvfb" 2>/dev/null || true
  wait "$app" "$xvfb" 2>/dev/null || true
done
rm -f "$log"
[ -z "${sandbox:-}" ] || rm -rf "$sandbox"
