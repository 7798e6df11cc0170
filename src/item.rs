//! Items: turning the bytes of one item into a [`Value`] and back.
//!
//! This is `struct.unpack` and `struct.pack` for a single native item, with
//! memoryview's own checks on the way in: a value out of range for the format
//! is a `ValueError`, a value of the wrong type a `TypeError`
//! (`memoryview: invalid value for format 'B'`). Bytes are read in the
//! machine's byte order, with no alignment needed.

use crate::error::{Error, Result};
use crate::format::ItemFormat;
use crate::value::Value;
use std::ffi::{c_long, c_ulong};
use std::mem::size_of;

/// The first `N` bytes of an item as an array. Callers pass exactly the
/// item's bytes; a short slice reads as zeros rather than panicking.
fn chunk<const N: usize>(bytes: &[u8]) -> [u8; N] {
    bytes.first_chunk::<N>().copied().unwrap_or([0; N])
}

/// Reads one item of `format` from its bytes.
#[inline]
pub(crate) fn unpack(format: ItemFormat, bytes: &[u8]) -> Value {
    use ItemFormat as F;
    const LONG: usize = size_of::<c_long>();
    const WORD: usize = size_of::<usize>();
    match format {
        F::Char => Value::Bytes(bytes.get(..1).unwrap_or_default().to_vec()),
        F::SignedChar => Value::from(i8::from_ne_bytes(chunk(bytes))),
        F::UnsignedChar => Value::from(chunk::<1>(bytes)[0]),
        F::Bool => Value::Bool(chunk::<1>(bytes)[0] != 0),
        F::Short => Value::from(i16::from_ne_bytes(chunk(bytes))),
        F::UnsignedShort => Value::from(u16::from_ne_bytes(chunk(bytes))),
        F::Int => Value::from(i32::from_ne_bytes(chunk(bytes))),
        F::UnsignedInt => Value::from(u32::from_ne_bytes(chunk(bytes))),
        F::Long => Value::from(c_long::from_ne_bytes(chunk::<LONG>(bytes))),
        F::UnsignedLong => Value::from(c_ulong::from_ne_bytes(chunk::<LONG>(bytes))),
        F::LongLong => Value::from(i64::from_ne_bytes(chunk(bytes))),
        F::UnsignedLongLong => Value::from(u64::from_ne_bytes(chunk(bytes))),
        F::SSize => Value::from(isize::from_ne_bytes(chunk::<WORD>(bytes))),
        F::Size | F::Pointer => Value::from(usize::from_ne_bytes(chunk::<WORD>(bytes))),
        F::Half => Value::Float(half_to_f64(u16::from_ne_bytes(chunk(bytes)))),
        F::Float => Value::from(f32::from_ne_bytes(chunk(bytes))),
        F::Double => Value::Float(f64::from_ne_bytes(chunk(bytes))),
    }
}

/// Writes `value` as one item of `format` into `out` (the item's bytes).
///
/// # Errors
/// `TypeError: memoryview: invalid type for format 'B'` for a value of the
/// wrong kind, `ValueError: memoryview: invalid value for format 'B'` for one
/// out of range.
pub(crate) fn pack(format: ItemFormat, value: &Value, out: &mut [u8]) -> Result<()> {
    use ItemFormat as F;
    let code = format.code();
    let invalid_value =
        || Error::value_error(format!("memoryview: invalid value for format '{code}'"));
    let invalid_type =
        || Error::type_error(format!("memoryview: invalid type for format '{code}'"));
    let bytes: Vec<u8> = match format {
        F::Char => match value {
            Value::Bytes(b) if b.len() == 1 => b.clone(),
            Value::Bytes(_) => return Err(invalid_value()),
            _ => return Err(invalid_type()),
        },
        F::Bool => vec![u8::from(value.is_truthy())],
        F::Half | F::Float | F::Double => {
            let x = match *value {
                Value::Float(x) => x,
                Value::Int(i) => i as f64,
                Value::Bool(b) => f64::from(u8::from(b)),
                _ => return Err(invalid_type()),
            };
            match format {
                F::Half => f64_to_half(x)
                    .ok_or_else(invalid_value)?
                    .to_ne_bytes()
                    .to_vec(),
                // Like C (and CPython), a float too large for `f` becomes inf.
                F::Float => (x as f32).to_ne_bytes().to_vec(),
                _ => x.to_ne_bytes().to_vec(),
            }
        }
        _ => {
            let i = match *value {
                Value::Int(i) => i,
                Value::Bool(b) => i128::from(b),
                _ => return Err(invalid_type()),
            };
            int_bytes(format, i).ok_or_else(invalid_value)?
        }
    };
    match out.get_mut(..bytes.len()) {
        Some(dst) => {
            dst.copy_from_slice(&bytes);
            Ok(())
        }
        None => Err(invalid_value()),
    }
}

