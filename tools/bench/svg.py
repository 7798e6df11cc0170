"""Horizontal bar charts as plain SVG text, with no plotting library.

compare.py draws the book's two figures with these: one bar per operation,
labelled on the left, blue where the operation met its target and orange
where it missed it, with dashed reference lines (1×, 10×, 0.9 of memcpy...)
and a legend saying so. Values are drawn on a log or a linear axis.

The book shows the SVG inline, so it takes the page's colours: text and grid
lines are `currentColor` (the theme's text colour, light or dark), there is
no background, and the bar colours read on a light and on a dark page alike.
The SVG holds no blank line, which would end the inline HTML in markdown.
"""

import math
from html import escape

WIDTH, LABELS, RIGHT, ROW, TOP = 820, 300, 70, 20, 64
MET, MISSED, MARK = '#4f86c6', '#e08a2c', '#d9534f'


def _chart(title, items, position, ticks, marks):
    """items: [(label, value, met)]; position(value) -> x in [0, 1]."""
    plot = WIDTH - LABELS - RIGHT
    height = TOP + ROW * len(items) + 30
    x = lambda v: LABELS + plot * min(max(position(v), 0), 1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12" '
        f'fill="currentColor" role="img" aria-label="{escape(title)}">',
        f'<text x="{WIDTH / 2}" y="16" text-anchor="middle" font-size="14" '
        f'font-weight="bold">{escape(title)}</text>',
    ]
    legend = [(MET, 'met its target'), (MISSED, 'missed its target')]
    for i, (colour, label) in enumerate(legend):
        lx = LABELS + 150 * i
        out.append(f'<rect x="{lx}" y="26" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{lx + 18}" y="36">{escape(label)}</text>')
    lx = LABELS + 300
    out.append(f'<line x1="{lx}" y1="32" x2="{lx + 14}" y2="32" stroke="{MARK}" '
               f'stroke-width="2" stroke-dasharray="4 3"/>')
    out.append(f'<text x="{lx + 20}" y="36">reference</text>')
    bottom = TOP + ROW * len(items)
    for value, label in ticks:
        out.append(f'<line x1="{x(value):.1f}" y1="{TOP - 4}" x2="{x(value):.1f}" y2="{bottom}" '
                   f'stroke="currentColor" stroke-opacity="0.2"/>')
        out.append(f'<text x="{x(value):.1f}" y="{bottom + 16}" text-anchor="middle" '
                   f'fill-opacity="0.8">{escape(label)}</text>')
    for i, (label, value, met) in enumerate(items):
        y = TOP + ROW * i
        out.append(f'<text x="{LABELS - 8}" y="{y + 14}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<rect x="{LABELS}" y="{y + 3}" width="{x(value) - LABELS:.1f}" '
                   f'height="{ROW - 6}" fill="{MET if met else MISSED}"/>')
        out.append(f'<text x="{x(value) + 4:.1f}" y="{y + 14}">{value:.3g}×</text>')
    for value, label in marks:
        out.append(f'<line x1="{x(value):.1f}" y1="{TOP - 8}" x2="{x(value):.1f}" y2="{bottom}" '
                   f'stroke="{MARK}" stroke-dasharray="4 3"/>')
        if label:
            out.append(f'<text x="{x(value):.1f}" y="{TOP - 12}" text-anchor="middle" '
                       f'fill="{MARK}">{escape(label)}</text>')
    out.append('</svg>')
    return '\n'.join(out) + '\n'


def log_bars(title, items, marks=()):
    """Bars on a log axis from 0.1 up to the next power of ten."""
    top = max(1, math.ceil(math.log10(max(v for _, v, _ in items))))
    low = min(-1, math.floor(math.log10(min(v for _, v, _ in items))))
    position = lambda v: (math.log10(max(v, 1e-9)) - low) / (top - low)
    ticks = [(10.0 ** e, f'{10.0 ** e:g}×') for e in range(low, top + 1)]
    return _chart(title, items, position, ticks, marks)


def linear_bars(title, items, marks=()):
    """Bars on a linear axis from 0 to a little above the largest value."""
    top = max(1.2, max(v for _, v, _ in items) * 1.05)
    ticks = [(t / 10, f'{t / 10:g}') for t in range(0, int(top * 10) + 1, 2)]
    return _chart(title, items, lambda v: v / top, ticks, marks)
