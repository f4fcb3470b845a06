"""Command-line pieces: `classify` and `eval`, registered into the `gridbot` console script.

gridbot/cli.py calls `add_commands(subparsers, load_classifier)`; `python -m nlp.cli` runs
the same commands on its own with the classifier built from config/.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from nlp.classifier import Classification, Classifier
from nlp.evaluate import Report, evaluate


def classification_json(c: Classification) -> dict[str, Any]:
    return {
        "category": c.category,
        "label": c.label,
        "confidence": c.confidence,
        "urgent": c.urgent,
        "urgency_reasons": list(c.urgency_reasons),
        "team": c.team,
        "keywords": list(c.keywords),
        "place": c.place,
        "grid": c.grid_code,
        "people_count": c.people_count,
    }


def _texts(lines: Iterable[str], jsonl: bool) -> Iterator[str]:
    for line in lines:
        line = line.rstrip("\n")
        if not jsonl:
            yield line
        elif line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                record = {}
            yield str(record.get("text", "")) if isinstance(record, dict) else ""


def run_classify(classifier: Classifier, lines: Iterable[str], jsonl: bool, out: TextIO) -> None:
    for text in _texts(lines, jsonl):
        out.write(json.dumps(classification_json(classifier.classify(text)), ensure_ascii=False))
        out.write("\n")


def load_labelled(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
                rows.append(
                    {
                        "text": str(row["text"]),
                        "category": str(row["category"]),
                        "urgent": bool(row.get("urgent", False)),
                    }
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{number}: not a labelled report: {exc}") from exc
    return rows


def evaluate_file(classifier: Classifier, path: Path) -> Report:
    rows = load_labelled(path)
    predictions = [classifier.classify(r["text"]) for r in rows]
    return evaluate(
        [(r["category"], r["urgent"]) for r in rows],
        [(p.category, p.urgent) for p in predictions],
        [code for code, _ in classifier.categories],
    )


def format_report(report: Report, classifier: Classifier) -> str:
    lines = [f"{'category':<20} {'label':<12} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for s in report.per_category:
        label = classifier.label(s.category)
        lines.append(
            f"{s.category:<20} {label:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.support:5d}"
        )
    lines.append(
        f"macro-F1 {report.macro_f1:.3f}  accuracy {report.accuracy:.3f}  n={report.total}"
    )
    lines.append(
        f"urgent precision {report.urgent_precision:.3f}  recall {report.urgent_recall:.3f}"
    )
    if report.confusions:
        lines.append("most frequent confusions (true -> predicted):")
        lines += [f"  {g} -> {p}: {n}" for g, p, n in report.confusions]
    return "\n".join(lines)


def add_commands(
    subparsers: argparse._SubParsersAction, load_classifier: Callable[[], Classifier]
) -> None:
    classify = subparsers.add_parser("classify", help="classify reports read from stdin")
    classify.add_argument("--jsonl", action="store_true", help="input is JSON Lines with 'text'")
    classify.set_defaults(
        func=lambda args: run_classify(load_classifier(), sys.stdin, args.jsonl, sys.stdout)
    )
    ev = subparsers.add_parser("eval", help="score the classifier on a labelled JSON Lines file")
    ev.add_argument("file", type=Path)
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.set_defaults(func=lambda args: _run_eval(load_classifier(), args.file, args.json))


def _run_eval(classifier: Classifier, path: Path, as_json: bool) -> None:
    report = evaluate_file(classifier, path)
    if as_json:
        print(json.dumps(asdict(report), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, classifier))


def main(argv: list[str] | None = None) -> None:
    from gridbot.config import load_street_config  # the stand-alone entry point only

    config_dir = Path("config")

    def load() -> Classifier:
        street = load_street_config(config_dir)
        return Classifier.from_config(config_dir, street.grid_aliases(), street.routes)

    parser = argparse.ArgumentParser(prog="python -m nlp.cli")
    add_commands(parser.add_subparsers(dest="command", required=True), load)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
