#!/usr/bin/env bash
# The regression corpus: every fragment the engine's tests name, and 9,000 generated ones (seeded, so the same
# corpus every time). Writes $1 (default /tmp/cto-match-corpus.txt).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-/tmp/cto-match-corpus.txt}"
{ grep -rhoE '"headcount=[^"{}]*"' "$here/../../src" | tr -d '"'; python3 "$here/gen.py"; } | sort -u > "$out"
wc -l < "$out"
