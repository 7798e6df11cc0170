//! Values: what an item reads as, printed exactly as Python prints it.
//!
//! `mv[0]` in Python gives an `int`, a `float`, a `bool` or a `bytes` object,
//! and `mv.tolist()` gives (nested) lists of them. [`Value`] is that small
//! family of Python objects. Its `Display` is Python's `repr`, so Rust and
//! Python print the same text: `[65, 66, 67]`, `[1.5, nan, inf]`,
//! `[True, False]`, `[b'a']`.

use super::pybytes::fmt_bytes_repr;
use std::fmt;

/// A Python value read from, or written to, a view.
///
/// ```
/// use memview::Value;
///
/// let row = Value::List(vec![Value::Int(1), Value::Float(2.5), Value::Bool(true)]);
/// assert_eq!(row.to_string(), "[1, 2.5, True]");
/// assert_eq!(Value::Bytes(b"a".to_vec()).to_string(), "b'a'");
/// assert_eq!(Value::Float(1e300).to_string(), "1e+300");
/// ```
#[derive(Debug, Clone)]
pub enum Value {
    /// A Python `int` (wide enough for every integer format).
    Int(i128),
    /// A Python `float`.
    Float(f64),
    /// A Python `bool`.
    Bool(bool),
    /// A Python `bytes` object (what a `c` item reads as).
    Bytes(Vec<u8>),
    /// A Python `list`, as `tolist()` returns.
    List(Vec<Value>),
}

impl Value {
    /// Python's truth value: `0`, `0.0`, `False`, `b''` and `[]` are false.
    ///
    /// ```
    /// use memview::Value;
    /// assert!(Value::Int(-3).is_truthy());
    /// assert!(!Value::Bytes(vec![]).is_truthy());
    /// ```
    pub fn is_truthy(&self) -> bool {
        match self {
            Value::Int(i) => *i != 0,
            Value::Float(x) => *x != 0.0,
            Value::Bool(b) => *b,
            Value::Bytes(b) => !b.is_empty(),
            Value::List(items) => !items.is_empty(),
        }
    }

    /// The number, if this is an `int` (or a `bool`, which Python counts as
    /// one).
    ///
    /// ```
    /// use memview::Value;
    /// assert_eq!(Value::Int(-3).as_int(), Some(-3));
    /// assert_eq!(Value::Bool(true).as_int(), Some(1));
    /// assert_eq!(Value::Float(2.0).as_int(), None);
    /// ```
    pub fn as_int(&self) -> Option<i128> {
        match *self {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i128::from(b)),
            _ => None,
        }
    }

    /// The name of the value's Python type: `type(x).__name__`.
    ///
    /// ```
    /// use memview::Value;
    /// assert_eq!(Value::Float(1.0).type_name(), "float"); // type(1.0).__name__
    /// assert_eq!(Value::Bytes(b"a".to_vec()).type_name(), "bytes");
    /// ```
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Bool(_) => "bool",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
        }
    }

    /// The number as a float, if this is a `float`, an `int` or a `bool`
    /// (as Python's `float(x)` converts them).
    ///
    /// ```
    /// use memview::Value;
    /// assert_eq!(Value::Float(1.5).as_float(), Some(1.5));
    /// assert_eq!(Value::Int(2).as_float(), Some(2.0));
    /// assert_eq!(Value::Bytes(b"a".to_vec()).as_float(), None);
    /// ```
    pub fn as_float(&self) -> Option<f64> {
        match *self {
            Value::Float(x) => Some(x),
            Value::Int(i) => Some(i as f64),
            Value::Bool(b) => Some(f64::from(u8::from(b))),
            _ => None,
        }
    }
}

/// Python's `repr`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        padded(f, Repr(self))
    }
}

/// Writes `repr`, padded as a whole when a width is given: `{:>6}` is
/// Python's `f'{repr(x):>6}'`.
pub(crate) fn padded(f: &mut fmt::Formatter<'_>, repr: impl fmt::Display) -> fmt::Result {
    match f.width() {
        Some(_) => f.pad(&repr.to_string()),
        None => repr.fmt(f),
    }
}

/// A value written as Python's `repr`, ignoring width and fill.
struct Repr<'a>(&'a Value);

impl fmt::Display for Repr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => f.write_str(&float_repr(*x)),
            Value::Bool(true) => f.write_str("True"),
            Value::Bool(false) => f.write_str("False"),
            Value::Bytes(b) => fmt_bytes_repr(b, f),
            Value::List(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    Repr(item).fmt(f)?;
                }
                f.write_str("]")
            }
        }
    }
}

