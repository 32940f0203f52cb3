"""Bar charts as inline SVG, drawn on the server (pure): no script, no library, no request.

Colours come from the stylesheet (classes), so the charts follow light and
dark mode; every bar carries a <title> with its figure for pointers and
screen readers, and the figures are in a table beside each chart as well.
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup

# The widest a month's bar gets, in the chart's own units (its viewBox is 640 wide).
BAR_MAX = 48.0


def month_chart(months: list[tuple[str, int]], *, width: int = 640, height: int = 220) -> Markup:
    """Vertical bars, one per month, oldest on the left."""
    if not months:
        return Markup("")
    top = max(n for _, n in months) or 1
    pad_left, pad_bottom, pad_top = 40, 28, 12
    inner_w, inner_h = width - pad_left - 8, height - pad_bottom - pad_top
    step = inner_w / len(months)
    bar = min(BAR_MAX, max(2.0, step * 0.7))  # a few months stay bars, not slabs
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Clippings by month">'
    ]
    for tick in _ticks(top):
        y = pad_top + inner_h - inner_h * tick / top
        parts.append(
            f'<line class="grid" x1="{pad_left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="axis" x="{pad_left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:,}</text>'
        )
    label_every = max(1, len(months) // 8)
    for i, (month, n) in enumerate(months):
        h = inner_h * n / top
        x = pad_left + i * step + (step - bar) / 2
        y = pad_top + inner_h - h
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}">'
            f"<title>{escape(month)}: {n:,}</title></rect>"
        )
        if i % label_every == 0:
            parts.append(
                f'<text class="axis" x="{x + bar / 2:.1f}" y="{height - 8}" '
                f'text-anchor="middle">{escape(month)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def site_chart(sites: list[tuple[str, int]], *, width: int = 640, row: int = 26) -> Markup:
    """Horizontal bars, one per site, largest first, each labelled with its name and count."""
    if not sites:
        return Markup("")
    top = max(n for _, n in sites) or 1
    label_w, count_w = 190, 60
    inner_w = width - label_w - count_w
    height = row * len(sites) + 4
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Clippings by site">'
    ]
    for i, (site, n) in enumerate(sites):
        y = i * row + 2
        w = max(2.0, inner_w * n / top)
        name = site if len(site) <= 28 else site[:27] + "…"
        parts.append(
            f'<text class="label" x="{label_w - 8}" y="{y + row * 0.62:.1f}" '
            f'text-anchor="end">{escape(name)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}">'
            f"<title>{escape(site)}: {n:,}</title></rect>"
            f'<text class="axis" x="{label_w + w + 6:.1f}" y="{y + row * 0.62:.1f}">{n:,}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(top: int) -> list[int]:
    """Three or four round grid values up to ``top``."""
    step = 1
    while top / step > 4:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 4:
                break
    return list(range(0, top + 1, step))
