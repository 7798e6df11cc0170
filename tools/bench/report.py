"""The book's benchmark figures, from the raw results of compare.py.

    python3 tools/bench/report.py --agree RUN1.json RUN2.json RUN3.json

`write(raw, folder)` writes bench-results.md (the appendix: method, every
target, every table), bench-headline.md (the chapter's few numbers) and the
two plots; `--agree` says how far apart several runs are on the ratios that
decide a target (compare.py keeps every run's in `raw['runs']`, and the
appendix page shows them).
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import svg  # noqa: E402
from python_ops import MEMCPY_REFERENCE  # noqa: E402

SIZES = ['1KiB', '1MiB', '64MiB', '1GiB']
NDARRAY = 'ndarray 0.17.2'  # tools/bench/rust/Cargo.toml pins it
COPY_GOAL, TRANSPOSE_GOAL = 0.9, 0.4  # fractions of memcpy's speed
CREATE = {
    'new': ('make a view', '`memoryview(buf)`'),
    'slice': ('slice it, `[1:-1:2]`', '`mv[1:-1:2]`'),
    'cast': ("cast it to `'i'`", "`mv.cast('i')`"),
    'cast_2d': ('cast it to 2-D', "`mv.cast('B', [n // 1024, 1024])`"),
}
# group/name: (what, the Python it mirrors); the copies' memcpy references are
# python_ops.MEMCPY_REFERENCE, part of what is measured.
OPS = {
    'item/index_1d_B': ('`get` loop, 64 Ki bytes', '`for i in range(n): mv[i]`'),
    'item/index_1d_d': ('`get` loop, 64 Ki doubles', 'the same, format `d`'),
    'item/index_2d_B': ('`get_at` loop, 256 × 256 bytes', '`mv[i, j]` for every i, j'),
    'item/iter_1d_B': ('iterate, 64 Ki bytes', '`for x in mv: pass`'),
    'item/index_1d_B_typed': ('typed `get` loop, 64 Ki bytes', '`for i in range(n): mv[i]`'),
    'item/index_1d_d_typed': ('typed `get` loop, 64 Ki doubles', 'the same, format `d`'),
    'item/index_2d_B_typed': ('typed `get_at` loop, 256 × 256', '`mv[i, j]` for every i, j'),
    'item/iter_1d_B_typed': ('typed iterate, 64 Ki bytes', '`for x in mv: pass`'),
    'item/tolist_1d_B': ('`to_list`, 64 Ki bytes', '`mv.tolist()`'),
    'item/tolist_1d_d': ('`to_list`, 64 Ki doubles', '`mv.tolist()`, format `d`'),
    'item/tolist_2d_B': ('`to_list`, 256 × 256 bytes', '`mv.tolist()`, 2-D'),
    'copy/contig_64KiB': ('`to_bytes`, 64 KiB', '`mv.tobytes()`'),
    'copy/contig_16MiB': ('`to_bytes`, 16 MiB', '`mv.tobytes()`'),
    'copy/contig_256MiB': ('`to_bytes`, 256 MiB (a new buffer)', '`mv.tobytes()`'),
    'copy/bytes_into_16MiB': ('`to_bytes_into` a kept `Vec`, 16 MiB', '`out[:] = mv`'),
    'copy/bytes_into_256MiB': ('`to_bytes_into` a kept `Vec`, 256 MiB', '`out[:] = mv`'),
    'copy/into_16MiB': ('`set_slice`, 16 MiB', '`dst[:] = mv`'),
    'copy/into_256MiB': ('`set_slice`, 256 MiB', '`dst[:] = mv`'),
    'copy/every2nd': ('every 2nd byte of 16 MiB', '`mv[::2].tobytes()`'),
    'copy/reversed': ('16 MiB of bytes reversed', '`mv[::-1].tobytes()`'),
    'copy/reversed_d': ('16 MiB of doubles reversed', '`mv[::-1].tobytes()`'),
    'copy/column': ('a column of 4096 × 4096', '`flat[7::4096].tobytes()`'),
    'copy/rows64_every2nd': ('every 2nd row, rows of 64 B', '`grid[::2].tobytes()`'),
    'copy/rows1K_every2nd': ('every 2nd row, rows of 1 KiB', '`grid[::2].tobytes()`'),
    'copy/nd3_reversed_i': ('3-D ints, dimension 0 reversed', '`cube[::-1].tobytes()`'),
    'copy/nd4_every2nd': ('4-D bytes, every 2nd in dimension 0', '`x[::2].tobytes()`'),
    'copy/transpose_u8': ('transpose, 4096 × 4096 bytes', "`grid.tobytes('F')`"),
    'copy/transpose_d': ('transpose, 2048 × 1024 doubles', "`grid.tobytes('F')`"),
    'copy/order_F_u8': ('`to_bytes_with(Order::F)`, 4096²', "`grid.tobytes('F')`"),
    'whole/hex_1MiB': ('`hex`, 1 MiB', '`mv.hex()`'),
    'whole/hex_sep_1MiB': ("`hex_with(':', 2)`, 1 MiB", "`mv.hex(':', 2)`"),
    'whole/eq_contig_B': ('`==`, 1 MiB of bytes', '`a == b`'),
    'whole/eq_every2nd_B': ('`==`, every 2nd byte of 1 MiB', '`a[::2] == b[::2]`'),
    'whole/eq_contig_d': ('`==`, 128 Ki doubles', '`a == b`, format `d`'),
}
TYPED = ['item/index_1d_B_typed', 'item/index_1d_d_typed', 'item/index_2d_B_typed',
         'item/iter_1d_B_typed']
TOLIST = ['item/tolist_1d_B', 'item/tolist_1d_d', 'item/tolist_2d_B']
ROW_COPIES = ['copy/contig_64KiB', 'copy/contig_16MiB', 'copy/rows64_every2nd',
              'copy/rows1K_every2nd']
STRIDED_ROWS = ['copy/rows64_every2nd', 'copy/rows1K_every2nd', 'copy/nd3_reversed_i',
                'copy/nd4_every2nd']
TRANSPOSES = ['copy/transpose_u8', 'copy/transpose_d', 'copy/order_F_u8']
EQ = ['whole/eq_contig_B', 'whole/eq_every2nd_B', 'whole/eq_contig_d']
INTO = ['copy/bytes_into_16MiB', 'copy/bytes_into_256MiB', 'copy/into_16MiB', 'copy/into_256MiB']
BIG = ['16MiB', '32MiB', '64MiB', '256MiB']

WHY = {
    'transpose': (
        'A transpose reads one item per cache line in one of the two directions; memview '
        'copies it in square tiles so that each line is used whole, but moves one item at a '
        'time (a load and a store per byte for `u8`). memcpy moves 16 or 32 bytes per '
        'instruction. Closing the gap needs a register-level transpose of 8 × 8 or 16 × 16 '
        'blocks (shuffles, which safe Rust reaches only through `std::arch`, or a SIMD '
        'crate); NumPy and ndarray do no better (see the peers\' columns).'),
    'rows64': (
        'Rows of 64 bytes, 128 bytes apart: each row is one cache line, but the hardware '
        "prefetcher fetches lines in pairs, so twice the output's bytes cross the memory bus, "
        'while the reference copies only the output. Every library copies this layout well '
        'below memcpy (the ndarray and NumPy columns).'),
    'ndarray2': (
        'The old target (issue 6) asked twice the speed of ndarray\'s `as_standard_layout`. '
        'Both copy row by row at close to memory speed, so neither can be twice the other: '
        'the target is out of reach, not the code.'),
    'rows1K': (
        'Rows of 1 KiB, 2 KiB apart: each row is one `memcpy` of 1 KiB, but the hardware '
        'prefetchers also fetch part of each skipped kilobyte, so more bytes cross the bus '
        'than the reference copies. And the reference is a memcpy of the output\'s 8 MiB, '
        'which a large last-level cache can hold, while the copy reads a 16 MiB region '
        '(compare the 8 MiB and 16 MiB memcpy times). ndarray and NumPy copy this layout no '
        'faster (their columns).'),
    'eq': (
        'Strided items are compared a block of 1024 at a time: each block is gathered from '
        'both sides into a buffer on the stack by the every-2nd copy loop, then compared as '
        'a run, about 7 instructions an item. NumPy compares strided bytes in one vectorised '
        'pass; matching it takes strided vector compares, which safe Rust reaches only '
        'through `std::arch` or a SIMD crate.'),
    'instructions': (
        '`get` builds a 32-byte `Value` behind a `Result` and the caller drops it (an '
        'out-of-line `drop_in_place`, about 9 instructions); a float item is a few '
        'instructions more than a byte. A smaller `Value` (an `i64` instead of an `i128`) '
        'would close it; the typed reads need none of it.'),
    'nanoseconds': (
        'These operations take tens of nanoseconds: on a busy machine the fastest sample of '
        'one size can still be off by more than the target allows. They run the same '
        'instructions whatever the size (nothing is copied; `tests/alloc_free.rs` checks '
        'that nothing is allocated).'),
    'noise': (
        'Not explained by the code: each is one `memcpy` (`extend_from_slice`, '
        '`copy_from_slice`), the same work as the reference, timed in the same rounds; the '
        '16 MiB `to_bytes` also makes a new buffer, which the allocator may or may not hand '
        'back from freed memory. On a machine shared with other work, memory traffic from '
        'the other processes moves these from run to run (see *Do runs agree?* above): '
        'rerun on a quiet machine.'),
    'fresh': (
        'A new buffer of 32 MiB or more is fresh memory from the kernel (glibc maps it anew '
        'on every call above its largest mmap threshold, 32 MiB): every 4 KiB page faults '
        'and is zeroed on first write. See *The large copy* below: the floor for fresh memory '
        'is far under memcpy into memory that exists, and `to_bytes_into` reaches memcpy.'),
}


def best(raw, op_id):
    times = raw['timing']['samples'].get(op_id)
    return min(times) if times else None


def reference(raw, op):
    """The memcpy of as many bytes as `op` copies, timed in `op`'s own
    rounds; None for an operation that has no memcpy to compare with."""
    return best(raw, f'memcpy:{op}') if op in MEMCPY_REFERENCE else None


def ratio(a, b):
    return a / b if a and b else None


def meets(value, goal):
    """Whether `value` reaches `goal` ('≤ 60', '≥ 0.9×', '< 1.5')."""
    if value is None:
        return False
    limit = float(goal.split()[1].rstrip('×'))
    if goal.startswith('≤'):
        return round(value, 1) <= limit  # counts are whole; the division leaves noise
    if goal.startswith('<'):
        return value < limit
    return value >= limit


def targets(raw):
    """[(target, row, value, goal, met, why)]: every target, met or missed."""
    t = []
    ins = raw.get('instructions', {})
    for op, limit in [('item/index_1d_B', 60), ('item/index_1d_d', 60),
                      ('item/index_1d_B_typed', 30), ('item/index_1d_d_typed', 30),
                      ('item/tolist_1d_B', 35), ('item/tolist_1d_d', 35),
                      ('item/tolist_2d_B', 35)]:
        n = ins.get(op, {}).get('memview')
        t.append(('instructions per item', op, n, f'≤ {limit}', meets(n, f'≤ {limit}'),
                  'instructions'))
    for ops, need, name in [(TYPED, 15, 'typed per-item loop vs CPython'),
                            (TOLIST, 10, '`to_list` vs CPython')]:
        for op in ops:
            r = ratio(best(raw, f'cpython:{op.removesuffix("_typed")}'),
                      best(raw, f'memview:{op}'))
            t.append((name, op, r, f'≥ {need}×', meets(r, f'≥ {need}×'), 'noise'))
    for op in ROW_COPIES + ['copy/contig_256MiB'] + INTO:
        r = ratio(reference(raw, op), best(raw, f'memview:{op}'))
        why = {'copy/rows64_every2nd': 'rows64', 'copy/rows1K_every2nd': 'rows1K',
               'copy/contig_256MiB': 'fresh'}.get(op, 'noise')
        goal = f'≥ {COPY_GOAL}×'
        t.append(('copy vs memcpy', op, r, goal, meets(r, goal), why))
    for op in TRANSPOSES:
        r = ratio(reference(raw, op), best(raw, f'memview:{op}'))
        goal = f'≥ {TRANSPOSE_GOAL}×'
        t.append(('transpose vs memcpy', op, r, goal, meets(r, goal), 'transpose'))
    for op in EQ:
        r = ratio(best(raw, f'numpy:{op}'), best(raw, f'memview:{op}'))
        t.append(('`==` vs NumPy', op, r, '≥ 1×', meets(r, '≥ 1×'), 'eq'))
    for op in STRIDED_ROWS:
        r = ratio(best(raw, f'ndarray:{op}'), best(raw, f'memview:{op}'))
        t.append(('strided rows vs ndarray (issue 6)', op, r, '≥ 2×', meets(r, '≥ 2×'),
                  'ndarray2'))
    for op in CREATE:
        costs = [best(raw, f'memview:create/{op}/{s}') or float('nan') for s in SIZES]
        spread = max(costs) / min(costs)
        t.append(('O(1): 1 GiB ÷ 1 KiB', f'create/{op}', spread, '< 1.5', meets(spread, '< 1.5'),
                  'nanoseconds'))
    return t


def deciding(raw):
    """{target and row: value}: the numbers that decide a target."""
    return {f'{name} | {op}': value for name, op, value, *_ in targets(raw) if value}


def what(op):
    if op.startswith('create/'):
        return CREATE[op.split('/')[1]][0]
    return OPS[op][0]


def fmt_value(value, goal):
    if value is None:
        return 'not measured'
    if goal.startswith('≤') or goal.startswith('<'):
        return f'{value:.3g}'
    return f'{value:.3g}×'


def spaced(size):
    """'1KiB' as a reader writes it: '1 KiB'."""
    return f'{size[:-3]} {size[-3:]}'


def duration(seconds):
    if seconds is None:
        return ''
    for unit, scale in (('s', 1), ('ms', 1e-3), ('µs', 1e-6), ('ns', 1e-9)):
        if seconds >= scale:
            return f'{seconds / scale:.3g} {unit}'
    return f'{seconds * 1e9:.2g} ns'


def header(raw):
    m, tm = raw['machine'], raw['timing']
    loads = ', '.join(f'{g} {a:.1f}→{b:.1f}' for g, (a, b) in tm['loads'].items())
    commit = m['commit'] + (' (with uncommitted changes)' if m.get('dirty') else '')
    return (
        f'Measured on {m["date"]} by `{raw["command"]}` in {raw.get("seconds", 0) // 60} min '
        f'{raw.get("seconds", 0) % 60} s, at commit **{commit}** (the last commit that changed '
        f'the measured code), on: {m["cpu"]}, {m["cores"]} cores, {m["memory"]}; {m["os"]}; '
        f'{m["rustc"]}; {m["python"]}; NumPy {tm.get("numpy")}; {NDARRAY}; transparent '
        f'huge pages `{m.get("transparent_hugepages")}`. Load average (1 min) {m["load_before"]:.1f} '
        f'before the run, {m["load_after"]:.1f} after it; per group: {loads}.')


def markdown(raw, ts):
    tm = raw['timing']
    met = sum(1 for x in ts if x[4])
    md = ['<!-- Generated by `python3 tools/bench/compare.py`; do not edit by hand. -->', '',
          header(raw), '',
          f'**Method.** Every operation is timed in Rust (memview, {NDARRAY}, memcpy) and '
          f'in Python (CPython\'s `memoryview`, NumPy) in the same run, interleaved: one sample '
          f'of each side, then the next round, {tm["rounds"]} rounds, each sample the mean of as '
          f'many calls as fill {tm["sample_seconds"] * 1000:.0f} ms. Each time is the fastest '
          f'sample; every side has the same number of samples. Both sides do the same work '
          f'(no `len()` around a view; `to_list` against `tolist()`, `to_bytes` against '
          f'`tobytes()`). Per-item loops are also counted in instructions under callgrind, a '
          f'figure the load cannot move. **vs X** is X\'s time ÷ memview\'s: above 1, memview '
          f'is faster. **vs memcpy** compares with `copy_from_slice` of as many bytes as the '
          f'copy produces, into a buffer that exists, timed in the same rounds as the copy. '
          f'The order of the sides turns from round to round, so that none always runs just '
          f'after the other process has filled the caches with its own data.', '',
          f'**Targets met: {met} of {len(ts)}.**', '',
          '| target | operation | measured | goal | |', '|---|---|--:|--:|---|']
    for name, op, value, goal, ok, _ in ts:
        md.append(f'| {name} | {what(op)} | {fmt_value(value, goal)} | {goal} | '
                  f'{"met" if ok else "**missed**"} |')
    times = ['', '**Times**, per call, the fastest sample of each side:', '',
             '| operation | memview | CPython | NumPy | ndarray | memcpy |',
             '|---|--:|--:|--:|--:|--:|']
    ratios = ['', '**Ratios**, the other side\'s time ÷ memview\'s (above 1, memview is '
              'faster):', '',
              '| operation | the Python it mirrors | vs CPython | vs NumPy | vs ndarray '
              '| vs memcpy |', '|---|---|--:|--:|--:|--:|']
    for op, (text, python) in OPS.items():
        twin = op.removesuffix('_typed')
        mv = best(raw, f'memview:{op}')
        cp, npy = best(raw, f'cpython:{twin}'), best(raw, f'numpy:{twin}')
        nd = best(raw, f'ndarray:{twin}')
        mc = reference(raw, op)
        times.append(f'| {text} | ' + ' | '.join(duration(x) for x in (mv, cp, npy, nd, mc))
                     + ' |')
        ratios.append(f'| {text} | {python} | ' + ' | '.join(
            f'{r:.3g}×' if (r := ratio(x, mv)) else '' for x in (cp, npy, nd, mc)) + ' |')
    md += times + ratios
    ins = raw.get('instructions', {})
    md += ['', '**Instructions per item** (callgrind; the loop over 64 Ki items run once and '
           'many times, the difference divided by the extra items):', '',
           '| loop | memview | CPython | CPython ÷ memview |', '|---|--:|--:|--:|']
    for op, n in ins.items():
        md.append(f'| {OPS[op][0]} | {n["memview"]:.0f} | {n["cpython"]:.0f} | '
                  f'{n["cpython"] / max(n["memview"], 0.5):.3g}× |')
    md += ['', '**Making a view costs the same whatever the size of the buffer**, nanoseconds '
           'per call (CPython and peers at 1 GiB):', '',
           '| operation | ' + ' | '.join(spaced(s) for s in SIZES)
           + ' | CPython | NumPy | ndarray |', '|---|' + '--:|' * (len(SIZES) + 3)]
    for op, (text, python) in CREATE.items():
        cells = [best(raw, f'memview:create/{op}/{s}') for s in SIZES]
        cells += [best(raw, f'{side}:create/{op}/1GiB') for side in ('cpython', 'numpy', 'ndarray')]
        md.append(f'| {text} ({python}) | ' + ' | '.join(
            f'{c * 1e9:.1f}' if c else '' for c in cells) + ' |')
    md += agreement(raw, ts) + big_copy(raw) + memory(raw) + misses(ts)
    return '\n'.join(md) + '\n'


AGREE = 1.1  # runs agree when the largest value is within 10% of the smallest


def spreads(raw, ts):
    """[(target row, every run's value, spread, verdicts met)] for each
    deciding number, from the runs compare.py kept (`raw['runs']`)."""
    rows = []
    for name, op, _, goal, *_ in ts:
        values = [run.get(f'{name} | {op}') for run in raw.get('runs', [])]
        if values and None not in values:
            rows.append(((name, op, goal), values, max(values) / min(values),
                         sum(meets(v, goal) for v in values)))
    return rows


def agreement_summary(raw, rows):
    """How many deciding numbers agree, in a sentence, from `spreads`."""
    if not rows:
        return None
    runs = len(raw['runs'])
    within = sum(spread <= AGREE for _, _, spread, _ in rows)
    same = sum(met in (0, runs) for *_, met in rows)
    worst = max(spread for _, _, spread, _ in rows)
    return (f'{runs} runs of the command agree within 10% on {within} of {len(rows)} deciding '
            f'numbers (the largest spread is {worst:.2f}×); {same} of {len(rows)} targets are '
            f'met in every run or missed in every run')


def agreement(raw, ts):
    rows = spreads(raw, ts)
    if not rows:
        return []
    runs = len(raw['runs'])
    md = ['', f'**Do runs agree?** The command measured everything {runs} times; the tables '
          f'above show the last run. {agreement_summary(raw, rows)}. *Spread* is the largest '
          f'value ÷ the smallest; in bold where it is over 10%, or where runs disagree on the '
          f'verdict. Instruction counts do not move; the ratios of large copies move most, '
          f'with memory bandwidth shared with other machines\' work.', '',
          '| target | operation | ' + ' | '.join(f'run {n}' for n in range(1, runs + 1))
          + ' | spread | met in |', '|---|---|' + '--:|' * (runs + 2)]
    for (name, op, goal), values, spread, met in rows:
        cells = ' | '.join(fmt_value(v, goal) for v in values)
        bold = '**' if spread > AGREE else ''
        verdict = f'{met} of {runs}' if met in (0, runs) else f'**{met} of {runs}**'
        md.append(f'| {name} | {what(op)} | {cells} | {bold}{spread:.2f}×{bold} | {verdict} |')
    return md


def big_copy(raw):
    md = ['', '**The large copy.** `to_bytes` makes a new buffer each call; memcpy copies into '
          'one that exists; *with huge pages* is the same `to_bytes` in a process started with '
          '`GLIBC_TUNABLES=glibc.malloc.hugetlb=1` (glibc asks for transparent huge pages for '
          'the memory it maps):', '',
          '| bytes | `to_bytes` | CPython `tobytes()` | with huge pages | memcpy | `to_bytes` vs '
          'memcpy | with huge pages |', '|--:|--:|--:|--:|--:|--:|--:|']
    for size in BIG:
        mv, cp = best(raw, f'memview:big/to_bytes_{size}'), best(raw, f'cpython:big/to_bytes_{size}')
        hp, mc = best(raw, f'memview+hugepages:big/to_bytes_{size}'), best(raw, f'memcpy:big/{size}')
        md.append(f'| {spaced(size)} | {duration(mv)} | {duration(cp)} | {duration(hp)} '
                  f'| {duration(mc)} | {ratio(mc, mv) or 0:.2f}× | {ratio(mc, hp) or 0:.2f}× |')
    faults, mc = best(raw, 'faults:big/256MiB'), best(raw, 'memcpy:big/256MiB')
    read, write = best(raw, 'read:big/256MiB'), best(raw, 'write:big/256MiB')
    if faults and mc and read and write:
        floor = faults + mc
        md += ['', f'For 256 MiB: faulting in fresh pages alone (a new zeroed buffer, one write '
               f'per 4 KiB page) takes {duration(faults)}; one thread reads at '
               f'{0.25 / read:.1f} GiB/s and writes at {0.25 / write:.1f} GiB/s here, and memcpy '
               f'takes {duration(mc)}. A copy into fresh memory cannot take less than the faults '
               f'plus the copy, {duration(floor)}: **the best possible ratio for a fresh buffer '
               f'is about {mc / floor:.2f}× memcpy** without huge pages. The cliff starts at '
               f'32 MiB, glibc\'s largest mmap threshold: below it, freed buffers are reused and '
               f'`to_bytes` runs at memcpy speed. `to_bytes_into` a kept `Vec` avoids the fresh '
               f'pages altogether.']
    return md


def memory(raw):
    md = ['', '**Peak memory**, processing a 256 MiB buffer (strip a 64-byte header, cut the '
          'rest into 4 KiB records kept in a list, checksum each record), each way in a '
          'process of its own. *Extra* is the peak resident memory above the buffer itself '
          'and the bare process.', '', '| language | way | peak | extra | time | checksum |',
          '|---|---|--:|--:|--:|--:|']
    names = {'rust': 'Rust, memview', 'python': 'Python, memoryview'}
    for m in raw.get('memory', []):
        buffer_mib = m['buffer_bytes'] / (1 << 20)
        extra = (m['peak_kib'] - m['before_kib']) / 1024 - buffer_mib
        md.append(f'| {names.get(m["lang"], m["lang"])} | {m["mode"]} | {m["peak_kib"] / 1024:.0f} '
                  f'MiB | {extra:.0f} MiB | {m["seconds"]:.2f} s | {m["checksum"]} |')
    return md


def misses(ts):
    missed = [x for x in ts if not x[4]]
    if not missed:
        return []
    md = ['', '**Targets missed**, by how much, and why:', '']
    reasons = {}
    for name, op, value, goal, _, why in missed:
        reasons.setdefault(WHY.get(why, ''), []).append(
            f'{what(op)}: {fmt_value(value, goal)} ({name}, goal {goal})')
    for why, which in reasons.items():
        md.append(f'- {"; ".join(which)}. {why}'.rstrip())
    return md


def headline(raw, ts):
    """The chapter's few numbers: what a reader should remember."""
    def r(a, b):
        x = ratio(best(raw, a), best(raw, b))
        return f'{x:.2g}×' if x else '?'

    def m(op):
        x = ratio(reference(raw, op), best(raw, f'memview:{op}'))
        return f'{x:.2g}×' if x else '?'
    commit = raw['machine']['commit']
    return '\n'.join([
        '<!-- Generated by `python3 tools/bench/compare.py`; do not edit by hand. -->', '',
        '| memview against | |', '|---|--:|',
        f'| CPython, slicing a view (`mv[1:-1:2]`) | {r("cpython:create/slice/1GiB", "memview:create/slice/1GiB")} faster |',
        f'| CPython, a typed index loop over 64 Ki bytes | {r("cpython:item/index_1d_B", "memview:item/index_1d_B_typed")} faster |',
        f'| CPython, `to_list` of 64 Ki bytes | {r("cpython:item/tolist_1d_B", "memview:item/tolist_1d_B")} faster |',
        f'| CPython, every 2nd byte of 16 MiB copied out | {r("cpython:copy/every2nd", "memview:copy/every2nd")} faster |',
        f'| memcpy, a contiguous 16 MiB `to_bytes` | {m("copy/contig_16MiB")} its speed |',
        f'| memcpy, a 4096 × 4096 byte transpose | {m("copy/transpose_u8")} its speed |',
        '',
        f'Measured at commit {commit}, {raw["machine"]["date"]}; every number, the method and '
        'the targets are in the appendix.'
        + (f' {agreement_summary(raw, spreads(raw, ts))}.' if raw.get('runs') else ''), ''])


def plots(raw, folder, ts):
    """The two plots; a bar is orange, "(missed)", only where the targets
    list counts a miss against what the plot compares with (a bar with no
    such target stays blue)."""
    def missed(against):
        return {op for name, op, _, _, ok, _ in ts if not ok and name.endswith(against)}
    slower, short = missed('vs CPython'), missed('vs memcpy')
    speed, copies = [], []
    for op, (text, _) in OPS.items():
        label = text.replace('`', '')
        x = ratio(best(raw, f'cpython:{op.removesuffix("_typed")}'), best(raw, f'memview:{op}'))
        if x:
            speed.append((label, x, op not in slower))
        x = ratio(reference(raw, op), best(raw, f'memview:{op}'))
        if x and op.startswith('copy/'):
            copies.append((label, x, op not in short))
    if not (speed and copies):
        return
    commit = raw['machine']['commit']
    (folder / 'bench-speedup.svg').write_text(svg.log_bars(
        f'memview vs CPython: times faster (log scale), commit {commit}', speed,
        marks=[(1, 'as fast'), (10, '10×')]))
    (folder / 'bench-memcpy.svg').write_text(svg.linear_bars(
        f'copies as a fraction of memcpy, commit {commit}', copies,
        marks=[(TRANSPOSE_GOAL, f'{TRANSPOSE_GOAL}'), (COPY_GOAL, f'{COPY_GOAL}')]))


def write(raw, folder):
    folder = Path(folder)
    ts = targets(raw)
    (folder / 'bench-results.md').write_text(markdown(raw, ts))
    (folder / 'bench-headline.md').write_text(headline(raw, ts))
    plots(raw, folder, ts)
    lines = [f'{"met" if ok else "MISSED":6} {name}: {what(op)}: {fmt_value(v, goal)} (goal {goal})'
             for name, op, v, goal, ok, _ in ts]
    return '\n'.join(lines) + f'\n\n{sum(x[4] for x in ts)} of {len(ts)} targets met; ' \
        f'wrote {folder}/bench-{{results,headline}}.md and bench-*.svg'


def agree(paths):
    """How far apart runs are on each deciding number: max ÷ min."""
    last = json.loads(Path(paths[-1]).read_text())
    raw = dict(last, runs=[deciding(json.loads(Path(p).read_text())) for p in paths])
    ts = targets(raw)
    rows = spreads(raw, ts)
    for (name, op, _), values, spread, met in rows:
        print(f'{spread:6.3f}  {name} | {op}: ' + ', '.join(f'{v:.3g}' for v in values)
              + f'  (met in {met})')
    print(agreement_summary(raw, rows))


if __name__ == '__main__':
    if sys.argv[1:2] == ['--agree']:
        agree(sys.argv[2:])
    else:
        sys.exit(__doc__)