/// Python's `repr(float)`: the shortest digits that read back to the same
/// number (and of those, the nearest to it), in positional notation for
/// exponents from -4 to 15 and in scientific notation (`1e+16`, `1e-05`)
/// outside it.
///
/// ```
/// use memview::float_repr;
/// assert_eq!(float_repr(0.1), "0.1");
/// assert_eq!(float_repr(2.0), "2.0");
/// assert_eq!(float_repr(1e16), "1e+16");
/// assert_eq!(float_repr(0.0001), "0.0001");
/// assert_eq!(float_repr(0.00001), "1e-05");
/// assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
/// // 17 digits are needed, and ...812 is nearer the float than ...813:
/// assert_eq!(float_repr(f64::from(-174.13528442382812f32)), "-174.13528442382812");
/// ```
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = shortest_nearest(x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        if point <= 0 {
            let zeros = "0".repeat(point.unsigned_abs() as usize);
            format!("{sign}0.{zeros}{digits}")
        } else if point as usize >= digits.len() {
            let zeros = "0".repeat(point as usize - digits.len());
            format!("{sign}{digits}{zeros}.0")
        } else {
            let (int, frac) = digits.split_at(point as usize);
            format!("{sign}{int}.{frac}")
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{dot}{rest}e{esign}{:02}", exp.unsigned_abs())
    }
}

/// `x` in scientific notation (`"-1.2345e-7"`) with the fewest significant
/// digits that read back to `x`, and of the strings with that many digits
/// the one nearest to `x`, as Python's `repr` (David Gay's `dtoa`) chooses.
fn shortest_nearest(x: f64) -> String {
    // Rust's `{:e}` gives the fewest digits, but not always the nearest of
    // them: when two candidates round-trip, it may pick the farther one.
    let shortest = format!("{x:e}");
    let digits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    // With a precision, Rust rounds the exact value: the nearest string of
    // that many digits. It reads back to `x` unless `x` sits next to a power
    // of two, where the gap below is half the gap above.
    let nearest = format!("{x:.*e}", digits.saturating_sub(1));
    match nearest.parse::<f64>() {
        Ok(back) if back == x => nearest,
        _ => shortest,
    }
}

macro_rules! int_values {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(i: $t) -> Value {
                Value::Int(i128::from(i))
            }
        }
    )*};
}
int_values!(i8, u8, i16, u16, i32, u32, i64, u64);

impl From<isize> for Value {
    fn from(i: isize) -> Value {
        Value::Int(i as i128)
    }
}

impl From<usize> for Value {
    fn from(i: usize) -> Value {
        Value::Int(i as i128)
    }
}

impl From<i128> for Value {
    fn from(i: i128) -> Value {
        Value::Int(i)
    }
}

impl From<f32> for Value {
    fn from(x: f32) -> Value {
        Value::Float(f64::from(x))
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Value {
        Value::Float(x)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<&[u8]> for Value {
    fn from(b: &[u8]) -> Value {
        Value::Bytes(b.to_vec())
    }
}

impl<const N: usize> From<&[u8; N]> for Value {
    fn from(b: &[u8; N]) -> Value {
        Value::Bytes(b.to_vec())
    }
}

impl From<Vec<u8>> for Value {
    fn from(b: Vec<u8>) -> Value {
        Value::Bytes(b)
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Value {
        Value::List(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python_repr() {
        let cases = [
            (1.5, "1.5"),
            (0.10000000149011612, "0.10000000149011612"),
            (-0.0, "-0.0"),
            (1e15, "1000000000000000.0"),
            (1.5e16, "1.5e+16"),
            (123456789.125, "123456789.125"),
            (1e-4, "0.0001"),
            (1.25e-5, "1.25e-05"),
            (1e300, "1e+300"),
            (5e-324, "5e-324"),
            (f64::NAN, "nan"),
            (f64::INFINITY, "inf"),
            // Two 17-digit strings read back to these; Python prints the nearer.
            (-174.13528442382812, "-174.13528442382812"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn width_pads_the_whole_repr() {
        let list = Value::List(vec![Value::Int(1), Value::Float(0.5)]);
        assert_eq!(format!("[{:>10}]", list), "[  [1, 0.5]]");
        assert_eq!(format!("[{:<5}]", Value::Bool(true)), "[True ]");
    }
}
