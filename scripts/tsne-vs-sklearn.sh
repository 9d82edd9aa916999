#!/usr/bin/env bash
# t-SNE of the same 10,000 codes by Latent Explorer's Tsne and by scikit-learn's TSNE, in one run: time and
# KL divergence (both scored with the same P over 3·perplexity neighbours and an exact Q; scikit-learn's own
# reported KL printed too). Needs Debian's python3-sklearn (apt-get install -y python3-sklearn).
# Both report wall-clock and CPU seconds (scikit-learn's over all its threads; set SKLEARN_THREADS=1 to give it
# one thread, as the app's Tsne has).
#   JAR=target/latent-explorer.jar MODEL=assets/models/fashion-mnist-ae-3d.zip bash scripts/tsne-vs-sklearn.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/latent-explorer.jar}
MODEL=${MODEL:-assets/models/fashion-mnist-ae-3d.zip}
PYTHON=${PYTHON:-/usr/bin/python3}
WORK=${WORK:-$(mktemp -d)}
CP=${CP:-$JAR}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

echo "codes: the test split of $MODEL -> $WORK/codes.csv" >&2
java -cp "$CP" org.latentexplorer.Launcher encode --model "$MODEL" --split test --out "$WORK/codes.csv"

echo "scikit-learn TSNE (perplexity 30, 1000 iterations, angle 0.5, init pca, learning rate auto)" >&2
SK=$(${SKLEARN_THREADS:+env OMP_NUM_THREADS=$SKLEARN_THREADS} "$PYTHON" - "$WORK/codes.csv" "$WORK/sklearn.csv" <<'PY'
import sys, time, numpy as np, sklearn
from sklearn.manifold import TSNE
codes = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)[:, 2:-1].astype(np.float32)
t0, c0 = time.perf_counter(), time.process_time()
tsne = TSNE(n_components=2, perplexity=30, n_iter=1000, angle=0.5, init="pca", learning_rate="auto",
            method="barnes_hut", random_state=0)
y = tsne.fit_transform(codes)
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
np.savetxt(sys.argv[2], y, delimiter=",", header="x,y", comments="", fmt="%.6g")
print(f"{seconds:.3f} {cpu:.3f} {tsne.kl_divergence_:.4f} {sklearn.__version__}")
PY
)
read -r SK_SECONDS SK_CPU SK_KL SK_VERSION <<<"$SK"
echo "scikit-learn $SK_VERSION: ${SK_SECONDS} s (${SK_CPU} s CPU), its own KL estimate $SK_KL" >&2

echo "Latent Explorer Tsne (same settings)" >&2
java -cp "$CP" org.latentexplorer.bench.TsneBench "$WORK/codes.csv" "$WORK/ours.csv" "$WORK/sklearn.csv" "$SK_SECONDS" "$SK_CPU" \
  "scikit-learn $SK_VERSION TSNE${SKLEARN_THREADS:+ ($SKLEARN_THREADS thread)}"
echo "(scikit-learn's own KL estimate: $SK_KL; load average before: $LOAD_BEFORE, now: $(cut -d' ' -f1-3 /proc/loadavg))"
