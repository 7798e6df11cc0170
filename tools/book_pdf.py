"""The printable edition: the whole book as one PDF, answers included.

    python3 tools/book_pdf.py [OUT.pdf]        (default: target/memview-book.pdf)

Renders the book with mdBook (`mdbook build`, the pinned 0.5.4 on PATH),
then has headless Chromium (Debian's package, installed by the script if
missing; see tools/browser.py) print `target/book/print.html`, mdBook's
one-page edition, to A4. Every `<details>` (answers, hints, checks) is open
in the PDF: theme/memview.js opens them on print.html, and this script
checks that it did before printing.
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import browser  # noqa: E402  (tools/browser.py)

ROOT = Path(__file__).resolve().parent.parent


def build_book():
    mdbook = shutil.which("mdbook") or str(Path.home() / ".cargo/bin/mdbook")
    if not os.path.exists(mdbook):
        sys.exit("mdbook is not installed: cargo install mdbook --version 0.5.4 --locked")
    subprocess.run([mdbook, "build"], cwd=ROOT, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "target/memview-book.pdf"))
    parser.add_argument("--no-build", action="store_true",
                        help="print target/book as it is, without running mdbook build")
    args = parser.parse_args()
    if not args.no_build:
        build_book()
    chromium = browser.Chromium(browser.ensure_chromium())
    server = browser.Server(ROOT / "target/book")
    try:
        page = chromium.page()
        page.size(1000, 1400)
        page.media(print_=True)
        page.open(server.url + "print.html")
        closed, total = page.closed_details()
        if closed:
            sys.exit(f"{closed} of {total} <details> are still closed on print.html "
                     "(theme/memview.js should open them)")
        page.pdf(args.out)
    finally:
        chromium.close()
        server.close()
    size = os.path.getsize(args.out)
    print(f"wrote {args.out} ({size // 1024} KiB), with all {total} answers, hints and checks open")


if __name__ == "__main__":
    main()
