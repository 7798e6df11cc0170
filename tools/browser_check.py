"""The rendered book, checked in a real browser (headless Chromium).

    python3 tools/browser_check.py [--book target/book] [--screenshots DIR]

Run after `mdbook build` (`.ci/run` does both). Chromium comes from
Debian's packages and is installed if missing (tools/browser.py). Checks,
each on every page where it applies:

- signposts: every block that does not compile, panics or is not run wears
  its badge (except the "Check yourself" questions, which must not); every
  printed output is labelled "Output"; every Python block is a session;
  nothing Python printed is coloured as code;
- width: at 1280 px beside the sidebar no code block scrolls sideways and
  no prose is wider than its column; at 390 px (a phone) no page is wider
  than the screen;
- dark theme: the plots have no white panel and their labels keep the
  theme's text colour, with readable contrast; so do the badges;
- phone: the plots' labels stay at least 9 px tall;
- search: "BufferError" finds the page that teaches it among its first
  results;
- print: print.html opens every <details> (answers, hints, checks), and so
  does printing any page.

`--screenshots DIR` also saves what a reader sees (light, dark, phone,
print) as PNG files, to be looked at. Exits 1 and lists every failure,
with its page, if any check fails.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import browser  # noqa: E402  (tools/browser.py)

ROOT = Path(__file__).resolve().parent.parent

# Runs in the page: its blocks, what they are and how they look.
BLOCKS_JS = r"""
(() => {
  const KINDS = ['compile_fail', 'should_panic', 'no_run', 'ignore'];
  // The nearest h1/h2 before the block's top-level ancestor in <main>.
  function section(pre) {
    let node = pre;
    while (node.parentElement && node.parentElement.tagName !== 'MAIN') node = node.parentElement;
    for (let el = node; el; el = el.previousElementSibling) {
      if (/^H[12]$/.test(el.tagName)) return el.id;
    }
    return '';
  }
  const out = [];
  for (const code of document.querySelectorAll('main pre > code')) {
    const pre = code.parentElement;
    const kind = KINDS.find((k) => code.classList.contains(k)) || '';
    const question = /^check-yourself/.test(section(pre)) && !pre.closest('details');
    const label = getComputedStyle(pre, '::before').content;
    const colours = [];
    for (const span of code.querySelectorAll('.mv-py-output [class^="hljs-"], .mv-py-traceback [class^="hljs-"]')) {
      colours.push(span.className + ': ' + span.textContent);
    }
    out.push({
      kind, question, label,
      badge: /\bmv-badge-/.test(pre.className),
      classes: code.className,
      output: code.classList.contains('output'),
      python: /language-python\b/.test(code.className) || code.classList.contains('language-python-repl'),
      session: code.classList.contains('language-python-repl'),
      colours,
      text: code.textContent.split('\n')[0].slice(0, 60),
      overflow: code.scrollWidth - code.clientWidth,
    });
  }
  return out;
})()
"""

PROSE_JS = r"""
(() => {
  const main = document.querySelector('main');
  const wide = [];
  for (const el of main.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, .table-wrapper, dl')) {
    if (el.scrollWidth > el.clientWidth + 1) wide.push(el.tagName + ': ' + el.textContent.trim().slice(0, 60));
  }
  // The page column (.content) scrolls by itself: something wider than it
  // makes it scroll sideways without widening the page.
  const content = document.querySelector('.content') || document.documentElement;
  const page = Math.max(document.documentElement.scrollWidth, content.scrollWidth - content.clientWidth + window.innerWidth);
  return {wide, page, screen: window.innerWidth};
})()
"""

CONTRAST_JS = r"""
(() => {
  function rgb(s) { const m = s.match(/[\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m.slice(0, 3); }
  function lum(c) {
    const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function contrast(a, b) { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
  function background(el) {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c) return c;
    }
    return [255, 255, 255];
  }
  const theme = document.documentElement.className;
  const plots = [];
  for (const svg of document.querySelectorAll('.mv-plot svg')) {
    const bg = background(svg.parentElement);
    const white = Array.from(svg.querySelectorAll('rect')).some((r) => {
      const box = r.getBBox();
      const fill = rgb(getComputedStyle(r).fill);
      return fill && fill.every((v) => v > 240) && box.width > 400;
    });
    const texts = Array.from(svg.querySelectorAll('text')).filter((t) => !t.getAttribute('fill'));
    const worst = Math.min(...texts.map((t) => contrast(rgb(getComputedStyle(t).fill) || bg, bg)));
    const smallest = Math.min(...Array.from(svg.querySelectorAll('text')).map((t) => t.getBoundingClientRect().height));
    plots.push({white, worst, smallest, labels: texts.length});
  }
  const badges = [];
  for (const pre of document.querySelectorAll('pre.mv-badge-fail, pre.mv-badge-panic, pre.mv-badge-skip')) {
    const style = getComputedStyle(pre, '::before');
    badges.push(contrast(rgb(style.color) || [0, 0, 0], rgb(style.backgroundColor) || background(pre)));
  }
  return {theme, plots, badges};
})()
"""


class Report:
    def __init__(self):
        self.failures = []
        self.counts = {}

    def fail(self, where, what):
        self.failures.append(f"{where}: {what}")

    def count(self, what, n=1):
        self.counts[what] = self.counts.get(what, 0) + n


def pages_of(book):
    skip = {"print.html", "404.html", "toc.html"}
    return sorted(p.relative_to(book).as_posix() for p in book.rglob("*.html") if p.name not in skip)


def check_page_blocks(page, name, report):
    blocks = page.eval(BLOCKS_JS)
    for b in blocks:
        labelled = b["label"] not in ("none", "normal", "")
        where = f"{name} ({b['text']!r})"
        if b["kind"]:
            report.count("blocks that do not compile, panic or are not run")
            if b["question"]:
                report.count("of them Check-yourself questions, left unbadged")
                if labelled or b["badge"]:
                    report.fail(where, f"a Check-yourself question wears a badge ({b['label']}): "
                                       "it gives the answer away")
            elif not (labelled and b["badge"]):
                report.fail(where, f"a `{b['kind']}` block has no badge ({b['classes']}, label {b['label']})")
        if b["output"]:
            report.count("outputs labelled")
            if b["label"] != '"Output"':
                report.fail(where, f"an output block is not labelled Output (label: {b['label']})")
        if b["python"]:
            report.count("Python sessions")
            if not b["session"]:
                report.fail(where, "a Python block is not shown as a session")
            for colour in b["colours"]:
                report.fail(where, f"Python's output is coloured as code: {colour}")
        if b["overflow"] > 1:
            report.fail(where, f"code scrolls sideways at 1280 px ({b['overflow']} px too wide)")


def check_width(page, name, report, screen):
    prose = page.eval(PROSE_JS)
    if screen >= 1280:  # on a phone, wide tables may scroll in their frames
        for wide in prose["wide"]:
            report.fail(name, f"prose wider than its column at {screen} px: {wide}")
    if prose["page"] > prose["screen"]:
        report.fail(name, f"the page is {prose['page']} px wide on a {prose['screen']} px screen")


def check_plots(page, name, report, *, dark, phone):
    looks = page.eval(CONTRAST_JS)
    if not looks["plots"]:
        report.fail(name, "no inline plot found (.mv-plot svg)")
    for i, plot in enumerate(looks["plots"], 1):
        where = f"{name}, plot {i}, theme {looks['theme']!r}"
        if dark and plot["white"]:
            report.fail(where, "a white panel in the dark theme")
        if plot["worst"] is None:  # Math.min() of no labels: JSON has no Infinity
            report.fail(where, "no label takes the theme's colour (every text has its own fill)")
        elif plot["worst"] < 4.5:
            report.fail(where, f"labels contrast {plot['worst']:.1f}:1 with the page (need 4.5)")
        if phone and plot["smallest"] is not None and plot["smallest"] < 9:
            report.fail(where, f"labels {plot['smallest']:.1f} px tall on a phone (need 9)")
        report.count("plots checked")
    check_badges(looks, name, report)


def check_badges(looks, name, report):
    """Every badge's text legible on its badge (CONTRAST_JS's `badges`)."""
    for ratio in looks["badges"]:
        if ratio < 4.5:
            report.fail(name, f"a badge's text contrasts {ratio:.1f}:1 in theme {looks['theme']!r}")


def check_search(page, url, report):
    page.open(url + "introduction.html?search=BufferError")
    hits = page.eval("""new Promise((done) => {
      let tries = 0;
      const look = () => {
        const items = Array.from(document.querySelectorAll('#mdbook-searchresults li a'));
        if (items.length || ++tries > 50) return done(items.map((a) => a.getAttribute('href')));
        setTimeout(look, 100);
      };
      look();
    })""")
    report.count("search results for BufferError", len(hits))
    teaching = [i for i, h in enumerate(hits) if h.startswith("buffer-protocol/a-live-view-locks-its-owner.html")]
    if not hits:
        report.fail("search", "\"BufferError\" finds nothing")
    elif not teaching or teaching[0] >= 10:
        report.fail("search", "\"BufferError\" does not list the page that teaches it "
                              f"(buffer-protocol/a-live-view-locks-its-owner.html) in its first 10: {hits[:10]}")


def check_print(page, url, report):
    page.open(url + "print.html")
    closed, total = page.closed_details()
    report.count("details opened on print.html", total - closed)
    if total == 0:
        report.fail("print.html", "no <details> at all (are the answers gone?)")
    if closed:
        report.fail("print.html", f"{closed} of {total} <details> stay closed")
    page.open(url + "buffer-protocol/review.html")
    opened = page.eval("""(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return Array.from(document.querySelectorAll('details')).every((d) => d.open);
    })()""")
    if not opened:
        report.fail("buffer-protocol/review.html", "printing the page leaves answers closed")


def screenshots(chromium, url, folder):
    folder.mkdir(parents=True, exist_ok=True)
    shots = [
        ("light-1280.png", "buffer-protocol/read-only-and-writable.html", 1280, 900, False, False, 700),
        ("dark-1280.png", "buffer-protocol/read-only-and-writable.html", 1280, 900, True, False, 700),
        ("dark-session-1280.png", "views/slicing.html", 1280, 900, True, False, 0),
        ("light-benchmarks-1280.png", "appendix/benchmarks.html", 1280, 900, False, False, "h2#the-same-drawn"),
        ("dark-benchmarks-1280.png", "appendix/benchmarks.html", 1280, 900, True, False, "h2#the-same-drawn"),
        ("phone-390.png", "views/slicing.html", 390, 844, False, False, 0),
        ("phone-dark-benchmarks-390.png", "appendix/benchmarks.html", 390, 844, True, False, "h2#the-same-drawn"),
        ("print-review.png", "buffer-protocol/review.html", 900, 1200, False, True, 0),
        ("glossary-1280.png", "appendix/glossary.html", 1280, 900, False, False, 0),
    ]
    for file, path, width, height, dark, print_, scroll in shots:
        page = chromium.page()
        page.size(width, height, mobile=width < 500)
        page.media(dark=dark, print_=print_)
        page.open(url + path)
        if print_:
            page.eval("window.dispatchEvent(new Event('beforeprint'))")
        if isinstance(scroll, str):
            page.eval(f"document.querySelector('{scroll}').scrollIntoView()")
        elif scroll:
            page.eval(f"document.querySelector('main').parentElement.scrollIntoView(); window.scrollTo(0, {scroll})")
        page.eval("new Promise((r) => setTimeout(r, 100))")
        page.screenshot(folder / file)
        page.send("Page.close")
    print(f"screenshots in {folder}: " + ", ".join(s[0] for s in shots))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", default=str(ROOT / "target/book"))
    parser.add_argument("--screenshots", metavar="DIR")
    args = parser.parse_args()
    book = Path(args.book)
    if not (book / "print.html").exists():
        sys.exit(f"{book} has no rendered book: run `mdbook build` first")
    report = Report()
    chromium = browser.Chromium(browser.ensure_chromium())
    server = browser.Server(book)
    try:
        page = chromium.page()
        page.size(1280, 900)
        page.media()
        names = pages_of(book)
        for name in names:
            page.open(server.url + name)
            check_page_blocks(page, name, report)
            check_width(page, name, report, 1280)
        report.count("pages checked at 1280 px", len(names))

        phone = chromium.page()
        phone.size(390, 844, mobile=True)
        phone.media()
        for name in names:
            phone.open(server.url + name)
            check_width(phone, name, report, 390)
        report.count("pages checked at 390 px", len(names))

        plotted = [name for name in names if 'class="mv-plot"' in (book / name).read_text()]
        if not plotted:
            report.fail("plots", "no page holds an inline plot (.mv-plot)")
        for dark in (False, True):
            for width, is_phone in ((1280, False), (390, True)):
                look = chromium.page()
                look.size(width, 844, mobile=is_phone)
                look.media(dark=dark)
                for name in plotted:
                    look.open(server.url + name)
                    check_plots(look, f"{name} at {width} px", report, dark=dark, phone=is_phone)
                look.open(server.url + "buffer-protocol/read-only-and-writable.html")
                looks = look.eval(CONTRAST_JS)
                check_badges(looks, "buffer-protocol/read-only-and-writable.html", report)
                if dark and "navy" not in looks["theme"]:
                    report.fail("dark theme", f"a dark system gets theme {looks['theme']!r}, not navy")

        check_search(page, server.url, report)
        check_print(page, server.url, report)
        if args.screenshots:
            screenshots(chromium, server.url, Path(args.screenshots))
    finally:
        chromium.close()
        server.close()

    print("browser check:")
    for what, n in report.counts.items():
        print(f"  {what:.<52} {n}")
    if report.failures:
        print(f"\n{len(report.failures)} problem(s):")
        for failure in report.failures:
            print(f"  {failure}")
        print("\nbrowser check: FAILED")
        sys.exit(1)
    print("\nbrowser check: ok")


if __name__ == "__main__":
    main()
