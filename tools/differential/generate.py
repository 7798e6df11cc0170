#!/usr/bin/env python3
"""Random chains of memoryview operations, run in CPython, for memview to replay.

    python3 tools/differential/generate.py --seed 1 --count 300
    python3 tools/differential/generate.py --seed 1 --case 17

tests/differential.rs runs this script, replays every chain with memview and
compares each step's result, value for value and message for message. The
README beside this file says how to run a long campaign.

Output: JSON lines on stdout. The first line is a header,

    {"python": "3.11.7", "seed": 1, "first": 0, "count": 300, "ndarray": true}

and each further line one case (one chain):

    {"case": 17,
     "exporter": {...},
     "steps": [{"op": [...], "py": "m = m[1:]", "expect": {"ok": "None"}},
               {"op": [...], "py": "m.tolist()", "expect": {"err": ["TypeError", "..."]}},
               ...]}

An exporter is {"kind": "bytes" | "bytearray" | "array" | "ctypes" | "ndarray",
"py": the expression that made it, "memory": hex of its memory} plus, for an
array, "typecode", and for what lends its own layout (ctypes arrays,
`_testbuffer.ndarray`, `array('u')`), "format", "itemsize", "shape",
"strides", "offset" and "readonly" as `memoryview()` sees them. Chains start
from bytes, bytearray, arrays of every typecode, float arrays holding NaN,
-0.0 and infinities, ctypes arrays of 1 to 3 dimensions in native, little-
and big-endian byte order (formats '<i', '>d', ...) and a ctypes structure,
and, when `_testbuffer` is importable, ndarrays in C and Fortran order, with
negative strides, gaps and offsets, of native, byte-ordered and two-field
formats ('ii'). Half of the chains begin with a cast to an N-D or 0-d view.

A chain starts with `x = <exporter>` and `m = memoryview(x)`. Each step is one
line of Python, run here with `exec` (statements) or `eval` (expressions) in
one namespace, so the line shown to a person is exactly the line that ran.
`expect` is `{"ok": repr(result)}` (`"None"` for a statement) or
`{"err": [exception class name, str(exception)]}`. A step that makes a view
(`m = m[...]`, `m = m.cast(...)`, `m = m.toreadonly()`) replaces `m` only if
it succeeds.

The ops (the structured twin of `py`, which the Rust side interprets):

    ["slice", a, b, c]          m = m[a:b:c]         (null for an absent part)
    ["cast", f]                 m = m.cast(f)
    ["cast", f, shape]          m = m.cast(f, shape)
    ["toreadonly"]              m = m.toreadonly()
    ["memoryview"]              m = memoryview(x)    (start again from the exporter)
    ["rewrap"]                  m = memoryview(m)
    ["describe"]                (m.format, m.itemsize, m.ndim, m.shape, m.strides,
                                 m.nbytes, m.readonly, m.c_contiguous,
                                 m.f_contiguous, m.contiguous)
    ["attr", name]              m.<name>, or len(m) for "len"
    ["get", i]                  m[i]
    ["get_at", [i, ...]]        m[i, ...]   (m[()] for [])
    ["tolist"]                  m.tolist()
    ["tobytes"]                 m.tobytes()
    ["tobytes", order]          m.tobytes(order)     (order a str or null)
    ["bytes"]                   bytes(m)
    ["hex"], ["hex", sep], ["hex", sep, n]   m.hex(sep, n)
    ["eq", other], ["ne", other]             m == other, m != other
    ["hash"]                    hash(m) == hash(m.tobytes())
    ["contains", value]         value in m
    ["list"]                    list(m)
    ["reversed"]                list(reversed(m))
    ["exporter"]                bytes(x)
    ["set", i, value]           m[i] = value
    ["set_at", [i, ...], value] m[i, ...] = value
    ["set_slice", [a, b, c], other]          m[a:b:c] = other
    ["copy_within", [a, b, c], [d, e, f]]    m[d:e:f] = m[a:b:c]

`sep` is {"str": s} or {"bytes": hex}. A value is {"int": "digits"},
{"float": "repr"} ("-nan" for a NaN with its sign set), {"bool": b},
{"bytes": hex} or {"list": [values]}.
`other` is "self" (m), {"slice": [a, b, c]} (m[a:b:c]), or
{"obj": exporter, "ops": null} (the object itself) or
{"obj": exporter, "ops": [view ops]} (memoryview(obj) with those ops).

What is not generated, and why (memview differs on purpose, or Rust cannot
state the call): README.md beside this file lists it; the code that leaves a
case out says why where it does.
"""

import argparse
import array
import ctypes
import itertools
import json
import math
import random
import struct
import sys

try:  # CPython's own test helper: exporters of any layout (F order, negative strides)
    from _testbuffer import ND_FORTRAN, ND_WRITABLE, ndarray
