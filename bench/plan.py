"""Benchmark: median time to build and to validate a 52-week program for each sample client.

Run from the repository root: ``python bench/plan.py [--repeat N]``. It benchmarks this
checkout's ``src`` (not an installed copy). Each client is built and validated once to warm the
caches (tables, catalog), then timed ``--repeat`` times; the medians are printed in
milliseconds, wall clock and CPU (CPU time is steadier when other processes share the machine).
Aim (issue 2): both well under 100 ms per client on a 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
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


def _median_ms(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return the median wall-clock and CPU milliseconds of ``repeat`` calls of ``run``."""
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per client")
    repeat = parser.parse_args().repeat
    print(f"{'client':<20} {'sessions':>8}  build ms (wall/cpu)  validate ms (wall/cpu)")
    for name in SAMPLES:
        path = Path(str(resources.files("optcoach.samples").joinpath(f"{name}.yaml")))
        client = load_client(path)
        program = build_program(client)
        check_program(program, client=client)
        build = _median_ms(partial(build_program, client), repeat)
        validate = _median_ms(partial(check_program, program, client=client), repeat)
        sessions = sum(len(week.sessions) for week in program.weeks)
        print(
            f"{name:<20} {sessions:>8}  {build[0]:>8.1f} / {build[1]:>6.1f}"
            f"  {validate[0]:>10.1f} / {validate[1]:>6.1f}"
        )


if __name__ == "__main__":
    main()
