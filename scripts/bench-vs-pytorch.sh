#!/usr/bin/env bash
# Side by side: Latent Explorer's training (DJL + MXNet) against the PyTorch reference
# (../shared/reference/torch_reference.py, Debian's python3-torch) on the same recipes and the same IDX files,
# one after the other in one run. A short probe first finds each side's best thread setting for each recipe on
# this machine; then both train each recipe at that setting, and a table shows images/s, test loss and ratios.
#
# Usage: bash scripts/bench-vs-pytorch.sh            (5-8 minutes on the 2-core machine)
# Environment:
#   JAR=path/to/latent-explorer.jar   default: $BUILD_DIR/latent-explorer.jar, built if missing
#   BUILD_DIR=dir                     maven build dir (default: target)
#   RECIPES="course-mlp-3d vae-mlp-2d conv-ae-2d"   recipes to compare (those this build has)
#   CONV_EPOCHS=2                     epochs for conv-ae-2d on both sides (throughput only; its recipe has 10)
#   PROBE_EPOCHS=2                    epochs per thread-setting probe (conv-ae-2d probes on 2,000 images)
#   PROBE_TIMEOUT=25                  seconds a PyTorch probe may take before its setting is dropped (PyTorch
#                                     with 2 threads slows down tenfold when other processes load the cores)
#   ROUNDS=1                          repeat the comparison (ours, then PyTorch, per recipe) this many times; the
#                                     table shows the median of each side and every round's ratio
#   OUT=dir                           where the raw JSON goes (default: a temp dir, printed)
# PyTorch links Debian's libblas.so.3 (the reference BLAS unless an optimised one is installed); the probe also
# offers it OpenBLAS (Debian's libopenblas0-pthread if installed, else MXNet's copy) and keeps the fastest setting
# that worked: a failed or timed-out probe is never chosen.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=/usr/bin/python3
REF=../shared/reference/torch_reference.py
DATA=assets/datasets/mnist
BUILD_DIR=${BUILD_DIR:-target}
JAR=${JAR:-$BUILD_DIR/latent-explorer.jar}
RECIPES=${RECIPES:-"course-mlp-3d vae-mlp-2d conv-ae-2d"}
CONV_EPOCHS=${CONV_EPOCHS:-2}
PROBE_EPOCHS=${PROBE_EPOCHS:-2}
PROBE_TIMEOUT=${PROBE_TIMEOUT:-25}
ROUNDS=${ROUNDS:-1}
OUT=${OUT:-$(mktemp -d /tmp/bench-vs-pytorch.XXXXXX)}
mkdir -p "$OUT"
start=$(date +%s)

log() { echo "[$(( $(date +%s) - start ))s, load $(cut -d' ' -f1 /proc/loadavg)] $*" >&2; }

