"""Horizontal bar charts as plain SVG text, with no plotting library.

report.py draws the book's two figures with these: one bar per operation,
its label above it, orange where the operation missed a target (and blue
otherwise), with dashed reference lines (1×, 10×, 0.9 of memcpy...).

Made to be read anywhere: 480 units wide with 16-unit text, so that on a
phone, scaled to the screen's width, the text stays about 11 pixels high.
Text and grid take the page's own colour (`currentColor`, which the book's
CSS sets to the theme's text colour) on no background of their own, so the
plot reads in the light and the dark themes alike; only the bars and the
dashed marks have colours, chosen to show on both.
"""

import math
import textwrap
from html import escape

WIDTH, PAD, ROW, TOP = 480, 12, 40, 80
BLUE, ORANGE, RED = '#3d7fbf', '#d9791a', '#d0453e'
GRID = 'stroke="currentColor" stroke-opacity="0.3"'


def _chart(title, items, position, ticks, marks):
    """items: [(label, value, met)]; position(value) -> x in [0, 1]."""
    plot = WIDTH - 2 * PAD - 56
    x = lambda v: PAD + plot * min(max(position(v), 0), 1)
    bottom = TOP + ROW * len(items)
    height = bottom + 34
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'font-family="sans-serif" font-size="16" fill="currentColor" role="img" '
        f'aria-label="{escape(title)}">',
        f'<rect x="0.5" y="0.5" width="{WIDTH - 1}" height="{height - 1}" rx="8" '
        f'fill="transparent" {GRID}/>',
    ]
    for line, text in enumerate(textwrap.wrap(title, 44, break_long_words=False,
                                                    break_on_hyphens=False)):
        out.append(f'<text x="{PAD}" y="{24 + 20 * line}" font-weight="bold" '
                   f'>{escape(text)}</text>')
    for value, label in ticks:
        out.append(f'<line x1="{x(value):.1f}" y1="{TOP - 6}" x2="{x(value):.1f}" '
                   f'y2="{bottom}" {GRID}/>')
        out.append(f'<text x="{x(value):.1f}" y="{bottom + 20}" text-anchor="middle" '
                   f'font-size="14">{escape(label)}</text>')
    for i, (label, value, met) in enumerate(items):
        y = TOP + ROW * i
        out.append(f'<text x="{PAD}" y="{y + 12}" font-size="14">'
                   f'{escape(label)}</text>')
        out.append(f'<rect x="{PAD}" y="{y + 17}" width="{max(x(value) - PAD, 1):.1f}" '
                   f'height="16" fill="{BLUE if met else ORANGE}"/>')
        out.append(f'<text x="{x(value) + 4:.1f}" y="{y + 30}" font-size="14">'
                   f'{value:.2g}×{"" if met else " (missed)"}</text>')
    for value, label in marks:
        out.append(f'<line x1="{x(value):.1f}" y1="{TOP - 6}" x2="{x(value):.1f}" '
                   f'y2="{bottom}" stroke="{RED}" stroke-width="1.5" stroke-dasharray="5 4"/>')
        if label:
            out.append(f'<text x="{x(value) + 3:.1f}" y="{TOP - 10}" font-size="14" '
                       f'>{escape(label)}</text>')
    out.append('</svg>')
    return '\n'.join(out) + '\n'


def log_bars(title, items, marks=()):
    """Bars on a log axis from a power of ten below the smallest value up to
    the next one above the largest."""
    top = max(1, math.ceil(math.log10(max(v for _, v, _ in items))))
    low = min(-1, math.floor(math.log10(min(v for _, v, _ in items))))
    position = lambda v: (math.log10(max(v, 1e-9)) - low) / (top - low)
    ticks = [(10.0 ** e, f'{10.0 ** e:g}×') for e in range(low, top + 1)]
    return _chart(title, items, position, ticks, marks)


def linear_bars(title, items, marks=()):
    """Bars on a linear axis from 0 to a little above the largest value."""
    top = max(1.2, max(v for _, v, _ in items) * 1.05)
    ticks = [(t / 10, f'{t / 10:g}') for t in range(0, int(top * 10) + 1, 4)]
    return _chart(title, items, lambda v: v / top, ticks, marks)
