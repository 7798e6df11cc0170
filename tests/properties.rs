//! Property tests: memview against a naive oracle.
//!
//! Each property lends random bytes through a random layout (memview's
//! [`Lent`] exporter, with `Layout::strided`: any native format,
//! 0 to 4 dimensions of 0 to 4 items, strides negative, zero, unaligned or
//! overlapping), runs memview on it, and compares the result with an oracle
//! written here the slow, obvious way from CPython's rules, not from
//! memview's code:
//!
//! - an item's address is `offset + Σ index·stride`, computed for each index
//!   tuple of a list made in C (or Fortran) order;
//! - a slice picks the indices `range(len)[start:stop:step]` picks, found by
//!   stepping through them (this was checked once against `python3` on
//!   200 000 random slices, bounds and steps up to `±2**63`);
//! - items are decoded with `from_ne_bytes` and compared with Python's `==`.
//!
//! The properties (1536 random cases each, 3000 for the last):
//! slicing chains, sub-views, equality and hashing, casts, hex, writing one
//! item, slice assignment, layout diagrams, and no panic on any input.
//! The whole file runs in about 10 s in a debug build.

use memview::{
    Exporter, ItemFormat, Layout, Lent, Order, PyException, Slice, Storage, Value, View, ViewMut,
    ViewOf, hash_bytes,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;
use std::ffi::{c_long, c_ulong};
use std::mem::size_of;

// Only its tuple `repr` is used here.
#[path = "support/python.rs"]
#[allow(dead_code, unused_imports, unused_macros)]
mod support;

use support::py_tuple;

// ---------------------------------------------------------------------------
// The exporter: random bytes, any layout.

/// Random bytes, lent through a random layout.
type Buffer = Lent<Vec<u8>>;

// ---------------------------------------------------------------------------
// Formats.

/// Every native format, bare and with `@`.
const FORMATS: [&str; 36] = [
    "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "P", "@c",
    "@b", "@B", "@?", "@h", "@H", "@i", "@I", "@l", "@L", "@q", "@Q", "@n", "@N", "@e", "@f", "@d",
    "@P",
];

/// The format character, without the one `@` a format may start with.
fn code(format: &str) -> char {
    format
        .strip_prefix('@')
        .unwrap_or(format)
        .chars()
        .next()
        .unwrap_or('?')
}

fn itemsize(format: &str) -> usize {
    ItemFormat::parse(format).map_or(1, ItemFormat::size)
}

fn is_byte_format(format: &str) -> bool {
    matches!(format, "B" | "b" | "c" | "@B" | "@b" | "@c")
}

// ---------------------------------------------------------------------------
// The oracle's view: a layout, and the slow way to walk it.

#[derive(Debug, Clone)]
struct Model {
    format: &'static str,
    itemsize: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    offset: usize,
}

/// Every index tuple of `shape`, the last index turning fastest (C order)
/// or the first (Fortran order).
fn index_list(shape: &[usize], fortran: bool) -> Vec<Vec<usize>> {
    let dims: Vec<usize> = if fortran {
        shape.iter().rev().copied().collect()
    } else {
        shape.to_vec()
    };
    let mut all = vec![Vec::new()];
    for n in dims {
        all = all
            .into_iter()
            .flat_map(|prefix: Vec<usize>| {
                (0..n).map(move |i| {
                    let mut index = prefix.clone();
                    index.push(i);
                    index
                })
            })
            .collect();
    }
    if fortran {
        all.iter_mut().for_each(|index| index.reverse());
    }
    all
}

impl Model {
    fn new(format: &'static str, shape: Vec<usize>, strides: Vec<isize>, offset: usize) -> Model {
        Model {
            format,
            itemsize: itemsize(format),
            shape,
            strides,
            offset,
        }
    }

    fn layout(&self) -> Layout {
        Layout::strided(
            self.format,
            self.itemsize,
            &self.shape,
            &self.strides,
            self.offset,
        )
        .expect("the model's layout is valid")
    }

    fn count(&self) -> usize {
        self.shape.iter().product()
    }

    /// `offset + Σ index·stride`.
    fn address(&self, index: &[usize]) -> usize {
        let at: i128 = self.offset as i128
            + index
                .iter()
                .zip(&self.strides)
                .map(|(&i, &s)| i as i128 * s as i128)
                .sum::<i128>();
        at as usize
    }

    fn addresses(&self, fortran: bool) -> Vec<usize> {
        index_list(&self.shape, fortran)
            .iter()
            .map(|index| self.address(index))
            .collect()
    }

    /// Whether the items, walked in the given order, lie back to back from
    /// `offset`. CPython's one quirk: an empty 1-D view is contiguous only if
    /// its stride is the item size.
    fn contiguous_in(&self, fortran: bool) -> bool {
        if self.shape.len() == 1 && self.shape[0] == 0 {
            return self.strides[0] == self.itemsize as isize;
        }
        self.addresses(fortran)
            .iter()
            .enumerate()
            .all(|(k, &at)| at == self.offset + k * self.itemsize)
    }

    fn gather(&self, bytes: &[u8], order: Order) -> Vec<u8> {
        let (c, f) = (self.contiguous_in(false), self.contiguous_in(true));
        if order == Order::A && (c || f) && self.count() > 0 {
            return bytes[self.offset..self.offset + self.count() * self.itemsize].to_vec();
        }
        self.addresses(order == Order::F)
            .iter()
            .flat_map(|&at| bytes[at..at + self.itemsize].iter().copied())
            .collect()
    }

    fn items(&self, bytes: &[u8]) -> Vec<Item> {
        self.addresses(false)
            .iter()
            .map(|&at| decode(code(self.format), &bytes[at..at + self.itemsize]))
            .collect()
    }

    /// `mv[slice]` along `dim`: CPython's rule, with the picked indices
    /// listed by the oracle.
    fn sliced(&self, dim: usize, slice: &Slice) -> Result<Model, Expected> {
        let picked = picked(self.shape[dim], slice)?;
        let mut out = self.clone();
        if let Some(&first) = picked.first() {
            out.offset = (out.offset as i128 + first as i128 * out.strides[dim] as i128) as usize;
        }
        out.shape[dim] = picked.len();
        // PySlice_Unpack keeps -step from overflowing; the product is C's
        // Py_ssize_t arithmetic, which wraps.
        let step = slice.step.unwrap_or(1).max(-isize::MAX);
        out.strides[dim] = out.strides[dim].wrapping_mul(step);
        Ok(out)
    }
}

/// An error the oracle expects: the exception and CPython's message.
type Expected = (PyException, String);

fn expected(exception: PyException, message: &str) -> Expected {
    (exception, message.to_owned())
}

/// The indices `range(len)[start:stop:step]` picks, found by stepping.
fn picked(len: usize, slice: &Slice) -> Result<Vec<usize>, Expected> {
    let step = slice.step.unwrap_or(1) as i128;
    if step == 0 {
        return Err(expected(
            PyException::ValueError,
            "slice step cannot be zero",
        ));
    }
    let len = len as i128;
    // A negative bound counts from the end; then it is kept in range.
    let bound = |b: Option<isize>, default: i128, lo: i128, hi: i128| match b {
        None => default,
        Some(b) => {
            let b = b as i128;
            (if b < 0 { b + len } else { b }).clamp(lo, hi)
        }
    };
    let mut out = Vec::new();
    if step > 0 {
        let (mut i, stop) = (
            bound(slice.start, 0, 0, len),
            bound(slice.stop, len, 0, len),
        );
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        let (mut i, stop) = (
            bound(slice.start, len - 1, -1, len - 1),
            bound(slice.stop, -1, -1, len - 1),
        );
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    Ok(out)
}

/// How far below and above the first item the other items start (for a
/// view with items; saturating, for absurd layouts).
fn extent(shape: &[usize], strides: &[isize]) -> (i128, i128) {
    let (mut lo, mut hi) = (0i128, 0i128);
    if !shape.contains(&0) {
        for (&n, &s) in shape.iter().zip(strides) {
            let reach = (n as i128 - 1).saturating_mul(s as i128);
            lo = lo.saturating_add(reach.min(0));
            hi = hi.saturating_add(reach.max(0));
        }
    }
    (lo, hi)
}

/// The strides of C order: the last dimension moves by one item.
fn c_strides(itemsize: usize, shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for (stride, &n) in strides.iter_mut().zip(shape).rev() {
        *stride = step;
        step = step.saturating_mul(n as isize);
    }
    strides
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A number printed in a drawing.
fn number(text: &str) -> usize {
    text.parse().unwrap_or(usize::MAX)
}

/// What to print of a view that should not have been made.
fn layout_of<B: Storage>(view: memview::Result<ViewOf<B>>) -> memview::Result<Layout> {
    view.map(|v| v.layout().clone())
}

// ---------------------------------------------------------------------------
// Items: decoding, and Python's `==`.

#[derive(Debug, Clone, Copy)]
enum Item {
    Int(i128),
    Float(f64),
    Bool(bool),
    Char(u8),
}

fn array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    bytes[..N].try_into().expect("an item's bytes")
}

fn decode(code: char, b: &[u8]) -> Item {
    const LONG: usize = size_of::<c_long>();
    const WORD: usize = size_of::<usize>();
    match code {
        'c' => Item::Char(b[0]),
        'b' => Item::Int(i8::from_ne_bytes(array(b)).into()),
        'B' => Item::Int(b[0].into()),
        '?' => Item::Bool(b[0] != 0),
        'h' => Item::Int(i16::from_ne_bytes(array(b)).into()),
        'H' => Item::Int(u16::from_ne_bytes(array(b)).into()),
        'i' => Item::Int(i32::from_ne_bytes(array(b)).into()),
        'I' => Item::Int(u32::from_ne_bytes(array(b)).into()),
        'l' => Item::Int(c_long::from_ne_bytes(array::<LONG>(b)).into()),
        'L' => Item::Int(c_ulong::from_ne_bytes(array::<LONG>(b)).into()),
        'q' => Item::Int(i64::from_ne_bytes(array(b)).into()),
        'Q' => Item::Int(u64::from_ne_bytes(array(b)).into()),
        'n' => Item::Int(isize::from_ne_bytes(array::<WORD>(b)) as i128),
        'N' | 'P' => Item::Int(usize::from_ne_bytes(array::<WORD>(b)) as i128),
        'e' => Item::Float(half(u16::from_ne_bytes(array(b)))),
        'f' => Item::Float(f32::from_ne_bytes(array(b)).into()),
        'd' => Item::Float(f64::from_ne_bytes(array(b))),
        other => panic!("not a native format: {other}"),
    }
}

/// An IEEE 754 half-precision number, from the definition.
fn half(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let fraction = f64::from(bits & 0x3ff);
    match exponent {
        0 => sign * fraction * 2f64.powi(-24),
        31 if fraction == 0.0 => sign * f64::INFINITY,
        31 => f64::NAN,
        e => sign * (1.0 + fraction / 1024.0) * 2f64.powi(e - 15),
    }
}

/// The half nearest to `x` (ties to even), as CPython's `PyFloat_Pack2`
/// rounds; `None` if `x` is finite but rounds beyond the largest half.
fn half_bits(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(0x7e00 | sign);
    }
    if x.is_infinite() {
        return Some(0x7c00 | sign);
    }
    let a = x.abs();
    // Positive halves are ordered like their bit patterns; 0x7c00 stands for
    // 65536, the next step after the largest half, 65504.
    let value = |bits: u16| if bits == 0x7c00 { 65536.0 } else { half(bits) };
    let below = (0..0x7c00u16).rev().find(|&b| value(b) <= a).unwrap_or(0);
    let above = below + 1;
    let nearest = if value(below) == a {
        below
    } else {
        let (down, up) = (a - value(below), value(above) - a);
        if down < up || (down == up && below % 2 == 0) {
            below
        } else {
            above
        }
    };
    (nearest < 0x7c00).then_some(nearest | sign)
}

/// Whether memview's value is exactly the oracle's item: same type, same
/// number (any NaN matches any NaN).
fn same(value: &Value, item: Item) -> bool {
    match (value, item) {
        (Value::Int(a), Item::Int(b)) => *a == b,
        (Value::Float(a), Item::Float(b)) => a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan(),
        (Value::Bool(a), Item::Bool(b)) => *a == b,
        (Value::Bytes(a), Item::Char(b)) => a[..] == [b],
        _ => false,
    }
}

/// Python's `==` between two items: `True == 1 == 1.0`, `nan != nan`,
/// `b'a' != 97`.
fn py_eq(a: Item, b: Item) -> bool {
    let number = |item: Item| match item {
        Item::Int(i) => Some((i, None)),
        Item::Bool(t) => Some((i128::from(t), None)),
        Item::Float(x) => Some((0, Some(x))),
        Item::Char(_) => None,
    };
    match (a, b, number(a), number(b)) {
        (Item::Char(x), Item::Char(y), _, _) => x == y,
        (_, _, Some((i, None)), Some((j, None))) => i == j,
        (_, _, Some((_, Some(x))), Some((_, Some(y)))) => x == y,
        (_, _, Some((i, None)), Some((_, Some(x))))
        | (_, _, Some((_, Some(x))), Some((i, None))) => {
            x.is_finite() && x.fract() == 0.0 && x.abs() < 1e38 && x as i128 == i
        }
        _ => false,
    }
}

/// CPython's fast path for two views of the same native format: C values
/// compared with C's `==` (`?` compares the stored bytes).
fn c_eq(code: char, a: &[u8], b: &[u8]) -> bool {
    match code {
        '?' => a[0] == b[0],
        _ => py_eq(decode(code, a), decode(code, b)),
    }
}

/// Same number of dimensions, equal sizes up to and including the first 0.
fn equivalent_shapes(a: &[usize], b: &[usize]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .try_for_each(|(x, y)| match (x == y, *x == 0) {
                (false, _) => Err(false),
                (true, true) => Err(true),
                (true, false) => Ok(()),
            })
            .map_or_else(|stop| stop, |()| true)
}

/// `memoryview(a) == memoryview(b)`.
fn py_views_equal(a: &Model, a_bytes: &[u8], b: &Model, b_bytes: &[u8]) -> bool {
    if !equivalent_shapes(&a.shape, &b.shape) {
        return false;
    }
    let (ca, cb) = (code(a.format), code(b.format));
    a.addresses(false)
        .iter()
        .zip(b.addresses(false))
        .all(|(&x, y)| {
            let (x, y) = (&a_bytes[x..x + a.itemsize], &b_bytes[y..y + b.itemsize]);
            if ca == cb {
                c_eq(ca, x, y)
            } else {
                py_eq(decode(ca, x), decode(cb, y))
            }
        })
}

// ---------------------------------------------------------------------------
// Writing one item: memoryview's `pack_single`.

fn truthy(value: &Value) -> bool {
    match value {
        Value::Int(i) => *i != 0,
        Value::Float(x) => *x != 0.0,
        Value::Bool(b) => *b,
        Value::Bytes(b) => !b.is_empty(),
        Value::List(items) => !items.is_empty(),
    }
}

/// The smallest and largest integer an integer format holds.
fn int_range(code: char, size: usize) -> (i128, i128) {
    let bits = 8 * size as u32;
    match code {
        'b' | 'h' | 'i' | 'l' | 'q' | 'n' => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
        // PyLong_AsVoidPtr: negative numbers are taken as signed.
        'P' => (-(1i128 << (bits - 1)), (1i128 << bits) - 1),
        _ => (0, (1i128 << bits) - 1),
    }
}

/// The bytes `mv[i] = value` stores, or the error CPython raises.
fn pack(format: &str, value: &Value) -> Result<Vec<u8>, Expected> {
    let code = code(format);
    let size = itemsize(format);
    let invalid_value = || {
        expected(
            PyException::ValueError,
            &format!("memoryview: invalid value for format '{code}'"),
        )
    };
    let invalid_type = || {
        expected(
            PyException::TypeError,
            &format!("memoryview: invalid type for format '{code}'"),
        )
    };
    match code {
        'c' => match value {
            Value::Bytes(b) if b.len() == 1 => Ok(b.clone()),
            Value::Bytes(_) => Err(invalid_value()),
            _ => Err(invalid_type()),
        },
        '?' => Ok(vec![u8::from(truthy(value))]),
        'e' | 'f' | 'd' => {
            let x = match *value {
                Value::Float(x) => x,
                Value::Int(i) => i as f64,
                Value::Bool(b) => f64::from(u8::from(b)),
                _ => return Err(invalid_type()),
            };
            match code {
                'f' => Ok((x as f32).to_ne_bytes().to_vec()),
                'd' => Ok(x.to_ne_bytes().to_vec()),
                _ => half_bits(x)
                    .map(|h| h.to_ne_bytes().to_vec())
                    .ok_or_else(invalid_value),
            }
        }
        _ => {
            let i = match *value {
                Value::Int(i) => i,
                Value::Bool(b) => i128::from(b),
                _ => return Err(invalid_type()),
            };
            let (min, max) = int_range(code, size);
            if i < min || i > max {
                return Err(invalid_value());
            }
            let all = i.to_ne_bytes();
            Ok(if cfg!(target_endian = "little") {
                all[..size].to_vec()
            } else {
                all[16 - size..].to_vec()
            })
        }
    }
}

// ---------------------------------------------------------------------------
// Strategies.

fn arb_format() -> impl Strategy<Value = &'static str> {
    select(&FORMATS[..])
}

