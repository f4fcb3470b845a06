"""Classifier speed and size against plain jieba on the same reports.

Prints throughput and p99 latency per report for `Classifier.classify` and for `jieba.lcut`
(the default tokenizer, HMM on) in the same run, then cold start (import + dictionaries, in
a fresh subprocess, with jieba's cache warm) and resident memory of that subprocess.

    PYTHONPATH=. python bench/bench_classifier.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "config"
# the shared corpus sits next to the main checkout (/work/shared), also when run from a worktree
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parents[1]) if (p / "shared").exists()),
    ROOT.parent / "shared",
)
CORPORA = [SHARED / "corpus/dev.jsonl", *sorted((ROOT / "tests/data").glob("*.jsonl"))]

COLD_START = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from nlp import Classifier
c = Classifier.from_config(Path(sys.argv[1]))
loaded = time.perf_counter() - start
for line in open(sys.argv[2], encoding="utf-8"):
    c.classify(line)
# VmHWM is this process's own peak; ru_maxrss would include the parent's size at fork time.
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(loaded, int(status["VmHWM"].split()[0]) / 1024)
"""


def load_texts() -> list[str]:
    texts: list[str] = []
    for path in CORPORA:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    return texts


def timed(
    fns: list[Callable[[str], object]], texts: list[str], rounds: int
) -> list[tuple[float, float, list[float]]]:
    """(reports per second, p99 latency in microseconds, seconds per round) per function.

    The functions take turns round by round, so a burst of load on a shared machine hits
    both sides of the comparison instead of whichever happened to run at that moment.
    """
    latencies: list[list[float]] = [[] for _ in fns]
    per_round: list[list[float]] = [[] for _ in fns]
    clock = time.perf_counter
    for _ in range(rounds):
        for fn, spent, totals in zip(fns, latencies, per_round, strict=True):
            before = len(spent)
            for text in texts:
                t0 = clock()
                fn(text)
                spent.append(clock() - t0)
            totals.append(sum(spent[before:]))
    results = []
    for spent, totals in zip(latencies, per_round, strict=True):
        spent.sort()
        p99 = spent[int(len(spent) * 0.99) - 1]
        results.append((len(spent) / sum(spent), p99 * 1e6, totals))
    return results


def round_ratios(baseline: list[float], measured: list[float]) -> list[float]:
    """Throughput of `measured` as a share of `baseline`'s, round by round, in order: the
    two ran back to back in each round, so a slow spell of a shared machine shows in one
    round's pair instead of tilting the whole run."""
    return sorted(b / m for b, m in zip(baseline, measured, strict=True))


def cold_start(corpus: Path) -> tuple[float, float, float]:
    """(seconds to import and build, seconds wall for the whole process, peak RSS in MB)."""
    subprocess.run(
        [sys.executable, "-c", "import jieba; jieba.initialize()"], check=True, capture_output=True
    )  # make sure jieba's cache file exists
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", COLD_START, str(CONFIG), str(corpus)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    ).stdout.split()
    wall = time.perf_counter() - t0
    return float(out[0]), wall, float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    import jieba

    from nlp import Classifier

    texts = load_texts()
    if not texts:
        raise SystemExit("no corpus found")
    jieba.initialize()
    classifier = Classifier.from_config(CONFIG)
    for text in texts:  # warm both
        jieba.lcut(text)
        classifier.classify(text)

    (j_rate, j_p99, j_rounds), (c_rate, c_p99, c_rounds) = timed(
        [jieba.lcut, classifier.classify], texts, args.rounds
    )
    ratios = round_ratios(j_rounds, c_rounds)
    corpus = next(p for p in CORPORA if p.exists())
    loaded, wall, rss = cold_start(corpus)

    print(f"reports: {len(texts)} x {args.rounds} rounds")
    print(f"jieba.lcut           {j_rate:9.0f} reports/s   p99 {j_p99:7.0f} us")
    print(f"Classifier.classify  {c_rate:9.0f} reports/s   p99 {c_p99:7.0f} us")
    print(f"throughput vs jieba  {c_rate / j_rate:9.0%}   (target >= 80%)")
    print(
        f"  round by round     {ratios[len(ratios) // 2]:9.0%}   median "
        f"(rounds {ratios[0]:.0%} to {ratios[-1]:.0%})"
    )
    print(
        f"cold start           {loaded:9.2f} s import + dictionaries (target <= 1.5 s); "
        f"{wall:.2f} s whole process"
    )
    print(f"resident memory      {rss:9.0f} MB peak (target <= 150 MB)")


if __name__ == "__main__":
    main()
