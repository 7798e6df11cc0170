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

/// Where memview itself says item `index` of `view` starts: slice every
/// dimension down to that one item (`view[i:i+1, j:j+1, ...]`), and read
/// where the slice starts.
#[track_caller]
fn memviews_answer(view: &View, index: &[usize]) -> usize {
    let mut one = view.clone();
    for (dim, &i) in index.iter().enumerate() {
        one = one.slice_dim(dim, i as isize..i as isize + 1).unwrap();
    }
    one.layout().offset()
}

/// Checks `byte_of` against every item of `view`.
#[track_caller]
fn check_every_item(name: &str, view: &View) {
    for index in indices(view.shape()) {
        assert_eq!(
            byte_of(view, &index),
            memviews_answer(view, &index),
            "the byte where item {index:?} of {name} starts; its layout is\n{}",
            view.diagram()
        );
    }
}

/// 24 bytes, whose values say nothing about where they are.
fn bytes() -> Vec<u8> {
    vec![0x55; 24]
}

#[test]
fn a_grid_in_c_order() {
    let bytes = bytes();
    let grid = View::new(&bytes[..6])
        .unwrap()
        .cast_with("B", &[2, 3])
        .unwrap();
    check_every_item("the 2x3 grid", &grid);
}

#[test]
fn three_dimensions() {
    let bytes = bytes();
    let image = View::new(&bytes)
        .unwrap()
        .cast_with("B", &[2, 4, 3])
        .unwrap();
    check_every_item("a 2x4 RGB image", &image);
}

#[test]
fn a_slice_starts_at_its_offset() {
    let bytes = bytes();
    let image = View::new(&bytes)
        .unwrap()
        .cast_with("B", &[2, 4, 3])
        .unwrap();
    check_every_item("column 2 of the image", &image.slice_dim(1, 2..3).unwrap());
    check_every_item("row 1 of the image", &image.sub_view(1).unwrap());
}

#[test]
fn transposes_and_negative_strides() {
    let bytes = bytes();
    let grid = View::new(&bytes[..6])
        .unwrap()
        .cast_with("B", &[2, 3])
        .unwrap();
    check_every_item("the grid, transposed", &grid.transpose());
    check_every_item("the grid upside down", &grid.slice((.., -1)).unwrap());
    let image = View::new(&bytes)
        .unwrap()
        .cast_with("B", &[2, 4, 3])
        .unwrap();
    check_every_item(
        "the image, mirrored",
        &image.slice_dim(1, (.., -1)).unwrap(),
    );
}

#[test]
fn items_of_several_bytes() {
    let bytes = bytes();
    let shorts = View::new(&bytes).unwrap().cast_with("H", &[3, 4]).unwrap();
    check_every_item("a 3x4 grid of shorts", &shorts);
    check_every_item(
        "its odd columns, bottom up",
        &shorts
            .slice((.., -1))
            .unwrap()
            .slice_dim(1, (1.., 2))
            .unwrap(),
    );
    let doubles = View::new(&bytes).unwrap().cast_with("d", &[3]).unwrap();
    check_every_item(
        "three doubles, backwards",
        &doubles.slice((.., -1)).unwrap(),
    );
}

#[test]
fn zero_dimensions() {
    let bytes = [7u8, 0, 0, 0];
    let scalar = View::new(&bytes).unwrap().cast_with("i", &[]).unwrap();
    assert_eq!(byte_of(&scalar, &[]), 0, "the one item of a 0-d view");
    let bytes = [7u8; 12];
    let last = View::new(&bytes).unwrap().cast_with("i", &[3]).unwrap();
    let last = last.sub_view(-1).unwrap(); // the last int, with no dimensions
    assert_eq!(
        byte_of(&last, &[]),
        8,
        "the one item of a 0-d view, 8 bytes in"
    );
}