fn arb_dim() -> impl Strategy<Value = usize> {
    prop_oneof![1 => Just(0usize), 3 => Just(1usize), 6 => 2usize..=4]
}

fn arb_stride(itemsize: usize) -> impl Strategy<Value = isize> {
    let size = itemsize as isize;
    prop_oneof![
        1 => Just(0isize),
        6 => (-3isize..=3).prop_map(move |k| k * size),
        2 => -9isize..=9,
    ]
}

/// Bytes, often from a few values so that items are often equal, and NaN
/// and negative numbers are common.
fn arb_byte() -> impl Strategy<Value = u8> {
    prop_oneof![3 => any::<u8>(), 2 => select(vec![0u8, 1, 0x7f, 0x80, 0xff])]
}

/// A valid view: a model whose items all lie inside its random bytes.
fn arb_view_with(
    shapes: impl Strategy<Value = Vec<usize>>,
) -> impl Strategy<Value = (Model, Vec<u8>)> {
    (arb_format(), shapes)
        .prop_flat_map(|(format, shape)| {
            let size = itemsize(format);
            let ndim = shape.len();
            (
                Just(format),
                Just(shape),
                vec(arb_stride(size), ndim),
                0usize..=4,
                0usize..=4,
            )
        })
        .prop_flat_map(|(format, shape, strides, before, after)| {
            let (lo, hi) = extent(&shape, &strides);
            let offset = (-lo) as usize + before;
            let len = offset + hi as usize + itemsize(format) + after;
            let model = Model::new(format, shape, strides, offset);
            (Just(model), vec(arb_byte(), len))
        })
}

