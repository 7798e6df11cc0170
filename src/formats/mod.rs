//! Items and formats: what one item of a view is, and how its bytes become a
//! Python value.
//!
//! A buffer's `format` is a string in the syntax of Python's `struct`
//! module. This folder is the book's chapter *Items and formats*:
//!
//! - [`native`]: the native single-character formats (`B`, `i`, `d`, `e`, …)
//!   in one table: code, C type, size, alignment, kind, standard size;
//! - [`structs`]: the grammar of any `struct` format (`'<i'`, `'2h'`,
//!   `'@bi'`) and its size, `struct.calcsize`;
//! - [`pack`]: one native item's bytes to a [`Value`] and back;
//! - [`unpack`]: an item of any `struct` format, as `struct.unpack_from`;
//! - [`equality`]: Python's `==` on items (NaN is not equal to itself);
//! - [`value`]: [`Value`], the Python objects items read as, and `repr`;
//! - [`list`]: [`List`], what `tolist()` gives, its numbers kept as numbers;
//! - [`pybytes`]: [`Bytes`], Python's `bytes`, printed as Python prints it.

pub mod equality;
pub mod list;
pub mod native;
pub mod pack;
pub mod pybytes;
pub mod structs;
pub mod unpack;
pub mod value;

pub use list::List;
pub use native::ItemFormat;
pub use pybytes::{Bytes, bytearray_repr};
pub use value::{Value, float_repr};
