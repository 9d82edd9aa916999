#!/usr/bin/env bash
# The "before" column of docs/reliability.md: the fuzz properties of this checkout, run on an older commit
# (default f29592f, before issue 14) in a temporary clone, counting defects instead of stopping at the first.
#   bash scripts/fuzz-before.sh [COMMIT] [CASES_PER_PROPERTY]      (defaults: f29592f 500)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:-f29592f}"
cases="${2:-500}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$here" "$work/repo"
cd "$work/repo"
git checkout -q "$commit"
# This checkout's pom (jqwik) and fuzz tests; the old code has no BadFileException, so any IOException counts
# as the app's refusal there (its message is still checked).
cp "$here/pom.xml" pom.xml
mkdir -p src/test/java/org/latentexplorer/fuzz src/test/resources
cp "$here"/src/test/java/org/latentexplorer/fuzz/*.java "$here/scripts/fuzz/BeforeTally.java" src/test/java/org/latentexplorer/fuzz/
cp "$here/src/test/resources/junit-platform.properties" src/test/resources/
sed -i 's/import org.latentexplorer.data.BadFileException;/import java.io.IOException;/; s/e instanceof BadFileException/e instanceof IOException/' \
    src/test/java/org/latentexplorer/fuzz/Outcomes.java
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -o test -Dtest=BeforeTally -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbefore.tries="$cases" >"$work/log" 2>&1 || { tail -40 "$work/log" >&2; exit 1; }
# Totals per property, then the defect kinds.
sed -n '/^BEFORE/,$p' "$work/log" | grep -E "^(bundle|idx|dataset|cli) " | awk -F': ' '
    { split($1, w, " "); p = w[1]; n = $NF; if ($1 ~ / defect/) { d[p] += n; if (p != "cli") kinds[$1] = n } else o[$1] = n }
    END { for (k in o) print k ": " o[k]; for (p in d) print p " defects: " d[p]; for (k in kinds) print "  " k ": " kinds[k] }' | sort