fn arb_view() -> impl Strategy<Value = (Model, Vec<u8>)> {
    arb_view_with(vec(arb_dim(), 0..=4))
}

/// A C-contiguous view, as casts need, often of bytes and 1-D.
fn arb_c_contiguous() -> impl Strategy<Value = (Model, Vec<u8>)> {
    let formats = prop_oneof![2 => select(vec!["B", "b", "c", "@B"]), 1 => arb_format()];
    let shapes = prop_oneof![3 => vec(1usize..=8, 1..=1), 1 => vec(1usize..=4, 0..=3)];
    (formats, shapes, 0usize..=3).prop_flat_map(|(format, shape, offset)| {
        let size = itemsize(format);
        let len = offset + shape.iter().product::<usize>() * size + 2;
        let model = Model::new(format, shape.clone(), c_strides(size, &shape), offset);
        (Just(model), vec(arb_byte(), len))
    })
}

fn buffer(model: &Model, bytes: &[u8]) -> Buffer {
    Lent::new(bytes.to_vec(), model.layout())
}

fn arb_bound() -> impl Strategy<Value = Option<isize>> {
    prop_oneof![
        3 => Just(None),
        8 => (-6isize..=6).prop_map(Some),
        1 => Just(Some(isize::MIN)),
        1 => Just(Some(isize::MAX)),
        1 => any::<isize>().prop_map(Some),
    ]
}

fn arb_step() -> impl Strategy<Value = Option<isize>> {
    prop_oneof![
        3 => Just(None),
        6 => (1isize..=3).prop_map(Some),
        4 => (-3isize..=-1).prop_map(Some),
        1 => Just(Some(0)),
        1 => Just(Some(isize::MIN)),
        1 => Just(Some(isize::MAX)),
        1 => Just(Some((1 << 62) + 1)),
        1 => any::<isize>().prop_map(Some),
    ]
}

fn arb_slice() -> impl Strategy<Value = Slice> {
    (arb_bound(), arb_bound(), arb_step()).prop_map(|(a, b, c)| Slice::new(a, b, c))
}

fn arb_int() -> impl Strategy<Value = i128> {
    let edges: Vec<i128> = [7u32, 8, 15, 16, 31, 32, 63, 64]
        .iter()
        .flat_map(|&b| {
            let p = 1i128 << b;
            [p - 1, p, -p, -p - 1]
        })
        .collect();
    prop_oneof![
        3 => -300i128..=300,
        2 => select(edges),
        1 => any::<i64>().prop_map(i128::from),
        1 => any::<u64>().prop_map(i128::from),
    ]
}

fn arb_float() -> impl Strategy<Value = f64> {
    let special = vec![
        0.0,
        -0.0,
        1.5,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        65504.0,
        65519.99,
        65520.0,
        -65520.0,
        1e300,
        3.5e38,
        6e-8,
        2.98e-8,
        1e-9,
        0.1,
    ];
    prop_oneof![
        2 => any::<f64>(),
        2 => select(special),
        2 => -70000.0..70000.0f64,
        1 => any::<u16>().prop_map(half),
    ]
}

fn arb_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => arb_int().prop_map(Value::Int),
        3 => arb_float().prop_map(Value::Float),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => vec(any::<u8>(), 0..=2).prop_map(Value::Bytes),
        1 => Just(Value::List(Vec::new())),
    ]
}

// ---------------------------------------------------------------------------
// The check every view passes: memview's view against the oracle's model.

fn check_error(got: &memview::Error, want: &Expected) -> Result<(), TestCaseError> {
    prop_assert_eq!((got.exception(), got.message()), (want.0, want.1.as_str()));
    Ok(())
}

/// The items of a `tolist()` result, in C order, checking its nesting.
fn flatten(value: &Value, shape: &[usize], out: &mut Vec<Value>) -> Result<(), TestCaseError> {
    match (shape.split_first(), value) {
        (None, item) => out.push(item.clone()),
        (Some((&n, rest)), Value::List(items)) => {
            prop_assert_eq!(items.len(), n);
            for item in items {
                flatten(item, rest, out)?;
            }
        }
        (Some(_), other) => prop_assert!(false, "expected a list, got {}", other),
    }
    Ok(())
}

