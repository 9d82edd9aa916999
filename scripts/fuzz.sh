#!/usr/bin/env bash
# The long fuzz run of issue 14: the in-suite jqwik properties (mutated model bundles, IDX files, dataset
# folders, CLI invocations) with more tries each, same fixed seeds. Prints the outcome tally per property.
#   bash scripts/fuzz.sh [TRIES_PER_PROPERTY]     (default 5000: 4 properties, 20,000 cases)
# Figures go in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tries="${1:-5000}"
log="target/fuzz-$tries.log"
mkdir -p target
start=$(date +%s)
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -o test -Dtest='BundleFuzzTest,InputFuzzTest' \
    -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default="$tries" -Dtest.heap=512m >"$log" 2>&1 || {
    echo "fuzz run failed; see $log" >&2
    grep -E "Tests run|escaped|FAIL" "$log" >&2 || true
    exit 1
}
end=$(date +%s)
# Each test class prints the running tally; keep the last figure of each line.
grep -E "^(bundle|idx|dataset|cli) |^slowest case" "$log" | awk -F': ' '{v[$1] = $2} END {for (k in v) print k ": " v[k]}' | sort
grep -E "Tests run:.*Fuzz" "$log" || true
echo "tries per property: $tries; wall time: $((end - start)) s; heap: -Xmx512m; log: $log"
