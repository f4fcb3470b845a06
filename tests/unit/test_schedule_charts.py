"""Digest charts are valid PNGs whose Chinese text renders in the bundled CJK font."""

from __future__ import annotations

import io
import os
import warnings

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from gridbot.messages import local_photo_path
from gridbot.schedule.charts import (
    FONT_FILE,
    BarChart,
    TeamChart,
    TrendChart,
    cjk_font_name,
    render,
    save_chart,
)

CHARTS = [
    BarChart("各类别事件数（10月5日—10月11日）", ("劳资纠纷", "环境卫生", "城市管理"), (5, 3, 1)),
    TrendChart("近8周受理量（按周）", ("08-17", "08-24", "08-31", "09-07"), (3, 0, 7, 2)),
    TeamChart(
        "各处置力量办结率与超期",
        ("劳动保障协理组", "环卫所", "综治办（司法所）"),
        (80.0, 100.0, 0.0),
        (1, 0, 2),
        "办结率",
        "超期件数",
    ),
]


def _glyph_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [
        str(w.message)
        for w in caught
        if "missing from font" in str(w.message) or "Glyph" in str(w.message)
    ]


def test_charts_are_pngs_with_no_missing_glyphs() -> None:
    for chart in CHARTS:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            png = render(chart)
        assert _glyph_warnings(caught) == [], chart.title
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        image = Image.open(io.BytesIO(png))
        image.verify()
        assert image.size == (750, 420)
        assert len(png) < 150_000  # small enough to send often


def test_the_font_comes_with_the_project_not_the_machine() -> None:
    assert FONT_FILE.is_file() and "mplfonts" in str(FONT_FILE)
    assert cjk_font_name() == "Noto Sans CJK SC"


def test_the_same_labels_in_a_latin_font_would_warn() -> None:
    # the check above can fail: matplotlib's default font has no Chinese glyphs
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
            figure = Figure()
            FigureCanvasAgg(figure)
            figure.add_subplot().set_title("各类别事件数")
            figure.savefig(io.BytesIO(), format="png")
    assert _glyph_warnings(caught)


def test_a_saved_chart_is_a_photo_the_outbox_uploads(tmp_path) -> None:
    marker = save_chart(tmp_path / "charts", "digest-week-2026-10-12-trend", render(CHARTS[1]))
    path = local_photo_path(marker)
    assert path is not None and path.read_bytes()[:4] == b"\x89PNG"
    assert local_photo_path("AgACAgIAAxkBAAIB") is None  # a Telegram file_id stays as it is


def test_charts_a_month_old_are_deleted_when_a_new_one_is_saved(tmp_path) -> None:
    folder = tmp_path / "charts"
    folder.mkdir()
    old, recent = folder / "old.png", folder / "recent.png"
    old.write_bytes(b"x")
    recent.write_bytes(b"x")
    os.utime(old, (0, 0))
    save_chart(folder, "new", render(CHARTS[0]))
    assert sorted(p.name for p in folder.iterdir()) == ["new.png", "recent.png"]