fn check_view<B: Storage>(view: &ViewOf<B>, m: &Model, bytes: &[u8]) -> Result<(), TestCaseError> {
    // Layout queries.
    prop_assert_eq!(view.shape(), &m.shape[..]);
    prop_assert_eq!(view.strides(), &m.strides[..]);
    prop_assert_eq!(view.format(), m.format);
    prop_assert_eq!(view.itemsize(), m.itemsize);
    prop_assert_eq!(view.ndim(), m.shape.len());
    prop_assert_eq!(view.nbytes(), m.count() * m.itemsize);
    prop_assert_eq!(view.len(), m.shape.first().copied().unwrap_or(1));
    if m.count() > 0 {
        prop_assert_eq!(view.layout().offset(), m.offset);
    }
    let (c, f) = (m.contiguous_in(false), m.contiguous_in(true));
    prop_assert_eq!(
        (view.c_contiguous(), view.f_contiguous(), view.contiguous()),
        (c, f, c || f)
    );

    // Copies in each order.
    let c_bytes = m.gather(bytes, Order::C);
    prop_assert_eq!(&view.to_bytes().unwrap()[..], &c_bytes[..]);
    for order in [Order::C, Order::F, Order::A] {
        prop_assert_eq!(
            &view.to_bytes_with(order).unwrap()[..],
            &m.gather(bytes, order)[..],
            "order {:?}",
            order
        );
    }
    let hex: String = c_bytes.iter().map(|b| format!("{b:02x}")).collect();
    prop_assert_eq!(view.hex().unwrap(), hex);

    // Items: tolist(), per-item reads and iteration agree with the oracle.
    let items = m.items(bytes);
    let mut listed = Vec::new();
    flatten(
        &view.to_list().map_err(fail)?.to_value(),
        &m.shape,
        &mut listed,
    )?;
    prop_assert_eq!(listed.len(), items.len());
    for ((index, listed), &item) in index_list(&m.shape, false).iter().zip(&listed).zip(&items) {
        prop_assert!(
            same(listed, item),
            "tolist {:?}: {} vs {:?}",
            index,
            listed,
            item
        );
        let index: Vec<isize> = index.iter().map(|&i| i as isize).collect();
        let read = view.get_at(&index).map_err(fail)?;
        prop_assert!(
            same(&read, item),
            "get_at {:?}: {} vs {:?}",
            index,
            read,
            item
        );
    }
    if let [n] = m.shape[..] {
        let forward: Vec<Value> = view.try_iter().map_err(fail)?.collect();
        let backward: Vec<Value> = view.try_reversed().map_err(fail)?.collect();
        prop_assert_eq!(forward.len(), n);
        prop_assert_eq!(backward.len(), n);
        for (k, &item) in items.iter().enumerate() {
            prop_assert!(same(&forward[k], item));
            prop_assert!(same(&backward[n - 1 - k], item));
            prop_assert!(same(&view.get(k as isize).map_err(fail)?, item));
            prop_assert!(same(
                &view.get(k as isize - n as isize).map_err(fail)?,
                item
            ));
        }
    }
    Ok(())
}

fn fail(err: memview::Error) -> TestCaseError {
    TestCaseError::fail(format!("unexpected error: {err:#}"))
}

// ---------------------------------------------------------------------------
// The properties. Each is a plain function, run by `proptest!` at the end
// of the file on random inputs.

/// A freshly made view, and each view of a chain of slices of it, agrees
/// with the oracle in shape, strides, contiguity, bytes in every order, and
/// items. `None` slices the first dimension (`mv[a:b:c]`), `Some(d)` any
/// dimension (memview's extension).
fn slicing(model: Model, bytes: Vec<u8>, chain: Vec<(Option<usize>, Slice)>) -> Checked {
    let exporter = buffer(&model, &bytes);
    let mut view = View::new(&exporter).map_err(fail)?;
    let mut model = model;
    check_view(&view, &model, &bytes)?;
    for (dim, slice) in chain {
        let want = match dim {
            None if model.shape.is_empty() => Err(expected(
                PyException::TypeError,
                "invalid indexing of 0-dim memory",
            )),
            None => model.sliced(0, &slice),
            Some(d) if d >= model.shape.len() => {
                // memview's own extension: any dimension that exists.
                let err = view.slice_dim(d, slice).unwrap_err();
                prop_assert_eq!(err.exception(), PyException::IndexError);
                break;
            }
            Some(d) => model.sliced(d, &slice),
        };
        let got = match dim {
            None => view.slice(slice),
            Some(d) => view.slice_dim(d, slice),
        };
        match (got, want) {
            (Ok(v), Ok(m)) => {
                check_view(&v, &m, &bytes)?;
                view = v;
                model = m;
            }
            (Err(e), Err(want)) => return check_error(&e, &want),
            (got, want) => prop_assert!(false, "got {:?}, want {:?}", layout_of(got), want),
        }
    }
    Ok(())
}

/// `sub_view(i)` (memview's `x[i]` for N-D views) is row `i` of the first
/// dimension: that dimension dropped, the offset moved to the row.
fn sub_views(model: Model, bytes: Vec<u8>, i: isize) -> Checked {
    let exporter = buffer(&model, &bytes);
    let view = View::new(&exporter).map_err(fail)?;
    let got = view.sub_view(i);
    let Some(&n) = model.shape.first() else {
        let want = expected(PyException::TypeError, "invalid indexing of 0-dim memory");
        return check_error(&got.unwrap_err(), &want);
    };
    let k = if i < 0 { i + n as isize } else { i };
    if k < 0 || k >= n as isize {
        let want = expected(
            PyException::IndexError,
            "index out of bounds on dimension 1",
        );
        return check_error(&got.unwrap_err(), &want);
    }
    let row = Model {
        offset: (model.offset as isize + k * model.strides[0]) as usize,
        shape: model.shape[1..].to_vec(),
        strides: model.strides[1..].to_vec(),
        ..model.clone()
    };
    check_view(&got.map_err(fail)?, &row, &bytes)
}

/// `==` is Python's: shapes equivalent up to the first 0, items equal as
/// values (NaN never, `c` never equal to a number), and for two views of the
/// same format `?` items compared as stored bytes. Only read-only byte-format
/// views hash, as their bytes do, so equal ones hash alike.
fn equality(a: Model, a_bytes: Vec<u8>, b: Model, b_bytes: Vec<u8>) -> Checked {
    let (ea, eb) = (buffer(&a, &a_bytes), buffer(&b, &b_bytes));
    let (va, vb) = (View::new(&ea).map_err(fail)?, View::new(&eb).map_err(fail)?);
    let want = py_views_equal(&a, &a_bytes, &b, &b_bytes);
    prop_assert_eq!(va == vb, want);
    prop_assert_eq!(vb == va, want);
    prop_assert_eq!(va.eq_exporter(&eb), want);
    for (view, model, bytes) in [(&va, &a, &a_bytes), (&vb, &b, &b_bytes)] {
        match view.hash_value() {
            Ok(hash) => {
                prop_assert!(is_byte_format(model.format));
                prop_assert_eq!(hash, hash_bytes(&model.gather(bytes, Order::C)));
            }
            Err(e) => {
                prop_assert!(!is_byte_format(model.format));
                let want = expected(
                    PyException::ValueError,
                    "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
                );
                check_error(&e, &want)?;
            }
        }
    }
    if let (true, Ok(x), Ok(y)) = (want, va.hash_value(), vb.hash_value()) {
        prop_assert_eq!(x, y);
    }
    Ok(())
}

/// `cast` fails with CPython's message for the first rule it breaks, in
/// CPython's order, or gives a C-contiguous view of the very same bytes.
fn casts(model: Model, bytes: Vec<u8>, format: &'static str, shape: CastShape) -> Checked {
    let exporter = buffer(&model, &bytes);
    let view = View::new(&exporter).map_err(fail)?;
    // Shapes that fit the bytes are made here, so that casts often work.
    let n = model.count() * model.itemsize / itemsize(format);
    let factor = (2..n).find(|&d| n.is_multiple_of(d)).unwrap_or(1);
    let shape: Option<Vec<usize>> = match shape {
        CastShape::None => None,
        CastShape::Random(shape) => Some(shape),
        CastShape::Flat => Some(vec![n]),
        CastShape::Grid => Some(vec![factor, n / factor]),
        CastShape::Scalar => Some(Vec::new()),
        CastShape::Deep(ndim) => Some([1].repeat(ndim - 1).into_iter().chain([n]).collect()),
    };
    let want = cast_oracle(&model, format, shape.as_deref());
    let got = match &shape {
        None => view.cast(format),
        Some(shape) => view.cast_with(format, shape),
    };
    match (got, want) {
        (Ok(cast), Ok(m)) => {
            check_view(&cast, &m, &bytes)?;
            prop_assert_eq!(cast.to_bytes().unwrap(), view.to_bytes().unwrap());
        }
        (Err(e), Err(want)) => check_error(&e, &want)?,
        (got, want) => prop_assert!(false, "got {:?}, want {:?}", layout_of(got), want),
    }
    Ok(())
}

