#!/usr/bin/env bash
# Rebuilds the pretrained bundles in assets/models/ with the project's own CLI.
# Usage: bash scripts/make-models.sh [mnist|fashion-mnist ...]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/latent-explorer.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
datasets=("${@:-mnist fashion-mnist}")
for ds in ${datasets[@]}; do
  for kind in ae vae; do
    for z in 2 3; do
      out="assets/models/$ds-$kind-${z}d.zip"
      echo "== $out" >&2
      # The course's VAE recipe (784-400-z ReLU, BCE summed + KL, Adam 1e-3, batch 128, 20 epochs) for both
      # kinds, so the AE and VAE walls differ only in the variational part.
      java -jar "$jar" train --dataset "$ds" --model "$kind" --latent "$z" --hidden 400 --loss bce \
        --epochs 20 --batch 128 --lr 0.001 --seed 1 --out "$out"
    done
  done
done
