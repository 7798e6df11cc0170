//! Lists: what `tolist()` gives, with its numbers stored as numbers.
//!
//! Python's `mv.tolist()` builds a list of Python objects: one pointer per
//! item, to an `int` or a `float` object. A [`List`] holds the same items in
//! C order as one vector of plain numbers (`i64`, `u64`, `f64`, `bool`, or
//! bytes for a `c` view) and the shape that nests them, and prints exactly
//! as Python prints the list. Reading an item out gives the [`Value`] Python
//! would have put there.

use super::value::{Value, padded};
use std::fmt;

/// The items of a view, as `tolist()` gives them: nested lists for an N-D
/// view, a single item for a 0-dimensional one. It prints as Python prints
/// the list.
///
/// ```
/// use memview::View;
/// let data: Vec<u8> = (1..=6).collect();
/// let grid = View::new(&data)?.cast_with("B", &[2, 3])?;
/// let list = grid.to_list()?;                       // x.tolist()
/// assert_eq!(list.to_string(), "[[1, 2, 3], [4, 5, 6]]");
/// assert_eq!(list.shape(), &[2, 3]);
/// assert_eq!(list.item(4).map(|v| v.to_string()), Some("5".into())); // x.tolist()[1][1]
/// assert_eq!(format!("{:>10}", View::new(b"ab")?.to_list()?), "  [97, 98]");
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct List {
    shape: Vec<usize>,
    items: Items,
}

/// The items in C order, each kind of number in a vector of its own.
#[derive(Debug, Clone)]
pub(crate) enum Items {
    /// Signed integers (`b h i l q n`), widened.
    Int(Vec<i64>),
    /// Unsigned integers and addresses (`B H I L Q N P`), widened.
    UInt(Vec<u64>),
    /// Floats (`e f d`), widened exactly.
    Float(Vec<f64>),
    /// `?` items.
    Bool(Vec<bool>),
    /// `c` items: each a `bytes` of length 1.
    Char(Vec<u8>),
}

impl List {
    /// The list of `items` (in C order) nested as `shape`.
    pub(crate) fn new(shape: &[usize], items: Items) -> List {
        List {
            shape: shape.to_vec(),
            items,
        }
    }

    /// How the lists nest: the view's shape (empty for a single item).
    ///
    /// ```
    /// let view = memview::View::new(b"ab")?;
    /// assert_eq!(view.to_list()?.shape(), &[2]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// Item `k` in C order, as the Python value `tolist()` put there, or
    /// `None` past the end.
    ///
    /// ```
    /// let view = memview::View::new(&[1.5f64, 2.5])?;
    /// assert_eq!(view.to_list()?.item(1).map(|v| v.to_string()), Some("2.5".into()));
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn item(&self, k: usize) -> Option<Value> {
        Some(match &self.items {
            Items::Int(v) => Value::from(*v.get(k)?),
            Items::UInt(v) => Value::from(*v.get(k)?),
            Items::Float(v) => Value::Float(*v.get(k)?),
            Items::Bool(v) => Value::Bool(*v.get(k)?),
            Items::Char(v) => Value::Bytes(vec![*v.get(k)?]),
        })
    }

    /// The list as nested [`Value`]s: `Value::List` of `Value::List`s, or
    /// the single item of a 0-d view.
    ///
    /// ```
    /// use memview::{Value, View};
    /// let list = View::new(b"ab")?.to_list()?.to_value();
    /// assert!(matches!(list, Value::List(ref items) if items.len() == 2));
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_value(&self) -> Value {
        self.value_at(&self.shape, 0)
    }

    /// The nested value of the block of `dims` whose first item is `start`.
    fn value_at(&self, dims: &[usize], start: usize) -> Value {
        match dims.split_first() {
            None => self.item(start).unwrap_or(Value::List(Vec::new())),
            Some((&n, inner)) => {
                let block = items_in(inner);
                Value::List(
                    (0..n)
                        .map(|i| {
                            self.value_at(inner, start.saturating_add(i.saturating_mul(block)))
                        })
                        .collect(),
                )
            }
        }
    }

    /// Writes the block of `dims` whose first item is `start`, as Python.
    fn fmt_at(&self, f: &mut fmt::Formatter<'_>, dims: &[usize], start: usize) -> fmt::Result {
        match dims.split_first() {
            None => match self.item(start) {
                Some(item) => write!(f, "{item}"),
                None => f.write_str("[]"),
            },
            Some((&n, inner)) => {
                let block = items_in(inner);
                f.write_str("[")?;
                for i in 0..n {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    self.fmt_at(f, inner, start.saturating_add(i.saturating_mul(block)))?;
                }
                f.write_str("]")
            }
        }
    }
}

/// How many items a block of `dims` holds; a shape with a 0 holds none,
/// however large its other dimensions (so the product saturates).
fn items_in(dims: &[usize]) -> usize {
    dims.iter().fold(1, |count, &n| count.saturating_mul(n))
}

/// Python's `repr` of the list: `[[1, 2], [3, 4]]`, `[1.5, nan]`, `[b'a']`.
impl fmt::Display for List {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        padded(f, Repr(self))
    }
}

/// A list written as Python's `repr`, ignoring width and fill.
struct Repr<'a>(&'a List);

impl fmt::Display for Repr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_at(f, &self.0.shape, 0)
    }
}

/// The nested values: [`List::to_value`].
impl From<List> for Value {
    fn from(list: List) -> Value {
        list.to_value()
    }
}
