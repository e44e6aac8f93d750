#!/usr/bin/env python3
"""bench_table.py RESULTS FS N: the Markdown tables of one scripts/bench.sh race.

RESULTS has one line per build: `tool run wall_s rss_kib files bytes cpu_s`. Prints each
tool's medians (wall with its min–max spread, and processor time: user plus system), every
ratio of varsel to Hugo and to Zola, and the targets for FS (`tmpfs` or `disk`), each met or
not. The targets are on wall time; processor time is shown beside it because a host that takes
the processor away ("steal") disturbs it less.
"""
import statistics
import sys

TOOLS = ("varsel", "hugo", "zola")
NAMES = {"varsel": "varsel", "hugo": "Hugo", "zola": "Zola"}
# (measure, other tool, largest ratio allowed, file systems it applies to)
TARGETS = [
    ("wall", "zola", 0.6, ("disk",)),
    ("wall", "hugo", 0.5, ("disk",)),
    ("wall", "hugo", 0.3, ("tmpfs",)),
    ("wall", "zola", 0.45, ("tmpfs",)),
    ("rss", "zola", 0.35, ("tmpfs", "disk")),
    ("files", "hugo", 1.3, ("tmpfs", "disk")),
    ("bytes", "hugo", 2.0, ("tmpfs", "disk")),
]
LABELS = {"wall": "wall time", "rss": "peak RSS", "files": "files written", "bytes": "bytes written"}


def main():
    path, fs, n = sys.argv[1], sys.argv[2], sys.argv[3]
    rows = {t: [] for t in TOOLS}
    for line in open(path):
        tool, _run, wall, kib, files, size, cpu = line.split()
        rows[tool].append((float(wall), int(kib), int(files), int(size), float(cpu)))
    med = {}
    for t in TOOLS:
        r = rows[t]
        med[t] = {
            "wall": statistics.median(x[0] for x in r),
            "min": min(x[0] for x in r),
            "max": max(x[0] for x in r),
            "rss": statistics.median(x[1] for x in r) / 1024,
            "files": statistics.median(x[2] for x in r),
            "bytes": statistics.median(x[3] for x in r) / 1e6,
            "cpu": statistics.median(x[4] for x in r),
        }
    print(f"### {int(n):,} notices × 4 languages, {fs}, medians of {len(rows['varsel'])}")
    print()
    print("| tool | wall (s) | spread (s) | processor (s) | peak RSS (MiB) | files | MB written |")
    print("|---|---|---|---|---|---|---|")
    for t in TOOLS:
        m = med[t]
        print(f"| {NAMES[t]} | {m['wall']:.2f} | {m['min']:.2f}–{m['max']:.2f} | {m['cpu']:.2f} "
              f"| {m['rss']:.0f} | {m['files']:,.0f} | {m['bytes']:.1f} |")
    print()
    print("| ratio | wall | processor | peak RSS | files | bytes |")
    print("|---|---|---|---|---|---|")
    for other in ("hugo", "zola"):
        cells = [med["varsel"][k] / med[other][k] for k in ("wall", "cpu", "rss", "files", "bytes")]
        print(f"| varsel / {NAMES[other]} | " + " | ".join(f"{c:.2f}" for c in cells) + " |")
    print()
    print("| target | measured | met |")
    print("|---|---|---|")
    for measure, other, limit, where in TARGETS:
        if fs not in where:
            continue
        ratio = med["varsel"][measure] / med[other][measure]
        met = "yes" if ratio <= limit else "no"
        print(f"| {LABELS[measure]} ≤ {limit:g}× {NAMES[other]}'s | {ratio:.2f}× | {met} |")


if __name__ == "__main__":
    main()