/// `hex(sep, bytes_per_sep)` spells out the C-order bytes in groups counted
/// from the right (positive) or the left (negative).
fn hex(model: Model, bytes: Vec<u8>, sep: char, per: i32) -> Checked {
    let exporter = buffer(&model, &bytes);
    let view = View::new(&exporter).map_err(fail)?;
    let c_bytes = model.gather(&bytes, Order::C);
    let got = view.hex_with(sep, per);
    let want = match sep {
        c if c.is_ascii() => {
            let group = per.unsigned_abs() as usize;
            let groups: Vec<&[u8]> = if per == 0 || group >= c_bytes.len() {
                vec![&c_bytes[..]]
            } else if per > 0 {
                c_bytes.rchunks(group).rev().collect()
            } else {
                c_bytes.chunks(group).collect()
            };
            let spelled: Vec<String> = groups.iter().map(|g| hex_of(g)).collect();
            Ok(spelled.join(&sep.to_string()))
        }
        _ => Err(expected(PyException::ValueError, "sep must be ASCII.")),
    };
    prop_assert_eq!(view.hex().unwrap(), hex_of(&c_bytes));
    match (got, want) {
        (Ok(got), Ok(want)) => prop_assert_eq!(got, want),
        (Err(e), Err(want)) => check_error(&e, &want)?,
        (got, want) => prop_assert!(false, "got {:?}, want {:?}", got, want),
    }
    Ok(())
}

/// `mv[i] = value` or `mv[i, j] = value` stores what `struct.pack` would (or
/// fails with CPython's message), changes no other byte, and reads back.
fn item_writes(model: Model, bytes: Vec<u8>, key: Key, value: Value) -> Checked {
    let mut exporter = buffer(&model, &bytes);
    let mut view = ViewMut::new(&mut exporter).map_err(fail)?;
    let (got, located) = match &key {
        Key::One(i) => (view.set(*i, value.clone()), locate_one(&model, *i)),
        Key::Tuple(index) => (view.set_at(index, value.clone()), locate(&model, index)),
    };
    let want = located.and_then(|at| Ok((at, pack(model.format, &value)?)));
    match (got, want) {
        (Ok(()), Ok((at, stored))) => {
            let read = match &key {
                Key::One(i) => view.get(*i),
                Key::Tuple(index) => view.get_at(index),
            };
            let read = read.map_err(fail)?;
            drop(view);
            let (after, end) = (exporter.bytes(), at + model.itemsize);
            prop_assert_eq!(&after[..at], &bytes[..at]);
            prop_assert_eq!(&after[end..], &bytes[end..]);
            let item = decode(code(model.format), &stored);
            prop_assert!(same(&read, item), "read back {} for {:?}", read, item);
            // Any NaN will do.
            if !matches!(item, Item::Float(x) if x.is_nan()) {
                prop_assert_eq!(&after[at..end], &stored[..]);
            }
        }
        (Err(e), Err(want)) => {
            check_error(&e, &want)?;
            drop(view);
            prop_assert_eq!(exporter.bytes(), &bytes);
        }
        (got, want) => prop_assert!(false, "got {:?}, want {:?}", got, want),
    }
    Ok(())
}

/// `mv[dst] = mv[src]` (`copy_within`) and `mv[dst] = other` (`set_slice`)
/// copy as if through a temporary, or fail with CPython's message and
/// change nothing.
fn slice_assignment(
    model: Model,
    bytes: Vec<u8>,
    (src, dst): (Slice, Slice),
    (source, source_bytes): (Model, Vec<u8>),
) -> Checked {
    let mut exporter = buffer(&model, &bytes);
    let got = ViewMut::new(&mut exporter)
        .map_err(fail)?
        .copy_within(src, dst);
    // Python evaluates the right-hand side, `mv[src]`, first.
    let rhs = match model.shape.first() {
        None => Err(expected(
            PyException::TypeError,
            "invalid indexing of 0-dim memory",
        )),
        Some(&n) => picked(n, &src),
    };
    let want = rhs.and_then(|from| {
        assign_target(&model)?;
        let to = picked(model.shape[0], &dst)?;
        if from.len() != to.len() {
            return Err(different_structures());
        }
        let temporary = model.sliced(0, &src)?.gather(&bytes, Order::C);
        Ok(scatter(&model, &bytes, &to, &temporary))
    });
    check_assignment(got, want, exporter.bytes(), &bytes)?;

    let other = buffer(&source, &source_bytes);
    let mut exporter = buffer(&model, &bytes);
    let got = ViewMut::new(&mut exporter)
        .map_err(fail)?
        .set_slice(dst, &other);
    let want = assign_target(&model).and_then(|()| {
        let to = picked(model.shape[0], &dst)?;
        let strip = |f: &'static str| f.strip_prefix('@').unwrap_or(f);
        let same_structure = strip(model.format) == strip(source.format)
            && model.itemsize == source.itemsize
            && equivalent_shapes(&[to.len()], &source.shape);
        if !same_structure {
            return Err(different_structures());
        }
        let items = source.gather(&source_bytes, Order::C);
        Ok(scatter(&model, &bytes, &to, &items))
    });
    check_assignment(got, want, exporter.bytes(), &bytes)
}

/// A layout diagram has the header Python would print and lists the items'
/// first addresses in C order; for a buffer small enough to be drawn whole,
/// each byte's cell names the first item (in C order) that covers it.
fn diagrams(model: Model, bytes: Vec<u8>) -> Checked {
    let exporter = buffer(&model, &bytes);
    let drawing = View::new(&exporter).map_err(fail)?.diagram();
    let lines: Vec<&str> = drawing.lines().collect();
    for line in &lines {
        prop_assert!(line.is_ascii() && line.len() <= 80 && !line.ends_with(' '));
    }
    let (shape, strides) = (py_tuple(&model.shape), py_tuple(&model.strides));
    let header = format!(
        "format '{}', itemsize {}, shape {shape}, strides {strides}, offset {}",
        model.format, model.itemsize, model.offset
    );
    if header.len() <= 80 {
        prop_assert_eq!(lines[0], header.as_str());
    } else {
        let shape = format!("shape {shape}");
        prop_assert!(lines.contains(&shape.as_str()), "no {:?}", shape);
    }

    let addresses = model.addresses(false);
    let last = lines.last().copied().unwrap_or_default();
    if addresses.is_empty() {
        prop_assert_eq!(last, "no items: the view covers no bytes");
    } else {
        let listed = last.strip_prefix("C order: byte ").unwrap_or_default();
        let (listed, more) = listed.split_once(" -> ... ").unwrap_or((listed, ""));
        let listed: Vec<usize> = listed.split(" -> ").map(number).collect();
        prop_assert_eq!(&listed[..], &addresses[..listed.len().min(addresses.len())]);
        if listed.len() < addresses.len() {
            prop_assert_eq!(more, format!("({} items)", addresses.len()));
        }
    }

    if bytes.len() > 32 {
        return Ok(()); // not always drawn whole
    }
    let mut next_byte = 0;
    for (k, line) in lines.iter().enumerate() {
        let Some(numbers) = line.strip_prefix(" byte |") else {
            continue;
        };
        let offsets: Vec<usize> = numbers.split_whitespace().map(number).collect();
        let width = numbers.len() / offsets.len();
        let items = lines[k + 1..]
            .iter()
            .find_map(|l| l.strip_prefix(" item |"));
        let items = items.unwrap_or_default();
        for (column, &at) in offsets.iter().enumerate() {
            prop_assert_eq!(at, next_byte);
            next_byte += 1;
            let cell = items.get(column * width..(column + 1) * width);
            prop_assert_eq!(
                cell,
                Some(&*expected_cell(&model, at, width)),
                "byte {}",
                at
            );
        }
    }
    prop_assert_eq!(next_byte, bytes.len());
    Ok(())
}

