// shape-and-strides-1: The address formula, by hand
// Check your work with `cargo exercise shape-and-strides-1`.

use memview::View;

/// The strides of an array of `shape` stored in C order (row after row),
/// with items of `itemsize` bytes: what `cast(format, shape)` gives. Each
/// stride is the size of everything inside that dimension, so the last
/// stride is `itemsize`: `c_strides(&[2, 3], 1)` is `[3, 1]`.
pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0; shape.len()];
    let mut inside = itemsize as isize; // the size of one step along this dimension
    for (stride, &n) in strides.iter_mut().zip(shape).rev() {
        *stride = inside;
        inside *= n as isize;
    }
    strides
}

/// The same, stored in Fortran order (column after column): the *first*
/// stride is `itemsize`. `f_strides(&[2, 3], 1)` is `[1, 2]`.
pub fn f_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = Vec::with_capacity(shape.len());
    let mut inside = itemsize as isize;
    for &n in shape {
        strides.push(inside);
        inside *= n as isize;
    }
    strides
}

/// The byte where item `index` of `view` starts, among the bytes the view
/// looks at (`view.obj()`): the view's offset, plus each index times its
/// stride. `index` has one number per dimension, each inside the shape.
pub fn byte_of(view: &View, index: &[usize]) -> usize {
    let mut at = view.layout().offset() as isize;
    for (&i, &stride) in index.iter().zip(view.strides()) {
        at += i as isize * stride; // a stride may be negative
    }
    at as usize
}
