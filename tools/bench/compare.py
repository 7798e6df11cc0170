"""memview against CPython's memoryview and memcpy: one command, one table.

    python3 tools/bench/compare.py            # measure everything (~10 min)
    python3 tools/bench/compare.py --report-only book/figures/bench-results.json

It runs, one after the other on the same machine:
  1. `cargo bench --bench views`: memview's operations and the memcpy
     reference (criterion);
  2. tools/bench/cpython_bench.py: the same operations on the same bytes with
     CPython's memoryview (timeit);
  3. the peak-memory programs, each way in its own process, in both
     languages (benches/peak_memory.rs, tools/bench/peak_memory.py).
Then it prints the table of ratios and writes, for the book:
  book/figures/bench-results.md    the tables, the machine, the targets
  book/figures/bench-results.json  every raw number (--report-only reads it)
  book/figures/bench-speedup.svg   memview's speed over CPython's, per operation
  book/figures/bench-memcpy.svg    each copy's speed as a fraction of memcpy
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / 'book' / 'figures'
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import svg  # noqa: E402  (tools/bench/svg.py)

COMMAND = 'python3 tools/bench/compare.py'
SIZES = ['1KiB', '1MiB', '64MiB', '1GiB']

# What each benchmark id measures, in the words of the table. The Python
# statement each one times is in cpython_bench.py under the same id.
CREATE = {
    'new': ('make a view', '`memoryview(buf)`'),
    'slice': ('slice it', '`mv[1:-1:2]`'),
    'cast': ('cast it', "`mv.cast('i')`"),
    'cast_2d': ('cast it to 2-D', "`mv.cast('B', [n // 1024, 1024])`"),
}
# id: (description, the Python it mirrors, output bytes, target)
OPERATIONS = {
    'item/index_1d_B': ('index loop, 64 Ki bytes', '`for i in range(n): mv[i]`', None, 'x10'),
    'item/index_1d_d': ('index loop, 64 Ki doubles', 'the same, format `d`', None, 'x10'),
    'item/index_2d_B': ('index loop, 256 × 256 bytes', '`mv[i, j]` for every i, j', None, 'x10'),
    'item/iter_1d_B': ('iterate, 64 Ki bytes', '`for x in mv: pass`', None, 'x10'),
    'item/tolist_1d_B': ('`to_list`, 64 Ki bytes', '`mv.tolist()`', None, 'x10'),
    'item/tolist_1d_d': ('`to_list`, 64 Ki doubles', '`mv.tolist()`, format `d`', None, 'x10'),
    'item/tolist_2d_B': ('`to_list`, 256 × 256 bytes', '`mv.tolist()`, 2-D', None, 'x10'),
    'item/index_1d_B_typed': ('index loop, 64 Ki bytes, `typed::<u8>()`', '`for i in range(n): mv[i]`', None, 'x10'),
    'item/index_1d_d_typed': ('index loop, 64 Ki doubles, `typed::<f64>()`', 'the same, format `d`', None, 'x10'),
    'item/index_2d_B_typed': ('index loop, 256 × 256 bytes, `typed::<u8>()`', '`mv[i, j]` for every i, j', None, 'x10'),
    'item/iter_1d_B_typed': ('iterate, 64 Ki bytes, `typed::<u8>()`', '`for x in mv: pass`', None, 'x10'),
    'item/tolist_1d_B_typed': ('`typed::<u8>().to_vec()`, 64 Ki bytes', '`mv.tolist()`', None, 'x10'),
    'item/tolist_1d_d_typed': ('`typed::<f64>().to_vec()`, 64 Ki doubles', '`mv.tolist()`, format `d`', None, 'x10'),
    'copy/contig_64KiB': ('`to_bytes`, contiguous, 64 KiB', '`mv.tobytes()`', 64 << 10, 'memcpy0.9'),
    'copy/contig_16MiB': ('`to_bytes`, contiguous, 16 MiB', '`mv.tobytes()`', 16 << 20, 'memcpy0.9'),
    'copy/contig_256MiB': ('`to_bytes`, contiguous, 256 MiB', '`mv.tobytes()`', 256 << 20, 'memcpy0.9'),
    'copy/into_16MiB': ('16 MiB into an existing buffer, `set_slice`', '`dst[:] = mv`', 16 << 20, 'memcpy0.9'),
    'copy/into_256MiB': ('256 MiB into an existing buffer, `set_slice`', '`dst[:] = mv`', 256 << 20, 'memcpy0.9'),
    'copy/every2nd': ('every 2nd byte of 16 MiB', '`mv[::2].tobytes()`', 8 << 20, 'x1'),
    'copy/reversed': ('16 MiB of bytes reversed', '`mv[::-1].tobytes()`', 16 << 20, 'x1'),
    'copy/reversed_d': ('16 MiB of doubles reversed', '`mv[::-1].tobytes()`, format `d`', 16 << 20, 'x1'),
    # 4 KiB, one item per 4 KiB page: a cache and TLB miss each, not a copy.
    'copy/column': ('one column of a 4096 × 4096 image', '`flat[7::4096].tobytes()`', None, 'x1'),
    'copy/rows64_every2nd': ('every 2nd row, rows of 64 bytes', '`grid[::2].tobytes()`', 8 << 20, 'memcpy0.5'),
    'copy/rows1K_every2nd': ('every 2nd row, rows of 1 KiB', '`grid[::2].tobytes()`', 8 << 20, 'memcpy0.5'),
    'copy/transpose_u8': ('transpose, 4096 × 4096 bytes', "`grid.tobytes('F')`", 16 << 20, 'x1'),
    'copy/transpose_d': ('transpose, 2048 × 1024 doubles', "`grid.tobytes('F')`", 16 << 20, 'x1'),
    'copy/order_F_u8': ("`to_bytes_in(Order::F)`, 4096 × 4096", "`grid.tobytes('F')`", 16 << 20, 'x1'),
    'copy/nd3_reversed_i': ('3-D ints, first dimension reversed', '`cube[::-1].tobytes()`', 16 << 20, 'x1'),
    'copy/nd4_every2nd': ('4-D bytes, every 2nd in dimension 0', '`x[::2].tobytes()`', 8 << 20, 'x1'),
    'whole/hex_1MiB': ('`hex`, 1 MiB', '`mv.hex()`', None, 'x1'),
    'whole/hex_sep_1MiB': ('`hex_with(":", 2)`, 1 MiB', "`mv.hex(':', 2)`", None, 'x1'),
    'whole/eq_contig_B': ('`==`, 1 MiB of bytes', '`a == b`', None, 'x1'),
    'whole/eq_every2nd_B': ('`==`, every 2nd byte of 1 MiB', '`a[::2] == b[::2]`', None, 'x1'),
    'whole/eq_contig_d': ('`==`, 128 Ki doubles', '`a == b`, format `d`', None, 'x1'),
}
MEMCPY = {64 << 10: '64KiB', 8 << 20: '8MiB', 16 << 20: '16MiB', 256 << 20: '256MiB'}

# Why a target can be missed, and what would close the gap. Printed only
# under a target that this run missed.
CAST = (
    '`cast` checks the format string (ASCII, native, one character), the byte '
    'rule and the sizes, then builds the new layout inline (no allocation); '
    "CPython's checks are the same work in C. On a busy machine the two are "
    'within a few nanoseconds of each other.')
PER_ITEM = (
    'Every `get` returns a `Result<Value>`: the index is checked, the format '
    'string is read again, and a 32-byte `Value` is built, returned and '
    "dropped. CPython's whole loop turn, interpreter included, costs only a few "
    'times more, so a loop of `Value`s cannot be ten times faster. The '
    '`typed::<T>()` rows are the same loops when the program states the '
    'format once: each read is then a bounds check and a load.')
TOLIST = (
    "CPython's `tolist()` of bytes stores pointers to its cached small ints "
    '(8 bytes an item, nothing allocated); a memview `Value` is 32 bytes (its '
    '`Int` holds an `i128`), so the list is four times larger to write and to '
    'free. Ten times CPython needs a list of plain numbers: the '
    '`typed::<T>().to_vec()` rows.')
CONTIGUOUS = (
    'A contiguous `to_bytes` is one allocation and one `memcpy`, which is '
    "exactly what CPython's `tobytes()` does (memview's is `try_reserve` and "
    '`extend_from_slice`). Doing the same work, the two run at the same speed, '
    'and which one is a few percent ahead changes from run to run. No faster '
    'loop can win here; a copy into memory the caller already has can (the '
    '`set_slice` rows).')
WHY = {
    'create/cast/1GiB': CAST,
    'create/cast_2d/1GiB': CAST,
    'item/index_1d_B': PER_ITEM,
    'item/index_1d_d': PER_ITEM,
    'item/index_2d_B': PER_ITEM,
    'item/iter_1d_B': (
        '`Iter::next` builds, and the loop drops, a 32-byte `Value` per item; '
        "CPython's iterator hands out its cached small ints. The typed iterator "
        '(`typed::<u8>().iter()`) yields plain `u8`s.'),
    'item/tolist_1d_B': TOLIST,
    'item/tolist_2d_B': TOLIST,
    'item/tolist_1d_d': TOLIST,
    'item/index_2d_B_typed': (
        'A full index `[i, j]` goes through the same checks as `get_at` (the '
        'index length, each dimension, the format), which cost more than the '
        'read itself; a loop over rows with `sub_view` and `typed().get` avoids '
        'them.'),
    'copy/contig_64KiB': CONTIGUOUS,
    'copy/contig_16MiB': CONTIGUOUS,
    'copy/contig_256MiB': (
        'A new 256 MiB buffer is fresh memory from the kernel: every 4 KiB page '
        'faults and is zeroed on first write. The same copy into a new `Vec` '
        '(`to_vec()`, in the memcpy table) costs the same, and so does '
        "CPython's `tobytes()`; smaller buffers reuse memory the allocator "
        'already holds and reach memcpy speed. No loop closes it; a copy into '
        'memory the caller already has does: the `set_slice` rows (`dst[:] = mv`) '
        'copy as many bytes at memcpy speed.'),
    'copy/rows64_every2nd': (
        'Rows of 64 bytes, 128 bytes apart: each row is one cache line, but the '
        "hardware prefetcher fetches lines in pairs, so twice the output's bytes "
        'cross the memory bus. About 0.6 of memcpy is the limit for this layout.'),
    'whole/hex_1MiB': (
        '`hex()` writes two digits per byte from a 256-entry table into a '
        "buffer of the right size; CPython's `hex` does the same in C, so the "
        'two are close, and a busy machine can tip the ratio either way.'),
    'whole/hex_sep_1MiB': (
        'As for `hex()`, with a separator written after each group.'),
}
EQ = (
    '`==` between views of the same integer format compares their C-order '
    'bytes with one slice comparison (borrowed when contiguous, gathered '
    'otherwise), and floats as floats; views of different formats are '
    'compared item by item as Python values.')
WHY.update({op: EQ for op in ('whole/eq_contig_B', 'whole/eq_every2nd_B', 'whole/eq_contig_d')})


def run(cmd, **kwargs):
    print('$', ' '.join(str(c) for c in cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, cwd=ROOT, check=True, text=True, **kwargs)


def first_line(cmd):
    try:
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True).stdout
        return out.strip().splitlines()[0]
    except (OSError, IndexError):
        return 'unknown'


def machine():
    cpu = 'unknown'
    try:
        for line in Path('/proc/cpuinfo').read_text().splitlines():
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    except OSError:
        pass
    try:
        pretty = [l for l in Path('/etc/os-release').read_text().splitlines()
                  if l.startswith('PRETTY_NAME=')]
        os_name = pretty[0].split('=', 1)[1].strip('"')
    except (OSError, IndexError):
        os_name = platform.system()
    mem = 'unknown'
    try:
        kib = int(Path('/proc/meminfo').read_text().split()[1])
        mem = f'{kib / (1 << 20):.0f} GiB'
    except (OSError, ValueError, IndexError):
        pass
    commit = first_line(['git', 'rev-parse', '--short', 'HEAD'])
    dirty = subprocess.run(['git', 'status', '--porcelain'], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return {
        'cpu': cpu,
        'cores': os.cpu_count(),
        'memory': mem,
        'os': f'{os_name}, Linux {platform.release()}',
        'rustc': first_line(['rustc', '-V']),
        'python': f'CPython {platform.python_version()}',
        'date': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'),
        'commit': commit + (' (with uncommitted changes)' if dirty else ''),
        'load_before': os.getloadavg()[0],
    }


def criterion_results(home):
    """{full id: seconds per call} from a criterion output folder: the
    fastest of its samples (each sample is the mean of many calls)."""
    results = {}
    for bench in Path(home).rglob('new/benchmark.json'):
        info = json.loads(bench.read_text())
        sample = json.loads((bench.parent / 'sample.json').read_text())
        per_call = [t / n for t, n in zip(sample['times'], sample['iters'])]
        results[info['full_id']] = min(per_call) * 1e-9
    return results


def measure():
    raw = {'machine': machine()}
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, CRITERION_HOME=str(Path(tmp) / 'criterion'))
        run(['cargo', 'bench', '--bench', 'views'], env=env, stdout=sys.stderr)
        raw['memview'] = criterion_results(env['CRITERION_HOME'])
        out = Path(tmp) / 'cpython.json'
        run([sys.executable, HERE / 'cpython_bench.py', '--out', out])
        raw['cpython'] = json.loads(out.read_text())
    memory = []
    lines = run(['cargo', 'bench', '--bench', 'peak_memory'], capture_output=True).stdout
    memory += [json.loads(l) for l in lines.splitlines() if l.startswith('{')]
    for mode in ('views', 'copies'):
        line = run([sys.executable, HERE / 'peak_memory.py', mode], capture_output=True).stdout
        memory.append(json.loads(line))
    raw['memory'] = memory
    raw['machine']['load_after'] = os.getloadavg()[0]
    return raw


def duration(seconds):
    for unit, scale in (('s', 1), ('ms', 1e-3), ('µs', 1e-6), ('ns', 1e-9)):
        if seconds >= scale:
            return f'{seconds / scale:.3g} {unit}'
    return f'{seconds * 1e9:.2g} ns'


def times(ratio):
    return f'{ratio:.3g}×'


def rows(raw):
    """One dict per operation: times, ratios, target, whether it is met."""
    rs, py = raw['memview'], raw['cpython']
    out = []
    for op, (what, python) in CREATE.items():
        costs = [rs[f'create/{op}/{size}'] for size in SIZES]
        spread = max(costs) / min(costs)
        speedup = py[f'create/{op}/1GiB'] / rs[f'create/{op}/1GiB']
        out.append(dict(
            id=f'create/{op}/1GiB', what=f'{what} (1 GiB buffer)', python=python,
            rs=rs[f'create/{op}/1GiB'], py=py[f'create/{op}/1GiB'],
            speedup=speedup, memcpy=None, spread=spread,
            target='faster than CPython; 1 GiB costs what 1 KiB does',
            met=speedup > 1 and spread < 1.5,
            miss=(f'{times(speedup)} CPython\'s speed ({1 / speedup:.2g} times slower)'
                  if speedup <= 1 else f'1 GiB costs {spread:.2f} times what 1 KiB does')))
    for op, (what, python, out_bytes, target) in OPERATIONS.items():
        speedup = py[op] / rs[op]
        memcpy = rs[f'memcpy/{MEMCPY[out_bytes]}'] / rs[op] if out_bytes else None
        slower = f'{times(speedup)} CPython\'s speed ({1 / speedup:.2g} times slower)'
        if target == 'x10':
            goal, met = '≥ 10× CPython', speedup >= 10
            miss = f'{times(speedup)} CPython\'s speed, {10 / speedup:.2g} times short of 10×'
        elif target.startswith('memcpy'):
            need = float(target[len('memcpy'):])
            goal = f'≥ {need}× memcpy, faster than CPython'
            met = memcpy >= need and speedup > 1
            miss = (f'{memcpy:.2f}× memcpy, {need / memcpy:.2g} times short of {need}×'
                    if memcpy < need else slower)
        else:
            goal, met = 'faster than CPython', speedup > 1
            miss = slower
        out.append(dict(id=op, what=what, python=python, rs=rs[op], py=py[op],
                        speedup=speedup, memcpy=memcpy, spread=None,
                        target=goal, met=met, miss=None if met else miss))
    return out


def console_table(table):
    lines = [f'{"operation":44} {"memview":>10} {"CPython":>10} {"vs CPython":>11} '
             f'{"vs memcpy":>10}  target']
    for r in table:
        memcpy = f'{r["memcpy"]:.2f}×' if r['memcpy'] is not None else ''
        mark = 'met' if r['met'] else 'MISSED'
        what = r['what'].replace('`', '')
        lines.append(f'{what[:44]:44} {duration(r["rs"]):>10} {duration(r["py"]):>10} '
                     f'{times(r["speedup"]):>11} {memcpy:>10}  {mark}: {r["target"]}')
    return '\n'.join(lines)


def memory_rows(raw):
    out = []
    for m in raw['memory']:
        buffer_mib = m['buffer_bytes'] / (1 << 20)
        extra = (m['peak_kib'] - m['before_kib']) / 1024 - buffer_mib
        out.append((m['lang'], m['mode'], m['peak_kib'] / 1024, extra, m['seconds'], m['checksum']))
    return out


def short(target):
    """A target in few words, so that the table of ratios fits a page."""
    return (target.replace('faster than CPython', '> CPython')
            .replace('; 1 GiB costs what 1 KiB does', ', flat'))


def markdown(raw, table):
    m = raw['machine']
    rs = raw['memview']
    met = sum(r['met'] for r in table)
    md = [
        '<!-- Generated by `python3 tools/bench/compare.py`; do not edit by hand. -->',
        '',
        f'Measured on {m["date"]} by `{COMMAND}`, on: {m["cpu"]}, {m["cores"]} cores, '
        f'{m["memory"]}; {m["os"]}; {m["rustc"]}; {m["python"]}; memview at commit '
        f'{m["commit"]}. Load average {m["load_before"]:.1f} before the run and '
        f'{m["load_after"]:.1f} after it (other work on the machine slows both sides, which is why '
        'the headline numbers are ratios of times measured in the same run).',
        '',
        '**vs CPython** is how many times faster memview is than CPython\'s `memoryview` '
        'doing the same thing to the same bytes (CPython\'s time ÷ memview\'s). '
        '**vs memcpy** is a copy\'s speed as a fraction of `copy_from_slice` copying as '
        'many bytes into a buffer that already exists (memcpy\'s time ÷ the copy\'s). '
        'Times are per call, the fastest of many samples (criterion for memview, `timeit` '
        'for CPython), each sample the mean of many calls: the fastest sample is the one '
        'least disturbed by the rest of the machine.',
        '',
        f'Targets met: {met} of {len(table)}. In the plots (`bench-speedup.svg`, '
        '`bench-memcpy.svg`), blue bars met their target and orange bars missed it.',
        '',
        '| operation | vs CPython | vs memcpy | target | |',
        '|---|--:|--:|---|---|',
    ]
    for r in table:
        memcpy = f'{r["memcpy"]:.2f}×' if r['memcpy'] is not None else ''
        md.append(f'| {r["what"]} | {times(r["speedup"])} | {memcpy} | {short(r["target"])} '
                  f'| {"met" if r["met"] else "**missed**"} |')
    md += [
        '',
        '**The times behind the ratios.** Per call, the fastest sample of each side:',
        '',
        '| operation | the Python it mirrors | memview | CPython |',
        '|---|---|--:|--:|',
    ]
    for r in table:
        md.append(f'| {r["what"]} | {r["python"]} | {duration(r["rs"])} | {duration(r["py"])} |')
    md += [
        '',
        '**Making a view costs the same whatever the size of the buffer.** Nanoseconds per '
        'call, memview:',
        '',
        '| operation | ' + ' | '.join(s[:-3] + ' ' + s[-3:] for s in SIZES)
        + ' | largest ÷ smallest |',
        '|---|' + '--:|' * (len(SIZES) + 1),
    ]
    for op, (what, _) in CREATE.items():
        costs = [rs[f'create/{op}/{s}'] for s in SIZES]
        md.append(f'| {what} | ' + ' | '.join(f'{c * 1e9:.1f}' for c in costs)
                  + f' | {max(costs) / min(costs):.2f} |')
    md += [
        '',
        'Allocation-free, too: `tests/alloc_free.rs` counts heap allocations around '
        '`View::new` (of a vector, and of an exporter that states its layout with '
        '`Layout::new`), `slice`, `slice_dim`, `sub_view`, `cast` and `cast_shape` for '
        'views of 1 to 4 dimensions (none) and of 5 or more (two: the shape and the '
        'strides spill to the heap).',
        '',
        'The memcpy reference, and the same copy into a new `Vec` (`to_vec()`, which is '
        'what any copy that returns new bytes pays):',
        '',
        '| bytes | `copy_from_slice` | `to_vec()` |',
        '|--:|--:|--:|',
    ]
    for size in MEMCPY.values():
        alloc = rs.get(f'memcpy/alloc_{size}')
        md.append(f'| {size[:-3]} {size[-3:]} | {duration(rs[f"memcpy/{size}"])} | '
                  f'{duration(alloc) if alloc else ""} |')
    md += [
        '',
        '**Peak memory**, processing a 256 MiB buffer (strip a 64-byte header, cut the '
        'rest into 4 KiB records kept in a list, checksum each record), each way in a '
        'process of its own. *Extra* is the peak resident memory above the buffer itself '
        'and the bare process.',
        '',
        '| language | way | peak | extra | time | checksum |',
        '|---|---|--:|--:|--:|--:|',
    ]
    names = {'rust': 'Rust, memview', 'python': 'Python, memoryview'}
    for lang, mode, peak, extra, seconds, checksum in memory_rows(raw):
        md.append(f'| {names.get(lang, lang)} | {mode} | {peak:.0f} MiB | {extra:.0f} MiB | '
                  f'{seconds:.2f} s | {checksum} |')
    misses = [r for r in table if not r['met']]
    if misses:
        md += ['', '**Targets missed**, by how much, and why:', '']
        # Operations missing for the same reason share one explanation.
        reasons = {}
        for r in misses:
            why = WHY.get(r['id'], 'Not yet explained: see the report of issue 6.')
            reasons.setdefault(why, []).append(f'{r["what"]}: {r["miss"]}')
        for why, which in reasons.items():
            md.append(f'- {"; ".join(which)}. {why}')
    md.append('')
    return '\n'.join(md)


def plots(table):
    speed = [(r['what'].replace('`', ''), r['speedup'], r['met']) for r in table]
    FIGURES.joinpath('bench-speedup.svg').write_text(svg.log_bars(
        'memview vs CPython memoryview: times faster (log scale)', speed,
        marks=[(1, 'as fast'), (10, '10×')]))
    copies = [(r['what'].replace('`', ''), r['memcpy'], r['met'])
              for r in table if r['memcpy'] is not None]
    FIGURES.joinpath('bench-memcpy.svg').write_text(svg.linear_bars(
        'to_bytes speed as a fraction of memcpy', copies,
        marks=[(0.5, '0.5'), (0.9, '0.9'), (1.0, '')]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--report-only', metavar='JSON',
                        help='rebuild the report from a saved bench-results.json')
    args = parser.parse_args()
    if args.report_only:
        raw = json.loads(Path(args.report_only).read_text())
    else:
        raw = measure()
    missing = set(OPERATIONS) - set(raw['memview']) | set(OPERATIONS) - set(raw['cpython'])
    if missing:
        sys.exit(f'no result for {sorted(missing)}')
    table = rows(raw)
    print(console_table(table))
    print()
    for lang, mode, peak, extra, seconds, _ in memory_rows(raw):
        print(f'peak memory, {lang:6} {mode:6}: {peak:6.0f} MiB ({extra:+.0f} MiB over the buffer)')
    FIGURES.mkdir(parents=True, exist_ok=True)
    if not args.report_only:
        FIGURES.joinpath('bench-results.json').write_text(json.dumps(raw, indent=1) + '\n')
    FIGURES.joinpath('bench-results.md').write_text(markdown(raw, table))
    plots(table)
    print(f'\nwrote {FIGURES.relative_to(ROOT)}/bench-results.{{md,json}}, bench-*.svg',
          file=sys.stderr)


if __name__ == '__main__':
    main()
