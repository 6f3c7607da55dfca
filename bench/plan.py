"""Benchmark: median time to build and to validate a 52-week program for each sample client.

Run from the repository root: ``python bench/plan.py [--repeat N]``. It benchmarks this
checkout's ``src`` (not an installed copy). Each client is built and validated once to warm the
caches (tables, catalog), then timed ``--repeat`` times; the medians are printed in milliseconds.
Aim (issue 2): both well under 100 ms per client on a 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from optcoach.cli.input import load_client
from optcoach.planning import build_program
from optcoach.validate import check_program

SAMPLES = (
    "busy_home",
    "fat_loss",
    "general_fitness",
    "max_strength",
    "muscle_gain",
    "sports_performance",
)


def _median_ms(run: object, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per client")
    repeat = parser.parse_args().repeat
    print(f"{'client':<20} {'sessions':>8} {'build ms':>9} {'validate ms':>12}")
    for name in SAMPLES:
        path = Path(str(resources.files("optcoach.samples").joinpath(f"{name}.yaml")))
        client = load_client(path)
        program = build_program(client)
        check_program(program, client=client)
        build = _median_ms(lambda: build_program(client), repeat)
        validate = _median_ms(lambda: check_program(program, client=client), repeat)
        sessions = sum(len(week.sessions) for week in program.weeks)
        print(f"{name:<20} {sessions:>8} {build:>9.1f} {validate:>12.1f}")


if __name__ == "__main__":
    main()
