#!/usr/bin/env bash
# Edit-to-reload latency of `varsel serve` on a synthetic site of 1,000 incidents in four
# languages: builds in release mode, generates the site once, and runs examples/bench_serve.
# Usage: scripts/bench-serve.sh [incidents] [edits]
set -euo pipefail
cd "$(dirname "$0")/.."
incidents="${1:-1000}"
edits="${2:-20}"
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --bin varsel --example synth --example bench_serve
site="${TMPDIR:-/tmp}/varsel-bench-site-$incidents"
if [ ! -f "$site/varsel.toml" ]; then
    "$target/release/examples/synth" "$incidents" "$site"
fi
"$target/release/examples/bench_serve" "$target/release/varsel" "$site" "$edits"