/// No input panics: any layout, however absurd, is refused or viewed, and
/// any chain of operations on the view returns `Ok` or `Err`.
fn no_panics(raw: RawLayout, ops: Vec<Op>) -> Checked {
    let Ok(layout) = Layout::strided(
        raw.format,
        raw.itemsize,
        &raw.shape,
        &raw.strides,
        raw.offset,
    ) else {
        return Ok(());
    };
    let exporter = Lent::new(raw.bytes, layout);
    if let Ok(mut view) = View::new(&exporter) {
        for op in &ops {
            if let Some(next) = run_read(&view, op) {
                view = next;
            }
        }
    }
    let source = exporter.clone();
    let mut writable = exporter;
    if let Ok(mut view) = ViewMut::new(&mut writable) {
        for op in &ops {
            match run_write(view, op, &source) {
                Some(next) => view = next,
                None => break,
            }
        }
    }
    Ok(())
}

type Checked = Result<(), TestCaseError>;

/// `cases` random cases; a failure is shrunk for at most 10 seconds, so
/// that a red run stays short.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        max_shrink_time: 10_000,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(1536))]

    #[test]
    fn slicing_agrees_with_the_oracle((model, bytes) in arb_view(), chain in arb_chain()) {
        slicing(model, bytes, chain)?;
    }

    #[test]
    fn sub_views_agree_with_the_oracle((model, bytes) in arb_view(), i in -5isize..=5) {
        sub_views(model, bytes, i)?;
    }

    #[test]
    fn equality_agrees_with_the_oracle(((a, a_bytes), (b, b_bytes)) in arb_pair()) {
        equality(a, a_bytes, b, b_bytes)?;
    }

    #[test]
    fn casts_agree_with_the_oracle(
        (model, bytes) in prop_oneof![1 => arb_view(), 3 => arb_c_contiguous()],
        format in arb_cast_format(),
        shape in arb_cast_shape(),
    ) {
        casts(model, bytes, format, shape)?;
    }

    #[test]
    fn hex_agrees_with_the_bytes((model, bytes) in arb_view(), sep in arb_sep(), per in arb_per()) {
        hex(model, bytes, sep, per)?;
    }

    #[test]
    fn items_written_read_back(((model, bytes), key) in arb_keyed_view(), value in arb_value()) {
        item_writes(model, bytes, key, value)?;
    }

    #[test]
    fn slice_assignment_agrees_with_the_oracle(
        (model, bytes) in arb_view_with(prop_oneof![3 => vec(arb_dim(), 1), 1 => vec(arb_dim(), 0..=3)]),
        slices in arb_slice_pair(),
        source in arb_source(),
    ) {
        slice_assignment(model, bytes, slices, source)?;
    }

    #[test]
    fn diagrams_agree_with_the_oracle((model, bytes) in arb_view()) {
        diagrams(model, bytes)?;
    }
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn no_input_panics(raw in arb_raw_layout(), ops in vec(arb_op(), 0..=8)) {
        no_panics(raw, ops)?;
    }
}

// ---------------------------------------------------------------------------
// Strategies of the properties.

/// 1 to 3 slices, mostly of the first dimension.
fn arb_chain() -> impl Strategy<Value = Vec<(Option<usize>, Slice)>> {
    vec(
        (prop::option::weighted(0.3, 0usize..=4), arb_slice()),
        1..=3,
    )
}

/// Two views to compare: often the first one's values copied out and read
/// as any format of the same size, with a few bytes changed; else any view
/// of the same shape, a shape equal up to a 0, or any shape.
fn arb_pair() -> impl Strategy<Value = ((Model, Vec<u8>), (Model, Vec<u8>))> {
    arb_view().prop_flat_map(|(a, a_bytes)| {
        let same_size: Vec<&'static str> = FORMATS
            .iter()
            .copied()
            .filter(|&f| itemsize(f) == a.itemsize)
            .collect();
        let mut near_shape = a.shape.clone();
        match near_shape.iter().position(|&n| n == 0) {
            Some(zero) if zero + 1 < near_shape.len() => near_shape[zero + 1] += 1,
            _ => near_shape.push(1),
        }
        let shapes = prop_oneof![
            3 => Just(a.shape.clone()),
            1 => Just(near_shape),
            1 => vec(arb_dim(), 0..=4),
        ];
        let items = a.gather(&a_bytes, Order::C);
        let changes = prop_oneof![
            Just(vec![None; items.len()]),
            vec(prop::option::weighted(0.1, arb_byte()), items.len()),
        ];
        let copy_of_a = {
            let a = a.clone();
            (select(same_size), changes).prop_map(move |(format, changes)| {
                let strides = c_strides(itemsize(format), &a.shape);
                let b = Model {
                    format,
                    strides,
                    offset: 0,
                    ..a.clone()
                };
                let changed = items.iter().zip(changes);
                (b, changed.map(|(&x, change)| change.unwrap_or(x)).collect())
            })
        };
        (
            Just((a, a_bytes)),
            prop_oneof![copy_of_a, arb_view_with(shapes)],
        )
    })
}

/// The shape given to `cast`: none, a random one, or one made to fit.
#[derive(Debug, Clone)]
enum CastShape {
    None,
    Random(Vec<usize>),
    Flat,
    Grid,
    Scalar,
    Deep(usize),
}

fn arb_cast_shape() -> impl Strategy<Value = CastShape> {
    let dim = prop_oneof![
        8 => 1usize..=6,
        1 => Just(0usize),
        1 => select(vec![8usize, 12, 16, 24, 48]),
        1 => select(vec![usize::MAX, isize::MAX as usize + 1, 1 << 62, isize::MAX as usize]),
    ];
    prop_oneof![
        2 => Just(CastShape::None),
        1 => vec(dim, 0..=3).prop_map(CastShape::Random),
        2 => Just(CastShape::Flat),
        1 => Just(CastShape::Grid),
        1 => prop_oneof![
            Just(CastShape::Scalar),
            Just(CastShape::Deep(64)),
            Just(CastShape::Deep(65)),
        ],
    ]
}

fn arb_cast_format() -> impl Strategy<Value = &'static str> {
    let bad = vec![
        "<i", ">h", "=i", "!i", "ii", "2s", "x", "", "@", "s", "BB", "\u{e9}", "B\u{e9}", "@\u{e9}",
    ];
    prop_oneof![
        4 => arb_format(),
        2 => select(vec!["B", "b", "c", "@B"]),
        1 => select(bad),
    ]
}

fn arb_sep() -> impl Strategy<Value = char> {
    select(vec![':', '-', ' ', '\'', '\u{e9}', '\u{20ac}'])
}

fn arb_per() -> impl Strategy<Value = i32> {
    prop_oneof![
        4 => -5i32..=5,
        1 => select(vec![i32::MIN, i32::MAX, i32::MIN + 1]),
    ]
}

/// Where to write: `mv[i]` or `mv[i, j, ...]`.
#[derive(Debug, Clone)]
enum Key {
    One(isize),
    Tuple(Vec<isize>),
}

/// A view and a key into it: mostly a full index in range, counted from the
/// start or the end; else anything, too short or too long.
fn arb_keyed_view() -> impl Strategy<Value = ((Model, Vec<u8>), Key)> {
    arb_view().prop_flat_map(|(model, bytes)| {
        let in_range = model
            .shape
            .iter()
            .map(|&n| {
                let n = n.max(1) as isize;
                prop_oneof![0..n, -n..0]
            })
            .collect::<Vec<_>>();
        let one = model.shape.len() == 1;
        let key = prop_oneof![
            4 => in_range.prop_map(move |index| match index[..] {
                [i] if one => Key::One(i),
                _ => Key::Tuple(index),
            }),
            1 => vec(-5isize..=5, 0..=5).prop_map(Key::Tuple),
            1 => (-5isize..=5).prop_map(Key::One),
        ];
        (Just((model, bytes)), key)
    })
}

