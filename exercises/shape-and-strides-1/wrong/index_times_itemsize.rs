// Wrong: adds index times item size, whatever the strides.
// Caught by: a_grid_in_c_order, three_dimensions, transposes_and_negative_strides

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
    view.layout().offset() + index.iter().sum::<usize>() * view.itemsize()
}
