#!/usr/bin/env python3
"""Golden vectors: what CPython's memoryview really does, recorded for memview.

Run from anywhere with `python3 tools/golden/generate.py`. It writes

- tests/golden/memoryview.json, read by tests/golden.rs, and
- tests/golden/struct.json, read by the unit tests of src/struct_format.rs.

Every expected value is computed here by running CPython; none is typed in by
hand. Commit both files; regenerate them when you add a vector. The output
depends only on the interpreter and the machine (sizes of C types, byte
order), which the files record and the tests check.

A memoryview vector is declarative, so that Python and Rust can each
interpret it:

    {"name": "reference/abc-tolist",          category/what, unique
     "exporter": {...},                        the object a view is made of
     "steps": [{"ops": [...], "expect": {...}}, ...],
     "after": "616263" | null,                 the exporter's bytes after the steps
     "since": "3.12",                          (optional) see below
     "rust": "compile-time" | "not applicable" | "extension" | "differs",
     "why": "...",                             (with "rust") why memview differs
     "note": "..."}                            (optional) anything else worth knowing

The exporter is a Python expression (`bytearray(b'ABC')`,
`array.array('i', [1, 2])`, a ctypes array, a `_testbuffer.ndarray`) and a
description of what it lends: `kind`, `memory` (hex), `format`, `itemsize`,
`shape`, `strides`, `offset`, `readonly`. Its optional `view` ops make the lent
buffer a memoryview of it (`memoryview(b'abcdef')[::2]`), as when a view is the
source of a slice assignment.

Each step starts from a fresh `mv = memoryview(exporter)` and applies its ops
in order; the last op gives the result. `expect` is `{"ok": repr(result)}` or
`{"err": [exception name, message]}`. The ops (Rust twin in brackets):

    ["slice", a, b, c]      mv[a:b:c]                 [slice / slice_mut]
    ["cast", f]             mv.cast(f)                [cast / into_cast]
    ["cast", f, shape]      mv.cast(f, shape)         [cast_shape / into_cast_shape]
    ["toreadonly"]          mv.toreadonly()           [to_readonly]
    ["get", i]              mv[i]                     [get]
    ["get_at", [i, j]]      mv[i, j]                  [get_at]
    ["set", i, v]           mv[i] = v                 [set]
    ["set_at", [i, j], v]   mv[i, j] = v              [set_at]
    ["set_slice", [a,b,c], exporter]  mv[a:b:c] = obj [set_slice]
    ["copy_within", [a,b,c], [d,e,f]] mv[d:e:f] = mv[a:b:c]  [copy_within]
    ["tobytes"], ["tobytes", order]   mv.tobytes(order)      [to_bytes / to_bytes_in]
    ["bytes"]               bytes(mv)                 [to_bytes]
    ["tolist"]              mv.tolist()               [to_list]
    ["hex"], ["hex", sep, n]          mv.hex(sep, n)  [hex / hex_with]
    ["attr", name]          mv.name, or len(mv) for "len"    [the method of that name]
    ["eq", other]           mv == other               [== / eq_exporter]
    ["hash_eq", hex]        hash(mv) == hash(bytes.fromhex(hex))  [hash_value == hash_bytes]
    ["list"]                list(mv)                  [iter]
    ["reversed"]            list(reversed(mv))        [iter().rev()]
    ["contains", v]         v in mv                   [iter().any]
    ["exporter"]            repr(exporter) (the only op)     [bytearray_repr / Bytes]
    ["writable"]            a writable buffer of the exporter (the only op)  [ViewMut::new]
    ["python", source]      any Python (only in vectors Rust cannot run)

`other` is "self" (mv == mv), {"exporter": spec} (mv == obj) or
{"exporter": spec, "ops": [...]} (mv == a view of obj). A value is
{"int": "digits"}, {"float": "repr"}, {"bool": b}, {"bytes": "hex"}, or
{"python": "source"} for a value Rust has no counterpart of.

CPython 3.11 cannot read or write items of format 'e'; 3.12 can and memview
follows it. Vectors touching 'e' items run through `HalfView` below, which
reads and writes with struct.pack('e')/struct.unpack('e') exactly as 3.12's
memoryview does, and are marked `"since": "3.12"`.

A struct vector is [format, calcsize or null] or [format, hex, repr or null]:
`struct.calcsize(format)` and `struct.unpack_from(format, bytes)` with a lone
value unwrapped as memoryview unwraps it (null where struct raises).
"""

import array
import ctypes
import json
import pathlib
import platform
import random
import struct
import sys

from _testbuffer import ND_FORTRAN, ND_PIL, ND_WRITABLE, PyBUF_FULL, ndarray

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "golden"

NAN, INF = float("nan"), float("inf")

# The names exporter expressions may use.
NAMESPACE = {
    "array": array,
    "ctypes": ctypes,
    "struct": struct,
    "ndarray": ndarray,
    "ND_FORTRAN": ND_FORTRAN,
    "ND_WRITABLE": ND_WRITABLE,
    "ND_PIL": ND_PIL,
    "nan": NAN,
    "inf": INF,
}

NATIVE = "cbB?hHiIlLqQnNefdP"


# ---------------------------------------------------------------- values


class Py:
    """A Python value written as source, for values Rust cannot express."""

    def __init__(self, source):
        self.source = source


