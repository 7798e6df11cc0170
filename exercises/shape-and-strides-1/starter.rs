// shape-and-strides-1: The address formula, by hand
// Check your work with `cargo exercise shape-and-strides-1`.

use memview::View;

/// The strides of an array of `shape` stored in C order (row after row),
/// with items of `itemsize` bytes: what `cast(format, shape)` gives. Each
/// stride is the size of everything inside that dimension, so the last
/// stride is `itemsize`: `c_strides(&[2, 3], 1)` is `[3, 1]`.
pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    todo!("from the last dimension to the first")
}

/// The same, stored in Fortran order (column after column): the *first*
/// stride is `itemsize`. `f_strides(&[2, 3], 1)` is `[1, 2]`.
pub fn f_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    todo!("from the first dimension to the last")
}

/// The byte where item `index` of `view` starts, among the bytes the view
/// looks at (`view.obj()`): the view's offset, plus each index times its
/// stride. `index` has one number per dimension, each inside the shape.
pub fn byte_of(view: &View, index: &[usize]) -> usize {
    todo!("the address formula")
}
