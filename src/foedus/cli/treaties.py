"""`foedus treaties` (what binds a state on a date) and `foedus scenario` (who is obliged if X is attacked by Y)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import Errors, InputError
from . import main

if TYPE_CHECKING:
    from ..commitments.scenario import Obligation, ScenarioResult
    from ..commitments.treaties import Registry

FORMATS = ("table", "json")
# In the picture, a clause that obliges this many states at once is drawn as one node.
GROUP_AT = 4


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters (long words split), at least one line."""
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _cell_row(before: str, cell: str, width: int, after: str) -> str:
    """A table row whose ``cell`` column wraps onto lines of its own below the row instead of being cut
    (issue 11: "Shusha Decla", "... Art. U"); ``before`` is the row up to that column."""
    first, *more = _wrap(cell, width)
    return "\n".join([f"{before}{first:<{width}}{after}"] + [" " * len(before) + piece for piece in more])


def _registry(path: str | None) -> Registry:
    from ..commitments import treaties

    return treaties.load(path)


@main.command("treaties")
@click.option("--party", help="Country code or name (PRK, \"South Korea\"); default: every treaty.")
@click.option("--on", "on", help="Date (YYYY-MM-DD); default: today.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table")
@click.option("--registry", type=click.Path(dir_okay=False), default=None,
              help="Your own registry YAML (default: $FOEDUS_TREATIES, else the packaged one).")
@click.option("--countries", is_flag=True, help="List the known country codes and exit.")
def treaties_cmd(party: str | None, on: str | None, fmt: str, registry: str | None, countries: bool) -> None:
    """List the treaty clauses that bind a state on a date, strongest first.

    \b
    Examples:
      foedus treaties --party PRK --on 2025-01-01
      foedus treaties --party SWE --on 2024-03-01 --format json
    """
    reg = _registry(registry)
    if countries:
        for code, info in sorted(reg.countries.items()):
            click.echo(f"{code}  {info.get('name', '')}")
        return
    from ..commitments.scenario import as_date

    on_date = as_date(on)
    rows = reg.binding_rows(reg.country_code(party, "--party") if party else None, on_date)
    if fmt == "json":
        out = [reg.binding_record(p, t, c, on_date) for p, t, c in rows]
        click.echo(json.dumps({"on": on_date.isoformat(), "party": party and rows and rows[0][0] or party,
                               "binding": out}, indent=2, ensure_ascii=False))
        return
    who = reg.country_name(reg.country_code(party, "--party")) if party else "any state"
    if not rows:
        first = reg.earliest_in_force()
        extra = f" (the earliest treaty, {first[0].id}, entered into force on {first[1]})" \
            if first and on_date < first[1] else ""
        click.echo(f"No recorded treaty clause binds {who} on {on_date.isoformat()}{extra}.")
        return
    click.echo(f"Treaty clauses binding {who} on {on_date.isoformat()} (strength 0-5, see docs/commitments.md):")
    idw = max(len(t.id) for _, t, _c in rows)
    click.echo(f"{'str':>3}  {'treaty':<{idw}} {'article':<24} {'kind':<20} obligation")
    for _, t, c in rows:
        click.echo(_cell_row(f"{c.strength:>3}  {t.id:<{idw}} ", c.article, 24, f" {c.kind:<20} {textwrap.shorten(c.obligation, 70)}"))
    if party:
        for t in {t.id: t for _, t, _ in rows}.values():
            st = t.suspended_party(rows[0][0], on_date)
            if st:
                click.echo(f"  note: {rows[0][0]}'s participation in {t.id} is suspended since {st.since} "
                           f"({st.source}); scenarios do not count it as bound to act.")


@main.command("scenario")
@click.option("--attacked", required=True, help="The state attacked (code or name).")
@click.option("--by", "by", required=True, help="The attacking state (code or name).")
@click.option("--on", "on", help="Date (YYYY-MM-DD); default: today.")
@click.option("--where", help="Where the attack happens: a place (Hawaii, Senkaku, South China Sea) or a country.")
@click.option("--depth", type=str, default="1", show_default=True,
              help="Follow the war outwards: 2 adds the allies of the states drawn in.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table")
@click.option("--plot", type=click.Path(dir_okay=False), default=None, help="Draw the network to a .png or .svg file.")
@click.option("--registry", type=click.Path(dir_okay=False), default=None,
              help="Your own registry YAML (default: $FOEDUS_TREATIES, else the packaged one).")
