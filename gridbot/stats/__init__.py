"""Statistics (统计), assessment (考核) and ledgers (台账): one query layer for digests,
chat commands, the CLI and exports.

API: `await figures(session, start, end, by=None, names=None, **filters) -> list[Figures]`
gives the figures of the cases created in [start, end) (aware datetimes, end exclusive), one
total row (key "", label 合计) when `by` is None, else one row per value of `by`
(`Cut.CATEGORY | GRID | COMMUNITY | TEAM | WORKER`, or the same as strings), busiest first.
Filters narrow the cohort: `category=`, `grid=`, `community=`, `team=`, `worker=` (member id).
`Figures` is a frozen dataclass of counts (received, valid, merged, withdrawn, accepted,
resolved, closed, on_time, late, reopened, ratings, satisfied_ratings, supervised, escalated,
duplicates), rates as properties (closure_rate 办结率, on_time_rate, reopen_rate,
satisfaction_rate; None when nothing to divide), and timedeltas (median_accept, p90_accept,
median_resolve, p90_resolve); `as_dict()` gives JSON-ready values. Pass
`names=Names.build(street, classifier.categories)` for Chinese labels (required for the
community cut). To cut one period several ways, load `case_facts(...)` once (a list of
`CaseFacts` named tuples, times in POSIX seconds) and call `summarize(...)` per cut. The
scoreboard is `assessment.scoreboard`, the ledger workbook `ledger.build_ledger` +
`write_xlsx`; `gridbot.privacy.mask_pii` masks phone and ID numbers in texts. Every
definition is in `gridbot/stats/figures.py`'s docstring; periods (今天, 本周, 本月, 上月,
YYYY-MM) are parsed by `gridbot.stats.periods`.
"""

from gridbot.stats.figures import (
    CUT_LABELS,
    CaseFacts,
    Cut,
    Figures,
    Names,
    case_facts,
    figures,
    hours,
    summarize,
)

__all__ = [
    "CUT_LABELS",
    "CaseFacts",
    "Cut",
    "Figures",
    "Names",
    "case_facts",
    "figures",
    "hours",
    "summarize",
]
