"""How long the workbook's own `cargo test` takes, cold and warm, and why.

    python3 tools/bench/test_time.py

Cold is `cargo test` into an empty target folder (what `cargo clean` leaves,
and what CI starts from; the shared target/ is left alone). Warm is the same
command run again at once, with nothing to rebuild. The cold run passes
`--timings`, so cargo reports how long each crate took to compile; the warm
run's output says how long each test binary, and the doc-tests, took to run.
Writes book/figures/test-time.md (and prints it).
"""

import datetime
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from freshness import git  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / 'book' / 'figures' / 'test-time.md'


def cpu_seconds():
    """User plus system time of this script's finished children so far."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def cargo_test(target, extra=()):
    """Wall seconds, CPU seconds (cargo, rustc, the tests: every process),
    exit code and output of one `cargo test`."""
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    started, cpu = time.monotonic(), cpu_seconds()
    # One stream, so that cargo's "Running ..." lines (stderr) stay next to
    # the results libtest prints (stdout).
    done = subprocess.run(['cargo', 'test', *extra], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.monotonic() - started
    return seconds, cpu_seconds() - cpu, done.returncode, done.stdout


def compile_units(target):
    """[(seconds, crate)] from cargo's --timings report, slowest first."""
    reports = sorted(Path(target).glob('cargo-timings/cargo-timing*.html'))
    if not reports:
        return []
    text = reports[-1].read_text()
    found = re.search(r'const UNIT_DATA = (\[.*?\]);', text, re.S)
    if not found:
        return []
    units = json.loads(found.group(1))
    # A unit's target reads like ` properties "test" (test)`, or is empty
    # for a library.
    return sorted(((u['duration'], f'{u["name"]}{u.get("target", "")}'.replace('"', '`'))
                   for u in units), reverse=True)


def test_runs(output):
    """[(seconds, binary, tests)] from libtest's summaries, slowest first."""
    runs, current = [], None
    for line in output.splitlines():
        line = line.strip()
        # "Running tests/golden.rs (target/debug/deps/golden-1f2e...)",
        # "Running unittests src/lib.rs (target/debug/deps/memview-...)",
        # "Doc-tests memview".
        running = re.match(r'Running (?:unittests )?(\S+) \((?:.*/)?([\w-]+?)-[0-9a-f]+\)', line)
        if running:
            current = f'{running.group(1)} ({running.group(2)})'
        doc = re.match(r'Doc-tests (\S+)', line)
        if doc:
            current = f'doc-tests of {doc.group(1)}'
        result = re.match(r'test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored.*'
                          r'finished in ([\d.]+)s', line)
        if result and current:
            passed, failed, ignored, seconds = result.groups()
            runs.append((float(seconds), current, int(passed) + int(failed), int(ignored)))
            current = None
        # tests/book.rs and tests/differential.rs have no libtest summary;
        # each prints its own, timed.
        book = re.match(r'book check: ok.*\(([\d.]+) s\)', line)
        if book and current:
            runs.append((float(book.group(1)), current, 'the book', 0))
            current = None
        chains = re.match(r'differential test: (\d+) chains, .* in ([\d.]+) s', line)
        if chains and current:
            runs.append((float(chains.group(2)), current, f'{chains.group(1)} chains', 0))
            current = None
    return sorted(runs, reverse=True)


def main():
    with tempfile.TemporaryDirectory(prefix='memview-test-time-') as target:
        cold, cold_cpu, cold_rc, cold_out = cargo_test(target, ['--timings'])
        warm, warm_cpu, warm_rc, warm_out = cargo_test(target)
        units = compile_units(target)
    runs = test_runs(warm_out)
    # Files other people edit meanwhile (the book) can make cargo rebuild.
    rebuilt = [l.split()[1] for l in warm_out.splitlines()
               if l.strip().startswith('Compiling')]
    build = cold - warm
    date = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
    rustc = subprocess.run(['rustc', '-V'], capture_output=True, text=True).stdout.strip()
    commit = git('log', '-1', '--format=%h (%s)')
    if git('status', '--porcelain', '--untracked-files=no'):
        commit += ' with uncommitted changes'
    # Wall time depends on what else the machine runs; CPU time much less.
    load = os.getloadavg()[0]
    status = 'passed' if cold_rc == warm_rc == 0 else f'FAILED (exit {cold_rc}, {warm_rc})'
    md = [
        '<!-- Generated by `python3 tools/bench/test_time.py`; do not edit by hand. -->',
        '',
        f'Measured on {date} by `python3 tools/bench/test_time.py`, at commit {commit}, '
        f'on {os.cpu_count()} cores with {rustc}, load average {load:.1f}; '
        f'`cargo test` {status}.',
        '',
        '| `cargo test` | wall time | CPU time (all processes) |',
        '|---|--:|--:|',
        f'| cold (empty target folder: every dependency compiled) | {cold:.0f} s | {cold_cpu:.0f} s |',
        f'| warm (nothing to rebuild: the tests only run) | {warm:.1f} s | {warm_cpu:.1f} s |',
        '',
        f'Cold minus warm, about {build:.0f} s, is compiling. The slowest compilations '
        '(crates compile two at a time, so these overlap):',
        '',
        '| crate | seconds |',
        '|---|--:|',
    ]
    md += [f'| {name} | {seconds:.1f} |' for seconds, name in units[:8]]
    md += [
        '',
        'The warm run, test binary by test binary (what was included when this was measured):',
        '',
        '| test binary | tests | ignored | seconds |',
        '|---|--:|--:|--:|',
    ]
    md += [f'| {name} | {tests} | {ignored} | {seconds:.2f} |' for seconds, name, tests, ignored in runs]
    total = sum(s for s, *_ in runs)
    if runs:
        seconds, name, *_ = runs[0]
        md += ['', f'The slowest is {name}, {seconds:.1f} s of the warm {warm:.1f} s. '
               f'All the test binaries together take {total:.1f} s; the other '
               f'{max(warm - total, 0):.1f} s is outside the binaries\' own clocks: cargo '
               'checking what to rebuild and starting each binary, rustdoc collecting the '
               'doc-tests' + (f', and recompiling {", ".join(rebuilt)}, changed between the '
                              'two runs' if rebuilt else '')
               + '. The times of the doc-tests and of skeptic include compiling their '
               'examples: rustdoc and skeptic build every example as a program of its '
               'own. The book check compiles only what must not compile, and only as far '
               'as type checking.']
    md.append('')
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text('\n'.join(md))
    print('\n'.join(md))
    if status != 'passed':
        print(cold_out[-3000:], file=sys.stderr)


if __name__ == '__main__':
    main()
