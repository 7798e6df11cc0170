"""Run the book's Python blocks as doctests (called by tests/book.rs).

Reads JSON from stdin: a list of {"file", "line", "source"}, one per python
block, in book order. Each file's blocks share one namespace, in order, as a
reader typing them into one interpreter would. Only ELLIPSIS is set, so
`<memory at 0x...>` can stand for an address and everything else must match.

Prints doctest's report of any failure (each names the file and line), then
one JSON line: {"attempted": N, "failed": M, "version": "3.11.7"}.
"""
import doctest
import json
import platform
import sys

blocks = json.load(sys.stdin)
runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
parser = doctest.DocTestParser()
namespaces = {}
for block in blocks:
    name = block["file"]
    globs = namespaces.setdefault(name, {"__name__": "__main__"})
    # lineno is where the source starts, counted from 0: the fence's 1-based line.
    test = parser.get_doctest(block["source"], globs, name, name, block["line"])
    runner.run(test, clear_globs=False)
    namespaces[name] = test.globs

failed, attempted = runner.summarize(verbose=False)
print(json.dumps({"attempted": attempted, "failed": failed,
                  "version": platform.python_version()}))
