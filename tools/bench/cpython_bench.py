"""CPython's memoryview, timed: the Python half of compare.py.

Every operation here has a twin of the same id in benches/views.rs, which
times memview doing the same thing to the same bytes (byte i is i % 251; the
'd' buffers hold i * 0.5). Each is timed with timeit (garbage collector off,
as timeit does by default): autorange picks a loop count that takes at least
0.2 s, and the result is the fastest of REPEAT such loops, per call (the
loop least disturbed by the rest of the machine, as the timeit docs advise).

    python3 tools/bench/cpython_bench.py [--only PREFIX] [--out FILE.json]
"""

import argparse
import json
import sys
import timeit
from array import array

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
REPEAT = 7


def pattern(n):
    """A bytearray of n bytes where byte i is i % 251."""
    block = bytes(range(251)) * 4096  # a whole number of periods
    out = bytearray(n)
    view = memoryview(out)
    for at in range(0, n, len(block)):
        piece = view[at:at + len(block)]
        piece[:] = block[:len(piece)]
    return out


def doubles(n):
    """An array('d') of n doubles, i * 0.5."""
    return array('d', (i * 0.5 for i in range(n)))


def size_name(n):
    for unit, name in ((GIB, 'GiB'), (MIB, 'MiB'), (KIB, 'KiB')):
        if n >= unit:
            return f'{n // unit}{name}'
    raise ValueError(n)


def index_loop(mv):
    for i in range(len(mv)):
        mv[i]


def index_loop_2d(grid):
    for i in range(256):
        for j in range(256):
            grid[i, j]


def iterate(mv):
    for item in mv:
        pass


def operations():
    """Yields (id, statement, names): the statement is timed with `names` as
    its globals. Data is built group by group, so the big buffers of one group
    are freed before the next."""
    big = pattern(GIB)
    for n in (KIB, MIB, 64 * MIB, GIB):
        # A bytearray of exactly n bytes, as memview views a [u8] of n bytes.
        buf = big if n == GIB else big[:n]
        names = {'buf': buf, 'mv': memoryview(buf), 'shape': [n // KIB, KIB]}
        size = size_name(n)
        yield f'create/new/{size}', 'memoryview(buf)', names
        yield f'create/slice/{size}', 'len(mv[1:-1:2])', names
        yield f'create/cast/{size}', "len(mv.cast('i'))", names
        yield f'create/cast_2d/{size}', "len(mv.cast('B', shape))", names
    del big, buf, names

    mv = memoryview(pattern(64 * KIB))
    fmv = memoryview(doubles(64 * KIB))
    grid = mv.cast('B', [256, 256])
    names = dict(mv=mv, fmv=fmv, grid=grid, index_loop=index_loop,
                 index_loop_2d=index_loop_2d, iterate=iterate)
    yield 'item/index_1d_B', 'index_loop(mv)', names
    yield 'item/index_1d_d', 'index_loop(fmv)', names
    yield 'item/index_2d_B', 'index_loop_2d(grid)', names
    yield 'item/iter_1d_B', 'iterate(mv)', names
    yield 'item/tolist_1d_B', 'mv.tolist()', names
    yield 'item/tolist_1d_d', 'fmv.tolist()', names
    yield 'item/tolist_2d_B', 'grid.tolist()', names
    # memview's typed reads mirror the same Python loops.
    yield 'item/index_1d_B_typed', 'index_loop(mv)', names
    yield 'item/index_1d_d_typed', 'index_loop(fmv)', names
    yield 'item/index_2d_B_typed', 'index_loop_2d(grid)', names
    yield 'item/iter_1d_B_typed', 'iterate(mv)', names
    yield 'item/tolist_1d_B_typed', 'mv.tolist()', names
    yield 'item/tolist_1d_d_typed', 'fmv.tolist()', names

    src = memoryview(pattern(256 * MIB))
    flat = src[:16 * MIB]
    image = flat.cast('B', [4096, 4096])
    fmv = memoryview(doubles(2 * MIB))
    views = {
        'contig_64KiB': src[:64 * KIB],
        'contig_16MiB': flat,
        'contig_256MiB': src,
        'every2nd': flat[::2],
        'reversed': flat[::-1],
        'reversed_d': fmv[::-1],
        # memoryview cannot slice dimension 1; the same column as a 1-D view:
        'column': flat[7::4096],
        'rows64_every2nd': flat.cast('B', [16 * MIB // 64, 64])[::2],
        'rows1K_every2nd': flat.cast('B', [16 * KIB, KIB])[::2],
        'nd3_reversed_i': flat.cast('i', [256, 128, 128])[::-1],
        'nd4_every2nd': flat.cast('B', [16, 16, 256, 256])[::2],
    }
    for name, view in views.items():
        yield f'copy/{name}', 'view.tobytes()', {'view': view}
    # memoryview cannot transpose; tobytes('F') writes the same bytes as
    # memview's transposed view does in C order.
    fgrid = fmv.cast('B').cast('d', [2048, 1024])
    yield 'copy/transpose_u8', "view.tobytes('F')", {'view': image}
    yield 'copy/transpose_d', "view.tobytes('F')", {'view': fgrid}
    yield 'copy/order_F_u8', "view.tobytes('F')", {'view': image}
    into = memoryview(bytearray(256 * MIB))
    for n in (16 * MIB, 256 * MIB):
        yield f'copy/into_{size_name(n)}', 'dst[:] = view', {'dst': into[:n], 'view': src[:n]}
    del into
    del src, flat, image, fmv, fgrid, views

    a, b = memoryview(pattern(MIB)), memoryview(pattern(MIB))
    fa, fb = memoryview(doubles(MIB // 8)), memoryview(doubles(MIB // 8))
    names = dict(a=a, b=b, sa=a[::2], sb=b[::2], fa=fa, fb=fb)
    yield 'whole/hex_1MiB', 'a.hex()', names
    yield 'whole/hex_sep_1MiB', "a.hex(':', 2)", names
    yield 'whole/eq_contig_B', 'a == b', names
    yield 'whole/eq_every2nd_B', 'sa == sb', names
    yield 'whole/eq_contig_d', 'fa == fb', names


def time_per_call(statement, names):
    timer = timeit.Timer(statement, globals=names)
    number, _ = timer.autorange()
    runs = timer.repeat(repeat=REPEAT, number=number)
    return min(runs) / number


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--only', default='', help='run ids starting with this')
    parser.add_argument('--out', help='write {id: seconds per call} here')
    args = parser.parse_args()
    results = {}
    for op_id, statement, names in operations():
        if not op_id.startswith(args.only):
            continue
        results[op_id] = time_per_call(statement, names)
        print(f'{op_id:32} {results[op_id] * 1e9:14.1f} ns', file=sys.stderr)
    if args.out:
        with open(args.out, 'w') as f:
            json.dump(results, f, indent=1)


if __name__ == '__main__':
    main()
