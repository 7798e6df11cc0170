// Wrong: answers the value of the item, not where it starts.
// Caught by: a_grid_in_c_order, three_dimensions, items_of_several_bytes

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
    if index.is_empty() {
        return 0;
    }
    let signed: Vec<isize> = index.iter().map(|&i| i as isize).collect();
    view.get_at(&signed).unwrap().as_int().unwrap() as usize
}
