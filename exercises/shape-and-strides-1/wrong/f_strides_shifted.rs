// Wrong: multiplies before pushing, so the first stride is already one dimension too big.
// Caught by: fortran_order_strides

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
        inside *= n as isize;
        strides.push(inside * itemsize as isize / itemsize.max(1) as isize);
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