/// The two slices of `mv[dst] = mv[src]`: any two, or two of equal length
/// (forwards or backwards) so that copies often happen.
fn arb_slice_pair() -> impl Strategy<Value = (Slice, Slice)> {
    let run = |count: usize, at: usize, backwards: bool| {
        let (at, count) = (at as isize, count as isize);
        if backwards {
            let stop = if at == 0 { None } else { Some(at - 1) };
            Slice::new(Some(at + count - 1), stop, Some(-1))
        } else {
            Slice::new(Some(at), Some(at + count), None)
        }
    };
    prop_oneof![
        (arb_slice(), arb_slice()),
        (
            0usize..=4,
            0usize..=4,
            0usize..=4,
            any::<bool>(),
            any::<bool>()
        )
            .prop_map(move |(n, a, b, ra, rb)| (run(n, a, ra), run(n, b, rb))),
    ]
}

/// The right-hand side of `mv[dst] = other`: mostly 1-D, often C-contiguous
/// bytes of one of the formats, any shape sometimes.
fn arb_source() -> impl Strategy<Value = (Model, Vec<u8>)> {
    prop_oneof![
        arb_view_with(prop_oneof![3 => vec(0usize..=4, 1), 1 => vec(arb_dim(), 0..=2)]),
        arb_c_contiguous(),
    ]
}

/// Any layout at all, and some bytes: mostly sane, with extreme numbers.
#[derive(Debug, Clone)]
struct RawLayout {
    format: &'static str,
    itemsize: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    offset: usize,
    bytes: Vec<u8>,
}

fn arb_raw_layout() -> impl Strategy<Value = RawLayout> {
    let huge = || {
        select(vec![
            usize::MAX,
            isize::MAX as usize,
            1 << 32,
            1 << 62,
            1 << 40,
        ])
    };
    let format = prop_oneof![
        4 => arb_format(),
        1 => select(vec!["<i", "x", "", "ii", "T{i}", "\u{e9}", "@", "2s"]),
    ];
    // `None`: the format's own item size.
    let itemsize = prop_oneof![
        6 => Just(None),
        1 => prop_oneof![1usize..=8, Just(0), huge()].prop_map(Some),
    ];
    let shape = prop_oneof![
        8 => vec(prop_oneof![8 => 0usize..=3, 1 => huge()], 0..=5),
        1 => Just(vec![1usize; 64]),
        1 => Just(vec![1usize; 65]),
        1 => Just(vec![2usize; 62]),
    ];
    let extreme = select(vec![
        isize::MIN,
        isize::MAX,
        1 << 40,
        -(1 << 40),
        -isize::MAX,
    ]);
    let strides = vec(prop_oneof![4 => -9isize..=9, 1 => extreme], 0..=66);
    // `fit`: one stride per dimension, and the offset and bytes made so that
    // the items fit, when that takes a few kilobytes at most.
    let fit = prop::bool::weighted(0.9);
    let offset = prop_oneof![6 => 0usize..=16, 1 => huge()];
    let bytes = vec(any::<u8>(), 0..=64);
    (format, itemsize, shape, strides, fit, offset, bytes).prop_map(
        |(format, itemsize, shape, strides, fit, offset, bytes)| {
            let itemsize =
                itemsize.unwrap_or_else(|| ItemFormat::parse(format).map_or(3, ItemFormat::size));
            let mut raw = RawLayout {
                format,
                itemsize,
                shape,
                strides,
                offset,
                bytes,
            };
            if fit {
                let ndim = raw.shape.len();
                raw.strides = raw
                    .strides
                    .into_iter()
                    .chain(std::iter::repeat(1))
                    .take(ndim)
                    .collect();
                let (lo, hi) = extent(&raw.shape, &raw.strides);
                let span = hi.saturating_sub(lo).saturating_add(itemsize as i128);
                if span < 4096 {
                    raw.offset = (-lo) as usize;
                    let len = (span as usize).max(raw.bytes.len());
                    raw.bytes.resize(len, 7);
                }
            }
            raw
        },
    )
}

// ---------------------------------------------------------------------------
// Helpers of the properties.

fn different_structures() -> Expected {
    expected(
        PyException::ValueError,
        "memoryview assignment: lvalue and rvalue have different structures",
    )
}

/// CPython's checks on the view a slice is assigned into.
fn assign_target(model: &Model) -> Result<(), Expected> {
    match model.shape.len() {
        0 => Err(expected(
            PyException::TypeError,
            "invalid indexing of 0-dim memory",
        )),
        1 => Ok(()),
        _ => Err(expected(
            PyException::NotImplementedError,
            "memoryview slice assignments are currently restricted to ndim = 1",
        )),
    }
}

/// `bytes` after writing `items` (C-order bytes) into the items `to` of a
/// 1-D model, one after the other.
fn scatter(model: &Model, bytes: &[u8], to: &[usize], items: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for (&i, item) in to.iter().zip(items.chunks(model.itemsize)) {
        let at = model.address(&[i]);
        out[at..at + model.itemsize].copy_from_slice(item);
    }
    out
}

fn check_assignment(
    got: memview::Result<()>,
    want: Result<Vec<u8>, Expected>,
    after: &[u8],
    before: &[u8],
) -> Result<(), TestCaseError> {
    match (got, want) {
        (Ok(()), Ok(expected_bytes)) => prop_assert_eq!(after, &expected_bytes[..]),
        (Err(e), Err(want)) => {
            check_error(&e, &want)?;
            prop_assert_eq!(after, before);
        }
        (got, want) => prop_assert!(false, "got {:?}, want {:?}", got, want),
    }
    Ok(())
}

/// Where `mv[i0, i1, ...]` is, or CPython's error.
fn locate(model: &Model, index: &[isize]) -> Result<usize, Expected> {
    let ndim = model.shape.len();
    if ndim == 0 && !index.is_empty() {
        return Err(expected(
            PyException::TypeError,
            "invalid indexing of 0-dim memory",
        ));
    }
    if index.len() < ndim {
        return Err(expected(
            PyException::NotImplementedError,
            "sub-views are not implemented",
        ));
    }
    if index.len() > ndim {
        return Err(expected(
            PyException::TypeError,
            &format!(
                "cannot index {ndim}-dimension view with {}-element tuple",
                index.len()
            ),
        ));
    }
    let mut full = Vec::new();
    for (d, (&i, &n)) in index.iter().zip(&model.shape).enumerate() {
        let k = if i < 0 { i + n as isize } else { i };
        if k < 0 || k >= n as isize {
            return Err(expected(
                PyException::IndexError,
                &format!("index out of bounds on dimension {}", d + 1),
            ));
        }
        full.push(k as usize);
    }
    Ok(model.address(&full))
}

/// Where `mv[i] = v` writes, or CPython's error.
fn locate_one(model: &Model, i: isize) -> Result<usize, Expected> {
    match model.shape.len() {
        0 => Err(expected(
            PyException::TypeError,
            "invalid indexing of 0-dim memory",
        )),
        1 => locate(model, &[i]),
        _ => Err(expected(
            PyException::NotImplementedError,
            "sub-views are not implemented",
        )),
    }
}

