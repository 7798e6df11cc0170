//! # memview meets CPython
//!
//! The Python extension module `memview`, built by maturin from this crate.
//! It joins the memview library and a real CPython through the genuine
//! buffer protocol, in both directions:
//!
//! | Python                                  | here                                  |
//! |-----------------------------------------|---------------------------------------|
//! | `memoryview(memview.RustBuffer('i', [1, 2]))` | Rust memory lent to CPython: [`RustBuffer`] |
//! | `memview.View(numpy_array).tolist()`    | CPython's memory viewed by memview: [`View`] |
//!
//! `unsafe` lives in two small modules only, and a test (`tests/unsafe_confined.rs`)
//! fails if it appears anywhere else: `lend` fills a `Py_buffer` with a
//! pointer into a `RustBuffer`'s `Vec<u8>`, `borrow` turns the pointer of a
//! `Py_buffer` CPython gave us into a byte slice. Everything else is safe
//! Rust; the memview library itself is `#![forbid(unsafe_code)]`.
//!
//! ```
//! use pyo3::prelude::*;
//! Python::attach(|py| -> PyResult<()> {
//!     let memview = pyo3::wrap_pymodule!(memview_py::memview)(py);
//!     let rb = memview.getattr(py, "RustBuffer")?.call1(py, ("i", vec![1, 2, 3]))?;
//!     // memoryview(rb).tolist()
//!     let list = py.import("builtins")?.getattr("memoryview")?.call1((rb,))?.call_method0("tolist")?;
//!     assert_eq!(list.extract::<Vec<i32>>()?, [1, 2, 3]);
//!     Ok(())
//! })?;
//! # Ok::<(), pyo3::PyErr>(())
//! ```

#![deny(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations, rust_2018_idioms)]

mod borrow;
mod convert;
mod lend;
mod rust_buffer;
mod view;

use pyo3::prelude::*;

pub use rust_buffer::RustBuffer;
pub use view::View;

/// The Python module `memview`: `import memview`.
///
/// `gil_used = true`: the two `unsafe` modules rely on the GIL (no other
/// Python thread runs while Rust holds a slice of Python's memory), so a
/// free-threaded CPython keeps its GIL switched on while this module is loaded.
///
/// ```
/// use pyo3::prelude::*;
/// Python::attach(|py| {
///     let memview = pyo3::wrap_pymodule!(memview_py::memview)(py);
///     assert!(memview.getattr(py, "View").is_ok()); // memview.View
/// });
/// ```
#[pymodule(gil_used = true)]
pub fn memview(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<RustBuffer>()?;
    m.add_class::<View>()?;
    Ok(())
}
