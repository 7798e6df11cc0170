// Wrong: leaves the offset out: right only for views that start at byte 0.
// Caught by: a_slice_starts_at_its_offset, transposes_and_negative_strides, zero_dimensions

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
    let mut at = 0isize;
    for (&i, &stride) in index.iter().zip(view.strides()) {
        at += i as isize * stride;
    }
    at as usize
}
