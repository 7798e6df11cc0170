//! Shape and strides: how a layout places N-dimensional items in flat bytes.
//!
//! This folder is the book's chapter *Shape and strides*, and the one home
//! of every `offset + index·stride` in memview:
//!
//! - [`layout`]: [`Layout`], a `Py_buffer` without the pointer (format,
//!   itemsize, shape, strides, offset);
//! - [`contiguous`]: whether the items lie back to back, in C or F order;
//! - [`offset`]: where an item lies, which bytes a layout reaches;
//! - [`slice`](mod@slice): Python's `start:stop:step` ([`Slice`]) and slicing a layout;
//! - [`cast`]: reading the same bytes as other items or another shape, with
//!   CPython's rules (casts need C-contiguous views);
//! - [`reshape`]: rows and transposes;
//! - [`walk`]: visiting every item in C or Fortran order ([`Order`]), row
//!   by row (`stepper`: the items of one row);
//! - `side_by_side`: two views of one shape walked row by row together;
//! - `dims`: shapes and strides kept inline for up to four dimensions.

pub mod cast;
pub mod contiguous;
mod dims;
pub mod layout;
pub mod offset;
pub mod reshape;
pub(crate) mod side_by_side;
pub mod slice;
mod stepper;
pub mod walk;

pub use layout::{Layout, MAX_NDIM};
pub use slice::Slice;
pub use walk::Order;