def scenario_cmd(attacked: str, by: str, on: str | None, where: str | None, depth: str, fmt: str, plot: str | None,
                 registry: str | None) -> None:
    """Who is obliged to act if ATTACKED is attacked BY another state, by which clause and how strongly.

    \b
    Examples:
      foedus scenario --attacked PRK --by KOR --on 2025-01-01
      foedus scenario --attacked USA --by CHN --where Hawaii
      foedus scenario --attacked JPN --by CHN --where Senkaku --plot senkaku.png
    """
    from ..commitments import scenario

    on_date = scenario.as_date(on)
    try:
        n = int(depth)
    except ValueError:
        raise InputError(Errors.E506.format(value=depth, max=scenario.MAX_DEPTH)) from None
    result = scenario.run(attacked, by, on=on_date, where=where, depth=n, registry=_registry(registry))
    if plot:
        draw(result, Path(plot))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_table(result))
    if plot:
        click.echo(f"Network picture written to {plot}", err=True)


def render_table(result: ScenarioResult) -> str:
    """The scenario as plain text: obliged states ranked by strength, then conflicts, rules and exclusions."""
    where = f" at {result.where}" if result.where else ""
    lines = [f"{result.attacked} attacked by {result.by}{where} on {result.on} (depth {result.depth})"]
    lines += [f"  note: {n}" for n in result.notes]
    if result.obliged:
        lines.append("")
        lines.append("Obliged to act (strength 5 = all means at once ... 1 = consult):")
        lines.append(f"  {'str':>3}  {'state':<5} {'side':<8} {'d':>1}  {'clause':<38} conditions")
        for o in result.obliged:
            cond = "; ".join(c.split(": ", 1)[0] for c in o.conditions) or "-"
            lines.append(_cell_row(f"  {o.strength:>3}  {o.state:<5} {o.side:<8} {o.depth:>1}  ", o.treaty + " Art. " + o.article, 38, f" {cond}"))
    elif not result.notes:
        lines.append("Nobody is obliged by a recorded treaty clause.")
    cited: dict[str, list[str]] = {}
    for o in result.obliged:
        if o.statements:
            cited.setdefault(f"{o.treaty} Art. {o.article}", o.statements)
    if cited:
        lines.append("")
        lines.append("Official statements on the scope of these clauses (not treaty text):")
        for clause, statements in cited.items():
            for st in statements:
                lines.append(f"  {clause}: {st}")
    if result.informational:
        lines.append("")
        lines.append("Attacker's partners (informational: no duty to help an attacker; consultation only):")
        for o in result.informational:
            lines.append(f"  {o.strength:>3}  {o.state:<5} {o.treaty} Art. {o.article}")
    if result.conflicts:
        lines.append("")
        lines.append("Conflicting commitments:")
        for c in result.conflicts:
            lines.append(f"  {c['state']:<5} {c['victim_side']} vs {c['attacker_side']}: {c['note']}")
    if result.rules:
        lines.append("")
        lines.append("UN rules bearing on the likely responses:")
        for r in result.rules:
            who = ", ".join(r["applies_to"][:8]) + (" ..." if len(r["applies_to"]) > 8 else "")
            lines.append(f"  {r['rule']:<22} {who}: {textwrap.shorten(r['reason'], 110)}")
    if result.excluded:
        lines.append("")
        lines.append("Not obliged, and why:")
        for e in result.excluded:
            who = ", ".join(e["states"][:6]) + (" ..." if len(e["states"]) > 6 else "")
            lines.append(f"  {e['treaty']} Art. {e['article']} ({who}): {e['reason']}")
    return "\n".join(lines)


