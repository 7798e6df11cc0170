//! Packing and unpacking: the bytes of one item turned into a [`Value`] and back.
//!
//! This is `struct.unpack` and `struct.pack` for a single item. A native item
//! is read by its [kind](super::native) and size, in the machine's byte
//! order, with no alignment needed. Writing checks the value the way
//! memoryview does: out of range for the format is a `ValueError`, of the
//! wrong type a `TypeError` (`memoryview: invalid value for format 'B'`).
//!
//! Views of other `struct` formats (`'<i'`, `'ii'`) cannot be indexed, but
//! they can be compared: [`unpack`](super::unpack) reads their items as
//! `struct.unpack_from` does.

use super::native::{ItemFormat, Kind};
use super::value::Value;
use crate::error::{Error, Result};

/// The first `N` bytes of `bytes` as an array. Callers pass an item's
/// bytes, which a view's layout keeps inside its buffer; a short slice reads
/// as zeros rather than panicking.
#[inline]
pub(crate) fn fixed<const N: usize>(bytes: &[u8]) -> [u8; N] {
    bytes.first_chunk::<N>().copied().unwrap_or([0; N])
}

/// Reads one item of `format` from its bytes.
#[inline(always)]
pub(crate) fn unpack(format: ItemFormat, bytes: &[u8]) -> Value {
    unpack_sized(format.kind(), format.size(), bytes)
}

/// Reads one value of `kind` that is `size` bytes long (1, 2, 4 or 8).
#[inline(always)]
pub(crate) fn unpack_sized(kind: Kind, size: usize, bytes: &[u8]) -> Value {
    match kind {
        Kind::Char => Value::Bytes(bytes.get(..1).unwrap_or_default().to_vec()),
        Kind::Bool => Value::Bool(fixed::<1>(bytes)[0] != 0),
        Kind::Signed => Value::Int(match size {
            1 => i128::from(i8::from_ne_bytes(fixed(bytes))),
            2 => i128::from(i16::from_ne_bytes(fixed(bytes))),
            4 => i128::from(i32::from_ne_bytes(fixed(bytes))),
            _ => i128::from(i64::from_ne_bytes(fixed(bytes))),
        }),
        Kind::Unsigned | Kind::Pointer => Value::Int(match size {
            1 => i128::from(bytes.first().copied().unwrap_or(0)),
            2 => i128::from(u16::from_ne_bytes(fixed(bytes))),
            4 => i128::from(u32::from_ne_bytes(fixed(bytes))),
            _ => i128::from(u64::from_ne_bytes(fixed(bytes))),
        }),
        Kind::Float => Value::Float(float_of(bytes.get(..size).unwrap_or(bytes))),
    }
}

/// Writes `value` as one item of `format` into `out` (the item's bytes).
///
/// # Errors
/// `TypeError: memoryview: invalid type for format 'B'` for a value of the
/// wrong kind, `ValueError: memoryview: invalid value for format 'B'` for one
/// out of range.
pub(crate) fn pack(format: ItemFormat, value: &Value, out: &mut [u8]) -> Result<()> {
    let code = format.code();
    let invalid_value =
        || Error::value_error(format!("memoryview: invalid value for format '{code}'"));
    let invalid_type =
        || Error::type_error(format!("memoryview: invalid type for format '{code}'"));
    let mut item = [0u8; 8];
    let size = format.size();
    match format.kind() {
        Kind::Char => match value {
            Value::Bytes(b) if b.len() == 1 => item[0] = b[0],
            Value::Bytes(_) => return Err(invalid_value()),
            _ => return Err(invalid_type()),
        },
        Kind::Bool => item[0] = u8::from(value.is_truthy()),
        Kind::Float => {
            let x = value.as_float().ok_or_else(invalid_type)?;
            match size {
                2 => item[..2]
                    .copy_from_slice(&f64_to_half(x).ok_or_else(invalid_value)?.to_ne_bytes()),
                // Like C (and CPython), a float too large for `f` becomes inf.
                4 => item[..4].copy_from_slice(&(x as f32).to_ne_bytes()),
                _ => item = x.to_ne_bytes(),
            }
        }
        kind @ (Kind::Signed | Kind::Unsigned | Kind::Pointer) => {
            let i = value.as_int().ok_or_else(invalid_type)?;
            if !int_fits(kind, size, i) {
                return Err(invalid_value());
            }
            // Two's complement, cut to the item's size in the machine's order.
            let little = (i as u128).to_le_bytes();
            item[..size].copy_from_slice(&little[..size]);
            if cfg!(target_endian = "big") {
                item[..size].reverse();
            }
        }
    }
    match out.get_mut(..size) {
        Some(dst) => {
            dst.copy_from_slice(&item[..size]);
            Ok(())
        }
        None => Err(invalid_value()),
    }
}

/// Whether integer `i` fits an item of `kind` that is `size` bytes long.
fn int_fits(kind: Kind, size: usize, i: i128) -> bool {
    let bits = 8 * size as u32;
    let (signed_min, unsigned_end) = (-(1i128 << (bits - 1)), 1i128 << bits);
    match kind {
        Kind::Signed => signed_min <= i && i < -signed_min,
        Kind::Unsigned => 0 <= i && i < unsigned_end,
        // PyLong_AsVoidPtr takes negative numbers too: -1 is stored as all ones.
        _ => signed_min <= i && i < unsigned_end,
    }
}

/// A float item of 2, 4 or 8 bytes, widened exactly to `f64`.
#[inline]
pub(crate) fn float_of(bytes: &[u8]) -> f64 {
    match *bytes {
        [a, b] => half_to_f64(u16::from_ne_bytes([a, b])),
        [a, b, c, d] => f64::from(f32::from_ne_bytes([a, b, c, d])),
        _ => f64::from_ne_bytes(fixed(bytes)),
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
        assert_eq!(
            unpack(ItemFormat::Float, &out[..4]),
            Value::Float(f64::INFINITY)
        );
        pack(ItemFormat::Short, &Value::Bool(true), &mut out).unwrap();
        assert_eq!(unpack(ItemFormat::Short, &out[..2]), Value::Int(1));
        for (format, lowest, highest) in [
            (ItemFormat::SignedChar, -128, 127),
            (ItemFormat::UnsignedShort, 0, 65535),
            (ItemFormat::LongLong, i64::MIN.into(), i64::MAX.into()),
            (ItemFormat::UnsignedLongLong, 0, u64::MAX.into()),
        ] {
            for (i, fits) in [
                (lowest - 1, false),
                (lowest, true),
                (highest, true),
                (highest + 1, false),
            ] {
                let packed = pack(format, &Value::Int(i), &mut out);
                assert_eq!(packed.is_ok(), fits, "{format:?} {i}");
                if fits {
                    assert_eq!(unpack(format, &out[..format.size()]), Value::Int(i));
                }
            }
        }
    }
}
