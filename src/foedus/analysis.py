"""Charts of stored events: ``plot_dyad`` draws a dyad series (``Store.dyad_series``) as a PNG/SVG/PDF.

The chart is built to be read at a glance: cooperation grows up from the zero line and conflict
down from it (verbal near the line, material further out, in green and red shades), and the
mean Goldstein score of each period is a line on the right-hand axis (-10 to +10, sharing the
zero line), so both "how much happened" and "how hostile it was" are visible at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .errors import Errors, InputError
from .values import iso_day

QUAD_CLASSES = {  # quad class: (label, colour)
    1: ("Verbal cooperation", "#a6dba0"),
    2: ("Material cooperation", "#1b7837"),
    3: ("Verbal conflict", "#f4a582"),
    4: ("Material conflict", "#b2182b"),
}
GOLDSTEIN_COLOUR = "#253494"
BAR_DAYS = {"day": 0.85, "week": 6.0, "month": 26.0}   # bar width: most of the period, a gap between


def _day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    day = iso_day(str(value)[:10], whole=True)
    if day is None:
        raise ValueError(f"a period without a date: {value!r}")
    return day


def plot_dyad(series: list[dict], a: str, b: str, path: str | Path, by: str = "week",
              title: str | None = None) -> Path:
    """Draw the dyad series of ``a`` and ``b`` to ``path`` (format from its suffix); returns the path.

    ``series`` rows are ``{"period", "q1".."q4", "total", "mean_goldstein"}`` as
    ``Store.dyad_series`` returns them; ``by`` (day, week, month) sets the bar width and labels.
    """
    path = Path(path)
    if path.suffix.lower() not in {".png", ".svg", ".pdf"}:
        raise InputError(Errors.E455.format(path=path, reason=f"unknown image type {path.suffix or '(none)'!r}"))
    if not series or not any(row.get("total") for row in series):
        raise InputError(Errors.E456.format(a=a, b=b, period=""))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    starts = [_day(row["period"]) for row in series]
    width = BAR_DAYS.get(by, 6.0)
    # Each bar covers its period from the period's first day; points sit in the bar's middle.
    days = [mdates.date2num(d) + width / 2 for d in starts]
    counts = {q: [int(row.get(f"q{q}") or 0) for row in series] for q in QUAD_CLASSES}
    means = [row.get("mean_goldstein") for row in series]
    goldstein = [float(g) if g is not None and row.get("total") else float("nan") for g, row in zip(means, series)]

    fig, ax = plt.subplots(figsize=(11, 5.5), dpi=120)
    fig.patch.set_facecolor("white")
    # Cooperation up (material at the base, verbal on top), conflict down (verbal next to zero).
    up = [0] * len(days)
    for q in (2, 1):
        label, colour = QUAD_CLASSES[q]
        ax.bar(days, counts[q], width=width, bottom=up, color=colour, label=label, edgecolor="white", linewidth=0.5)
        up = [u + c for u, c in zip(up, counts[q])]
    down = [0] * len(days)
    for q in (3, 4):
        label, colour = QUAD_CLASSES[q]
        ax.bar(days, [-c for c in counts[q]], width=width, bottom=down, color=colour, label=label,
               edgecolor="white", linewidth=0.5)
        down = [d - c for d, c in zip(down, counts[q])]
    peak = max(max(up), -min(down), 1)
    ax.set_ylim(-peak * 1.15, peak * 1.15)
    ax.axhline(0, color="#333333", linewidth=0.8)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, symmetric=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(int(v))}"))
    ax.set_ylabel("events per " + by + "  (cooperation ↑ · conflict ↓)")
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top",):
        ax.spines[side].set_visible(False)

    right = ax.twinx()
    right.plot(days, goldstein, color=GOLDSTEIN_COLOUR, marker="o", markersize=4.5, linewidth=1.6, markeredgecolor="white", markeredgewidth=0.6,
               label="Mean Goldstein score (right axis)")
    right.set_ylim(-11.5, 11.5)
    right.set_yticks([-10, -5, 0, 5, 10])
    right.set_ylabel("mean Goldstein score (−10 … +10)", color=GOLDSTEIN_COLOUR)
    right.tick_params(axis="y", colors=GOLDSTEIN_COLOUR)
    right.spines["top"].set_visible(False)

    ax.xaxis_date()
    if len(starts) <= 16:   # few periods: label each one by its first day
        ax.set_xticks(days)
        label = {"day": "%d %b", "week": "%d %b", "month": "%b %Y"}.get(by, "%d %b")
        ax.set_xticklabels([d.strftime(label).lstrip("0") for d in starts])
        if by != "month":
            ax.set_xlabel(("week starting" if by == "week" else "day") + f" ({starts[0].year}"
                          + (f"–{starts[-1].year})" if starts[-1].year != starts[0].year else ")"), color="#555555")
    else:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlim(min(days) - width, max(days) + width)

    totals = {q: sum(counts[q]) for q in QUAD_CLASSES}
    n_total = sum(totals.values())
    coop = totals[1] + totals[2]
    heading = title or f"{a} ↔ {b}: events per {by}"
    ax.set_title(heading, loc="left", fontsize=14, fontweight="bold", pad=26)
    ax.text(0, 1.02, f"{starts[0].isoformat()} to {starts[-1].isoformat()} · {n_total} events · "
                     f"{coop} cooperative, {n_total - coop} conflictual",
            transform=ax.transAxes, fontsize=9.5, color="#555555")
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = right.get_legend_handles_labels()
    order = [1, 0, 2, 3]      # verbal coop, material coop, verbal conflict, material conflict
    ax.legend([handles[i] for i in order] + h2, [labels[i] for i in order] + l2, loc="upper center",
              bbox_to_anchor=(0.5, -0.1), ncol=5, frameon=False, fontsize=9)
    fig.tight_layout()
    try:
        fig.savefig(path, bbox_inches="tight")
    except (OSError, ValueError) as exc:
        raise InputError(Errors.E455.format(path=path, reason=getattr(exc, "strerror", None) or exc)) from None
    finally:
        plt.close(fig)
    return path


__all__ = ["plot_dyad", "QUAD_CLASSES"]
