"""Horizontal bar charts as plain SVG text, with no plotting library.

compare.py draws the book's two figures with these: one bar per operation,
labelled on the left, blue where the operation met its target and orange
where it missed it, with dashed reference lines (1×, 10×, 0.9 of memcpy...).
Values are drawn on a log or a linear axis.
"""

import math
from html import escape

WIDTH, LABELS, RIGHT, ROW, TOP = 820, 300, 70, 20, 44


def _chart(title, items, position, ticks, marks):
    """items: [(label, value, met)]; position(value) -> x in [0, 1]."""
    plot = WIDTH - LABELS - RIGHT
    height = TOP + ROW * len(items) + 30
    x = lambda v: LABELS + plot * min(max(position(v), 0), 1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
        f'<text x="{WIDTH / 2}" y="20" text-anchor="middle" font-size="14" '
        f'font-weight="bold">{escape(title)}</text>',
    ]
    bottom = TOP + ROW * len(items)
    for value, label in ticks:
        out.append(f'<line x1="{x(value):.1f}" y1="{TOP - 4}" x2="{x(value):.1f}" y2="{bottom}" '
                   f'stroke="#ddd"/>')
        out.append(f'<text x="{x(value):.1f}" y="{bottom + 16}" text-anchor="middle" '
                   f'fill="#555">{escape(label)}</text>')
    for i, (label, value, met) in enumerate(items):
        y = TOP + ROW * i
        out.append(f'<text x="{LABELS - 8}" y="{y + 14}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<rect x="{LABELS}" y="{y + 3}" width="{x(value) - LABELS:.1f}" '
                   f'height="{ROW - 6}" fill="{"#4878a8" if met else "#e08a2c"}"/>')
        out.append(f'<text x="{x(value) + 4:.1f}" y="{y + 14}" fill="#333">'
                   f'{value:.3g}×</text>')
    for value, label in marks:
        out.append(f'<line x1="{x(value):.1f}" y1="{TOP - 8}" x2="{x(value):.1f}" y2="{bottom}" '
                   f'stroke="#c03030" stroke-dasharray="4 3"/>')
        if label:
            out.append(f'<text x="{x(value):.1f}" y="{TOP - 12}" text-anchor="middle" '
                       f'fill="#c03030">{escape(label)}</text>')
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
