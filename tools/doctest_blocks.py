"""Run the book's Python blocks as doctests (called by tests/book.rs).

Reads JSON from stdin: a list of {"file", "line", "source"}, one per python
block, in book order. Each file's blocks share one namespace, in order, as a
reader typing them into one interpreter would. Only ELLIPSIS is set, so
`<memory at 0x...>` can stand for an address and everything else must match.

A page whose examples `import numpy` runs only where NumPy is installed.
Without it, the page is skipped and named in the summary; with `CI` set,
a skipped page is a failure instead (CI installs a pinned NumPy).

Prints doctest's report of any failure (each names the file and line), then
one JSON line: {"attempted": N, "failed": M, "version": "3.11.7",
"skipped": ["book/x.md", ...], "skipped_examples": K}.
"""
import doctest
import importlib.util
import json
import os
import platform
import re
import sys

NEEDS_NUMPY = re.compile(r"^\s*>>> (import numpy|from numpy)\b", re.M)

blocks = json.load(sys.stdin)
runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
parser = doctest.DocTestParser()

have_numpy = importlib.util.find_spec("numpy") is not None
numpy_pages = {b["file"] for b in blocks if NEEDS_NUMPY.search(b["source"])}
skipped = sorted(numpy_pages) if not have_numpy else []
skipped_examples = sum(
    len(parser.get_examples(b["source"])) for b in blocks if b["file"] in skipped
)

namespaces = {}
for block in blocks:
    name = block["file"]
    if name in skipped:
        continue
    globs = namespaces.setdefault(name, {"__name__": "__main__"})
    # lineno is where the source starts, counted from 0: the fence's 1-based line.
    test = parser.get_doctest(block["source"], globs, name, name, block["line"])
    runner.run(test, clear_globs=False)
    namespaces[name] = test.globs

failed, attempted = runner.summarize(verbose=False)
if skipped and os.environ.get("CI"):
    print(f"NumPy is not installed in {sys.executable}, and CI is set: "
          f"the examples of {', '.join(skipped)} must run in CI")
    failed += skipped_examples
    attempted += skipped_examples
print(json.dumps({"attempted": attempted, "failed": failed,
                  "version": platform.python_version(),
                  "skipped": skipped, "skipped_examples": skipped_examples}))
