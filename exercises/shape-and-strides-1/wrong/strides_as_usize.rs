// Wrong: multiplies in usize, where a negative stride overflows.
// Caught by: transposes_and_negative_strides

use memview::View;

pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0; shape.len()];
    let mut inside = itemsize as isize;
    for (stride, &n) in strides.iter_mut().zip(shape).rev() {
        *stride = inside;
        inside *= n as isize;
    }
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
    let mut at = view.layout().offset();
    for (&i, &stride) in index.iter().zip(view.strides()) {
        at += i * stride as usize;
    }
    at
}