def enc(v):
    """A Python value as a JSON value spec."""
    if isinstance(v, Py):
        return {"python": v.source}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)} if -(2**127) <= v < 2**127 else {"python": repr(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if type(v) is bytes:
        return {"bytes": v.hex()}
    return {"python": repr(v)}


def dec(spec):
    """A JSON value spec as a Python value."""
    (kind, v), = spec.items()
    return {
        "int": int,
        "float": float,
        "bool": bool,
        "bytes": bytes.fromhex,
        "python": lambda s: eval(s, dict(NAMESPACE)),
    }[kind](v)


def expressible(spec):
    """Whether Rust can run a JSON structure: no Python-only value or op."""
    if isinstance(spec, dict):
        return set(spec) != {"python"} and all(expressible(v) for v in spec.values())
    if isinstance(spec, list):
        return not (spec and spec[0] == "python") and all(expressible(v) for v in spec)
    return True


# ------------------------------------------------------------- exporters


def exporter(source, view=(), memory=None):
    """The object `source` evaluates to, optionally lent through `view` ops."""
    obj = eval(source, dict(NAMESPACE))
    m = memoryview(obj)
    kind = {bytes: "bytes", bytearray: "bytearray", array.array: "array", ndarray: "ndarray"}.get(
        type(obj), "ctypes"
    )
    if memory is None:
        assert m.contiguous, source
        memory = m.tobytes("A")
    return {
        "python": source,
        "kind": kind,
        "memory": memory.hex(),
        "format": m.format,
        "itemsize": m.itemsize,
        "shape": list(m.shape),
        "strides": list(m.strides),
        "offset": obj.offset if kind == "ndarray" else 0,
        "readonly": m.readonly,
        "view": [list(op) for op in view],
    }


def B(data, view=()):
    """`bytes`: read-only bytes, format B."""
    return exporter(repr(bytes(data)), view)


def BA(data, view=()):
    """`bytearray`: writable bytes, format B."""
    return exporter(f"bytearray({bytes(data)!r})", view)


def ARR(code, items):
    """`array.array(code, items)`."""
    return exporter(f"array.array({code!r}, {items!r})")


def ND(items, shape, strides=None, offset=0, format="B", flags=0):
    """`_testbuffer.ndarray`: any layout over the memory `items` fill."""
    flat = ndarray(items, shape=[len(items)], format=format)
    layout = f", strides={strides!r}, offset={offset}" if strides is not None else ""
    source = f"ndarray({items!r}, shape={shape!r}{layout}, format={format!r}, flags={flags})"
    return exporter(source, memory=memoryview(flat).tobytes())


def state(obj):
    """The exporter's bytes, to compare after writes; None if not knowable."""
    m = memoryview(obj)
    return m.tobytes("A").hex() if m.contiguous else None


# ------------------------------------------------------------------- ops


def sl(start=None, stop=None, step=None):
    return ["slice", start, stop, step]


def cast(fmt, *shape):
    return ["cast", fmt, *shape]


def get(i):
    return ["get", i]


def get_at(*idx):
    return ["get_at", list(idx)]


def put(i, v):
    return ["set", i, enc(v)]


def put_at(idx, v):
    return ["set_at", list(idx), enc(v)]


def put_slice(s, src):
    return ["set_slice", list(s), src]


def copy_within(src, dst):
    return ["copy_within", list(src), list(dst)]


def attr(name):
    return ["attr", name]


def eq(other):
    return ["eq", other]


def eq_view(spec, *ops):
    return ["eq", {"exporter": spec, "ops": [list(op) for op in ops]}]


def eq_obj(spec):
    return ["eq", {"exporter": spec}]


def hex_(*args):
    return ["hex", *[enc(a) if isinstance(a, bytes) else a for a in args]]


def py(source):
    return ["python", source]


TOBYTES, TOLIST, LIST, REVERSED, BYTES = ["tobytes"], ["tolist"], ["list"], ["reversed"], ["bytes"]
EXPORTER, WRITABLE, TOREADONLY = ["exporter"], ["writable"], ["toreadonly"]
LAYOUT = ["format", "itemsize", "ndim", "shape", "strides", "nbytes", "readonly", "len"]


# ------------------------------------------------------------ half floats


class HalfView:
    """CPython 3.12's memoryview of format 'e', in 3.11.

    Everything but the items is an 'H' view of the same bytes (same size, same
    errors); items are read and written with struct's 'e', as 3.12 does
    (`PyFloat_Unpack2`, `PyFloat_AsDouble` then `PyFloat_Pack2`).
    """

    used = False

    def __init__(self, h, fmt):
        HalfView.used = True
        self.h, self.format = h, fmt

    def __getattr__(self, name):
        return getattr(self.h, name)

    def __len__(self):
        return len(self.h)

    @staticmethod
    def _read(u16):
        return struct.unpack("e", struct.pack("H", u16))[0]

    def __getitem__(self, key):
        if isinstance(key, slice):
            return HalfView(self.h[key], self.format)
        return self._read(self.h[key])

    def __setitem__(self, key, value):
        self.h[key]  # the same bounds checks and errors
        if not isinstance(value, (int, float)):
            raise TypeError("memoryview: invalid type for format 'e'")
        try:
            packed = struct.pack("e", float(value))
        except OverflowError:
            raise ValueError("memoryview: invalid value for format 'e'") from None
        self.h[key] = struct.unpack("H", packed)[0]

    def tolist(self):
        return [self._read(u) for u in self.h.tolist()]

    def __iter__(self):
        return iter(self.tolist())

    def __reversed__(self):
        return reversed(self.tolist())

    def __eq__(self, other):
        other = other if isinstance(other, (HalfView, memoryview)) else memoryview(other)
        return self.h.shape == other.shape and self.tolist() == other.tolist()

    def toreadonly(self):
        return HalfView(self.h.toreadonly(), self.format)


# ------------------------------------------------------------ interpreter


def lend(spec):
    """The exporter object, and what a memoryview of it is made from."""
    obj = eval(spec["python"], dict(NAMESPACE))
    lender = obj
    if spec["view"]:
        lender = run_ops(memoryview(obj), spec["view"])
    return obj, lender


def root(lender):
    return lender if isinstance(lender, HalfView) else memoryview(lender)


def run_ops(x, ops, obj=None):
    """Applies `ops` to the view `x`, as a step does."""
    for op in ops:
        x = apply(x, obj, op)
    return x


def apply(x, obj, op):
    name, args = op[0], op[1:]
    if name == "slice":
        return x[slice(*args)]
    if name == "cast":
        fmt, *shape = args
        if fmt.lstrip("@") == "e" and isinstance(x, memoryview):
            return HalfView(x.cast(fmt.replace("e", "H"), *shape), fmt)
        return x.cast(fmt, *shape)
    if name == "toreadonly":
        return x.toreadonly()
    if name == "get":
        return x[args[0]]
    if name == "get_at":
        return x[tuple(args[0])]
    if name == "set":
        x[args[0]] = dec(args[1])
        return None
    if name == "set_at":
        x[tuple(args[0])] = dec(args[1])
        return None
    if name == "set_slice":
        _, src = lend(args[1])
        x[slice(*args[0])] = src
        return None
    if name == "copy_within":
        x[slice(*args[1])] = x[slice(*args[0])]
        return None
    if name == "tobytes":
        return x.tobytes(*args)
    if name == "bytes":
        return bytes(x)
    if name == "tolist":
        return x.tolist()
    if name == "hex":
        sep = args[:1] and (dec(args[0]) if isinstance(args[0], dict) else args[0])
        return x.hex(*([sep] if args else []), *args[1:])
    if name == "attr":
        return len(x) if args[0] == "len" else getattr(x, args[0])
    if name == "eq":
        other = args[0]
        if other == "self":
            return x == x
        _, lender = lend(other["exporter"])
        if "ops" in other:
            return x == run_ops(root(lender), other["ops"])
        return x == lender
    if name == "hash_eq":
        return hash(x) == hash(bytes.fromhex(args[0]))
    if name == "list":
        return list(x)
    if name == "reversed":
        return list(reversed(x))
    if name == "contains":
        return dec(args[0]) in x
    if name == "writable":
        # What memoryview asks for (PyBUF_FULL_RO), plus writable.
        ndarray(x, getbuf=PyBUF_FULL)
        return True
    if name == "python":
        scope = dict(NAMESPACE, mv=x, obj=obj)
        try:
            code = compile(args[0], "<vector>", "eval")
        except SyntaxError:
            exec(args[0], scope)
            return None
        return eval(code, scope)
    raise ValueError(f"unknown op {name}")


# --------------------------------------------------------------- vectors

VECTORS = []


def vec(name, spec, *steps, rust=None, why=None, note=None):
    """Records a vector: each step is a list of ops run on a fresh view of
    one exporter object, whose bytes are compared after the last step."""
    assert not any(v["name"] == name for v in VECTORS), name
    assert (rust is None) == (why is None), name
    HalfView.used = False
    obj = eval(spec["python"], dict(NAMESPACE))
    out = []
    for ops in steps:
        ops = [list(op) for op in ops]
        # Every step of a vector runs on the same object, so writes persist.
        out.append({"ops": ops, "expect": run_step(obj, spec, ops)})
    v = {"name": name, "exporter": spec, "steps": out, "after": state(obj)}
    if HalfView.used:
        v["since"] = "3.12"
    if rust:
        assert rust in ("compile-time", "not applicable", "extension", "differs"), rust
        v["rust"], v["why"] = rust, why
    else:
        assert expressible(spec) and all(expressible(s["ops"]) for s in out), (
            f"{name}: Rust cannot run it; mark it with rust= and why="
        )
    if note:
        v["note"] = note
    VECTORS.append(v)


def run_step(obj, spec, ops):
    """Runs one step on the exporter object `obj`: its expected outcome."""
    try:
        if ops == [EXPORTER]:
            return {"ok": repr(obj)}
        lender = obj
        if spec["view"]:
            lender = run_ops(memoryview(obj), spec["view"])
        if ops == [WRITABLE]:
            return {"ok": repr(apply(lender, obj, WRITABLE))}
        x = root(lender)
        for op in ops:
            x = apply(x, obj, op)
    except Exception as e:  # the exception is the expected result
        return {"err": [type(e).__name__, str(e)]}
    if isinstance(x, (memoryview, HalfView)):
        raise RuntimeError(f"a step must end with an op that gives a value: {ops}")
    return {"ok": repr(x)}


COMPILE = "compile-time"
HEX_TYPES = "hex_with(sep: char, bytes_per_sep: i32): the types allow one character and a C int, which Python checks at run time"
NA = "not applicable"


def reference():
    """Section 7 of the reference, in its order, as far as Rust can express it."""
    abc, abcdef = B(b"abc"), B(b"abcdef")
    vec("reference/tolist", abc, [TOLIST])
    vec("reference/index-first", abc, [get(0)])
    vec("reference/index-last", abc, [get(-1)])
    vec("reference/index-past-end", abc, [get(3)])
    vec("reference/index-before-start", abc, [get(-4)])
    vec("reference/slice-tail", abc, [sl(1), TOBYTES])
    vec("reference/reverse", abcdef, [sl(None, None, -1), TOBYTES])
    vec("reference/every-other", abcdef, [sl(None, None, 2), TOLIST])
    vec("reference/strided-strides", abcdef, [sl(1, 5, 2), attr("strides")])
    vec("reference/backwards-strides", abcdef, [sl(None, None, -2), attr("strides")])
    vec("reference/clamped-shape", abcdef, [sl(10, 20), attr("shape")])
    vec("reference/zero-step", abcdef, [sl(None, None, 0)])
    vec("reference/str-key", abc, [py("mv['a']")], rust=COMPILE,
        why="indices are isize and slices are Slice: a str key does not type-check")
    vec("reference/ellipsis-key", abc, [py("mv[...]")], rust=COMPILE,
        why="memview has no Ellipsis key; get_at(&[]) is mv[()]")
    vec("reference/one-tuple", abc, [get_at(1)])
    vec("reference/tuple-too-long", abc, [get_at(0, 0)])
    vec("reference/empty-tuple", abc, [get_at()])
    vec("reference/multislice", abc, [py("mv[1:2, 0:1]")], rust="extension",
        why="slice_dim slices any one dimension; CPython raises NotImplementedError: multi-dimensional slicing is not implemented")
    vec("reference/bool-index", abc, [get(True)], note="Rust passes isize::from(true)")
    vec("reference/huge-index", abc, [py("mv[2**100]")], rust=COMPILE,
        why="an index is an isize: 2**100 is not one")
    for what, src in [("str", "memoryview('abc')"), ("int", "memoryview(1)"),
                      ("no-arg", "memoryview()"), ("two-args", "memoryview(b'a', b'b')")]:
        vec(f"reference/constructor-{what}", abc, [py(src)], rust=COMPILE,
            why="View::new takes one &E where E: Exporter; str and integers are not exporters")
    vec("reference/bytearray-from-str", abc, [py("bytearray('ABC')")], rust=NA,
        why="a Python constructor, not part of memoryview")
    vec("reference/write-read-only", abc, [put(0, 1)], rust=COMPILE,
        why="a View has no set method: writing through a read-only view does not compile")
    for a in ["readonly", "nbytes", "format", "itemsize", "ndim", "shape", "strides",
              "suboffsets", "obj", "c_contiguous", "f_contiguous", "contiguous"]:
        vec(f"reference/attr-{a}", abc, [attr(a)])
    vec("reference/attr-readonly-bytearray", BA(b"abc"), [attr("readonly")])
    vec("reference/strided-contiguous", abcdef, [sl(None, None, 2), attr("contiguous")])

    ba = BA(b"ABC")
    vec("reference/bytearray-session", ba,
        [get(0)], [sl(0, 2), BYTES], [sl(0, 3), LIST], [put(1, 90)], [EXPORTER],
        [put(0, 256)], [put(0, -1)], [put(0, b"A")], [put(0, 1.5)], [put(9, 1)],
        [put_slice((0, 2, None), B(b"xy"))], [EXPORTER],
        [put_slice((0, 2, None), B(b"xyz"))],
        [put_slice((0, 2, None), ARR("b", [1, 2]))],
        [put_slice((None, None, -1), B(b"123"))], [EXPORTER],
        [copy_within((None, None, -1), (None, None, None))], [EXPORTER])
    vec("reference/write-str-value", ba, [put(0, Py("'a'"))], rust=COMPILE,
        why="a value is Into<Value>: str is not")
    vec("reference/delete-item", ba, [py("mv.__delitem__(0)")], rust=NA,
        why="Rust has no `del mv[0]`")
    vec("reference/slice-assign-str", ba, [py("mv.__setitem__(slice(0, 2), 'xy')")], rust=COMPILE,
        why="set_slice takes an Exporter; str is not one")
    vec("reference/resize-while-viewed", ba, [py("mv.obj.append(1)")], rust=COMPILE,
        why="a live view borrows the Vec, so push does not compile (E0502): the static form of the BufferError")
    vec("reference/use-after-release", ba, [py("(mv.release(), mv[0])")], rust=COMPILE,
        why="release(self) consumes the view: using it afterwards does not compile (E0382)")
    vec("reference/released-eq", ba, [py("(mv.release(), mv == mv)")], rust=COMPILE,
        why="release(self) consumes the view: using it afterwards does not compile (E0382)")
    vec("reference/released-iter", ba, [py("(mv.release(), iter(mv))")], rust=COMPILE,
        why="release(self) consumes the view: using it afterwards does not compile (E0382)",
        note="CPython 3.11 to 3.13.0 raise SystemError here (gh-126341)")
    vec("reference/resize-array-while-viewed", ARR("i", [1]), [py("mv.obj.append(1)")], rust=COMPILE,
        why="a live view borrows the Vec, so push does not compile (E0502): the static form of the BufferError")
    vec("reference/buffer-flags", ba, [py("memoryview(ndarray(mv, getbuf=0))")], rust=NA,
        why="memview has no buffer request flags: every view is made as memoryview() makes it (PyBUF_FULL_RO)")
    vec("reference/subclass", ba, [py("type('M', (memoryview,), {})")], rust=NA,
        why="Rust has no subclassing")
    vec("reference/released-repr", ba, [py("(mv.release(), repr(mv).split(' at ')[0])")], rust=NA,
        why="repr shows an address; a released view does not exist in Rust")

    c = BA(bytes(range(12)))
    vec("reference/cast-i", c, [cast("i"), TOLIST], [cast("i"), attr("shape")],
        [cast("i"), attr("strides")], [cast("i"), attr("itemsize")])
    vec("reference/cast-at-i", c, [cast("@i"), attr("format")])
    vec("reference/cast-little-endian", c, [cast("<i")])
    vec("reference/cast-q-length", c, [cast("q")])
    vec("reference/cast-two-non-byte", c, [cast("i"), cast("h")])
    vec("reference/cast-back-to-bytes", c, [cast("i"), cast("B"), TOLIST])
    vec("reference/cast-2d", c, [cast("B", [3, 4]), TOLIST], [cast("B", [3, 4]), attr("strides")])
    vec("reference/cast-wrong-product", c, [cast("B", [3, 5])])
    vec("reference/cast-zero-in-shape", c, [cast("B", [3, 0])])
    vec("reference/cast-float-in-shape", c, [py("mv.cast('B', [3, 4.0])")], rust=COMPILE,
        why="a shape is &[usize]")
    vec("reference/cast-int-shape", c, [py("mv.cast('B', 12)")], rust=COMPILE,
        why="a shape is &[usize]")
    vec("reference/cast-65-dims", c, [cast("B", [1] * 65)])
    vec("reference/cast-nd-to-nd", c, [cast("B", [2, 6]), cast("B", [3, 4])])
    vec("reference/cast-nd-to-1d", c, [cast("B", [2, 6]), cast("i"), TOLIST])
    vec("reference/cast-strided", c, [sl(None, None, 2), cast("B")])
    vec("reference/cast-empty-with-shape", c, [sl(None, 0), cast("i", [0])])
    vec("reference/cast-0d", BA(bytes(4)), [cast("i", []), TOLIST], [cast("i", []), attr("shape")])
    vec("reference/cast-c", B(b"ab"), [cast("c"), TOLIST])
    vec("reference/cast-bool", B(bytes([0, 1, 2])), [cast("?"), TOLIST])
    vec("reference/cast-e", B(b"\x00\x3c"), [cast("e"), TOLIST])
    vec("reference/cast-bytes-format", B(b"abcd"), [py("mv.cast(b'i')")], rust=COMPILE,
        why="a format is &str")

    x = BA(bytes(range(24)))
    x3 = cast("B", [2, 3, 4])
    for a in ["shape", "strides", "ndim", "len", "nbytes", "c_contiguous", "f_contiguous"]:
        vec(f"reference/3d-{a}", x, [x3, attr(a)])
    vec("reference/3d-tolist", x, [x3, TOLIST])
    vec("reference/3d-index", x, [x3, get_at(1, 2, 3)], [x3, get_at(-1, -1, -1)],
        [x3, get_at(1, 2, 4)], [x3, get_at(0, -4, 0)], [x3, get(0)], [x3, get_at(0, 0)],
        [x3, get_at(0, 0, 0, 0)])
    vec("reference/3d-slices", x, [x3, sl(1), attr("shape")], [x3, sl(1), attr("strides")],
        [x3, sl(None, None, -1), attr("strides")], [x3, sl(None, None, -1), attr("c_contiguous")],
        [x3, sl(None, None, -1), attr("contiguous")], [x3, sl(None, None, -1), TOLIST])
    vec("reference/3d-mixed-key", x, [x3, py("mv[:, 0]")], rust=COMPILE,
        why="memview has no mixed slice-and-index key")
    vec("reference/3d-multislice", x, [x3, py("mv[1:, 1:]")], rust="extension",
        why="slice_dim slices any one dimension; CPython raises NotImplementedError: multi-dimensional slicing is not implemented")
    vec("reference/3d-iter", x, [x3, LIST])
    vec("reference/3d-slice-assign", x, [x3, put_slice((0, 1, None), B(b"x"))])
    vec("reference/3d-set-row", x, [x3, put(1, 5)])
    vec("reference/3d-tobytes", x, [x3, ["tobytes", "F"]], [x3, sl(None, None, -1), TOBYTES],
        [x3, sl(None, None, -1), hex_(" ", 4)], [x3, ["tobytes", "X"]])
    w = BA(bytes(range(6)))
    w2 = cast("B", [2, 3])
    vec("reference/2d-orders", w, [w2, ["tobytes", "C"]], [w2, ["tobytes", "F"]], [w2, ["tobytes", "A"]],
        [w2, sl(None, None, -1), ["tobytes", "A"]])
    vec("reference/2d-empty", w, [w2, sl(1, 1), attr("shape")], [w2, sl(1, 1), TOLIST],
        [w2, sl(1, 1), attr("c_contiguous")])
    s = BA(b"\x07\x00\x00\x00")
    s0 = cast("i", [])
    vec("reference/0d", s, *[[s0, attr(a)] for a in ["ndim", "shape", "strides", "nbytes"]],
        [s0, get_at()], [s0, TOLIST], [s0, TOBYTES], [s0, get(0)], [s0, LIST],
        [s0, cast("B"), TOLIST], [s0, cast("i", [])])
    vec("reference/0d-len", s, [s0, attr("len")],
        note="3.11 gives 1; 3.12+ raise TypeError: 0-dim memory has no length. memview follows 3.11")
    vec("reference/0d-ellipsis-is-self", s, [s0, py("mv[...] is mv")], rust=NA,
        why="object identity; the Rust view is a value")

    h = B(b"\xb9\x01\xef")
    vec("reference/hex", h, [hex_()], [hex_(":")], [hex_(":", 2)], [hex_(":", -2)], [hex_(b"-")])
    vec("reference/hex-long-sep", h, [hex_("::")], rust=COMPILE, why=HEX_TYPES)
    vec("reference/hex-group-of-two", B(b"\x01\x02\x03\x04\x05"), [hex_(" ", 2)])
    vec("reference/hex-int-sep", h, [py("mv.hex(1)")], rust=COMPILE, why=HEX_TYPES)
    vec("reference/array-H", ARR("H", [1, 256]), [hex_()], [TOBYTES])
    vec("reference/tobytes-none", abc, [["tobytes", None]], note="Rust: to_bytes(), the default order")
    vec("reference/hash", abc, [["hash_eq", "616263"]])
    vec("reference/hash-strided", abcdef, [sl(None, None, -2), ["hash_eq", b"fdb".hex()]])
    vec("reference/hash-writable", BA(b"abc"), [["hash_eq", "616263"]])
    vec("reference/hash-readonly-bytearray", BA(b"abc"), [TOREADONLY, ["hash_eq", "616263"]])
    vec("reference/hash-int-format", B(b"abcd"), [cast("i"), ["hash_eq", "61626364"]])
    vec("reference/eq-bytes", abc, [eq_obj(abc)])
    vec("reference/eq-str-and-list", abc, [py("(mv == 'abc', mv == [97, 98, 99])")], rust=COMPILE,
        why="a view is PartialEq only with exporters, so `mv == \"abc\"` does not compile; a list has no Rust twin ([97, 98, 99] in Rust is an array of bytes, an exporter like b'abc', and compares equal)")
    vec("reference/eq-shorter", abc, [eq_view(B(b"ab"))])
    vec("reference/ordering", abc, [py("mv < memoryview(b'abd')")], rust=COMPILE,
        why="views implement PartialEq, not PartialOrd")
    vec("reference/eq-array-h", abc, [eq_obj(ARR("h", [97, 98, 99]))])
    vec("reference/eq-c-vs-bytes", abc, [cast("c"), eq_obj(abc)])
    vec("reference/eq-signed-vs-unsigned", B(bytes([255])), [cast("b"), eq_view(B(bytes([255])))])
    nan = ARR("d", [NAN])
    vec("reference/eq-nan", nan, [eq_view(nan)], [eq("self")])
    vec("reference/eq-2d-vs-1d", BA(bytes(6)), [cast("B", [2, 3]), eq_view(BA(bytes(6)))])
    vec("reference/eq-empty-shapes", BA(bytes(12)),
        [cast("i", [1, 3]), sl(0, 0), eq_view(BA(bytes(40)), cast("d", [1, 5]), sl(0, 0))])
    le = exporter("(ctypes.c_int32.__ctype_le__ * 2)(1, 2)")
    be = exporter("(ctypes.c_int32.__ctype_be__ * 2)(1, 2)")
    vec("reference/ctypes-le-be", le, [attr("format")], [eq_view(be)])
    vec("reference/ctypes-be", be, [attr("format")], [TOBYTES], [get(0)], [cast("i")],
        [cast("B"), TOLIST])
    vec("reference/array-u", exporter("array.array('u', 'ab')"), [get(0)])
    vec("reference/toreadonly", BA(b"abc"), [TOREADONLY, attr("readonly")], [TOREADONLY, attr("obj")])
    vec("reference/toreadonly-write", BA(b"abc"), [TOREADONLY, put(0, 1)], rust=COMPILE,
        why="to_readonly() gives a View, which has no set method")
    vec("reference/release-with-exports", BA(b"abcd"),
        [py("(__import__('pickle').PickleBuffer(mv), mv.release())")], rust=NA,
        why="a Rust view lends through borrows: a view that is borrowed cannot be dropped (E0505)")
    vec("reference/iteration", abc, [LIST], [REVERSED], [["contains", enc(98)]])
    vec("reference/pickle", abc, [py("__import__('pickle').dumps(mv)")], rust=NA,
        why="memview has no pickling")

    f = ND(list(range(6)), [2, 3], format="B", flags=ND_FORTRAN)
    for a in ["shape", "strides", "c_contiguous", "f_contiguous", "contiguous"]:
        vec(f"reference/fortran-{a}", f, [attr(a)])
    vec("reference/fortran", f, [TOLIST], [get_at(1, 0)], [["tobytes", "C"]], [["tobytes", "F"]],
        [["tobytes", "A"]], [hex_()], [cast("B")],
        [eq_view(B(bytes([0, 2, 4, 1, 3, 5])), cast("B", [2, 3]))])
    vec("reference/pil", f, [py("memoryview(ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_PIL)).suboffsets")],
        rust=NA, why="memview has no suboffsets (PIL-style indirect buffers)")
    ii = ND([(1, 2), (3, 4)], [2], format="ii")
    qq = ND([(1, 2), (3, 4)], [2], format="qq")
    vec("reference/struct-ii", ii, [attr("format")], [attr("itemsize")], [eq("self")], [eq_view(qq)],
        [TOLIST])


def tutorials():
    """Every example of the five tutorials in shared/seeds, with the outputs
    CPython really gives."""
    k = BA(b"Kolledge")  # bytearray('Kolledge', 'utf-8')
    vec("tutorial/kolledge", k, [get(0)], [sl(0, 3), BYTES])
    vec("tutorial/kolledge-type", k, [py("type(mv)")], rust=NA, why="prints a Python class")
    vec("tutorial/hello-world", B(b"Hello, World!"), [py("repr(mv).split(' at ')[0]")], rust=NA,
        why="prints <memory at 0x...>, an address")
    vec("tutorial/hello-world-tobytes", B(b"Hello, World!"), [sl(7, 12), TOBYTES])
    ex = BA(b"Example data")
    vec("tutorial/example-data", ex, [sl(7, 12), TOBYTES], [put(0, 65)], [EXPORTER])
    abc = BA(b"ABC")  # bytearray('ABC', 'utf-8')
    vec("tutorial/abc-read", abc, [get(0)], [sl(0, 2), BYTES], [sl(0, 3), LIST])
    vec("tutorial/abc-update", abc, [EXPORTER], [put(1, 90)], [EXPORTER])
    byv = B(b"Bytes!")
    vec("tutorial/bytes", byv, [get(0)], [get(-1)], [attr("readonly")])
    vec("tutorial/bytes-write", byv, [put(0, 98)], rust=COMPILE,
        why="a View has no set method: writing through a read-only view does not compile")
    vec("tutorial/bytes-from-str", byv, [py("memoryview('String!')")], rust=COMPILE,
        why="str is not an Exporter")
    bya = BA(b"Byte Array!")
    vec("tutorial/byte-array", bya, [attr("readonly")], [put(0, 98)], [BYTES])
    tips = BA(b"TIPSMAKE")
    vec("tutorial/tipsmake", tips, [get(0)], [sl(0, 2), BYTES], [sl(0, 3), LIST])
    q = BA(b"QTIPSMAKE")
    vec("tutorial/qtipsmake", q, [EXPORTER], [put(1, 85)], [EXPORTER])


def formats():
    """Every native format: reading, writing with range and type checks, tolist."""
    samples = {
        "b": [-128, -1, 127], "B": [0, 128, 255], "h": [-(2**15), -1, 2**15 - 1],
        "H": [0, 1, 2**16 - 1], "i": [-(2**31), -1, 2**31 - 1], "I": [0, 1, 2**32 - 1],
        "l": [-(2**63), -1, 2**63 - 1], "L": [0, 1, 2**64 - 1], "q": [-(2**63), -1, 2**63 - 1],
        "Q": [0, 1, 2**64 - 1], "n": [-(2**63), -1, 2**63 - 1], "N": [0, 1, 2**64 - 1],
        "P": [0, 1, 2**64 - 1], "f": [1.5, 0.1, -INF], "d": [1.5, -0.0, NAN],
        "e": [1.0, 0.1, 65504.0], "?": [True, False, True], "c": [b"a", b"\x00", b"\xff"],
    }
    for f in NATIVE:
        size = struct.calcsize(f)
        vals = samples[f]
        data = b"".join(struct.pack(f, v) for v in vals)
        ex = BA(data)
        vec(f"format/{f}-read", ex, *[[cast(f), attr(a)] for a in LAYOUT],
            [cast(f), TOLIST], [cast(f), get(0)], [cast(f), get(-1)], [cast(f), LIST],
            [cast(f), REVERSED], [cast(f), get(3)], [cast(f), sl(None, None, -1), TOLIST],
            [cast(f), TOBYTES], [cast(f), cast("B"), TOLIST])
        vec(f"format/{f}-at-prefix", ex, [cast("@" + f), attr("format")], [cast("@" + f), TOLIST])
        if f in "bBhHiIlLqQnNP":
            lo, hi = min(samples[f]), max(samples[f])
            writes = [lo, hi, lo - 1, hi + 1, True, 2**100, -(2**100), 1.5, b"a", Py("'a'"), Py("None")]
            if f == "P":
                writes += [-1, -(2**63), -(2**63) - 1]
        elif f in "fde":
            writes = [2, True, -0.0, NAN, INF, 1e300, 2**200, 65519.0, 65520.0, 1e-8, b"x",
                      Py("'1.5'"), Py("10**400")]
        elif f == "?":
            writes = [0, 2.5, b"", b"x", NAN, -1, True, Py("[1]"), Py("''")]
        else:  # c
            writes = [b"z", b"", b"xy", 120, True, 1.5, Py("'x'"), Py("bytearray(b'x')")]
        for n, v in enumerate(writes):
            step = [[cast(f), put(1, v)], [cast(f), get(1)]]
            kw = {}
            if not expressible(enc(v)):
                kw = dict(rust=COMPILE, why="a value is Into<Value>: Rust has no counterpart of this Python object")
                if f == "c" and "bytearray" in repr(getattr(v, "source", "")):
                    kw = dict(rust=NA, why="Value::Bytes stands for every bytes-like value; Rust has no separate bytearray value")
            vec(f"format/{f}-write-{n}", BA(data), *step, **kw)
        vec(f"format/{f}-write-out-of-bounds", BA(data), [cast(f), put(3, vals[0])],
            [cast(f), put(-4, vals[0])])
    # '?' reads any non-zero byte as True.
    vec("format/bool-nonzero", B(bytes([0, 1, 2, 255])), [cast("?"), TOLIST])
    vec("format/float-widened", ARR("f", [0.1, 1e38, 3.4028234663852886e38]), [TOLIST])
    vec("format/half-specials", B(struct.pack("6e", 0.0, -0.0, INF, -INF, 6e-8, 65504.0)),
        [cast("e"), TOLIST])
    vec("format/half-nan", B(struct.pack("e", NAN)), [cast("e"), eq("self")])
    vec("format/unknown-w", exporter("array.array('u', 'ab')"), [TOLIST], [LIST], [get(0)],
        [get(5)], [put(0, 1)], [put(5, 1)], [attr("format")], [attr("itemsize")], [TOBYTES])
    vec("format/unknown-w-empty", exporter("array.array('u')"), [TOLIST], [get(0)])
    vec("format/unknown-w-empty-iter", exporter("array.array('u')"), [LIST], [REVERSED],
        [sl(None, None, -1), TOLIST])


def structs():
    """Formats memoryview cannot index but compares through struct."""
    le = exporter("(ctypes.c_int32.__ctype_le__ * 2)(1, 2)")
    be = exporter("(ctypes.c_int32.__ctype_be__ * 2)(1, 2)")
    vec("struct/le-vs-be", le, [eq_view(be)], [eq_obj(ARR("i", [1, 2]))], [eq_obj(ARR("b", [1, 2]))],
        [eq_obj(ARR("d", [1.0, 2.0]))], [eq_view(be, sl(None, None, -1))])
    vec("struct/le-ops", le, [TOLIST], [LIST], [get(0)], [get_at(0)], [put(0, 1)],
        [put_slice((None, None, None), le)], [cast("B"), TOLIST], [cast("b", [2, 4]), TOLIST],
        [hex_()], [["tobytes", "F"]], [sl(None, None, -1), TOBYTES], [["hash_eq", "0100000002000000"]])
    vec("struct/be-read-only", be, [TOREADONLY, put(0, 1)], rust=COMPILE,
        why="to_readonly() gives a View, which has no set method (CPython checks the format first)")
    vec("struct/be-0d", exporter("ctypes.c_int32.__ctype_be__(7)"), [attr("shape")], [get_at()],
        [TOLIST], [TOBYTES], [get(0)], [LIST], [eq_obj(ARR("i", [7]))],
        [eq_view(BA(struct.pack("i", 7)), cast("i", []))], [put_at((), 1)])
    vec("struct/be-0d-reversed", exporter("ctypes.c_int32.__ctype_be__(7)"), [REVERSED])
    vec("struct/empty-le", exporter("(ctypes.c_int32 * 0)()"), [LIST], [TOLIST], [eq("self")],
        [eq_obj(B(b""))])
    vec("struct/empty-le-reversed", exporter("(ctypes.c_int32 * 0)()"), [REVERSED])
    vec("struct/double", exporter("(ctypes.c_double * 3)(1.5, nan, -0.0)"),
        [eq("self")], [sl(0, 1), eq_obj(ARR("d", [1.5]))], [sl(2, 3), eq_obj(ARR("f", [0.0]))],
        [sl(0, 1), eq_obj(ARR("f", [1.5]))])
    vec("struct/bool", exporter("(ctypes.c_bool * 2)(True, False)"), [attr("format")],
        [eq_obj(B(b"\x01\x00"))], [eq_view(B(b"\x01\x00"), cast("?"))])
    vec("struct/long", exporter("(ctypes.c_long * 2)(-1, 2)"), [attr("format")],
        [eq_obj(ARR("q", [-1, 2]))], [eq_obj(ARR("Q", [2**64 - 1, 2]))])
    vec("struct/2d", exporter("(ctypes.c_int16 * 2 * 3)(*[(1, 2), (3, 4), (5, 6)])"),
        *[[attr(a)] for a in LAYOUT], [get_at(2, 1)], [TOLIST],
        [eq_view(BA(struct.pack("6h", 1, 2, 3, 4, 5, 6)), cast("h", [3, 2]))],
        [sl(None, None, -1), eq_view(BA(struct.pack("6h", 5, 6, 3, 4, 1, 2)), cast("h", [3, 2]))],
        [cast("B"), attr("shape")])
    ii = ND([(1, 2), (3, 4)], [2], format="ii")
    vec("struct/ii", ii, [eq("self")], [eq_view(ND([(1, 2), (3, 4)], [2], format="qq"))],
        [eq_view(ND([(1, 2), (3, 5)], [2], format="qq"))], [eq_view(ND([(1.0, 2.0), (3.0, 4.0)], [2], format="dd"))],
        [eq_view(ND([1, 2, 3, 4], [2, 2], format="i"))], [eq_view(ND([1, 2], [2], format="q"))],
        [get(0)], [TOLIST], [cast("B"), attr("shape")], [cast("i")])
    vec("struct/strings", ND([b"ab", b"cd"], [2], format="2s"), [eq("self")],
        [eq_view(ND([b"ab", b"cd"], [2], format="2s"))], [eq_view(ND([(b"a", b"b"), (b"c", b"d")], [2], format="cc"))],
        [get(0)], [attr("itemsize")])
    vec("struct/padding", ND([(1, 2)], [1], format="bxh"), [attr("itemsize")], [eq("self")],
        [eq_view(ND([(1, 2)], [1], format="=bh"))], [eq_view(ND([(1, 2)], [1], format="bh"))])
    vec("struct/half", ND([1.0, 0.5], [2], format="e"), [eq_obj(ARR("d", [1.0, 0.5]))],
        [eq_view(ND([1.0, 0.5], [2], format=">e"))], [eq("self")],
        note="3.11 compares 'e' through struct; the items are read the same way in 3.12")
    vec("struct/big-short", ND([258, -1], [2], format=">h"), [eq_obj(ARR("h", [258, -1]))],
        [eq_view(ND([258, -1], [2], format="!h"))], [eq_view(ND([258, -1], [2], format="<h"))],
        [eq_view(ND([258, -1], [2], format="=h"))], [eq_view(ND([258, 65535], [2], format=">H"))],
        [cast("c"), TOLIST])
    vec("struct/at-prefix", ND([1, 2], [2], format="@i"), [attr("format")], [eq_obj(ARR("i", [1, 2]))],
        [TOLIST], [get(1)], [cast("B", [2, 4]), attr("shape")], [hex_()])
    point = "type('P', (ctypes.Structure,), {'_fields_': [('a', ctypes.c_int), ('b', ctypes.c_int)]})"
    vec("struct/ctypes-structure", exporter(f"({point} * 2)()"), [attr("format")], [attr("itemsize")],
        [eq("self")], [TOBYTES], [cast("B"), TOLIST], [get(0)])
    vec("struct/ctypes-structure-empty", exporter(f"({point} * 0)()"), [eq("self")], [attr("shape")])


def slicing():
    """Python's clamping, for every kind of start, stop and step."""
    data = B(b"abcdefgh")
    bounds = [None, -9, -8, -3, -1, 0, 3, 8, 9]
    for step in [None, 2, -1, -3]:
        for start in bounds:
            for stop in bounds:
                ops = [sl(start, stop, step)]
                vec(f"slice/[{start}:{stop}:{step}]", data, ops + [TOBYTES], ops + [attr("strides")],
                    ops + [attr("c_contiguous")], ops + [attr("shape")])
    big, small = 2**63 - 1, -(2**63)
    for start, stop, step in [(big, None, -1), (small, None, None), (None, big, None), (None, small, -1),
                              (small, big, None), (big, small, -1), (None, None, big), (None, None, small),
                              (None, None, -big), (big, small, small), (small, big, big)]:
        ops = [sl(start, stop, step)]
        vec(f"slice/extreme[{start}:{stop}:{step}]", data, ops + [TOBYTES], ops + [attr("strides")])
    vec("slice/of-slices", data, [sl(1, 7), sl(None, None, -2), sl(1), TOBYTES],
        [sl(1, 7), sl(None, None, -2), sl(1), attr("strides")],
        [sl(None, None, -1), sl(2, -2), sl(None, None, 3), TOLIST])
    vec("slice/empty-contiguity", B(b"abcdef"), [sl(4, 2, 2), attr("c_contiguous")],
        [sl(4, 2, 2), cast("B")], [sl(None, None, -1), sl(0, 0), attr("contiguous")],
        [sl(None, None, -1), sl(0, 0), cast("B")], [sl(2, 2), cast("B"), attr("shape")])
    vec("slice/0d", BA(bytes(4)), [cast("i", []), sl(None)])
    vec("slice/bad-bound", data, [py("mv[1:'a']")], rust=COMPILE, why="slice bounds are isize")


def indexing():
    data = B(b"abcdefgh")
    for i in [0, 7, -1, -8, 8, -9, 2**63 - 1, -(2**63)]:
        vec(f"index/[{i}]", data, [get(i)], [sl(None, None, -1), get(i)], [sl(None, None, 3), get(i)])
    x = BA(bytes(range(24)))
    x3 = cast("B", [2, 3, 4])
    for idx in [(0, 0, 0), (1, 2, 3), (-2, -3, -4), (2, 0, 0), (0, 3, 0), (0, 0, 4), (-3, 0, 0),
                (True, False, 1), (0, -(2**63), 0), (0, 0, 2**63 - 1), (), (0,), (0, 0, 0, 0)]:
        vec(f"index/3d{list(idx)}", x, [x3, get_at(*idx)], [x3, sl(None, None, -1), get_at(*idx)])
    for key in ["'a'", "1.0", "None", "[1]"]:
        vec(f"index/key-{key}", data, [py(f"mv[{key}]")], rust=COMPILE,
            why="indices are isize: Python's other key types do not type-check")
    vec("index/0d", BA(bytes(4)), [cast("i", []), get_at()], [cast("i", []), get_at(0)],
        [cast("i", []), get(0)], [cast("i", []), put_at((), 5)], [cast("i", []), get_at()],
        [cast("i", []), put_at((0,), 5)], [cast("i", []), put(0, 5)],
        [cast("i", []), put_slice((None, None, None), B(bytes(4)))])


def casts():
    c = BA(bytes(range(12)))
    for f in NATIVE:
        vec(f"cast/B-to-{f}", c, [cast(f), attr("shape")], [cast(f), attr("format")],
            [cast(f), cast("B"), TOBYTES], [cast(f), cast("c"), attr("shape")],
            [cast(f), cast("b", [2, 6]), attr("shape")], [cast(f, [1, 1, 12 // struct.calcsize(f)] if 12 % struct.calcsize(f) == 0 else [5]), attr("strides")])
    for bad in ["<i", "=i", "ii", "x", "s", "", "@", "@@B", "2B", "Z", "é", "a€", "\U0001f600"]:
        vec(f"cast/bad-format-{bad!r}", c, [cast(bad)], [sl(None, None, 2), cast(bad)],
            [cast("B", [2, 6]), cast(bad, [3, 4])])
    vec("cast/shape-errors", c, [cast("B", [2**62, 4])], [cast("B", [2**63, 4])],
        [cast("B", [2**64 - 1])], [cast("q", [2**62, 4])], [cast("B", [])], [cast("B", [12]), attr("shape")],
        [cast("B", [1] * 64), attr("ndim")], [cast("i", [3, 0])], [cast("q", [0])],
        [cast("B", [2, 6]), cast("B", [12]), attr("shape")], [cast("B", [2, 6]), cast("B", [])])
    vec("cast/shape-types", c, [py("mv.cast('B', None)")], rust=COMPILE, why="a shape is &[usize]")
    vec("cast/shape-negative", c, [py("mv.cast('B', [3, -4])")], rust=COMPILE, why="a shape is &[usize]")
    vec("cast/shape-2**64", c, [py("mv.cast('B', [2**64, 4])")], rust=COMPILE, why="a shape is &[usize]")
    vec("cast/order", c, [sl(None, None, -1), cast("B", [13])], [sl(None, None, -1), cast("<i")],
        [sl(0, 0), cast("B", [0])], [sl(0, 0), cast("i"), attr("nbytes")], [sl(0, 0), cast("i"), attr("shape")],
        [cast("i"), cast("q")], [cast("i"), cast("B", [5])], [cast("i"), cast("c", [2, 6]), TOLIST])
    vec("cast/0d", BA(bytes(8)), [cast("d", []), cast("B", [8]), attr("shape")],
        [cast("d", []), cast("i", [2])], [cast("B", [8]), cast("d", []), TOLIST],
        [cast("B", [8]), cast("q", [1]), attr("shape")], [cast("B", [1, 8]), cast("q", [])])
    vec("cast/readonly-kept", B(bytes(8)), [cast("i"), attr("readonly")], [cast("i", [2, 1]), attr("readonly")])
    vec("cast/writable-kept", BA(bytes(8)), [cast("i"), attr("readonly")], [cast("i"), put(1, -1)],
        [cast("h", [2, 2]), put_at((1, 1), 7)], [cast("h", [2, 2]), TOLIST])
    f = ND(list(range(6)), [2, 3], format="B", flags=ND_FORTRAN)
    vec("cast/fortran", f, [cast("B")], [cast("B", [6])], [sl(1), cast("B")], [sl(1), cast("B", [3])])
    vec("cast/e", BA(struct.pack("4e", 1.0, 2.0, -0.5, 0.1)), [cast("e"), TOLIST], [cast("e"), attr("format")],
        [cast("@e"), attr("format")], [cast("e"), cast("B"), TOLIST], [cast("e"), cast("h")],
        [cast("e"), sl(None, None, -1), TOLIST])


def conversions():
    x = BA(bytes(range(24)))
    x3 = cast("B", [2, 3, 4])
    views = {
        "1d": [], "strided": [sl(1, None, 3)], "reversed": [sl(None, None, -1)],
        "3d": [x3], "3d-reversed": [x3, sl(None, None, -1)], "3d-tail": [x3, sl(1)],
        "2d-i": [cast("i", [2, 3])], "2d-i-reversed": [cast("i", [2, 3]), sl(None, None, -2)],
        "0d": [cast("q", [3]), sl(1, 2), cast("B"), cast("q", [])], "empty": [sl(5, 5)],
        "2d-empty": [cast("B", [4, 6]), sl(2, 2)],
    }
    for name, ops in views.items():
        vec(f"convert/{name}", x, ops + [TOBYTES], ops + [["tobytes", "C"]], ops + [["tobytes", "F"]],
            ops + [["tobytes", "A"]], ops + [["tobytes", "c"]], ops + [["tobytes", "CF"]], ops + [["tobytes", ""]],
            ops + [TOLIST], ops + [hex_()], ops + [hex_("-", 3)], ops + [hex_("-", -3)], ops + [BYTES])
    f = ND(list(range(12)), [3, 4], format="B", flags=ND_FORTRAN)
    vec("convert/fortran", f, [TOBYTES], [["tobytes", "F"]], [["tobytes", "A"]], [sl(1), ["tobytes", "A"]],
        [sl(None, None, -1), ["tobytes", "A"]], [sl(None, None, -1), ["tobytes", "F"]], [TOLIST], [hex_()])
    neg = ND(list(range(12)), [3, 2], strides=[-4, 2], offset=8, format="B")
    vec("convert/negative-strides-exporter", neg, [TOBYTES], [["tobytes", "F"]], [["tobytes", "A"]],
        [TOLIST], [hex_()], [attr("strides")], [attr("c_contiguous")], [sl(None, None, -1), TOLIST],
        [get_at(0, 1)], [eq_view(B(bytes([8, 10, 4, 6, 0, 2])), cast("B", [3, 2]))])
    h = B(b"\xb9\x01\xef\x00\x10\x20\x30")
    for sep in [":", " ", "'", '"', "\\", "\n", "é", "", "::", b"-", b"\xe9", b"", b"ab"]:
        for per in [1, 2, -2, 3, -3, 6, 7, 8, -7, -8, 0, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1,
                    2**63 - 1, -(2**63)]:
            if per in (2, -2, 1) or sep in (":", "::"):
                typed = len(sep) == 1 and -(2**31) <= per < 2**31
                vec(f"convert/hex-{sep!r}-{per}", h, [hex_(sep, per)],
                    **({} if typed else dict(rust=COMPILE, why=HEX_TYPES)))
    vec("convert/hex-empty", B(b""), [hex_()], [hex_(":", 2)])
    vec("convert/hex-empty-long-sep", B(b""), [hex_("::", 2)], rust=COMPILE, why=HEX_TYPES)
    vec("convert/hex-none-sep", h, [py("mv.hex(None)")], rust=COMPILE, why=HEX_TYPES)
    vec("convert/hex-float-group", h, [py("mv.hex(':', 1.0)")], rust=COMPILE, why=HEX_TYPES)
    vec("convert/tobytes-int-order", h, [py("mv.tobytes(1)")], rust=COMPILE, why="an order is Order, parsed from &str")
    floats = ARR("d", [0.0, -0.0, 1e16, 1e-5, 0.1, 1 / 3, 123456789.125, 5e-324, 1.7976931348623157e308, NAN, -INF])
    vec("convert/float-reprs", floats, [TOLIST])
    vec("convert/bytes-reprs", B(bytes(range(256))), [TOBYTES], [cast("c"), sl(None, None, 17), TOLIST])
    vec("convert/bytes-quotes", B(b"it's"), [TOBYTES], [cast("c"), TOLIST])
    vec("convert/bytes-both-quotes", B(b"'\""), [TOBYTES], [cast("c"), TOLIST])


def writes():
    for name, dst, src in [
        ("same", (None, None, None), B(b"xyzuvw")),
        ("step", (None, None, 2), B(b"123")), ("back-step", (None, None, -2), B(b"123")),
        ("empty", (5, 10, None), B(b"")), ("empty-start", (0, 0, None), B(b"")),
        ("too-long", (0, 2, None), B(b"xyz")), ("too-short", (0, 2, None), B(b"x")),
        ("zero-step", (None, None, 0), B(b"")), ("zero-step-wrong-length", (None, None, 0), B(b"xyz")),
        ("signed", (0, 2, None), ARR("b", [1, 2])), ("unsigned-array", (0, 2, None), ARR("B", [1, 2])),
        ("at-B-view", (0, 2, None), B(b"xy", view=[cast("@B")])),
        ("c-view", (0, 2, None), B(b"xy", view=[cast("c")])),
        ("2d-view", (0, 4, None), B(b"wxyz", view=[cast("B", [2, 2])])),
        ("strided-view", (0, 3, None), B(b"a1b2c3", view=[sl(None, None, 2)])),
        ("reversed-view", (0, 3, None), B(b"abc", view=[sl(None, None, -1)])),
        ("0d-view", (0, 1, None), B(b"a", view=[cast("B", [])])),
        ("empty-2d-view", (0, 0, None), B(b"ab", view=[cast("B", [1, 2]), sl(0, 0)])),
        ("wider-items", (0, 1, None), ARR("H", [1])),
        ("ctypes", (0, 4, None), exporter("(ctypes.c_uint8 * 4)(1, 2, 3, 4)")),
    ]:
        vec(f"write/slice-{name}", BA(b"abcdef"), [put_slice(dst, src)], [TOBYTES])
    for name, dst, src in [("le-into-le", (0, 1, None), exporter("(ctypes.c_int32 * 1)(9)")),
                           ("i-into-le", (0, 1, None), ARR("i", [9]))]:
        vec(f"write/struct-{name}", exporter("(ctypes.c_int32 * 2)(1, 2)"), [put_slice(dst, src)], [TOBYTES])
    vec("write/into-i", BA(bytes(8)), [cast("i"), put_slice((None, None, -1), ARR("i", [1, 2]))],
        [cast("i"), TOLIST], [cast("i"), put_slice((0, 1, None), ARR("I", [1]))],
        [cast("i"), put_slice((0, 1, None), ARR("i", [1]), )], [cast("@i"), put_slice((0, 1, None), ARR("i", [7]))],
        [cast("i"), TOLIST])
    vec("write/into-2d", BA(bytes(6)), [cast("B", [2, 3]), put_slice((0, 1, None), B(b"abc", view=[cast("B", [1, 3])]))],
        [cast("B", [2, 3]), put_at((1, 2), 9)], [cast("B", [2, 3]), put_at((1, 3), 9)],
        [cast("B", [2, 3]), put_at((1,), 9)], [cast("B", [2, 3]), put_at((0, 0, 0), 9)],
        [cast("B", [2, 3]), put(0, 9)], [cast("B", [2, 3]), put_at((-1, -1), 256)],
        [cast("B", [2, 3]), put_at((-3, 0), 256)], [cast("B", [2, 3]), TOLIST])
    vec("write/into-0d", BA(bytes(4)), [cast("i", []), put_slice((None, None, None), B(bytes(4)))],
        [cast("i", []), put_at((), -5)], [cast("i", []), TOLIST])
    vec("write/into-strided", BA(b"abcdefgh"), [sl(1, None, 3), put(1, 88)], [sl(None, None, -3), put(-1, 89)],
        [sl(None, None, -1), put_slice((None, None, 2), B(b"1234"))], [TOBYTES])
    for name, src, dst in [("reverse", (None, None, -1), (None, None, None)),
                           ("shift-right", (None, -1, None), (1, None, None)),
                           ("shift-left", (1, None, None), (None, -1, None)),
                           ("evens-to-odds", (None, None, 2), (1, None, 2)),
                           ("back-into-front", (None, 2, -1), (None, 3, None)),
                           ("wrong-length", (None, 3, None), (None, 2, None)),
                           ("empty", (3, 3, None), (5, 5, None)), ("zero-step", (None, None, 0), (None, None, None))]:
        vec(f"write/self-{name}", BA(b"abcdef"), [copy_within(src, dst)], [TOBYTES])
    vec("write/self-3d", BA(bytes(24)), [cast("B", [2, 3, 4]), copy_within((None, 1, None), (1, None, None))])
    vec("write/self-i", BA(bytes(range(8))), [cast("i"), copy_within((None, None, -1), (None, None, None))],
        [cast("i"), TOLIST])
    vec("write/readonly-view-exporter", B(b"abc", view=[sl(1)]), [WRITABLE])
    vec("write/writable-view-exporter", BA(b"abc", view=[sl(None, None, -1)]), [WRITABLE],
        [put(0, 65)], [TOBYTES])
    vec("write/writable-ndarray", ND(list(range(6)), [2, 3], format="B", flags=ND_FORTRAN | ND_WRITABLE),
        [WRITABLE], [put_at((1, 0), 9)], [put_at((0, 2), 8)], [TOLIST], [["tobytes", "A"]])
    vec("write/bytes-writable", B(b"abc"), [WRITABLE],
        note="the Rust twin of bytes is an exporter that keeps the default bytes_mut, which refuses")
    vec("write/slice-into-w", exporter("array.array('u', 'ab')"),
        [put_slice((0, 1, None), exporter("array.array('u', 'x')"))], [TOBYTES],
        note="slice assignment copies bytes and never reads an item, so format w is fine")


def equality():
    values = [1, 2, 3]
    views = {
        "B": BA(bytes(values)), "b": ARR("b", values), "h": ARR("h", values), "H": ARR("H", values),
        "i": ARR("i", values), "I": ARR("I", values), "l": ARR("l", values), "L": ARR("L", values),
        "q": ARR("q", values), "Q": ARR("Q", values), "f": ARR("f", [1.0, 2.0, 3.0]),
        "d": ARR("d", [1.0, 2.0, 3.0]), "c": B(bytes(values), view=[cast("c")]),
        "?": B(b"\x01\x01\x01", view=[cast("?")]), "e": B(struct.pack("3e", 1, 2, 3), view=[cast("e")]),
        "n": B(struct.pack("3n", 1, 2, 3), view=[cast("n")]), "N": B(struct.pack("3N", 1, 2, 3), view=[cast("N")]),
        "P": B(struct.pack("3P", 1, 2, 3), view=[cast("P")]),
    }
    names = list(views)
    for a in names:
        vec(f"eq/{a}-vs-each", views[a], *[[eq_view(views[b])] for b in names], [eq("self")])
    vec("eq/bool-vs-one", B(b"\x01\x00"), [cast("?"), eq_obj(B(b"\x01\x00"))], [cast("?"), eq_obj(ARR("d", [1.0, 0.0]))])
    vec("eq/float-precision", ARR("f", [0.1]), [eq_obj(ARR("d", [0.1]))], [eq_obj(ARR("d", [0.10000000149011612]))])
    vec("eq/zeros", ARR("d", [0.0, -0.0]), [eq_obj(ARR("d", [-0.0, 0.0]))], [eq_obj(ARR("i", [0, 0]))])
    vec("eq/unsigned-vs-signed", ARR("Q", [2**64 - 1]), [eq_obj(ARR("q", [-1]))], [eq_obj(ARR("Q", [2**64 - 1]))])
    vec("eq/nan-f", ARR("f", [NAN]), [eq("self")], [eq_obj(ARR("d", [NAN]))])
    vec("eq/shapes", BA(bytes(6)), [cast("B", [2, 3]), eq_view(BA(bytes(6)), cast("B", [3, 2]))],
        [cast("B", [2, 3]), eq_view(BA(bytes(6)), cast("B", [2, 3]))],
        [cast("B", [2, 3]), eq_view(BA(bytes(6)), cast("B", [1, 6]))],
        [cast("B", [2, 3]), sl(0, 0), eq_view(BA(bytes(8)), cast("B", [2, 4]), sl(0, 0))],
        [cast("B", [2, 3]), sl(0, 0), eq_view(BA(bytes(6)), cast("B", [3, 2]), sl(0, 0))],
        [sl(0, 0), eq_view(BA(bytes(8)), cast("d"), sl(0, 0))],
        [cast("B", [6, 1]), eq_view(BA(bytes(6)), cast("B", [6, 1]), sl(None, None, -1))],
        [sl(0, 1), eq_view(BA(bytes(1)), cast("B", []))])
    vec("eq/0d", BA(struct.pack("i", 5)), [cast("i", []), eq("self")],
        [cast("i", []), eq_view(ARR("q", [5]), cast("B"), cast("q", []))],
        [cast("i", []), eq_obj(ARR("i", [5]))], [cast("i", []), eq_view(ARR("h", [5, 0]), cast("B"), cast("i", []))])
    vec("eq/nd-orders", ND(list(range(6)), [2, 3], format="B", flags=ND_FORTRAN),
        [eq_view(B(bytes([0, 2, 4, 1, 3, 5])), cast("B", [2, 3]))],
        [eq_view(B(bytes([0, 1, 2, 3, 4, 5])), cast("B", [2, 3]))],
        [sl(None, None, -1), eq_view(B(bytes([1, 3, 5, 0, 2, 4])), cast("B", [2, 3]))])
    vec("eq/strided", B(b"abcdef"), [sl(None, None, 2), eq_obj(B(b"ace"))], [sl(None, None, -2), eq_obj(B(b"fdb"))],
        [sl(None, None, -1), eq_view(B(b"fedcba"))], [sl(None, None, -1), eq_view(B(b"abcdef"), sl(None, None, -1))])
    vec("eq/bytes-vs-c", B(b"ab"), [cast("c"), eq_view(B(b"ab"), cast("c"))], [cast("c"), eq_view(B(b"ab"), cast("B"))])
    vec("eq/unreadable-w", exporter("array.array('u', 'ab')"), [eq("self")], [eq_obj(ARR("I", [97, 98]))])


def hashing():
    for name, spec, ops, data in [
        ("bytes", B(b"abc"), [], b"abc"), ("b", B(b"abc"), [cast("b")], b"abc"),
        ("c", B(b"abc"), [cast("c")], b"abc"), ("at-B", B(b"abc"), [cast("@B")], b"abc"),
        ("at-c", B(b"abc"), [cast("@c")], b"abc"),
        ("2d", B(b"abcdef"), [cast("B", [2, 3])], b"abcdef"),
        ("2d-reversed", B(b"abcdef"), [cast("B", [2, 3]), sl(None, None, -1)], b"defabc"),
        ("fortran", ND(list(range(6)), [2, 3], flags=ND_FORTRAN), [], bytes([0, 2, 4, 1, 3, 5])),
        ("empty", B(b"abc"), [sl(1, 1)], b""), ("0d", B(b"a"), [cast("B", [])], b"a"),
        ("h", B(b"abcd"), [cast("h")], b"abcd"), ("bool", B(b"\x01"), [cast("?")], b"\x01"),
        ("le", exporter("(ctypes.c_int8 * 2)(1, 2)"), [], b"\x01\x02"),
        ("writable", BA(b"abc"), [], b"abc"), ("writable-h", BA(b"abcd"), [cast("h")], b"abcd"),
        ("unequal", B(b"abc"), [], b"abd"),
    ]:
        vec(f"hash/{name}", spec, ops + [["hash_eq", data.hex()]])


def iteration():
    for name, spec, ops in [
        ("bytes", B(b"abc"), []), ("reversed-slice", B(b"abcdef"), [sl(None, None, -2)]),
        ("d", ARR("d", [1.5, NAN, -0.0]), []), ("c", B(b"ab"), [cast("c")]),
        ("bool", B(b"\x00\x02"), [cast("?")]), ("empty", B(b"abc"), [sl(3)]),
        ("2d", B(b"abcdef"), [cast("B", [2, 3])]), ("e", B(struct.pack("2e", 0.5, -2)), [cast("e")]),
    ]:
        vec(f"iter/{name}", spec, ops + [LIST], ops + [REVERSED], ops + [["contains", enc(98)]],
            ops + [["contains", enc(0.5)]], ops + [["contains", enc(b"b")]], ops + [["contains", enc(NAN)]])
    vec("iter/0d", B(b"abcd"), [cast("i", []), LIST], [cast("i", []), REVERSED])
    vec("iter/0d-contains", B(b"abcd"), [cast("i", []), ["contains", enc(98)]])


def queries():
    for name, spec, ops in [
        ("bytes", B(b"abc"), []), ("bytearray", BA(b"abc"), []), ("slice", BA(b"abcdef"), [sl(1, None, 2)]),
        ("reversed", B(b"abcdef"), [sl(None, None, -1)]), ("empty", B(b"abc"), [sl(2, 1)]),
        ("3d", BA(bytes(24)), [cast("B", [2, 3, 4])]), ("3d-sliced", BA(bytes(24)), [cast("B", [2, 3, 4]), sl(None, None, -1)]),
        ("0d", BA(bytes(8)), [cast("d", [])]), ("readonly-copy", BA(b"abc"), [TOREADONLY]),
        ("fortran", ND(list(range(6)), [2, 3], flags=ND_FORTRAN), []),
        ("1x6", BA(bytes(6)), [cast("B", [1, 6])]), ("6x1", BA(bytes(6)), [cast("B", [6, 1])]),
        ("6x1-reversed", BA(bytes(6)), [cast("B", [6, 1]), sl(None, None, -1)]),
        ("one-of-stride", B(b"abcdef"), [sl(None, 1, 5)]),
    ]:
        vec(f"query/{name}", spec, *[ops + [attr(a)] for a in LAYOUT + ["suboffsets", "c_contiguous",
                                                                          "f_contiguous", "contiguous"]])
    vec("query/obj", BA(b"abc"), [sl(1), attr("obj")], [cast("c"), attr("obj")])


def exporters():
    """Rust's exporters (Vec<i32> ...) lend what Python's array.array lends."""
    for code, items in [("b", [-1, 2]), ("B", [1, 255]), ("h", [-1, 2]), ("H", [1, 2]), ("i", [-1, 2]),
                        ("I", [1, 2]), ("l", [-1, 2]), ("L", [1, 2]), ("q", [-1, 2]), ("Q", [1, 2**64 - 1]),
                        ("f", [0.5, -1.0]), ("d", [0.5, INF])]:
        vec(f"exporter/array-{code}", ARR(code, items), *[[attr(a)] for a in LAYOUT], [TOLIST],
            [put(0, 1)], [TOLIST])
    vec("exporter/array-empty", ARR("d", []), *[[attr(a)] for a in LAYOUT], [TOLIST], [get(0)], [cast("B"), attr("shape")])
    vec("exporter/ctypes-scalar", exporter("ctypes.c_double(1.5)"), *[[attr(a)] for a in LAYOUT], [TOLIST],
        [TOBYTES], [eq_obj(ARR("d", [1.5]))], [eq_view(ARR("d", [1.5]), cast("B"), cast("d", []))])
    vec("exporter/ctypes-image", exporter("(ctypes.c_uint8 * 3 * 2 * 2)()"), *[[attr(a)] for a in LAYOUT],
        [put_at((1, 0, 2), 255)], [TOLIST], [cast("B"), TOLIST])
    vec("exporter/view-of-view", B(b"abcdef", view=[sl(None, None, -2)]), *[[attr(a)] for a in LAYOUT],
        [TOBYTES], [sl(1), TOBYTES])


def overflow():
    """Inputs at the edges of isize and usize never panic."""
    data = B(b"abc")
    big, small = 2**63 - 1, -(2**63)
    vec("overflow/indices", data, [get(big)], [get(small)], [get_at(small)], [get_at(big, small)],
        [sl(None, None, -1), get(small)], [sl(small, big, small), TOBYTES])
    vec("overflow/writes", BA(b"abc"), [put(small, 1)], [put(big, 1)], [put_at((small,), 1)],
        [put_slice((small, big, big), B(b"a"))], [copy_within((small, big, small), (None, 1, None))], [TOBYTES])
    vec("overflow/cast", BA(b"abcd"), [cast("B", [big])], [cast("B", [big, 2])], [cast("B", [2**64 - 1, 2**64 - 1])],
        [cast("i", [big])])
    vec("overflow/hex", data, [hex_(":", big)], [hex_(":", small)], [hex_(":", 2**31)],
        rust=COMPILE, why=HEX_TYPES)


def check_order():
    """Several things wrong at once: CPython's first check is the one that speaks."""
    x = BA(bytes(range(24)))
    x3 = cast("B", [2, 3, 4])
    vec("order/index", x, [x3, get_at(9, 9, 9, 9)], [x3, get_at(9, 9)], [x3, get_at(9, 0, 9)],
        [x3, get(9)], [x3, put(9, 1.5)], [x3, put_at((9, 9), 1.5)], [x3, put_at((0, 0, 9), 1.5)],
        [x3, put_at((0, 0, 0), 1.5)], [x3, sl(None, None, 0), get(0)])
    vec("order/write-1d", BA(b"abc"), [put(9, 1.5)], [put(9, b"ab")], [put(-9, 2**100)],
        [put_slice((None, None, 0), B(b"toolong"))], [cast("B", []), put(9, 1.5)],
        [cast("B", []), put_slice((9, None, None), B(b"xy"))])
    le2 = exporter("(ctypes.c_int16 * 2 * 3)()")
    vec("order/struct-format-first", le2, [get(9)], [get_at(9, 9, 9)], [put(9, 1.5)], [put_at((9,), 1)],
        [put_slice((None, None, 0), B(b"x"))], [LIST], [TOLIST],
        [["hash_eq", ""]], [cast("h", [6])], [cast("B", [12]), cast("h", [6]), TOLIST])
    vec("order/struct-hex-types", le2, [hex_("::", 2**31)], rust=COMPILE, why=HEX_TYPES)
    vec("order/struct-reversed", le2, [REVERSED])
    vec("order/cast", x, [x3, sl(None, None, -1), cast("<i", [0, 0])], [x3, sl(1, 1), cast("é", [1, 1, 1])],
        [cast("é", [1] * 65)], [x3, cast("é", [1, 1])], [x3, cast("é")], [cast("<i", [5])],
        [cast("i"), cast("h", [0])], [cast("i"), cast("q", [5])], [cast("q", [0, 3])], [cast("q", [3, 0])],
        [cast("B", [2**63, 0])], [cast("B", [0, 2**63])], [cast("B", [2**62, 2**62, 0])])
    vec("order/hash", BA(b"abcd"), [cast("i"), ["hash_eq", "61626364"]], [TOREADONLY, cast("i"), ["hash_eq", ""]])


def struct_vectors():
    """struct.calcsize and struct.unpack_from for the formats struct_format.rs parses."""
    formats = ["", "@", "<", ">", "!", "=", " ", "i i", " i", "i ", "\t\ni\r", "\x0bi\x0c", "2", "2 i",
               "2\ti", "@@i", "i@", "<@i", "T{i:a:}", "<i:a:", "Z", "F", "D", "w", "u", "0p", "0s", "1p",
               "3p", "3s", "0i", "@b0i", "=b0i", "x", "3x", "xi", "<xi", "bxh", "2h", "5c", "?", "ii",
               "99999999999999999999i", "9223372036854775807x", "9223372036854775808x",
               "4611686018427387904i", "2305843009213693951q", "1152921504606846976q",
               "9223372036854775807xx", "9223372036854775807xb", "b9223372036854775807x"]
    for prefix in ["", "@", "=", "<", ">", "!"]:
        for code in NATIVE + "xsp":
            formats += [prefix + code, prefix + "b" + code, prefix + code + "b", prefix + "3" + code,
                        prefix + "b0" + code, prefix + "h" + code + "q"]
    calc, unpacks = [], []
    rng = random.Random(2024)
    for f in dict.fromkeys(formats):
        try:
            size = struct.calcsize(f)
        except struct.error:
            size = None
        calc.append([f, size])
        if size is None or size > 64:
            continue
        samples = [bytes(size), bytes([255] * size), bytes(rng.randrange(256) for _ in range(size))]
        if "p" in f:
            samples.append(bytes([200]) + bytes(range(1, size)))
        if "?" in f:
            samples.append(bytes([2] * size))
        if "e" in f:
            samples += [struct.pack("<H", 0x7E00) * (size // 2) + bytes(size % 2),
                        struct.pack("<H", 0x0001) * (size // 2) + bytes(size % 2)]
        for data in samples:
            try:
                values = struct.unpack_from(f, data)
                text = repr(values[0]) if len(values) == 1 else repr(values)
            except Exception:  # struct.error, or the SystemError of '0p'
                text = None
            unpacks.append([f, data.hex(), text])
        if size:
            unpacks.append([f, bytes(size - 1).hex(), None])  # too short
    return {"calcsize": calc, "unpack": unpacks}


def machine():
    return {
        "python": platform.python_version(),
        "byteorder": sys.byteorder,
        "sizes": {f: struct.calcsize(f) for f in NATIVE},
    }


def write(path, doc):
    """JSON with one vector per line, so that a diff shows which changed."""
    parts = []
    for key, value in doc.items():
        if isinstance(value, list):
            rows = ",\n".join(json.dumps(row, ensure_ascii=True) for row in value)
            parts.append(f"{json.dumps(key)}: [\n{rows}\n]")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=True)}")
    path.write_text("{\n" + ",\n".join(parts) + "\n}\n")


def main():
    for declare in [reference, tutorials, formats, structs, slicing, indexing, casts, conversions,
                    writes, equality, hashing, iteration, queries, exporters, overflow, check_order]:
        declare()
    OUT.mkdir(parents=True, exist_ok=True)
    doc = {"generated_by": "tools/golden/generate.py", "machine": machine(), "vectors": VECTORS}
    write(OUT / "memoryview.json", doc)
    sdoc = {"generated_by": "tools/golden/generate.py", "machine": machine(), **struct_vectors()}
    write(OUT / "struct.json", sdoc)
    counts = {}
    for v in VECTORS:
        counts[v["name"].split("/")[0]] = counts.get(v["name"].split("/")[0], 0) + 1
    print(f"{len(VECTORS)} memoryview vectors {counts}; "
          f"{len(sdoc['calcsize'])} calcsize and {len(sdoc['unpack'])} unpack vectors")


if __name__ == "__main__":
    main()
