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
//! | `mv.tobytes()`, `mv.tolist()`, `mv.hex()`| `mv.to_bytes()`, `mv.to_list()?`, `mv.hex()` |
//! | `mv.cast('i')`, `mv.cast('B', [2, 3])`   | `mv.cast("i")?`, `mv.cast_shape("B", &[2, 3])?` |
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
//! Each module holds one idea; read them in this order: [`export`] (the
//! buffer protocol), [`layout`], [`view`], [`slice`](mod@slice), [`index`], [`format`](mod@format),
//! [`item`], [`walk`], [`convert`], [`cast`], [`assign`], [`compare`],
//! [`iter`], [`typed`], [`diagram`].

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations, rust_2018_idioms)]

pub mod assign;
pub mod bytes;
pub mod cast;
pub mod compare;
pub mod convert;
pub mod diagram;
mod dims;
pub mod error;
pub mod export;
pub mod format;
mod gather;
pub mod index;
pub mod item;
pub mod iter;
pub mod layout;
pub mod slice;
mod struct_format;
pub mod typed;
pub mod value;
pub mod view;
pub mod walk;

pub use bytes::{bytearray_repr, Bytes};
pub use compare::hash_bytes;
pub use error::{Error, PyException, Result};
pub use export::{Element, Exporter};
pub use format::ItemFormat;
pub use iter::Iter;
pub use layout::{Layout, MAX_NDIM};
pub use slice::Slice;
pub use typed::{Typed, TypedIter};
pub use value::{float_repr, Value};
pub use view::{Storage, View, ViewMut, ViewOf};
pub use walk::Order;
