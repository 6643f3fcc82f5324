"""Gazetteer benchmark: build time, load time, resident memory after load, lookups per second.

Usage:
    python benchmarks/gazetteer.py [--cache-dir DIR] [--lookups N]

The build goes into a fresh temporary folder (or --cache-dir, which is then rebuilt); the
load and the lookups are then timed in a fresh Python process (``--load-only``), as a
later run would see them. Memory is that process's VmRSS from /proc/self/status (Linux).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventscope.places.gazetteer import Gazetteer

NAMES = ("Baku", "Xi’an", "Tovuz", "Paris", "Georgia", "Sumgait", "Springfield", "Nowhereville")


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc), or -1 when unavailable."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return -1.0


def load_only(cache: Path, lookups: int) -> None:
    before = rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer.load(cache_dir=cache)
    loaded = time.perf_counter() - started
    after = rss_mb()
    started = time.perf_counter()
    for k in range(lookups):
        gazetteer.lookup(NAMES[k % len(NAMES)])
    rate = lookups / (time.perf_counter() - started)
    print(f"entries          {len(gazetteer):,}")
    print(f"load time        {loaded:.2f} s")
    print(f"VmRSS after load {after:.0f} MB (whole process; {before:.0f} MB before the load)")
    print(f"lookups          {rate:,.0f} per second (exact, with Place objects)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--lookups", type=int, default=200_000)
    parser.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_only:
        load_only(args.cache_dir, args.lookups)
        return
    with tempfile.TemporaryDirectory() as temp:
        cache = args.cache_dir or Path(temp)
        started = time.perf_counter()
        Gazetteer.load(cache_dir=cache, rebuild=True)
        print(f"build time       {time.perf_counter() - started:.1f} s")
        command = [sys.executable, __file__, "--load-only", "--cache-dir", str(cache)]
        subprocess.run([*command, "--lookups", str(args.lookups)], check=True)


if __name__ == "__main__":
    main()
