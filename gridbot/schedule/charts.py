"""PNG charts for the weekly and monthly digests (matplotlib, Agg, no pyplot state).

Chinese labels render with Noto Sans CJK SC from the `mplfonts` package, which installs with
the project, so the charts look the same on every machine whatever fonts it happens to have.
"""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
from mplfonts.conf import FONT_DIR  # noqa: E402

from gridbot.messages import local_photo  # noqa: E402

FONT_FILE = Path(FONT_DIR) / "NotoSansCJKsc-Regular.otf"
PHOTO_LIMIT = 256  # the outbox photo column
KEEP_SECONDS = 30 * 86400  # charts older than this are deleted when a new one is saved
_lock = threading.Lock()  # matplotlib's rc settings are process-wide


@cache
def cjk_font_name() -> str:
    """Register the bundled CJK font with matplotlib once and return its family name."""
    font_manager.fontManager.addfont(str(FONT_FILE))
    return font_manager.FontProperties(fname=str(FONT_FILE)).get_name()


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, largest first (cases by category)."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class TrendChart:
    """A line over periods (cases received per week)."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class TeamChart:
    """Closure rate (%) and overdue cases side by side, one row per team."""

    title: str
    teams: tuple[str, ...]
    closure_rates: tuple[float, ...]  # percent
    overdue: tuple[int, ...]
    rate_label: str
    overdue_label: str


Chart = BarChart | TrendChart | TeamChart


def render(chart: Chart) -> bytes:
    """The chart as PNG bytes."""
    with (
        _lock,
        matplotlib.rc_context({"font.family": [cjk_font_name()], "axes.unicode_minus": False}),
    ):
        figure = Figure(figsize=(7.5, 4.2), dpi=100, layout="constrained")
        FigureCanvasAgg(figure)
        if isinstance(chart, BarChart):
            _bars(figure, chart)
        elif isinstance(chart, TrendChart):
            _trend(figure, chart)
        else:
            _teams(figure, chart)
        out = io.BytesIO()
        figure.savefig(out, format="png")
    return out.getvalue()


def _bars(figure: Figure, chart: BarChart) -> None:
    ax = figure.add_subplot()
    ax.set_title(chart.title)
    labels, values = list(reversed(chart.labels)), list(reversed(chart.values))
    bars = ax.barh(labels, values, color="#3b7dd8")
    ax.bar_label(bars, fmt="%g", padding=2)
    ax.margins(x=0.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def _trend(figure: Figure, chart: TrendChart) -> None:
    ax = figure.add_subplot()
    ax.set_title(chart.title)
    ax.plot(list(chart.labels), list(chart.values), marker="o", color="#d8563b")
    for x, y in zip(chart.labels, chart.values, strict=True):
        ax.annotate(f"{y:g}", (x, y), textcoords="offset points", xytext=(0, 6), ha="center")
    ax.set_ylim(bottom=0, top=max([*chart.values, 1]) * 1.25)
    ax.grid(axis="y", alpha=0.3)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def _teams(figure: Figure, chart: TeamChart) -> None:
    figure.suptitle(chart.title)
    rate_ax, overdue_ax = figure.subplots(1, 2, sharey=True)
    teams = list(reversed(chart.teams))
    rates = rate_ax.barh(teams, list(reversed(chart.closure_rates)), color="#3ba55d")
    rate_ax.bar_label(rates, fmt="%.0f%%", padding=2)
    rate_ax.set_xlim(0, 118)
    rate_ax.set_title(chart.rate_label)
    overdue = overdue_ax.barh(teams, list(reversed(chart.overdue)), color="#d8563b")
    overdue_ax.bar_label(overdue, fmt="%g", padding=2)
    overdue_ax.set_title(chart.overdue_label)
    overdue_ax.margins(x=0.15)
    overdue_ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def save_chart(directory: Path, name: str, png: bytes) -> str:
    """Write the PNG under `directory` and return the outbox photo marker for it."""
    directory.mkdir(parents=True, exist_ok=True)
    _prune(directory)
    path = (directory / f"{name}.png").resolve()
    path.write_bytes(png)
    marker = local_photo(path)
    if len(marker) > PHOTO_LIMIT:
        raise ValueError(f"chart path too long for the outbox: {path}")
    return marker


def _prune(directory: Path) -> None:
    """Keep the chart folder small: the outbox has long sent anything a month old."""
    cutoff = time.time() - KEEP_SECONDS
    for old in directory.glob("*.png"):
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
