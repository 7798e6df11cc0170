// The check of buffer-protocol-1. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

#[test]
fn plain_bytes() {
    assert_eq!(
        describe(b"abc").unwrap(),
        "format B, itemsize 1, shape [3], strides [1], 3 bytes"
    );
}

#[test]
fn unsigned_shorts() {
    let numbers = vec![1u16, 2, 3]; // array('H', [1, 2, 3])
    assert_eq!(
        describe(&numbers).unwrap(),
        "format H, itemsize 2, shape [3], strides [2], 6 bytes"
    );
}

#[test]
fn doubles() {
    assert_eq!(
        describe(&[0.5f64, 1.5, 2.5]).unwrap(),
        "format d, itemsize 8, shape [3], strides [8], 24 bytes"
    );
}

#[test]
fn text_lends_its_utf8_bytes() {
    assert_eq!(
        describe("héllo".as_bytes()).unwrap(),
        "format B, itemsize 1, shape [6], strides [1], 6 bytes"
    );
}

#[test]
fn first_and_last() {
    assert_eq!(ends(&vec![1u16, 2, 3]).unwrap(), "1 ... 3");
    assert_eq!(ends(&[0.5f64, 1.5]).unwrap(), "0.5 ... 1.5");
    assert_eq!(ends(b"A").unwrap(), "65 ... 65");
}

#[test]
fn nothing_to_show() {
    let empty: Vec<u8> = Vec::new();
    let err = ends(&empty).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "IndexError: index out of bounds on dimension 1"
    );
}
