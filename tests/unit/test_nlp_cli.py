"""The `classify` and `eval` commands as an operator uses them."""

from __future__ import annotations

import argparse
import io
import json
from functools import cache
from pathlib import Path

import pytest

from nlp import Classifier
from nlp.cli import add_commands, run_classify

CONFIG = Path(__file__).parents[2] / "config"


@cache
def classifier() -> Classifier:
    return Classifier.from_config(CONFIG, {"YG-02": ["南湖花园"]}, {"fire_safety": "fire"})


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser()
    add_commands(p.add_subparsers(dest="command", required=True), classifier)
    return p


def test_classify_prints_one_chinese_json_object_per_line() -> None:
    out = io.StringIO()
    run_classify(classifier(), ["南湖花园5栋着火了\n", "\n"], jsonl=False, out=out)
    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert first["category"] == "fire_safety"
    assert first["label"] == "消防安全"
    assert first["urgent"] is True
    assert first["team"] == "fire"
    assert first["grid"] == "YG-02"
    assert first["place"] == "南湖花园5栋"
    assert 0 <= first["confidence"] <= 1
    assert "着火" in first["keywords"]
    assert "消防安全" in out.getvalue()  # ensure_ascii=False
    assert second["category"] == "other"


def test_classify_reads_json_lines_with_text_field() -> None:
    out = io.StringIO()
    run_classify(classifier(), ['{"text": "井盖没了"}\n', "not json\n"], jsonl=True, out=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["category"] for r in rows] == ["municipal_facility", "other"]


def test_eval_prints_scores_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "labelled.jsonl"
    rows = [
        {"text": "南湖花园5栋着火了", "category": "fire_safety", "urgent": True},
        {"text": "井盖没了", "category": "municipal_facility", "urgent": False},
        {"text": "井盖没了", "category": "traffic", "urgent": False},
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    args = parser().parse_args(["eval", str(data)])
    args.func(args)
    text = capsys.readouterr().out
    assert "macro-F1" in text and "urgent precision" in text
    assert "traffic -> municipal_facility: 1" in text
    args = parser().parse_args(["eval", str(data), "--json"])
    args.func(args)
    report = json.loads(capsys.readouterr().out)
    assert report["urgent_recall"] == 1.0
    assert report["total"] == 3
