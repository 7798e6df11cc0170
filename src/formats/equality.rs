//! Python's `==` on items: compared as values, never as bytes.
//!
//! This is the one place that says when two items are equal. Python compares
//! numbers by value: `1 == 1.0 == True`, and a `bytes` item never equals a
//! number (`b'a' != 97`). Floats follow IEEE 754: NaN is not equal to
//! anything, itself included, and `-0.0 == 0.0`. So two views holding the
//! same NaN bytes are *not* equal, and two float views can be equal while
//! their bytes differ. CPython's `memory_richcompare` says why it cannot
//! compare bytes with `memcmp`: "it would give incorrect results in the case
//! of NaNs or uninitialized padding bytes".

use super::native::{ItemFormat, Kind};
use super::pack::float_of;
use super::value::Value;

/// Whether two items of the same native format, given as their bytes, are
/// equal as Python compares them. Floats are compared as floats (NaN is not
/// equal to itself); every other native format is equal exactly when its
/// bytes are (C compares two `_Bool`s as the bytes they hold, so a `?` byte
/// of 2 is not equal to one of 1).
#[inline]
pub(crate) fn native_items_equal(format: ItemFormat, x: &[u8], y: &[u8]) -> bool {
    match format.kind() {
        Kind::Float => float_of(x) == float_of(y),
        _ => x == y,
    }
}

/// Whether two runs of items of the same native format, back to back, are
/// equal item by item as [`native_items_equal`] says. Integers compare as
/// bytes at once; floats of 4 and 8 bytes in blocks without an early exit
/// inside a block, which the compiler turns into vector compares.
pub(crate) fn native_runs_equal(format: ItemFormat, x: &[u8], y: &[u8]) -> bool {
    match (format.kind(), format.size()) {
        (Kind::Float, 8) => floats_equal::<8>(x, y, f64::from_ne_bytes),
        (Kind::Float, 4) => floats_equal::<4>(x, y, |b| f64::from(f32::from_ne_bytes(b))),
        (Kind::Float, size) => {
            let mut items = x.chunks_exact(size).zip(y.chunks_exact(size));
            x.len() == y.len() && items.all(|(p, q)| native_items_equal(format, p, q))
        }
        _ => x == y,
    }
}

/// Floats of `N` bytes compared as floats, 64 at a time.
fn floats_equal<const N: usize>(x: &[u8], y: &[u8], read: fn([u8; N]) -> f64) -> bool {
    let (xs, ys) = (x.as_chunks::<N>().0, y.as_chunks::<N>().0);
    xs.len() == ys.len()
        && xs.chunks(64).zip(ys.chunks(64)).all(|(a, b)| {
            a.iter()
                .zip(b)
                .fold(true, |equal, (p, q)| equal & (read(*p) == read(*q)))
        })
}

/// An `int` or a `float`, for Python's mixed comparisons.
#[derive(Clone, Copy)]
enum Number {
    Int(i128),
    Float(f64),
}

impl Value {
    /// The number as Python's numeric tower sees it: `bool` is an `int`.
    fn as_number(&self) -> Option<Number> {
        match *self {
            Value::Int(i) => Some(Number::Int(i)),
            Value::Bool(b) => Some(Number::Int(i128::from(b))),
            Value::Float(x) => Some(Number::Float(x)),
            _ => None,
        }
    }
}

impl Number {
    fn equals(self, other: Number) -> bool {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => a == b,
            (Number::Float(a), Number::Float(b)) => a == b,
            (Number::Int(i), Number::Float(x)) | (Number::Float(x), Number::Int(i)) => {
                int_equals_float(i, x)
            }
        }
    }
}

/// Python compares an `int` with a `float` exactly, not by rounding the int.
fn int_equals_float(i: i128, x: f64) -> bool {
    // Every integral f64 with magnitude below 2**127 converts to i128 exactly.
    x.is_finite() && x.fract() == 0.0 && x.abs() < 2f64.powi(127) && x as i128 == i
}

/// Python's `==`: `1 == 1.0 == True`, `nan != nan`, `b'a' != 97`.
///
/// ```
/// use memview::Value;
/// assert_eq!(Value::Int(1), Value::Float(1.0));
/// assert_ne!(Value::Float(f64::NAN), Value::Float(f64::NAN));
/// assert_ne!(Value::Bytes(b"a".to_vec()), Value::Int(97));
/// ```
impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            (Value::List(a), Value::List(b)) => a == b,
            _ => match (self.as_number(), other.as_number()) {
                (Some(a), Some(b)) => a.equals(b),
                _ => false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_like_python() {
        assert_eq!(Value::Int(1), Value::Float(1.0));
        assert_eq!(Value::Bool(true), Value::Int(1));
        assert_ne!(Value::Float(f64::NAN), Value::Float(f64::NAN));
        assert_eq!(Value::Float(-0.0), Value::Float(0.0));
        assert_ne!(Value::Bytes(b"a".to_vec()), Value::Int(97));
        assert_ne!(Value::Int(i128::MAX), Value::Float(1.7e38));
        assert_eq!(Value::Int(1 << 100), Value::Float(2f64.powi(100)));
        assert_ne!(Value::Int(1), Value::Float(1.5));
    }

    #[test]
    fn runs_compare_like_their_items() {
        let run = |xs: &[f64]| xs.iter().flat_map(|x| x.to_ne_bytes()).collect::<Vec<u8>>();
        let ones = run(&[1.0; 200]);
        let mut last_nan = ones.clone();
        last_nan[199 * 8..].copy_from_slice(&f64::NAN.to_ne_bytes());
        assert!(native_runs_equal(ItemFormat::Double, &ones, &ones));
        assert!(!native_runs_equal(ItemFormat::Double, &last_nan, &last_nan));
        assert!(native_runs_equal(
            ItemFormat::Double,
            &run(&[0.0]),
            &run(&[-0.0])
        ));
        let floats = |xs: &[f32]| xs.iter().flat_map(|x| x.to_ne_bytes()).collect::<Vec<u8>>();
        assert!(!native_runs_equal(
            ItemFormat::Float,
            &floats(&[f32::NAN]),
            &floats(&[f32::NAN])
        ));
        let half_nan = 0x7e00u16.to_ne_bytes();
        assert!(!native_runs_equal(ItemFormat::Half, &half_nan, &half_nan));
        assert!(native_runs_equal(
            ItemFormat::Int,
            &[1, 0, 0, 0],
            &[1, 0, 0, 0]
        ));
    }

    #[test]
    fn native_items_compare_floats_as_floats_and_the_rest_as_bytes() {
        let nan = f64::NAN.to_ne_bytes();
        assert!(!native_items_equal(ItemFormat::Double, &nan, &nan));
        let (zero, minus_zero) = (0f32.to_ne_bytes(), (-0f32).to_ne_bytes());
        assert!(native_items_equal(ItemFormat::Float, &zero, &minus_zero));
        let half_nan = 0x7e00u16.to_ne_bytes();
        assert!(!native_items_equal(ItemFormat::Half, &half_nan, &half_nan));
        assert!(!native_items_equal(ItemFormat::Bool, &[1], &[2]));
        assert!(native_items_equal(
            ItemFormat::Int,
            &[1, 0, 0, 0],
            &[1, 0, 0, 0]
        ));
    }
}
