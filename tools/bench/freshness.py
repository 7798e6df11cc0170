"""Are the book's benchmark figures current? `compare.py --check` (.ci/run).

Two questions, because a figure goes stale in two ways:
  1. measured at the code as it is: the commit recorded in
     book/figures/bench-results.json must be the last commit that changed the
     measured code (MEASURED), with no uncommitted change to it;
  2. drawn by the report as it is: report.py and svg.py, run again on that
     JSON, must write exactly the tables and plots the book holds.
Files that only draw, check or explain (DRAWING, this file, the README) and
test_time.py (which measures `cargo test` and writes a figure of its own) are
not measured code: changing them asks for `compare.py --report-only`, not for
a new measurement.
"""

import json
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIGURES = ROOT / 'book' / 'figures'
COMMAND = 'python3 tools/bench/compare.py'
DRAWING = ['tools/bench/report.py', 'tools/bench/svg.py']
NOT_MEASURED = [*DRAWING, 'tools/bench/freshness.py', 'tools/bench/README.md',
                'tools/bench/test_time.py']
MEASURED = ['src', 'benches', 'tools/bench', *(f':(exclude){path}' for path in NOT_MEASURED)]


def git(*args):
    return subprocess.run(['git', *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def measured_commit():
    """The last commit that changed the measured code, and whether the work
    tree changes it further."""
    commit = git('log', '-1', '--format=%h', '--', *MEASURED)
    dirty = git('status', '--porcelain', '--', *MEASURED)
    return commit, bool(dirty)


def redrawn_differently(raw):
    """The figures that report.py would draw differently now from the same
    results."""
    import report
    with tempfile.TemporaryDirectory() as scratch:
        report.write(raw, scratch)
        return [f'book/figures/{new.name}' for new in sorted(Path(scratch).iterdir())
                if not (FIGURES / new.name).exists()
                or (FIGURES / new.name).read_text() != new.read_text()]


def problems():
    """What is stale, in words; empty when the figures are current."""
    raw = json.loads((FIGURES / 'bench-results.json').read_text())
    commit, _ = measured_commit()
    found = []
    if raw['commit'] != commit or raw['machine'].get('dirty'):
        found.append(f'book/figures were measured at {raw["commit"]}'
                     f'{" with uncommitted changes" if raw["machine"].get("dirty") else ""}, '
                     f'but the last commit that changed the measured code (src, benches, '
                     f'tools/bench but {", ".join(NOT_MEASURED)}) is {commit}: run `{COMMAND}` '
                     f'and commit its figures')
    stale = redrawn_differently(raw)
    if stale:
        found.append(f'{", ".join(stale)} differ from what {" and ".join(DRAWING)} draw now '
                     f'from bench-results.json: run `{COMMAND} --report-only` and commit them')
    return found