/// The bytes of integer `i` as an item of `format`, if it is in range.
fn int_bytes(format: ItemFormat, i: i128) -> Option<Vec<u8>> {
    use ItemFormat as F;
    fn fit<T: TryFrom<i128>>(i: i128, to_bytes: impl Fn(T) -> Vec<u8>) -> Option<Vec<u8>> {
        T::try_from(i).ok().map(to_bytes)
    }
    match format {
        F::SignedChar => fit(i, |v: i8| v.to_ne_bytes().to_vec()),
        F::UnsignedChar => fit(i, |v: u8| vec![v]),
        F::Short => fit(i, |v: i16| v.to_ne_bytes().to_vec()),
        F::UnsignedShort => fit(i, |v: u16| v.to_ne_bytes().to_vec()),
        F::Int => fit(i, |v: i32| v.to_ne_bytes().to_vec()),
        F::UnsignedInt => fit(i, |v: u32| v.to_ne_bytes().to_vec()),
        F::Long => fit(i, |v: c_long| v.to_ne_bytes().to_vec()),
        F::UnsignedLong => fit(i, |v: c_ulong| v.to_ne_bytes().to_vec()),
        F::LongLong => fit(i, |v: i64| v.to_ne_bytes().to_vec()),
        F::UnsignedLongLong => fit(i, |v: u64| v.to_ne_bytes().to_vec()),
        F::SSize => fit(i, |v: isize| v.to_ne_bytes().to_vec()),
        F::Size => fit(i, |v: usize| v.to_ne_bytes().to_vec()),
        // PyLong_AsVoidPtr takes negative numbers too: -1 is stored as all ones.
        F::Pointer => fit(i, |v: usize| v.to_ne_bytes().to_vec())
            .or_else(|| fit(i, |v: isize| v.to_ne_bytes().to_vec())),
        _ => None,
    }
}

/// An IEEE 754 half-precision number, widened exactly to `f64`.
pub(crate) fn half_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let fraction = f64::from(bits & 0x3ff);
    sign * match exponent {
        0 => fraction * 2f64.powi(-24),
        31 if fraction == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + fraction / 1024.0) * 2f64.powi(exponent - 15),
    }
}

/// `x` rounded to the nearest half-precision number (ties to even), or `None`
/// if it is too large, as CPython's `PyFloat_Pack2` refuses it.
pub(crate) fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < 2f64.powi(-14) {
        // Subnormal: steps of 2**-24. Rounding up to 1024 steps gives the
        // smallest normal number, whose bits are exactly 1024.
        return Some(sign | (a * 2f64.powi(24)).round_ties_even() as u16);
    }
    let mut exponent = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut fraction = ((a / 2f64.powi(exponent) - 1.0) * 1024.0).round_ties_even();
    if fraction >= 1024.0 {
        fraction = 0.0;
        exponent += 1;
    }
    if exponent > 15 {
        return None;
    }
    Some(sign | (((exponent + 15) as u16) << 10) | fraction as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip_and_round_like_cpython() {
        for bits in (0..=u16::MAX).filter(|b| b & 0x7c00 != 0x7c00 || b & 0x3ff == 0) {
            assert_eq!(f64_to_half(half_to_f64(bits)), Some(bits), "{bits:#06x}");
        }
        assert_eq!(half_to_f64(0x3c00), 1.0);
        assert_eq!(f64_to_half(65504.0), Some(0x7bff));
        assert_eq!(f64_to_half(65519.0), Some(0x7bff));
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(1e10), None);
        assert_eq!(f64_to_half(1.0 + 2f64.powi(-11)), Some(0x3c00)); // tie to even
        assert!(half_to_f64(0x7e00).is_nan());
    }

    #[test]
    fn packing_checks_range_and_type_with_cpythons_messages() {
        let mut out = [0u8; 8];
        let err = pack(ItemFormat::UnsignedChar, &Value::Int(256), &mut out).unwrap_err();
        assert_eq!(
            format!("{err:#}"),
            "ValueError: memoryview: invalid value for format 'B'"
        );
        let err = pack(ItemFormat::UnsignedChar, &Value::Float(1.5), &mut out).unwrap_err();
        assert_eq!(
            format!("{err:#}"),
            "TypeError: memoryview: invalid type for format 'B'"
        );
        let err = pack(ItemFormat::Char, &Value::Bytes(b"xy".to_vec()), &mut out).unwrap_err();
        assert_eq!(err.message(), "memoryview: invalid value for format 'c'");
        pack(ItemFormat::Pointer, &Value::Int(-1), &mut out).unwrap();
        assert_eq!(out, [0xff; 8]);
        pack(ItemFormat::Float, &Value::Float(1e300), &mut out).unwrap();
        assert_eq!(unpack(ItemFormat::Float, &out), Value::Float(f64::INFINITY));
        pack(ItemFormat::Short, &Value::Bool(true), &mut out).unwrap();
        assert_eq!(unpack(ItemFormat::Short, &out), Value::Int(1));
    }
}
