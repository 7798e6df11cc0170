// The check of shape-and-strides-1. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

#[test]
fn c_order_strides() {
    assert_eq!(c_strides(&[2, 3], 1), [3, 1]);
    assert_eq!(c_strides(&[2, 2, 3], 1), [6, 3, 1]);
    assert_eq!(
        c_strides(&[4, 5, 6], 4),
        [120, 24, 4],
        "C ints, 4 bytes each"
    );
    assert_eq!(c_strides(&[480, 640, 3], 1), [1920, 3, 1], "an RGB image");
    assert_eq!(c_strides(&[7], 8), [8]);
    assert_eq!(
        c_strides(&[], 4),
        Vec::<isize>::new(),
        "no dimensions, no strides"
    );
}

#[test]
fn fortran_order_strides() {
    assert_eq!(f_strides(&[2, 3], 1), [1, 2]);
    assert_eq!(f_strides(&[2, 3], 8), [8, 16], "f64, 8 bytes each");
    assert_eq!(f_strides(&[4, 5, 6], 4), [4, 16, 80]);
    assert_eq!(f_strides(&[7], 8), [8]);
    assert_eq!(f_strides(&[], 4), Vec::<isize>::new());
}

/// Every full index of `shape`, in C order.
fn indices(shape: &[usize]) -> Vec<Vec<usize>> {
    let mut all = vec![vec![]];
    for &n in shape {
        all = all
            .into_iter()
            .flat_map(|start| {
                (0..n).map(move |i| {
                    let mut index = start.clone();
                    index.push(i);
                    index
                })
            })
            .collect();
    }
    all
}

/// Checks `byte_of` against every item of `view`, a view of bytes that
/// count up from 0, so that each item *is* the number of its byte.
fn check_every_item(name: &str, view: &View) {
    for index in indices(view.shape()) {
        let signed: Vec<isize> = index.iter().map(|&i| i as isize).collect();
        let byte = view.get_at(&signed).unwrap().as_int().unwrap() as usize;
        assert_eq!(
            byte_of(view, &index),
            byte,
            "the byte of item {index:?} of {name}, whose layout is\n{}",
            view.diagram()
        );
    }
}

fn counting() -> Vec<u8> {
    (0..24).collect()
}

#[test]
fn a_grid_in_c_order() {
    let bytes = counting();
    let grid = View::new(&bytes[..6])
        .unwrap()
        .cast_shape("B", &[2, 3])
        .unwrap();
    check_every_item("the 2x3 grid", &grid);
}

#[test]
fn three_dimensions() {
    let bytes = counting();
    let image = View::new(&bytes)
        .unwrap()
        .cast_shape("B", &[2, 4, 3])
        .unwrap();
    check_every_item("a 2x4 RGB image", &image);
}

#[test]
fn a_slice_starts_at_its_offset() {
    let bytes = counting();
    let image = View::new(&bytes)
        .unwrap()
        .cast_shape("B", &[2, 4, 3])
        .unwrap();
    check_every_item("column 2 of the image", &image.slice_dim(1, 2..3).unwrap());
    check_every_item("row 1 of the image", &image.sub_view(1).unwrap());
}

#[test]
fn transposes_and_negative_strides() {
    let bytes = counting();
    let grid = View::new(&bytes[..6])
        .unwrap()
        .cast_shape("B", &[2, 3])
        .unwrap();
    check_every_item("the grid, transposed", &grid.transpose());
    check_every_item("the grid upside down", &grid.slice((.., -1)).unwrap());
    let image = View::new(&bytes)
        .unwrap()
        .cast_shape("B", &[2, 4, 3])
        .unwrap();
    check_every_item(
        "the image, mirrored",
        &image.slice_dim(1, (.., -1)).unwrap(),
    );
}

#[test]
fn zero_dimensions() {
    let bytes = [7u8, 0, 0, 0];
    let scalar = View::new(&bytes).unwrap().cast_shape("i", &[]).unwrap();
    assert_eq!(byte_of(&scalar, &[]), 0, "the one item of a 0-d view");
}
