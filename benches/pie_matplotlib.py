#!/usr/bin/env python3
"""The baseline for `cx-recipe export`: a plain matplotlib pie chart of the
ideal-cx recipe (five ingredients of 1000, 500, 500, 30 and 2000 ml) with a
title, percentage labels and a legend, written to a 1200x800 PNG.

    python3 benches/pie_matplotlib.py                 # one chart, for timing the whole process
    python3 benches/pie_matplotlib.py --runs 20       # also time N charts in-process

Exits 3 with a message when matplotlib is not installed.
"""

import argparse
import statistics
import sys
import time

try:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    print("matplotlib is not installed (pip install matplotlib)", file=sys.stderr)
    sys.exit(3)

TITLE = "Ideal CX"
INGREDIENTS = [
    ("Efficiency", 1000.0, "#0072b2"),
    ("Speed", 500.0, "#e69f00"),
    ("Personalised attention", 500.0, "#009e73"),
    ("Consistency", 30.0, "#d55e00"),
    ("Technology", 2000.0, "#cc79a7"),
]


def draw(path):
    """One chart, 1200x800 pixels, written to `path`."""
    names = [name for name, _, _ in INGREDIENTS]
    amounts = [amount for _, amount, _ in INGREDIENTS]
    colours = [colour for _, _, colour in INGREDIENTS]
    fig, ax = plt.subplots(figsize=(12, 8), dpi=100)
    wedges, _, _ = ax.pie(
        amounts,
        colors=colours,
        autopct="%.1f %%",
        startangle=90,
        counterclock=False,
        pctdistance=0.75,
    )
    ax.set_title(TITLE, fontsize=20)
    ax.legend(wedges, names, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    ax.set_aspect("equal")
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default="/tmp/pie_matplotlib.png")
    parser.add_argument("--runs", type=int, default=0, help="time this many charts in-process")
    args = parser.parse_args()
    draw(args.output)  # also the warm-up: fonts and caches are loaded here
    if args.runs > 0:
        times_ms = []
        for _ in range(args.runs):
            start = time.perf_counter()
            draw(args.output)
            times_ms.append((time.perf_counter() - start) * 1000.0)
        print(
            f"matplotlib {matplotlib.__version__} in-process: median "
            f"{statistics.median(times_ms):.1f} ms, min {min(times_ms):.1f} ms "
            f"over {args.runs} charts"
        )


if __name__ == "__main__":
    main()
