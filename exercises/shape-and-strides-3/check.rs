// The check of shape-and-strides-3. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// The bytes of `numbers`, as this machine stores `f64`s.
fn bytes_of(numbers: &[f64]) -> Vec<u8> {
    numbers.iter().flat_map(|x| x.to_ne_bytes()).collect()
}

/// The `f64`s in `bytes`.
fn numbers_in(bytes: &[u8]) -> Vec<f64> {
    bytes
        .chunks_exact(8)
        .map(|b| f64::from_ne_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
        .collect()
}

/// [[1, 2, 3], [4, 5, 6]], stored column after column.
fn stored() -> Vec<u8> {
    bytes_of(&[1.0, 4.0, 2.0, 5.0, 3.0, 6.0])
}

#[test]
fn the_matrix_reads_row_by_row() {
    let data = stored();
    let m = fortran_matrix(&data, 2, 3).unwrap();
    assert_eq!(
        m.to_list().unwrap().to_string(),
        "[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]"
    );
    assert_eq!(
        m.get_at(&[0, 2]).unwrap().to_string(),
        "3.0",
        "row 0, column 2"
    );
}

#[test]
fn it_is_fortran_contiguous() {
    let data = stored();
    let m = fortran_matrix(&data, 2, 3).unwrap();
    assert_eq!(
        (m.format(), m.shape(), m.strides()),
        ("d", &[2, 3][..], &[8, 16][..]),
        "format, shape, strides"
    );
    assert_eq!(
        (m.c_contiguous(), m.f_contiguous()),
        (false, true),
        "C-contiguous, F-contiguous"
    );
    assert!(
        std::ptr::eq(m.obj(), &data[..]),
        "the view should read `data` itself, not a copy"
    );
}

#[test]
fn a_tall_matrix() {
    // [[1, 2], [3, 4], [5, 6]], stored column after column
    let data = bytes_of(&[1.0, 3.0, 5.0, 2.0, 4.0, 6.0]);
    let m = fortran_matrix(&data, 3, 2).unwrap();
    assert_eq!(
        m.to_list().unwrap().to_string(),
        "[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]"
    );
}

#[test]
fn the_wrong_size_is_an_error() {
    let data = bytes_of(&[1.0, 2.0, 3.0, 4.0, 5.0]);
    let err = fortran_matrix(&data, 2, 3).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "TypeError: memoryview: product(shape) * itemsize != buffer size"
    );
}

#[test]
fn in_c_order() {
    let data = stored();
    let m = fortran_matrix(&data, 2, 3).unwrap();
    assert_eq!(
        numbers_in(&to_c_order(&m).unwrap()),
        [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    );
}

#[test]
fn scaling_a_row_in_place() {
    let mut data = stored();
    scale_row(&mut data, 2, 3, 1, 10.0).unwrap();
    assert_eq!(
        numbers_in(&data),
        [1.0, 40.0, 2.0, 50.0, 3.0, 60.0],
        "as stored"
    );
    scale_row(&mut data, 2, 3, -2, 0.5).unwrap();
    assert_eq!(
        numbers_in(&data),
        [0.5, 40.0, 1.0, 50.0, 1.5, 60.0],
        "as stored"
    );
}

#[test]
fn a_row_outside_the_matrix_is_an_error() {
    let mut data = stored();
    let err = scale_row(&mut data, 2, 3, 2, 10.0).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "IndexError: index out of bounds on dimension 1"
    );
    assert_eq!(
        numbers_in(&data),
        [1.0, 4.0, 2.0, 5.0, 3.0, 6.0],
        "unchanged"
    );
}
