#!/usr/bin/env bash
# Trains every preset with the CLI on bundled MNIST (the recipe's own epochs) and the four shared recipes with
# the PyTorch reference, then writes docs/presets.md. Needs python3-torch (apt) for the reference column.
# Usage: bash scripts/measure-presets.sh [PRESET ...]    (default: all presets)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/latent-explorer.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
out=$(mktemp -d)
presets=("$@")
[ ${#presets[@]} -gt 0 ] || mapfile -t presets < <(java -jar "$jar" presets | awk '{print $1}')
for p in "${presets[@]}"; do
  echo "== $p" >&2
  java -jar "$jar" train --preset "$p" --dataset mnist --out "$out/$p.zip" 2>>"$out/log" >>"$out/ours.jsonl"
done
if /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  for r in course-mlp-3d vae-mlp-2d vae-mlp-3d conv-ae-2d; do
    epochs=$(java -jar "$jar" presets | awk -v r="$r" '$1 == r' | grep -o '[0-9]* epochs' | awk '{print $1}')
    echo "== PyTorch $r ($epochs epochs)" >&2
    /usr/bin/python3 ../shared/reference/torch_reference.py --data assets/datasets/mnist --recipe "$r" --epochs "$epochs" >>"$out/torch.jsonl"
  done
fi
python3 scripts/presets-table.py "$out/ours.jsonl" "$out/torch.jsonl" > docs/presets.md
echo "wrote docs/presets.md (raw results in $out)" >&2
