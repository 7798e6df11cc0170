//! Copies: where memview copies, when you ask it to.
//!
//! A view avoids copies until you ask for one (`tobytes()`, `tolist()`,
//! `hex()`, a slice assignment). This folder is the book's chapter
//! *Copy-avoidance*: the code that does those copies, as plain functions of
//! bytes and a [`Layout`](crate::Layout), fast for every layout:
//!
//! - `gather`: a view's items copied out, back to back, in C or Fortran
//!   order (CPython's `PyBuffer_ToContiguous`), with one `memcpy` when they
//!   already lie that way, and kernels for strided rows and transposes;
//! - `transpose`: the kernels for views whose wanted order is across memory;
//! - `scatter`: items written back into a view, wherever they lie;
//! - `hex`: bytes as hexadecimal, grouped as CPython groups them;
//! - `list`: the items as nested Python lists;
//! - `rows`: the row helpers the copies share, and `MemoryError` for a copy
//!   too large.

pub(crate) mod gather;
pub(crate) mod hex;
pub(crate) mod list;
pub(crate) mod rows;
pub(crate) mod scatter;
mod transpose;