[ -f "$REF" ] || { echo "missing $REF" >&2; exit 1; }
"$PY" -c 'import torch' 2>/dev/null || { echo "PyTorch missing: apt-get install -y python3-torch" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
  log "building $JAR"
  mvn -B -q -Dbuild.dir="$BUILD_DIR" package -DskipTests
fi

available=$(java -jar "$JAR" presets 2>/dev/null | awk '{print $1}')
recipes=()
for r in $RECIPES; do
  if grep -qx "$r" <<<"$available"; then recipes+=("$r"); else log "skipping $r: no such preset in this build"; fi
done
epochs_for() { # the recipe's own epochs, except conv-ae-2d
  case "$1" in
    conv-ae-2d) echo "$CONV_EPOCHS" ;;
    vae-*|beta-vae-*) echo 20 ;;
    *) echo 10 ;;
  esac
}
probe_epochs_for() { echo "$PROBE_EPOCHS"; }
# conv-ae-2d is probed on the first 2,000 training and 500 test images (an IDX copy in $OUT), both sides alike.
probe_data_for() { [ "$1" = conv-ae-2d ] && echo "$OUT/probe-data" || echo "$DATA"; }
"$PY" - "$DATA" "$OUT/probe-data" <<'EOF'
import gzip, os, struct, sys
src, dst = sys.argv[1:]
os.makedirs(dst, exist_ok=True)
for name in sorted(os.listdir(src)):
    if not ("-images" in name or "-labels" in name):
        continue
    with (gzip.open if name.endswith(".gz") else open)(os.path.join(src, name), "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = list(struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim]))
    keep = min(dims[0], 2000 if name.startswith("train") else 500)
    per = 1
    for d in dims[1:]:
        per *= d
    dims[0] = keep
    with open(os.path.join(dst, name.replace(".gz", "")), "wb") as f:
        f.write(data[:4] + struct.pack(">" + "I" * ndim, *dims) + data[4 + 4 * ndim:4 + 4 * ndim + keep * per])
EOF
[ -f "$DATA/classes.txt" ] && cp "$DATA/classes.txt" "$OUT/probe-data/"

# OpenBLAS for PyTorch: Debian's libopenblas0-pthread when installed (a build for this Debian, so it loads
# where MXNet's copy may not), else MXNet's bundled copy (extracted by DJL on first use).
blasdir=""
debian_blas=/usr/lib/x86_64-linux-gnu/openblas-pthread
mxdir=$(ls -d "$HOME"/.djl.ai/mxnet/*/ 2>/dev/null | head -1 || true)
if [ -f "$debian_blas/libblas.so.3" ]; then
  blasdir="$debian_blas"
  log "OpenBLAS for PyTorch: Debian's libopenblas0-pthread ($debian_blas)"
elif [ -n "$mxdir" ] && [ -f "$mxdir/libopenblas.so.0" ]; then
  log "OpenBLAS for PyTorch: MXNet's bundled copy ($mxdir); apt-get install libopenblas0-pthread to use Debian's"
  blasdir="$OUT/openblas"
  mkdir -p "$blasdir"
  ln -sf "$mxdir/libopenblas.so.0" "$blasdir/libblas.so.3"
  for f in libgfortran.so.3 libquadmath.so.0; do [ -f "$mxdir/$f" ] && ln -sf "$mxdir/$f" "$blasdir/$f"; done
fi

# torch_run BLAS THREADS RECIPE EPOCHS [TIMEOUT] -> one JSON line ("" on failure or timeout)
torch_run() {
  local blas=$1 t=$2 r=$3 e=$4 env=()
  if [ "$blas" = openblas ]; then env=(LD_LIBRARY_PATH="$blasdir" OPENBLAS_NUM_THREADS="$t"); fi
  env "${env[@]}" OMP_NUM_THREADS="$t" timeout "${5:-3000}" "$PY" "$REF" --data "${6:-$DATA}" --recipe "$r" --epochs "$e" \
    --threads "$t" 2>/dev/null | tail -1 || true
}
# ours_run OMP WORKERS EPOCHS DATA RECIPE... -> the bench's JSON
ours_run() {
  local omp=$1 workers=$2 e=$3 data=$4; shift 4
  local args=()
  for r in "$@"; do args+=(--preset "$r"); done
  OMP_NUM_THREADS="$omp" MXNET_CPU_WORKER_NTHREADS="$workers" java -jar "$JAR" bench "${args[@]}" --epochs "$e" \
    --dataset "$data" --train-only --json 2>>"$OUT/ours.log" || true
}
torch_rate() { "$PY" -c 'import json,sys
try: print(json.loads(sys.stdin.read())["samples_per_second"])
except Exception: print(0)'; }
ours_rate() { "$PY" -c 'import json,sys
try:
    d = json.loads(sys.stdin.read())
    print(" ".join("%s=%s" % (p["preset"], p["training"]["imagesPerSecond"]) for p in d["presets"] if p.get("training")))
except Exception: print("")'; }
faster() { "$PY" -c "import sys; sys.exit(0 if float('$1') > float('$2') else 1)"; }

# ---- 1. thread-setting probes, per recipe ------------------------------------------------------------------------
declare -A torch_best torch_best_rate ours_best ours_best_rate
for r in "${recipes[@]}"; do
  e=$(probe_epochs_for "$r")
  # Debian's default BLAS is tried on the first recipe only: it is several times slower for the dense layers and
  # irrelevant to convolutions (oneDNN).
  torch_settings=("default 1" "default 2")
  if [ -n "$blasdir" ]; then
    torch_settings=("openblas 1" "openblas 2")
    [ "$r" = "${recipes[0]}" ] && torch_settings+=("default 1")
  fi
  # No default: a probe that failed or timed out (rate 0) must never become the "best" setting.
  torch_best[$r]=""; torch_best_rate[$r]=0
  for setting in "${torch_settings[@]}"; do
    set -- $setting
    v=$(torch_run "$1" "$2" "$r" "$e" "$PROBE_TIMEOUT" "$(probe_data_for "$r")" | tee -a "$OUT/probe-torch.jsonl" | torch_rate)
    log "probe torch $r threads=$2 blas=$1: $([ "$v" = 0 ] && echo "over ${PROBE_TIMEOUT}s, dropped" || echo "$v images/s")"
    if faster "$v" "${torch_best_rate[$r]}"; then torch_best[$r]=$setting; torch_best_rate[$r]=$v; fi
  done
  if [ -z "${torch_best[$r]}" ] && [ -n "$blasdir" ]; then
    # Every OpenBLAS probe failed: try Debian's default BLAS before giving up on PyTorch for this recipe.
    for setting in "default 1" "default 2"; do
      set -- $setting
      v=$(torch_run "$1" "$2" "$r" "$e" "$PROBE_TIMEOUT" "$(probe_data_for "$r")" | tee -a "$OUT/probe-torch.jsonl" | torch_rate)
      log "probe torch $r threads=$2 blas=$1: $([ "$v" = 0 ] && echo "failed or over ${PROBE_TIMEOUT}s, dropped" || echo "$v images/s")"
      if faster "$v" "${torch_best_rate[$r]}"; then torch_best[$r]=$setting; torch_best_rate[$r]=$v; fi
    done
  fi
  [ -z "${torch_best[$r]}" ] && log "no PyTorch setting worked for $r; its PyTorch column stays empty (see $OUT/probe-torch.jsonl)"
done
dense=(); conv=()
for r in "${recipes[@]}"; do if [ "$r" = conv-ae-2d ]; then conv+=("$r"); else dense+=("$r"); fi; done
ours_probe() { # OMP WORKERS RECIPE... : one JVM for the recipes, keeps each recipe's fastest setting
  local omp=$1 workers=$2 rates kv r v; shift 2
  rates=$(ours_run "$omp" "$workers" "$(probe_epochs_for "$1")" "$(probe_data_for "$1")" "$@" | tee -a "$OUT/probe-ours.jsonl" | ours_rate)
  log "probe ours OMP_NUM_THREADS=$omp MXNET_CPU_WORKER_NTHREADS=$workers: ${rates:-failed}"
  for kv in $rates; do
    r=${kv%%=*}; v=${kv#*=}
    if faster "$v" "${ours_best_rate[$r]:-0}"; then ours_best[$r]="$omp $workers"; ours_best_rate[$r]=$v; fi
  done
}
for setting in "1 1" "2 1" "1 2" "2 2"; do
  [ ${#dense[@]} -gt 0 ] && ours_probe $setting "${dense[@]}"
  [ ${#conv[@]} -gt 0 ] && ours_probe $setting "${conv[@]}"
done
for r in "${recipes[@]}"; do
  set -- ${torch_best[$r]:-none -}; tb=$1; tt=$2
  set -- ${ours_best[$r]:-1 1}
  log "best for $r: PyTorch threads=$tt blas=$tb; MXNet OMP_NUM_THREADS=$1 MXNET_CPU_WORKER_NTHREADS=$2"
done

# ---- 2. the comparison, one recipe after the other, each side at its best setting --------------------------------
: > "$OUT/torch.jsonl"
: > "$OUT/ours.jsonl"
for round in $(seq 1 "$ROUNDS"); do
  for r in "${recipes[@]}"; do
    e=$(epochs_for "$r")
    set -- ${ours_best[$r]:-1 1}
    log "round $round/$ROUNDS, $r: ours (OMP_NUM_THREADS=$1 MXNET_CPU_WORKER_NTHREADS=$2), $e epochs"
    ours_run "$1" "$2" "$e" "$DATA" "$r" | tr -d '\n' >> "$OUT/ours.jsonl"
    echo >> "$OUT/ours.jsonl"
    [ -z "${torch_best[$r]}" ] && continue
    set -- ${torch_best[$r]}
    log "round $round/$ROUNDS, $r: PyTorch (threads=$2, blas=$1), $e epochs"
    torch_run "$1" "$2" "$r" "$e" | "$PY" -c "import json,sys
for l in sys.stdin:
    if l.strip(): d = json.loads(l); d['blas'] = '$1'; print(json.dumps(d))" >> "$OUT/torch.jsonl"
  done
done

# ---- 3. the table -------------------------------------------------------------------------------------------------
"$PY" - "$OUT" "$(( $(date +%s) - start ))" <<'EOF'
import json, sys, os, statistics
out, secs = sys.argv[1:]
torch, ours, loads, settings, engine = {}, {}, {}, {}, "?"
for line in open(os.path.join(out, "torch.jsonl")):
    if line.strip():
        d = json.loads(line); torch.setdefault(d["recipe"], []).append(d); engine = d["engine"]
for line in open(os.path.join(out, "ours.jsonl")):
    if line.strip():
        d = json.loads(line)
        for p in d["presets"]:
            if p.get("training"):
                ours.setdefault(p["preset"], []).append(p["training"])
                loads.setdefault(p["preset"], []).extend([d["machine"]["loadBefore"], d["machine"]["loadAfter"]])
                s = d["machine"]["threadSettings"]
                settings[p["preset"]] = f"omp {s['OMP_NUM_THREADS']}, workers {s['MXNET_CPU_WORKER_NTHREADS']}"
med = statistics.median
targets = {"course-mlp-3d": 1.5, "vae-mlp-2d": 1.5, "conv-ae-2d": 1.0}
print(f"Latent Explorer (DJL 0.36 / MXNet 1.9.1) vs PyTorch ({engine}), each at its best thread setting per recipe")
print(f"{'recipe':<14} {'ep':>3} {'ours img/s':>11} {'torch img/s':>12} {'ratio':>6} {'target':>11} "
      f"{'ours loss':>10} {'torch loss':>10} {'Δloss':>7}  {'ours threads':<20} {'torch threads':<20} {'rounds':<12} {'load':>7}")
for r, runs in ours.items():
    q = torch.get(r, [])
    oi, ti = med([t["imagesPerSecond"] for t in runs]), (med([x["samples_per_second"] for x in q]) if q else float("nan"))
    ol, tl = med([t["testLoss"] for t in runs]), (med([x["test_loss"] for x in q]) if q else float("nan"))
    ratio, dl = oi / ti, (ol / tl - 1) * 100
    rounds = " ".join("%.2f" % (a["imagesPerSecond"] / b["samples_per_second"]) for a, b in zip(runs, q))
    tgt = targets.get(r)
    ok = "" if tgt is None else ("ok" if ratio >= tgt else "MISS")
    tth = f"{q[0]['threads']} thread(s), {q[0]['blas']}" if q else "?"
    print(f"{r:<14} {runs[0]['epochs']:>3} {oi:>11.0f} {ti:>12.0f} {ratio:>5.2f}x {('≥%.1fx ' % tgt + ok) if tgt else '':>11} "
          f"{ol:>10.5g} {tl:>10.5g} {dl:>+6.1f}%  {settings[r]:<20} {tth:<20} {rounds:<12} {min(loads[r]):.1f}-{max(loads[r]):.1f}")
print(f"images/s: training images / median epoch; medians over {len(next(iter(ours.values()), []))} round(s), ratio per "
      f"round under 'rounds'. Loss: the recipe's test loss after those epochs, seed 0 on each side; seeds differ by "
      f"±5-8% on course-mlp-3d and ±0.5-1% on vae-mlp-2d, docs/performance.md compares 5 seeds. Load: 1-min load "
      f"average around our runs (2 cores). Script time {secs} s; raw JSON in {out}")
EOF