def draw(result: ScenarioResult, path: Path) -> None:
    """A network picture: attacker, victim and obliged states; edges labelled treaty/article (strength)."""
    import math

    if path.suffix.lower() not in {".png", ".svg"}:
        raise InputError(Errors.E507.format(path=path, reason=f"unknown picture type {path.suffix!r}"))
    if not path.parent.exists():
        raise InputError(Errors.E507.format(path=path, reason="the folder does not exist"))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # Nodes: states, or one node per multilateral clause when it obliges many states at once.
    groups: dict[tuple, list] = {}
    for o in result.obliged:
        groups.setdefault((o.side, o.depth, o.treaty, o.article, o.supports), []).append(o)
    nodes: list[tuple[str, Obligation]] = []      # (label, obligation representing the node)
    node_of: dict[str, str] = {}              # state -> node label
    for (side, depth, treaty, article, supports), obs in groups.items():
        if len(obs) >= GROUP_AT:
            label = f"{treaty}\n{len(obs)} states"
            nodes.append((label, obs[0]))
            for o in obs:
                node_of.setdefault(o.state, label)
        else:
            for o in obs:
                if o.state not in node_of:
                    node_of[o.state] = o.state
                    nodes.append((o.state, o))
    pos = {result.attacked: (0.0, 0.0), result.by: (-5.5, 0.0)}
    by_anchor: dict[tuple[str, str], list] = {}
    for label, o in nodes:
        by_anchor.setdefault((o.supports, o.side), []).append((label, o))
    for depth in range(1, result.depth + 1):
        for (anchor, side), items in by_anchor.items():
            items = [(lab, o) for lab, o in items if o.depth == depth]
            if not items or node_of.get(anchor, anchor) not in pos:
                continue
            ax_, ay = pos[node_of.get(anchor, anchor)]
            cx, cy = pos[result.attacked] if side == "victim" else pos[result.by]
            dx, dy = ax_ - cx, ay - cy
            if abs(dx) + abs(dy) < 1e-9:
                dx, dy = (1.0, 0.0) if side == "victim" else (-1.0, 0.0)
            base = math.atan2(dy, dx)
            n = len(items)
            span = min(math.pi * 0.8, 1.0 * (n - 1)) if depth == 1 else min(math.pi * 0.6, 0.6 * (n - 1))
            radius = 2.6
            for k, (label, o) in enumerate(sorted(items, key=lambda it: (-it[1].strength, it[0]))):
                if label in pos:
                    continue
                angle = base + (span * (k / (n - 1) - 0.5) if n > 1 else 0.0)
                pos[label] = (ax_ + radius * math.cos(angle), ay + radius * math.sin(angle))
    colours = {5: "#b2182b", 4: "#ef8a62", 3: "#f4a582", 2: "#4393c3", 1: "#bdbdbd", 0: "#e0e0e0"}
    fig, ax = plt.subplots(figsize=(12, 8))
    ax.annotate("", xy=pos[result.attacked], xytext=pos[result.by],
                arrowprops=dict(arrowstyle="-|>", color="black", lw=2.5, shrinkA=24, shrinkB=24))
    ax.text((pos[result.attacked][0] + pos[result.by][0]) / 2, 0.18, "attack", ha="center", fontsize=10,
            weight="bold")
    for label, o in nodes:
        target = node_of.get(o.supports, o.supports)
        if label not in pos or target not in pos:
            continue
        a, b = pos[label], pos[target]
        ax.annotate("", xy=b, xytext=a, arrowprops=dict(arrowstyle="-|>", color=colours.get(o.strength, "#999"),
                                                        lw=1.0 + o.strength * 0.7, shrinkA=26, shrinkB=26,
                                                        linestyle="-" if o.depth == 1 else "--"))
        article = "\n".join(_wrap(o.article, 24))      # wrapped, never cut
        text = f"Art. {article} ({o.strength})" if "\n" in label else f"{o.treaty}\nArt. {article} ({o.strength})"
        ax.text(a[0] * 0.4 + b[0] * 0.6, a[1] * 0.4 + b[1] * 0.6 + 0.35, text, fontsize=7.5, ha="center", va="center",
                bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.6), zorder=5)
    for label, (x, y) in pos.items():
        fill = "#fee08b" if label == result.attacked else "#d9d9d9" if label == result.by else "#c6dbef"
        if "\n" in label:
            ax.text(x, y, label, ha="center", va="center", fontsize=8.5, weight="bold", zorder=4,
                    bbox=dict(boxstyle="round,pad=0.5", fc=fill, ec="black"))
        else:
            ax.scatter([x], [y], s=1300, c=fill, edgecolors="black", zorder=3)
            ax.text(x, y, label, ha="center", va="center", fontsize=10, weight="bold", zorder=4)
    where = f" at {result.where}" if result.where else ""
    ax.set_title(f"{result.attacked} attacked by {result.by}{where}, {result.on}: who is obliged "
                 f"(edge = treaty, article, strength 0-5; dashed = depth 2+)", fontsize=11)
    from matplotlib.lines import Line2D

    handles = [Line2D([0], [0], color=colours[s], lw=0.8 + s * 0.6, label=f"strength {s}") for s in (5, 4, 3, 2, 1)]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    ax.text(0.99, 0.01, "solid: depth 1; dashed: depth 2+ (contingent)", transform=ax.transAxes, ha="right",
            fontsize=8)
    if result.notes and not result.obliged:
        ax.text(0.5, 0.1, textwrap.fill(result.notes[0], 90), transform=ax.transAxes, ha="center", fontsize=9)
    ax.set_aspect("equal")
    ax.axis("off")
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 1.2, max(xs) + 1.2)
    ax.set_ylim(min(ys) - 1.2, max(ys) + 1.2)
    try:
        fig.savefig(path, dpi=120, bbox_inches="tight")
    except OSError as exc:
        raise InputError(Errors.E507.format(path=path, reason=str(exc))) from None
    finally:
        plt.close(fig)
