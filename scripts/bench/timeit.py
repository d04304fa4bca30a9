#!/usr/bin/env python3
"""Times whole commands, taking turns, and prints what scripts/bench.sh reads.

    timeit.py RUNS -- CMD...               -> "median min max" (seconds)
    timeit.py RUNS -- CMD_A... -- CMD_B... -> "median_a median_b ratio min_ratio max_ratio"

With two commands each run times A then B, so that a slow spell of the
machine falls on both; the ratio is A/B of each run's pair, its median and
range. One untimed run of each comes first (files cached, binaries paged
in). A command that fails stops the measurement with its exit code.
"""
import statistics
import subprocess
import sys
import time


def run(cmd):
    t = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    took = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(f"timeit: {' '.join(cmd)} failed with exit code {done.returncode}")
    return took


def main():
    runs = int(sys.argv[1])
    cmds, cur = [], None
    for arg in sys.argv[2:]:
        if arg == "--":
            cur = []
            cmds.append(cur)
        else:
            cur.append(arg)
    if not 1 <= len(cmds) <= 2 or not all(cmds):
        sys.exit("usage: timeit.py RUNS -- CMD... [-- CMD...]")
    for c in cmds:
        run(c)
    times = [[] for _ in cmds]
    for _ in range(runs):
        for k, c in enumerate(cmds):
            times[k].append(run(c))
    if len(cmds) == 1:
        t = times[0]
        print(f"{statistics.median(t):.3f} {min(t):.3f} {max(t):.3f}")
    else:
        ratios = sorted(a / b for a, b in zip(*times))
        print(
            f"{statistics.median(times[0]):.3f} {statistics.median(times[1]):.3f} "
            f"{statistics.median(ratios):.2f} {ratios[0]:.2f} {ratios[-1]:.2f}"
        )


main()
