//! # memview: Python's `memoryview`, rebuilt in safe Rust
//!
//! A `memoryview` lets Python code read and write another object's memory
//! without copying it, through the *buffer protocol*. memview is the same
//! machine, small enough to read in an evening, with CPython's results and
//! CPython's error messages. It is the library behind the memview workbook.
//!
//! | Python                                   | memview                                    |
//! |------------------------------------------|--------------------------------------------|
//! | an object with the buffer protocol       | a type that implements [`Exporter`]        |
//! | `memoryview(b'abc')`                     | [`View::new`]`(b"abc")?`                   |
//! | `memoryview(bytearray(b'abc'))`          | [`ViewMut::new`]`(&mut vec)?`              |
//! | `mv[1]`, `mv[-1]`, `mv[1, 2]`            | `mv.get(1)?`, `mv.get(-1)?`, `mv.get_at(&[1, 2])?` |
//! | `mv[1:5:2]`, `mv[::-1]`                  | `mv.slice((1..5, 2))?`, `mv.slice((.., -1))?` |
//! | `mv[0] = 65`                             | `mv.set(0, 65)?`                           |
//! | `mv.tobytes()`, `mv.tolist()`, `mv.hex()`| `mv.to_bytes()?`, `mv.to_list()?`, `mv.hex()?` |
//! | `mv.tobytes('F')`, `mv.hex(':', 2)`      | `mv.to_bytes_with(Order::F)?`, `mv.hex_with(':', 2)?` |
//! | `mv.cast('i')`, `mv.cast('B', [2, 3])`   | `mv.cast("i")?`, `mv.cast_with("B", &[2, 3])?` |
//! | `for x in mv`, `reversed(mv)`, `x in mv` | `mv.try_iter()?`, `mv.try_reversed()?`, `mv.contains(x)?` |
//! | `mv.release()`                           | `mv.release()` or `drop(mv)`               |
//! | an exception                             | `Err(`[`Error`]`)`, naming the exception   |
//!
//! ```
//! use memview::ViewMut;
//!
//! let mut data = b"ABC".to_vec();          // ba = bytearray('ABC', 'utf-8')
//! let mut mv = ViewMut::new(&mut data)?;   // mv = memoryview(ba)
//! assert_eq!(mv.get(0)?.to_string(), "65");                       // mv[0]
//! assert_eq!(mv.slice(0..2)?.to_bytes()?.to_string(), "b'AB'");    // bytes(mv[0:2])
//! assert_eq!(mv.slice(0..3)?.to_list()?.to_string(), "[65, 66, 67]"); // list(mv[0:3])
//! mv.set(1, 90)?;                          // mv[1] = 90
//! drop(mv);
//! assert_eq!(memview::bytearray_repr(&data), "bytearray(b'AZC')");
//! # Ok::<(), memview::Error>(())
//! ```
//!
//! ## Names
//!
//! A method named after a Python one does what it does. Its variants follow
//! five rules:
//!
//! - **`_with`**: the Python call with its optional arguments:
//!   [`cast_with`](ViewOf::cast_with) is `cast(format, shape)`,
//!   [`to_bytes_with`](ViewOf::to_bytes_with) is `tobytes(order)`,
//!   [`hex_with`](ViewOf::hex_with) is `hex(sep, bytes_per_sep)`.
//! - **`_at`**: at a full index, one number per dimension (`mv[i, j]`):
//!   [`get_at`](ViewOf::get_at), [`set_at`](ViewMut::set_at).
//! - **`_dim`**: along any dimension, where CPython works on the first only
//!   (an extension): [`slice_dim`](ViewOf::slice_dim).
//! - **`_mut`** and **`into_`**: a view made from a view comes in three
//!   faces, as ndarray's methods do: `slice(&self)` gives a read-only view
//!   borrowing this one, `slice_mut(&mut self)` a writable one (on a
//!   [`ViewMut`]), and `into_slice(self)` consumes this view and keeps its
//!   kind. Every operation of [`views::derive`](mod@views::derive) has all three.
//! - **`try_`**: an iterator whose making can fail, as `iter(mv)` can raise.
//!
//! ## Reading order
//!
//! The modules follow the book's chapters: [`protocol`] (the buffer protocol,
//! and your own exporter), [`views`] (views, the read-only rules), [`copy`]
//! (copy-avoidance), [`formats`] (items and formats), [`shape`] (shape and
//! strides), then [`diagram`] (pictures of layouts) and [`error`].
//!
//! Each rule of `memoryview` is written once, in the file that holds its
//! concept:
//!
//! | the rule | lives in |
//! |---|---|
//! | where item `[i, j]` is: `offset + i·strides[0] + j·strides[1]` | `src/shape/offset.rs` ([`Layout::offset_of`]) |
//! | visiting every item in C or Fortran order | `src/shape/walk.rs` |
//! | `start:stop:step`, clamped as Python clamps it | `src/shape/slice.rs` ([`Slice::indices`]) |
//! | casts need C-contiguous views, and CPython's six other cast checks | `src/shape/cast.rs` |
//! | C- and F-contiguity | `src/shape/contiguous.rs` |
//! | the size, alignment and C type of `e` (and of every native format) | `src/formats/native.rs` ([`ItemFormat`]) |
//! | NaN is not equal to itself, `1 == 1.0`, `b'a' != 97` | `src/formats/equality.rs` |
//! | how a float prints (`repr`) | `src/formats/value.rs` ([`float_repr`]) |
//! | what a view lends, and to whom (`View`, `ViewMut`) | `src/views/mod.rs` |
//! | what the compiler refuses | `src/views/rules.rs` |

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations, rust_2018_idioms)]

// The buffer protocol; your own exporter.
pub mod protocol;
// Views; the read-only rules.
pub mod views;
// Copy-avoidance.
pub mod copy;
// Items and formats.
pub mod formats;
// Shape and strides.
pub mod shape;
// Pictures of layouts.
pub mod diagram;
// Errors, as Python's exceptions.
pub mod error;

pub use error::{Error, PyException, Result};
pub use formats::{Bytes, ItemFormat, List, Value, bytearray_repr, float_repr};
pub use protocol::{Element, Exporter, Lent, Unhashable};
pub use shape::{Layout, MAX_NDIM, Order, Slice};
pub use views::compare::hash_bytes;
pub use views::iter::Iter;
pub use views::typed::{Typed, TypedIter};
pub use views::{Storage, View, ViewMut, ViewOf};
