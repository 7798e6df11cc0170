"""CPython's memoryview and NumPy doing what memview-bench times in Rust.

Every id here, `side:group/name`, has twins of the same `group/name` in
tools/bench/rust (memview, ndarray, memcpy). The data is the same: byte i
is i % 251, the doubles are i * 0.5. Each operation is a statement timed
with `names` as its globals; the statements do exactly the work of their
Rust twins (no `len()` around a view, `tolist()` against `to_list`,
`tobytes()` against `to_bytes`).

`group(name)` builds one group's data and returns {id: (statement, names)},
so the big buffers of one group are freed before the next is built. NumPy
ids are left out when NumPy cannot be imported.
"""

from array import array

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
GROUPS = ('create', 'item', 'copy', 'big', 'whole')
# The memcpy each copy is compared with: `memcpy:copy/<size>` of as many
# bytes as the copy produces, timed in the copy's own rounds (timing.py) as
# the side `memcpy:<copy>`.
MEMCPY_REFERENCE = {
    'copy/contig_64KiB': '64KiB',
    'copy/contig_16MiB': '16MiB',
    'copy/contig_256MiB': '256MiB',
    'copy/bytes_into_16MiB': '16MiB',
    'copy/bytes_into_256MiB': '256MiB',
    'copy/into_16MiB': '16MiB',
    'copy/into_256MiB': '256MiB',
    'copy/every2nd': '8MiB',
    'copy/reversed': '16MiB',
    'copy/reversed_d': '16MiB',
    'copy/rows64_every2nd': '8MiB',
    'copy/rows1K_every2nd': '8MiB',
    'copy/nd3_reversed_i': '16MiB',
    'copy/nd4_every2nd': '8MiB',
    'copy/transpose_u8': '16MiB',
    'copy/transpose_d': '16MiB',
    'copy/order_F_u8': '16MiB',
}

try:
    import numpy as np
except ImportError:  # CPython alone: the NumPy column stays empty
    np = None


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