/// `mv.cast(format, shape)`: CPython's checks in CPython's order, and the
/// view it makes.
fn cast_oracle(
    model: &Model,
    format: &'static str,
    shape: Option<&[usize]>,
) -> Result<Model, Expected> {
    use PyException::*;
    let ndim = model.shape.len();
    if !model.contiguous_in(false) {
        return Err(expected(
            TypeError,
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if (shape.is_some() || ndim != 1) && model.shape.contains(&0) {
        return Err(expected(
            TypeError,
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    if let Some(shape) = shape {
        if shape.len() > 64 {
            return Err(expected(
                ValueError,
                "memoryview: number of dimensions must not exceed 64",
            ));
        }
        if ndim != 1 && shape.len() != 1 {
            return Err(expected(
                TypeError,
                "memoryview: cast must be 1D -> ND or ND -> 1D",
            ));
        }
    }
    if let Some((position, c)) = format.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
        return Err(expected(
            UnicodeEncodeError,
            &format!(
                "'ascii' codec can't encode character '\\x{:02x}' in position {position}: ordinal not in range(128)",
                u32::from(c)
            ),
        ));
    }
    let bare = format.strip_prefix('@').unwrap_or(format);
    if bare.len() != 1 || !"cbB?hHiIlLqQnNefdP".contains(bare) {
        return Err(expected(
            ValueError,
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    }
    if !is_byte_format(model.format) && !is_byte_format(format) {
        return Err(expected(
            TypeError,
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let size = itemsize(format);
    let nbytes = model.count() * model.itemsize;
    if !nbytes.is_multiple_of(size) {
        return Err(expected(
            TypeError,
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let shape = match shape {
        None => vec![nbytes / size],
        Some(shape) => {
            let mut product: i128 = size as i128;
            for &n in shape {
                if n > isize::MAX as usize {
                    return Err(expected(
                        OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ));
                }
                if n == 0 {
                    return Err(expected(
                        ValueError,
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ));
                }
                product *= n as i128;
                if product > isize::MAX as i128 {
                    return Err(expected(
                        ValueError,
                        "memoryview.cast(): product(shape) > SSIZE_MAX",
                    ));
                }
            }
            if product != nbytes as i128 {
                return Err(expected(
                    TypeError,
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            shape.to_vec()
        }
    };
    let strides = c_strides(size, &shape);
    Ok(Model::new(format, shape, strides, model.offset))
}

/// What the `item` line of a diagram shows at byte `at`, `width` wide.
fn expected_cell(model: &Model, at: usize, width: usize) -> String {
    let covering: Vec<(Vec<usize>, usize)> = index_list(&model.shape, false)
        .into_iter()
        .map(|index| {
            let start = model.address(&index);
            (index, start)
        })
        .filter(|(_, start)| (*start..start + model.itemsize).contains(&at))
        .collect();
    let Some((index, start)) = covering.first() else {
        return format!("{:>width$}", ".");
    };
    let shared = if covering.len() > 1 { "+" } else { "" };
    if *start == at {
        let label = if index.is_empty() {
            "[()]".to_owned()
        } else {
            let parts: Vec<String> = index.iter().map(usize::to_string).collect();
            format!("[{}]", parts.join(","))
        };
        format!("{:>width$}", label + shared)
    } else {
        "-".repeat(width - shared.len()) + shared
    }
}

// ---------------------------------------------------------------------------
// Random operations, for the no-panic property.

#[derive(Debug, Clone)]
enum Op {
    Slice(Slice),
    SliceDim(usize, Slice),
    SubView(isize),
    Get(isize),
    GetAt(Vec<isize>),
    Cast(&'static str),
    CastShape(&'static str, Vec<usize>),
    Bytes(Order),
    List,
    Hex(char, i32),
    Iter,
    Compare,
    Hash,
    Diagram,
    Set(isize, Value),
    SetAt(Vec<isize>, Value),
    SetSlice(Slice),
    CopyWithin(Slice, Slice),
}

fn arb_op() -> impl Strategy<Value = Op> {
    let index = || prop_oneof![4 => -4isize..=4, 1 => select(vec![isize::MIN, isize::MAX])];
    let formats =
        || prop_oneof![4 => arb_format(), 1 => select(vec!["<i", "x", "", "\u{e9}", "ii"])];
    let dims = vec(
        prop_oneof![4 => 0usize..=4, 1 => select(vec![usize::MAX, isize::MAX as usize, 1 << 62])],
        0..=3,
    );
    prop_oneof![
        arb_slice().prop_map(Op::Slice),
        (0usize..=5, arb_slice()).prop_map(|(d, s)| Op::SliceDim(d, s)),
        index().prop_map(Op::SubView),
        index().prop_map(Op::Get),
        vec(index(), 0..=4).prop_map(Op::GetAt),
        formats().prop_map(Op::Cast),
        (formats(), dims).prop_map(|(f, s)| Op::CastShape(f, s)),
        select(vec![Order::C, Order::F, Order::A]).prop_map(Op::Bytes),
        Just(Op::List),
        (arb_sep(), arb_per()).prop_map(|(s, n)| Op::Hex(s, n)),
        Just(Op::Iter),
        Just(Op::Compare),
        Just(Op::Hash),
        Just(Op::Diagram),
        (index(), arb_value()).prop_map(|(i, v)| Op::Set(i, v)),
        (vec(index(), 0..=4), arb_value()).prop_map(|(i, v)| Op::SetAt(i, v)),
        arb_slice().prop_map(Op::SetSlice),
        (arb_slice(), arb_slice()).prop_map(|(a, b)| Op::CopyWithin(a, b)),
    ]
}

/// Runs a reading operation; returns the new view for those that make one.
fn run_read<'a>(view: &View<'a>, op: &Op) -> Option<View<'a>> {
    let drawing = view.diagram();
    assert!(drawing.lines().all(|l| l.is_ascii() && l.len() <= 80));
    match op {
        Op::Slice(s) => view.slice(*s).ok(),
        Op::SliceDim(d, s) => view.slice_dim(*d, *s).ok(),
        Op::SubView(i) => view.sub_view(*i).ok(),
        Op::Cast(f) => view.cast(f).ok(),
        Op::CastShape(f, s) => view.cast_with(f, s).ok(),
        _ => {
            read_only_ops(view, op);
            None
        }
    }
}

/// Whether copying the view out (bytes, nested lists) stays small. A view
/// with stride-0 dimensions can hold 2**62 items over a few bytes; copying
/// it would need that much memory (CPython: `MemoryError`). memview then
/// fails to allocate, which aborts rather than panics, so such copies are
/// left out here (reported as a bug).
fn affordable(shape: &[usize]) -> bool {
    // The nodes of `tolist()`'s nested lists, and the items.
    let mut nodes = 1usize;
    let mut level = 1usize;
    for &n in shape {
        level = level.saturating_mul(n);
        nodes = nodes.saturating_add(level);
    }
    nodes <= 1 << 16
}

fn read_only_ops<B: Storage>(view: &ViewOf<B>, op: &Op) {
    let copies = matches!(
        op,
        Op::Bytes(_) | Op::List | Op::Hex(..) | Op::Compare | Op::Hash
    );
    if copies && !affordable(view.shape()) {
        return;
    }
    match op {
        Op::Get(i) => _ = view.get(*i),
        Op::GetAt(i) => _ = view.get_at(i),
        Op::Bytes(order) => _ = view.to_bytes_with(*order),
        Op::List => _ = view.to_list().map(|v| v.to_string()),
        Op::Hex(sep, n) => _ = (view.hex(), view.hex_with(*sep, *n)),
        Op::Iter => {
            if let Ok(items) = view.try_reversed() {
                _ = items.rev().take(100).count();
            }
        }
        Op::Compare => _ = (*view == view.to_readonly(), *view == *view.obj()),
        Op::Hash => _ = view.hash_value(),
        Op::Diagram => _ = view.diagram(),
        _ => {}
    }
}

/// Runs an operation on a writable view; returns the view to go on with, or
/// `None` once an operation that consumes the view has failed.
fn run_write<'a>(mut view: ViewMut<'a>, op: &Op, source: &Buffer) -> Option<ViewMut<'a>> {
    match op {
        Op::Slice(s) => view.into_slice(*s).ok(),
        Op::Cast(f) => view.into_cast(f).ok(),
        Op::CastShape(f, s) => view.into_cast_with(f, s).ok(),
        Op::SliceDim(d, s) => {
            if let Ok(mut part) = view.slice_dim_mut(*d, *s) {
                _ = part.set(0, 1);
            }
            Some(view)
        }
        Op::SubView(i) => {
            if let Ok(mut row) = view.sub_view_mut(*i) {
                _ = row.set_at(&[0], 1);
            }
            Some(view)
        }
        Op::Set(i, v) => {
            _ = view.set(*i, v.clone());
            Some(view)
        }
        Op::SetAt(i, v) => {
            _ = view.set_at(i, v.clone());
            Some(view)
        }
        Op::SetSlice(s) => {
            _ = view.set_slice(*s, source);
            _ = view.set_slice(*s, source.bytes());
            Some(view)
        }
        Op::CopyWithin(a, b) => {
            if affordable(view.shape()) {
                _ = view.copy_within(*a, *b);
            }
            Some(view)
        }
        other => {
            read_only_ops(&view, other);
            _ = view.to_readonly().diagram();
            Some(view)
        }
    }
}