except ImportError:  # some distributions leave the test modules out
    ndarray = None

PY312 = sys.version_info >= (3, 12)
UNICODE_ARRAYS = sys.version_info < (3, 13)  # array('u') is deprecated in 3.13
# 'e' only from 3.12: memview reads and writes half floats as 3.12 does; 3.11
# refuses to cast to 'e' (a documented difference, book/appendix/beyond.md).
NATIVE = "cbB?hHiIlLqQnNfdP" + ("e" if PY312 else "")
TYPECODES = "bBhHiIlLqQfd"
INVALID_FORMATS = [
    "B\x00", "i\x00", "\x00", "<i", ">d", "=B", "!i", "ii", "BB", "@", "", "@@B",
    " B", "x", "Z", "Zf", "s", "p", "\xe9", "B\xe9", "\u20ac",
]
ORDERS = [None, "C", "F", "A", "c", "X", "", "CF"]
BIG = 2**63 - 1
SPECIAL_FLOATS = [math.nan, -math.nan, math.inf, -math.inf, 0.0, -0.0, 1.5, -2.25,
                  0.1, 1e300, -1e-300, 5e-324, 3.4028234663852886e38]
# No c_bool: CPython 3.11-3.13 crash (a segmentation fault) comparing a view
# of another format with a c_bool array, format '<?', as in
# memoryview(array.array('B', [1])) == (ctypes.c_bool * 1)(True).
CTYPES = ["c_int8", "c_uint8", "c_int16", "c_uint16", "c_int32", "c_uint32", "c_int64",
          "c_uint64", "c_float", "c_double", "c_char", "c_long", "c_size_t"]
# A ctypes structure: format 'T{<i:a:<h:b:}', which the struct module cannot read.
STRUCT = "type('S', (ctypes.Structure,), {'_fields_': [('a', ctypes.c_int32), ('b', ctypes.c_int16)]})"
# Formats of ndarray exporters: native, with a byte order, and with two fields.
ND_FORMATS = list("bBhHiIlLqQnNfd?c") + ["<i", ">i", ">d", "=h", "<Q", "ii", "2h", "bxh"]
NAMESPACE = {"array": array, "ctypes": ctypes}
if ndarray is not None:
    NAMESPACE.update(ndarray=ndarray, ND_FORTRAN=ND_FORTRAN, ND_WRITABLE=ND_WRITABLE)
# Floats at the edges of 'e' and 'f': the largest, the first that overflows,
# the smallest subnormal, halfway cases that round one way or the other.
FLOAT_EDGES = [65504.0, 65519.99, 65520.0, 5.960464477539063e-08, 2.9802322387695312e-08,
               2.98023223876953125e-08 * 1.0000001, 6.1e-05, 1.0009765625, 1.00048828125,
               3.4028234663852886e+38, 3.4028235677973366e+38, 3.4028235677973362e+38,
               1.401298464324817e-45, 7.006492321624085e-46, 1e-46, 16777217.0]
ATTRS = ["format", "itemsize", "ndim", "shape", "strides", "suboffsets", "nbytes",
         "readonly", "c_contiguous", "f_contiguous", "contiguous", "len"]


# ---------------------------------------------------------------- literals


def float_lit(v):
    if math.isnan(v):
        return "-float('nan')" if math.copysign(1, v) < 0 else "float('nan')"
    if math.isinf(v):
        return "float('inf')" if v > 0 else "-float('inf')"
    return repr(v)


def value_lit(v):
    """Python source for a value."""
    if isinstance(v, float):
        return float_lit(v)
    if isinstance(v, list):
        return "[" + ", ".join(value_lit(i) for i in v) + "]"
    if isinstance(v, tuple):
        return "(" + ", ".join(value_lit(i) for i in v) + ("," if len(v) == 1 else "") + ")"
    return repr(v)


def value_json(v):
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        # repr drops the sign of a NaN, which a write stores: keep it
        negative_nan = math.isnan(v) and math.copysign(1, v) < 0
        return {"float": "-nan" if negative_nan else repr(v)}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, list):
        return {"list": [value_json(i) for i in v]}
    raise TypeError(v)


def slice_lit(a, b, c):
    part = lambda v: "" if v is None else str(v)
    text = f"{part(a)}:{part(b)}"
    return text if c is None else f"{text}:{part(c)}"


def cast_lit(fmt, shape):
    return f"cast({fmt!r})" if shape is None else f"cast({fmt!r}, {shape!r})"


def index_lit(idx):
    if not idx:
        return "()"
    return ", ".join(map(str, idx)) + ("," if len(idx) == 1 else "")


# ---------------------------------------------------------------- exporters


def itemsize(fmt):
    return struct.calcsize(fmt)


