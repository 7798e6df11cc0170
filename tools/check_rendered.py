"""Check the book as mdBook rendered it (run by .ci/run after `mdbook build`).

    python3 tools/check_rendered.py target/book target/mdbook.log

mdBook 0.5 exits 0 with a missing include (it logs an ERROR and leaves the
directive in the page) and with links to missing pages or anchors (no
message at all). This fails, naming the page, on:
- an ERROR line in mdBook's log;
- a literal `{{#include`, `{{#rustdoc_include` or `{{#playground` in a page;
- a local href or src whose file does not exist;
- a `#fragment` with no element of that id in the target page;
- a backtick in a page's text outside code: a code span the markdown broke
  (a span wrapped so that its next line starts with `+ `, say, renders as a
  list item with stray backticks).
"""
import html.parser
import os
import sys
import urllib.parse

DIRECTIVES = ("{{#include", "{{#rustdoc_include", "{{#playground")


# Elements whose text may hold a backtick.
CODE = ("code", "pre", "script", "style", "textarea")


class Page(html.parser.HTMLParser):
    """The ids a page defines, and the local references it makes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.refs, self.base = set(), [], None
        self.in_code, self.in_main, self.backticks = 0, 0, []

    def handle_starttag(self, tag, attrs):
        if tag in CODE:
            self.in_code += 1
        if tag == "main":
            self.in_main += 1
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key) and (key == "id" or tag == "a"):
                self.ids.add(attrs[key])
        if tag == "base" and attrs.get("href"):
            self.base = attrs["href"]
        for key in ("href", "src"):
            if attrs.get(key):
                self.refs.append((self.getpos()[0], attrs[key]))

    def handle_endtag(self, tag):
        if tag in CODE:
            self.in_code = max(self.in_code - 1, 0)
        if tag == "main":
            self.in_main = max(self.in_main - 1, 0)

    def handle_data(self, data):
        if "`" in data and self.in_main and not self.in_code:
            self.backticks.append((self.getpos()[0], data.strip()[:60]))


def main(book, log):
    problems = []
    with open(log, encoding="utf-8") as f:
        problems += [f"{log}: mdBook logged: {line.strip()}" for line in f if "ERROR" in line]

    pages = {}
    for folder, _, files in os.walk(book):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                page = Page()
                page.feed(text)
                pages[os.path.normpath(path)] = page
                for directive in DIRECTIVES:
                    if directive in text:
                        problems.append(f"{path}: a literal `{directive}` was left in the page")
                if name != "print.html":  # every page again
                    problems += [f"{path}:{line}: a backtick outside code, a code span the "
                                 f"markdown broke: {text!r}" for line, text in page.backticks]

    checked = 0
    for path, page in sorted(pages.items()):
        for line, ref in page.refs:
            url = urllib.parse.urlsplit(ref)
            if url.scheme or url.netloc or ref.startswith("javascript:"):
                continue
            target_path = urllib.parse.unquote(url.path)
            if not target_path:
                target = path
            elif page.base and page.base.startswith("/"):
                target = os.path.join(book, target_path.lstrip("/"))
            elif target_path.startswith("/"):
                target = os.path.join(book, target_path.lstrip("/"))
            else:
                target = os.path.join(os.path.dirname(path), target_path)
            if target_path.endswith("/") or os.path.isdir(target):
                target = os.path.join(target, "index.html")
            target = os.path.normpath(target)
            checked += 1
            if not os.path.exists(target):
                problems.append(f"{path}:{line}: `{ref}`: no file {target}")
            elif url.fragment and target in pages:
                fragment = urllib.parse.unquote(url.fragment)
                if fragment not in pages[target].ids:
                    problems.append(f"{path}:{line}: `{ref}`: {target} has no id `{fragment}`")

    for problem in problems:
        print(problem)
    print(f"rendered book: {len(pages)} pages, {checked} local links and sources, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
