#!/usr/bin/env bash
# Every page of a file of fragments, as text: `tools/review/report.sh corpus.txt > report.txt` (about a second
# for 10,000 fragments once the test binary is built).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
CTO_MATCH_REPORT="$(realpath "$1")" cargo test -q --lib report -- --ignored --nocapture