def int_bounds(code):
    size = itemsize(code)
    if code in "bhilqn":
        return -(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1
    return 0, 2 ** (8 * size) - 1


def flat_bytes(items, fmt):
    """The bytes of `items` of format `fmt`, one after another."""
    return memoryview(ndarray(items, shape=[len(items)], format=fmt)).tobytes()


def layout_spec(obj):
    """The layout of an exporter that lends its own, as memoryview(obj) sees
    it, for its description: format, itemsize, shape, strides, readonly, and
    offset (an ndarray's; 0 for others)."""
    m = memoryview(obj)
    offset = obj.offset if ndarray is not None and isinstance(obj, ndarray) else 0
    return {"format": m.format, "itemsize": m.itemsize, "shape": list(m.shape),
            "strides": list(m.strides), "readonly": m.readonly, "offset": offset}


class Gen:
    def __init__(self, rng):
        self.r = rng

    def chance(self, p):
        return self.r.random() < p

    def size(self):
        """How many bytes: often a multiple of many itemsizes, sometimes 0."""
        return self.r.choice([0, 1, 2, 3, 4, 6, 8, 8, 12, 16, 16, 24, 24, 32, 48, 64, 5, 7, 10])

    def raw(self, n):
        r = self.r
        style = r.randrange(5)
        if style == 0:
            return bytes(r.randrange(256) for _ in range(n))
        if style == 1:
            return bytes(r.choice([0, 1, 2, 0x7F, 0x80, 0xFF]) for _ in range(n))
        if style == 2:  # high bytes that make NaNs, infinities and tiny floats
            return bytes(r.choice([0, 0x7F, 0xFF, 0xF0, 0xF8, 0x80, 0x3C, r.randrange(256)])
                         for _ in range(n))
        if style == 3:
            return bytes(r.choice(b"abcxyz019 ") for _ in range(n))
        return bytes(r.randrange(4) for _ in range(n))

    def number(self, code):
        r = self.r
        if code in "fd":
            if self.chance(0.4):
                return r.choice(SPECIAL_FLOATS)
            if code == "f" and self.chance(0.5):
                return struct.unpack("f", struct.pack("f", r.uniform(-1e4, 1e4)))[0]
            return r.choice([r.uniform(-1e6, 1e6), float(r.randrange(-9, 10)),
                             r.uniform(-1, 1) * 10.0 ** r.randrange(-40, 40)])
        lo, hi = int_bounds(code)
        return r.choice([lo, hi, 0, 1, -1 if lo < 0 else 2, r.randint(lo, hi),
                         r.randint(max(lo, -300), min(hi, 300))])

    def exporter(self, kind=None, typecode=None, nbytes=None):
        """(spec, object): a fresh exporter object and its description."""
        r = self.r
        kinds = ["bytes"] * 4 + ["bytearray"] * 4 + ["array"] * 4 + ["ctypes"] * 2
        kinds += ["floats"] * 3  # float arrays with NaN, -0.0 and infinities
        kinds += ["ndarray"] * 3 if ndarray is not None else []
        kind = kind or r.choice(kinds)
        floats = kind == "floats"
        if floats:
            kind, typecode = "array", r.choice("fd")
        spec = {"kind": kind}
        memory = None  # an ndarray's: all of it, not only the items its layout shows
        if kind == "array":
            tc = typecode or r.choice(TYPECODES + ("u" if UNICODE_ARRAYS else ""))
            size = array.array(tc).itemsize
            n = (nbytes // size) if nbytes is not None else r.choice([0, 1, 2, 3, 4, 6, 8, 12])
            if tc == "u":  # format 'w': memoryview reads no item of it
                values = "".join(r.choice("ab\u00e9\u20ac") for _ in range(n))
            else:
                values = [self.number(tc) for _ in range(n)]
            if floats and n:
                for _ in range(r.randint(1, n)):
                    values[r.randrange(n)] = r.choice([math.nan, -0.0, 0.0, math.inf, -math.inf])
            py = f"array.array({tc!r}, {value_lit(values)})"
            spec["typecode"] = tc
        elif kind == "ctypes":
            py = self.ctypes_source()
        elif kind == "ndarray":
            py, memory = self.ndarray_source()
        else:
            n = self.size() if nbytes is None else nbytes
            data = self.raw(n)
            py = repr(data) if kind == "bytes" else f"bytearray({data!r})"
        # The object is made from its source: what a person pastes is what ran.
        obj = eval(py, dict(NAMESPACE))
        m = memoryview(obj)
        spec.update(memory=(bytes(m) if memory is None else memory).hex(), py=py)
        if kind in ("ctypes", "ndarray") or m.format == "w":  # lent through a layout of its own
            spec.update(layout_spec(obj))
        return spec, obj

    def ctypes_source(self):
        """A ctypes array of 1 to 3 dimensions, made from random bytes."""
        r = self.r
        if self.chance(0.1):
            item, size = STRUCT, 8
        else:
            name = r.choice(CTYPES)
            item = f"ctypes.{name}"
            size = ctypes.sizeof(getattr(ctypes, name))
            if size > 1 and self.chance(0.5):
                item += r.choice([".__ctype_be__", ".__ctype_le__"])
        shape = [r.randint(1, 4) for _ in range(r.choice([1, 1, 1, 2, 2, 3]))]
        count = math.prod(shape)
        array_type = "(" + item + "".join(f" * {n}" for n in reversed(shape)) + ")"
        return f"{array_type}.from_buffer_copy({self.raw(count * size)!r})"

    def nd_item(self, fmt):
        code = fmt.lstrip("<>=!@")
        if code == "?":
            return self.r.choice([True, False])
        if code == "c":
            return bytes([self.r.randrange(256)])
        if code == "ii":
            return (self.number("i"), self.number("i"))
        if code == "2h":
            return (self.number("h"), self.number("h"))
        if code == "bxh":
            return (self.number("b"), self.number("h"))
        return self.number(code)

    def ndarray_source(self):
        """(py, memory): the source of a _testbuffer.ndarray, C or F order,
        strides maybe negative or with gaps, and all the memory it holds."""
        r = self.r
        fmt = r.choice(ND_FORMATS)
        shape = [r.randint(1, 4) for _ in range(r.choice([1, 1, 2, 2, 3]))]
        gap = r.choice([1, 1, 2])
        count = math.prod(shape) * gap
        items = [self.nd_item(fmt) for _ in range(count)]
        size = struct.calcsize(fmt)
        memory = flat_bytes(items, fmt)
        flags = "ND_WRITABLE" if self.chance(0.8) else "0"
        dims = range(len(shape))
        if gap == 1 and self.chance(0.4):  # Fortran order, or C order
            order = " | ND_FORTRAN" if self.chance(0.7) else ""
            return (f"ndarray({value_lit(items)}, shape={shape}, format={fmt!r}, "
                    f"flags={flags}{order})", memory)
        # strides of C or F order, stretched by the gap, some dimensions reversed
        order = list(dims) if self.chance(0.6) else list(reversed(dims))
        strides, offset = self.strided(shape, size * gap, order)
        return (f"ndarray({value_lit(items)}, shape={shape}, strides={strides}, offset={offset}, "
                f"format={fmt!r}, flags={flags})", memory)

    def strided(self, shape, itemsize, order):
        """(strides, offset) of `shape`, items `itemsize` bytes apart, its
        dimensions from the slowest to the fastest in `order` (the caller's
        choice: C order is 0, 1, ...); then each dimension reversed with
        chance 0.3, the offset moving to its last item."""
        strides, step = [0] * len(shape), itemsize
        for d in reversed(order):
            strides[d] = step
            step *= shape[d]
        offset = 0
        for d in range(len(shape)):
            if self.chance(0.3):
                offset += (shape[d] - 1) * strides[d]
                strides[d] = -strides[d]
        return strides, offset

    # ------------------------------------------------------------ pieces

    def bound(self, length):
        r = self.r
        k = r.randrange(10)
        if k < 3:
            return None
        if k < 8:
            return r.randint(-length, length)
        if k < 9:
            return r.randint(-length - 3, length + 3)
        return r.choice([BIG, -BIG, -BIG - 1, 2**40, -(2**40)])

    def step(self, length):
        r = self.r
        k = r.randrange(20)
        if k < 6:
            return None
        if k < 14:
            return r.choice([1, -1, 2, -2, 3, -3])
        if k < 16:
            return r.choice([length + 1, -length - 1, length, -length]) or 1
        if k < 18:
            return 0
        return r.choice([BIG, -BIG, -BIG - 1])

    def slice3(self, length):
        return [self.bound(length), self.bound(length), self.step(length)]

    def index(self, length):
        r = self.r
        k = r.randrange(10)
        if k < 7 and length > 0:
            return r.randint(-length, length - 1)
        if k < 8:
            return r.choice([length, -length - 1])
        if k < 9:
            return r.randint(-length - 3, length + 3)
        return r.choice([BIG, -BIG - 1, 2**40])

    def fmt_for(self, m):
        """A format to cast m to: mostly one CPython could accept."""
        r = self.r
        if self.chance(0.3):
            return self.fmt()
        fits = [f for f in NATIVE if m.nbytes % itemsize(f) == 0]
        if m.format.lstrip("@") not in ("B", "b", "c"):
            fits = [f for f in fits if f in "Bbc"]
        f = r.choice(fits or NATIVE)
        return "@" + f if self.chance(0.1) else f

    def fmt(self):
        r = self.r
        k = r.randrange(20)
        if k < 16:
            return r.choice(NATIVE)
        if k < 18:
            return "@" + r.choice(NATIVE)
        return r.choice(INVALID_FORMATS)

    def factor(self, n, dims):
        """A random shape of `dims` positive ints whose product is n (n > 0)."""
        shape = [1] * dims
        rest = n
        for i in range(dims - 1):
            divisors = [d for d in range(1, rest + 1) if rest % d == 0]
            d = self.r.choice(divisors)
            shape[i] = d
            rest //= d
        if dims:
            shape[-1] = rest
        self.r.shuffle(shape)
        return shape

    def shape_for(self, m, fmt):
        """A shape for m.cast(fmt, shape): mostly one that fits, sometimes not."""
        r = self.r
        try:
            size = itemsize(fmt)
        except (struct.error, UnicodeEncodeError):
            size = 1
        n = m.nbytes // size if size else 0
        k = r.randrange(20)
        if k < 14 and n > 0:
            if n == 1 and self.chance(0.4):
                return []
            dims = r.choice([1, 1, 2, 2, 3, 4]) if m.ndim == 1 else 1
            return self.factor(n, dims)
        if k < 16:
            return [r.randint(0, 4) for _ in range(r.randint(0, 3))]
        if k < 17:
            return r.choice([[2**62, 4], [2**32, 2**32], [BIG, 1], [2**63, 1], [2**64 - 1]])
        if k < 18:
            return [1] * r.choice([64, 65])
        return [max(n, 1), 0] if self.chance(0.5) else [0]

    def value_for(self, code):
        """A value to write into an item of format `code`: often valid, sometimes not."""
        r = self.r
        code = code.lstrip("@")[:1]
        k = r.randrange(10)
        if k < 6:  # a valid value
            if code == "c":
                return bytes([r.randrange(256)])
            if code == "?":
                return r.choice([True, False, 0, 1, 7, 0.0, 2.5, b"", b"a", []])
            if code in "efd":
                return r.choice([self.number("d"), math.nan, -0.0, math.inf, 1, True, 0.1,
                                 1e300, -1e-10, 2**53 + 1, -(2**63), r.choice(FLOAT_EDGES)])
            if code in NATIVE:
                lo, hi = int_bounds(code)
                return r.choice([lo, hi, r.randint(lo, hi), True])
            return 1
        if k < 8:  # out of range
            if code == "c":
                return r.choice([b"", b"ab"])
            if code in NATIVE and code not in "?efd":
                lo, hi = int_bounds(code)
                return r.choice([lo - 1, hi + 1, 2**64, -(2**64), 2**100])
            return r.choice([1e300, -1e300, 2**64, 70000.0])
        # the wrong type
        return r.choice([1.5, b"a", b"ab", [1], [], 3, True, 0.0])

    def other(self, m):
        """Something to compare m with."""
        r = self.r
        k = r.randrange(12)
        if k == 0:
            return "self", "m"
        if k == 1:
            s = self.slice3(m.shape[0] if m.ndim else 1)
            return {"slice": s}, f"m[{slice_lit(*s)}]"
        if k < 4:
            twin = self.twin(m)
            if twin is not None:
                return twin
        if k < 7 and m.ndim > 0 and m.c_contiguous:
            # the same bytes through the same or a related structure: often equal
            fmt = m.format if self.chance(0.7) else self.fmt()
            shape = list(m.shape) if self.chance(0.7) else None
            return self.view_of(m.tobytes(), fmt, shape)
        if k < 9 and m.ndim == 1:
            try:
                values = m.tolist()
            except Exception:
                values = None
            if values is not None and all(isinstance(v, (int, float)) for v in values):
                tc = r.choice(TYPECODES)
                try:
                    array.array(tc, values)
                except (OverflowError, TypeError):
                    tc = "d"
                py = f"array.array({tc!r}, {value_lit(values)})"
                obj = eval(py, dict(NAMESPACE))
                spec = {"kind": "array", "typecode": tc, "memory": bytes(obj).hex(), "py": py}
                return {"obj": spec, "ops": None}, py
        spec, obj = self.exporter()
        ops, py = self.view_ops(spec, obj)
        return {"obj": spec, "ops": ops}, py

    def twin(self, m):
        """An ndarray holding m's values in another format and layout: equal
        to m unless a value is NaN (or cannot be held exactly)."""
        r = self.r
        if ndarray is None or m.ndim == 0 or m.nbytes == 0:
            return None
        data, size = m.tobytes(), m.itemsize
        try:
            values = [struct.unpack_from(m.format, data, i * size)
                      for i in range(len(data) // size)]
        except (struct.error, UnicodeEncodeError):
            return None
        values = [v[0] if len(v) == 1 else v for v in values]
        first = values[0]
        if isinstance(first, tuple):
            formats = ["ii", "2i", "qq", ">ii", "<2q", "hh", "bb"]
        elif isinstance(first, bool):
            formats = ["?", "<?", "B", "b", "=q"]
        elif isinstance(first, bytes):
            formats = ["c", "<c", "1s", "B"]
        elif isinstance(first, float):
            formats = ["d", "f", "<d", ">d", ">f", "q"]
        else:
            formats = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
                       "<i", ">i", "=q", ">Q", "<h", "d", ">d"]
        r.shuffle(formats)
        for fmt in formats:
            try:
                memory = [struct.unpack(fmt, struct.pack(fmt, *(v if isinstance(v, tuple) else (v,))))
                          for v in values]
                break
            except (struct.error, OverflowError, TypeError):
                continue
        else:
            return None
        items = [v[0] if len(v) == 1 else v for v in memory]
        if self.chance(0.5):  # equal as floats, not as bytes
            items = [-v if isinstance(v, float) and v == 0 else v for v in items]
        # A C or F layout, some dimensions reversed; the items go where the
        # layout reads them, so that it shows them in m's order.
        shape, isz = list(m.shape), struct.calcsize(fmt)
        dims = list(range(len(shape)))
        order = dims if self.chance(0.5) else dims[::-1]
        strides, offset = self.strided(shape, isz, order)
        placed = [None] * len(items)
        for n, index in enumerate(itertools.product(*(range(k) for k in shape))):
            placed[(offset + sum(i * st for i, st in zip(index, strides))) // isz] = items[n]
        py = (f"ndarray({value_lit(placed)}, shape={shape}, strides={strides}, "
              f"offset={offset}, format={fmt!r})")
        obj = eval(py, dict(NAMESPACE))
        spec = {"kind": "ndarray", "memory": flat_bytes(placed, fmt).hex(), "py": py,
                **layout_spec(obj)}
        return {"obj": spec, "ops": None}, py

    def view_of(self, data, fmt, shape):
        """memoryview(bytes).cast(fmt, shape), when CPython accepts it."""
        spec = {"kind": "bytes", "memory": data.hex(), "py": repr(data)}
        ops = [["cast", fmt] + ([] if shape is None else [shape])]
        py = f"memoryview({data!r}).{cast_lit(fmt, shape)}"
        try:
            eval(py, dict(NAMESPACE))
        except Exception:
            return {"obj": spec, "ops": None}, repr(data)
        return {"obj": spec, "ops": ops}, py

    def view_ops(self, spec, obj):
        """None (the object itself), or view ops on memoryview(obj) that CPython accepts."""
        r = self.r
        if self.chance(0.3):
            return None, spec["py"]
        ops, py = [], f"memoryview({spec['py']})"
        v = memoryview(obj)
        for _ in range(r.randrange(3)):
            if self.chance(0.5):
                s = self.slice3(v.shape[0] if v.ndim else 1)
                op, text = ["slice"] + s, f"[{slice_lit(*s)}]"
            else:
                f = self.fmt()
                shape = self.shape_for(v, f) if self.chance(0.5) else None
                op, text = ["cast", f] + ([] if shape is None else [shape]), "." + cast_lit(f, shape)
            try:
                v = eval("v" + text, {"v": v})
            except Exception:
                continue
            ops.append(op)
            py += text
        return ops, py

    def source_for(self, m, length):
        """A right-hand side for m[...] = rhs: mostly one of matching structure."""
        r = self.r
        fmt = m.format
        code = fmt.lstrip("@")
        k = r.randrange(10)
        if k < 5:  # same format, the slice's length, contiguous or strided
            n = length if self.chance(0.8) else max(0, length + r.choice([-1, 1]))
            f = fmt if self.chance(0.8) else code
            if code in TYPECODES and self.chance(0.5):
                spec, obj = self.exporter("array", code, n * m.itemsize)
                if self.chance(0.5):
                    return {"obj": spec, "ops": None}, spec["py"]
                return {"obj": spec, "ops": [["slice", None, None, -1]]}, f"memoryview({spec['py']})[::-1]"
            if self.chance(0.3):  # every other item of twice as many
                data = self.raw(2 * n * m.itemsize)
                spec = {"kind": "bytes", "memory": data.hex(), "py": repr(data)}
                return ({"obj": spec, "ops": [["cast", f], ["slice", None, None, 2]]},
                        f"memoryview({data!r}).cast({f!r})[::2]")
            other, py = self.view_of(self.raw(n * m.itemsize), f, None)
            return other, py
        if k < 7:  # another format, or a 2-D source
            data = self.raw(length * m.itemsize)
            f = r.choice(["b", "B", "c", "@B", fmt, code])
            shape = [1, length] if self.chance(0.5) and length else None
            return self.view_of(data, f, shape)
        spec, obj = self.exporter()
        ops, py = self.view_ops(spec, obj)
        return {"obj": spec, "ops": ops}, py


# ---------------------------------------------------------------- one chain


class Chain:
    def __init__(self, gen):
        self.g = gen
        spec, x = gen.exporter()
        self.exporter = spec
        self.ns = dict(NAMESPACE, x=x)
        exec("m = memoryview(x)", self.ns)
        self.steps = []

    @property
    def m(self):
        return self.ns["m"]

    def run(self, op, py, statement):
        try:
            if statement:
                exec(py, self.ns)
                expect = {"ok": "None"}
            else:
                expect = {"ok": repr(eval(py, self.ns))}
        except Exception as e:  # every exception is a result to compare
            expect = {"err": [type(e).__name__, str(e)]}
        self.steps.append({"op": op, "py": py, "expect": expect})
        return "ok" in expect

    def one(self):
        g, r, m = self.g, self.g.r, self.m
        length = m.shape[0] if m.ndim else 1
        writable = not m.readonly
        kinds = [
            ("slice", 14), ("cast", 16), ("toreadonly", 2), ("memoryview", 1 + 12 * (m.nbytes == 0)),
            ("rewrap", 1), ("attr", 4), ("get", 8 if m.ndim == 1 else 2),
            ("get_at", 3 if m.ndim == 1 else 8), ("tolist", 6), ("tobytes", 5), ("bytes", 1), ("hex", 5),
            ("eq", 8 + 16 * (m.format.lstrip("@<>=") in ("f", "d", "e"))), ("hash", 3 + 6 * (m.readonly and m.format in "Bbc")), ("contains", 3),
            # reversed() calls len(): memview's len() of a 0-d view is 3.11's 1,
            # and 3.12 raises instead (a documented difference)
            ("list", 3), ("reversed", 0 if m.ndim == 0 and PY312 else 3),
        ]
        if writable:  # a Rust View has no set: writes through read-only views do not compile
            kinds += [("set", 6 if m.ndim == 1 and m.nbytes else 2), ("set_at", 2 if m.ndim == 1 else 6),
                      ("set_slice", 7), ("copy_within", 4)]
        kind = r.choices([k for k, _ in kinds], [w for _, w in kinds])[0]

        if kind == "slice":
            s = g.slice3(length)
            self.reshape(["slice"] + s, f"m = m[{slice_lit(*s)}]")
        elif kind == "cast":
            f = g.fmt_for(m)
            shape = g.shape_for(m, f) if g.chance(0.55) else None
            op = ["cast", f] + ([] if shape is None else [shape])
            self.reshape(op, f"m = m.{cast_lit(f, shape)}")
        elif kind == "memoryview":  # start again, often after slicing down to nothing
            self.reshape(["memoryview"], "m = memoryview(x)")
        elif kind == "rewrap":
            self.reshape(["rewrap"], "m = memoryview(m)")
        elif kind == "toreadonly":
            self.reshape(["toreadonly"], "m = m.toreadonly()")
        elif kind == "attr":
            name = r.choice(ATTRS)
            if name == "len" and m.ndim == 0 and PY312:
                name = "ndim"  # memview follows 3.11: len() of a 0-d view is 1
            py = "len(m)" if name == "len" else f"m.{name}"
            self.run(["attr", name], py, False)
        elif kind == "get":
            i = g.index(length)
            self.run(["get", i], f"m[{i}]", False)
        elif kind == "get_at":
            idx = self.index_tuple()
            self.run(["get_at", idx], f"m[{index_lit(idx)}]", False)
        elif kind == "tolist":
            self.run(["tolist"], "m.tolist()", False)
        elif kind == "tobytes":
            if g.chance(0.2):
                self.run(["tobytes"], "m.tobytes()", False)
            else:
                order = r.choice(ORDERS)
                self.run(["tobytes", order], f"m.tobytes({order!r})", False)
        elif kind == "bytes":
            self.run(["bytes"], "bytes(m)", False)
        elif kind == "hex":
            self.hex()
        elif kind == "eq":
            other, py = g.other(m)
            op = r.choice(["eq"] * 4 + ["ne"])
            self.run([op, other], f"m {'==' if op == 'eq' else '!='} {py}", False)
        elif kind == "hash":
            self.run(["hash"], "hash(m) == hash(m.tobytes())", False)
        elif kind == "contains":
            v = self.probe()
            self.run(["contains", value_json(v)], f"{value_lit(v)} in m", False)
        elif kind == "list":
            self.run(["list"], "list(m)", False)
        elif kind == "reversed":
            self.run(["reversed"], "list(reversed(m))", False)
        elif kind == "set":
            i = g.index(length)
            v = g.value_for(m.format)
            self.mutate(["set", i, value_json(v)], f"m[{i}] = {value_lit(v)}")
        elif kind == "set_at":
            idx = self.index_tuple()
            v = g.value_for(m.format)
            self.mutate(["set_at", idx, value_json(v)], f"m[{index_lit(idx)}] = {value_lit(v)}")
        elif kind == "set_slice":
            s = g.slice3(length) if g.chance(0.6) else [None, None, None]
            try:
                n = len(range(length)[slice(*s)])
            except ValueError:
                n = length
            other, py = g.source_for(m, n)
            self.mutate(["set_slice", s, other], f"m[{slice_lit(*s)}] = {py}")
        elif kind == "copy_within":
            src = g.slice3(length) if g.chance(0.7) else [None, None, None]
            dst = g.slice3(length) if g.chance(0.7) else [None, None, None]
            if g.chance(0.3):  # same length, so that the copy is often allowed
                try:
                    n = len(range(length)[slice(*src)])
                    dst = [r.randint(0, max(0, length - n)), None, None]
                    dst[1] = dst[0] + n
                except ValueError:
                    pass
            self.mutate(["copy_within", src, dst], f"m[{slice_lit(*dst)}] = m[{slice_lit(*src)}]")

    def describe(self):
        self.run(["describe"], "(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, "
                 "m.readonly, m.c_contiguous, m.f_contiguous, m.contiguous)", False)

    def reshape(self, op, py):
        """A step that makes a new view, then, if it succeeded, the view's attributes."""
        if self.run(op, py, True):
            self.describe()

    def mutate(self, op, py):
        if self.run(op, py, True):
            self.run(["exporter"], "bytes(x)", False)

    def index_tuple(self):
        g, m = self.g, self.m
        dims = max(0, m.ndim + g.r.choice([0, 0, 0, 0, -1, 1]))
        return [g.index(m.shape[d] if d < m.ndim else 2) for d in range(dims)]

    def probe(self):
        g, m = self.g, self.m
        if g.chance(0.5):
            try:
                items = m.tolist()
                while isinstance(items, list) and items:
                    items = g.r.choice(items)
                if not isinstance(items, list):
                    return items
            except Exception:
                pass
        return g.r.choice([0, 1, 97, -1, 0.0, 1.0, math.nan, True, b"a", b"\x00", 2**64])

    def hex(self):
        g, r = self.g, self.g.r
        k = r.randrange(10)
        if k < 2:
            self.run(["hex"], "m.hex()", False)
            return
        # memview's hex_with(sep: char, bytes_per_sep: i32) states in its
        # types what Python checks at run time (one character, a C int).
        sep = r.choice([":", " ", "-", "\x00", "'", "\xe9", "\u20ac", b"-", b"\xe9"])
        sep_json = {"bytes": sep.hex()} if isinstance(sep, bytes) else {"str": sep}
        if k < 4:
            self.run(["hex", sep_json], f"m.hex({sep!r})", False)
            return
        n = r.choice([1, 2, 3, 4, -1, -2, -3, -5, 0, 100, -100, 2**31 - 1, -(2**31)])
        self.run(["hex", sep_json, n], f"m.hex({sep!r}, {n})", False)


def make_case(seed, n):
    gen = Gen(random.Random(f"memview-differential/{seed}/{n}"))
    chain = Chain(gen)
    if gen.chance(0.5):  # start from an N-D or 0-d cast half of the time
        m = chain.m
        f = gen.r.choice(NATIVE)
        size = itemsize(f)
        if m.nbytes and m.nbytes % size == 0:
            shape = gen.shape_for(m, f) if gen.chance(0.8) else []
            chain.reshape(["cast", f, shape], f"m = m.{cast_lit(f, shape)}")
    for _ in range(gen.r.randint(4, 24)):
        chain.one()
    return {"case": n, "exporter": chain.exporter, "steps": chain.steps}


def main():
    if sys.implementation.name != "cpython" or sys.version_info < (3, 11):
        sys.exit(f"{__file__}: needs CPython 3.11 or newer (memview follows 3.11), "
                 f"not {sys.implementation.name} {sys.version.split()[0]}")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=300, help="how many chains")
    parser.add_argument("--first", type=int, default=0, help="number of the first chain")
    parser.add_argument("--case", type=int, help="only this chain")
    args = parser.parse_args()
    first, count = (args.case, 1) if args.case is not None else (args.first, args.count)
    out = sys.stdout
    header = {"python": "%d.%d.%d" % sys.version_info[:3], "seed": args.seed,
              "first": first, "count": count, "ndarray": ndarray is not None}
    out.write(json.dumps(header) + "\n")
    for n in range(first, first + count):
        out.write(json.dumps(make_case(args.seed, n)) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
