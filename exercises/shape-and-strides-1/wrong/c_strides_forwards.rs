// Wrong: walks the shape from the first dimension, giving Fortran strides reversed.
// Caught by: c_order_strides

use memview::View;

pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = Vec::new();
    let mut inside = itemsize as isize;
    for &n in shape {
        strides.push(inside);
        inside *= n as isize;
    }
    strides.reverse();
    strides
}

pub fn f_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = Vec::with_capacity(shape.len());
    let mut inside = itemsize as isize;
    for &n in shape {
        strides.push(inside);
        inside *= n as isize;
    }
    strides
}

pub fn byte_of(view: &View, index: &[usize]) -> usize {
    let mut at = view.layout().offset() as isize;
    for (&i, &stride) in index.iter().zip(view.strides()) {
        at += i as isize * stride;
    }
    at as usize
}