def _create():
    big = pattern(GIB)
    ops = {}
    for n in (KIB, MIB, 64 * MIB, GIB):
        buf = big if n == GIB else big[:n]  # exactly n bytes, as in Rust
        names = {'buf': buf, 'mv': memoryview(buf), 'shape': [n // KIB, KIB]}
        size = size_name(n)
        ops[f'cpython:create/new/{size}'] = 'memoryview(buf)', names
        ops[f'cpython:create/slice/{size}'] = 'mv[1:-1:2]', names
        ops[f'cpython:create/cast/{size}'] = "mv.cast('i')", names
        ops[f'cpython:create/cast_2d/{size}'] = "mv.cast('B', shape)", names
    if np:
        names = {'np': np, 'buf': big, 'a': np.frombuffer(big, np.uint8), 'rows': GIB // KIB}
        ops['numpy:create/new/1GiB'] = 'np.frombuffer(buf, np.uint8)', names
        ops['numpy:create/slice/1GiB'] = 'a[1:-1:2]', names
        ops['numpy:create/cast/1GiB'] = 'a.view(np.int32)', names
        ops['numpy:create/cast_2d/1GiB'] = 'a.reshape(rows, 1024)', names
    return ops


def _item():
    mv = memoryview(pattern(64 * KIB))
    fmv = memoryview(doubles(64 * KIB))
    grid = mv.cast('B', [256, 256])
    names = dict(mv=mv, fmv=fmv, grid=grid, index_loop=index_loop,
                 index_loop_2d=index_loop_2d, iterate=iterate)
    ops = {
        'cpython:item/index_1d_B': ('index_loop(mv)', names),
        'cpython:item/index_1d_d': ('index_loop(fmv)', names),
        'cpython:item/index_2d_B': ('index_loop_2d(grid)', names),
        'cpython:item/iter_1d_B': ('iterate(mv)', names),
        'cpython:item/tolist_1d_B': ('mv.tolist()', names),
        'cpython:item/tolist_1d_d': ('fmv.tolist()', names),
        'cpython:item/tolist_2d_B': ('grid.tolist()', names),
    }
    if np:
        a, f = np.frombuffer(mv, np.uint8), np.frombuffer(fmv, np.float64)
        g = a.reshape(256, 256)
        names = dict(a=a, f=f, g=g, index_loop=index_loop, index_loop_2d=index_loop_2d,
                     iterate=iterate)
        ops.update({
            'numpy:item/index_1d_B': ('index_loop(a)', names),
            'numpy:item/index_1d_d': ('index_loop(f)', names),
            'numpy:item/index_2d_B': ('index_loop_2d(g)', names),
            'numpy:item/iter_1d_B': ('iterate(a)', names),
            'numpy:item/tolist_1d_B': ('a.tolist()', names),
            'numpy:item/tolist_1d_d': ('f.tolist()', names),
            'numpy:item/tolist_2d_B': ('g.tolist()', names),
        })
    return ops


def _copy():
    src = pattern(256 * MIB)
    whole = memoryview(src)
    flat = whole[:16 * MIB]
    image = flat.cast('B', [4096, 4096])
    fmv = memoryview(doubles(2 * MIB))
    views = {
        'contig_64KiB': whole[:64 * KIB],
        'contig_16MiB': flat,
        'contig_256MiB': whole,
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
    ops = {f'cpython:copy/{name}': ('view.tobytes()', {'view': view})
           for name, view in views.items()}
    # memoryview cannot transpose; tobytes('F') writes the same bytes as
    # memview's transposed view does in C order.
    fgrid = fmv.cast('B').cast('d', [2048, 1024])
    ops['cpython:copy/transpose_u8'] = "view.tobytes('F')", {'view': image}
    ops['cpython:copy/transpose_d'] = "view.tobytes('F')", {'view': fgrid}
    ops['cpython:copy/order_F_u8'] = "view.tobytes('F')", {'view': image}
    into = memoryview(bytearray(256 * MIB))
    for n in (16 * MIB, 256 * MIB):
        ops[f'cpython:copy/into_{size_name(n)}'] = 'dst[:] = view', {
            'dst': into[:n], 'view': whole[:n]}
    if np:
        a = np.frombuffer(src, np.uint8)
        f = np.frombuffer(fmv, np.float64)
        flat_a = a[:16 * MIB]
        arrays = {
            'contig_16MiB': flat_a,
            'every2nd': flat_a[::2],
            'reversed': flat_a[::-1],
            'reversed_d': f[::-1],
            'column': flat_a.reshape(4096, 4096)[:, 7],
            'rows64_every2nd': flat_a.reshape(-1, 64)[::2],
            'rows1K_every2nd': flat_a.reshape(-1, KIB)[::2],
            'transpose_u8': flat_a.reshape(4096, 4096).T,
            'transpose_d': f.reshape(2048, 1024).T,
            'nd3_reversed_i': flat_a.view(np.int32).reshape(256, 128, 128)[::-1],
            'nd4_every2nd': flat_a.reshape(16, 16, 256, 256)[::2],
        }
        for name, arr in arrays.items():
            # `copy()` copies into C order always; `ascontiguousarray` would
            # hand back an array that is contiguous already, uncopied.
            ops[f'numpy:copy/{name}'] = 'x.copy()', {'x': arr}
    return ops


def _big():
    src = memoryview(pattern(256 * MIB))
    return {f'cpython:big/to_bytes_{size_name(n)}': ('view.tobytes()', {'view': src[:n]})
            for n in (16 * MIB, 32 * MIB, 64 * MIB, 256 * MIB)}


def _whole():
    a, b = memoryview(pattern(MIB)), memoryview(pattern(MIB))
    fa, fb = memoryview(doubles(MIB // 8)), memoryview(doubles(MIB // 8))
    names = dict(a=a, b=b, sa=a[::2], sb=b[::2], fa=fa, fb=fb)
    ops = {
        'cpython:whole/hex_1MiB': ('a.hex()', names),
        'cpython:whole/hex_sep_1MiB': ("a.hex(':', 2)", names),
        'cpython:whole/eq_contig_B': ('a == b', names),
        'cpython:whole/eq_every2nd_B': ('sa == sb', names),
        'cpython:whole/eq_contig_d': ('fa == fb', names),
    }
    if np:
        x, y = np.frombuffer(a, np.uint8), np.frombuffer(b, np.uint8)
        fx, fy = np.frombuffer(fa, np.float64), np.frombuffer(fb, np.float64)
        # array_equal is NumPy's whole-array `==` answering one bool, as
        # memoryview's `==` does.
        names = dict(np=np, x=x, y=y, sx=x[::2], sy=y[::2], fx=fx, fy=fy)
        ops.update({
            'numpy:whole/eq_contig_B': ('np.array_equal(x, y)', names),
            'numpy:whole/eq_every2nd_B': ('np.array_equal(sx, sy)', names),
            'numpy:whole/eq_contig_d': ('np.array_equal(fx, fy)', names),
        })
    return ops


def group(name):
    return {'create': _create, 'item': _item, 'copy': _copy, 'big': _big,
            'whole': _whole}[name]()
