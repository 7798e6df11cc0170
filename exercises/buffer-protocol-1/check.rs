// The check of buffer-protocol-1. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use memview::{Layout, Result};
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

/// Six unsigned shorts in 2 rows of 3:
/// `memoryview(array('H', range(1, 7))).cast('B').cast('H', (2, 3))`.
struct Grid(Vec<u16>);

impl Exporter for Grid {
    fn layout(&self) -> Result<Layout> {
        Layout::new("H", &[2, 3])
    }
    fn bytes(&self) -> &[u8] {
        self.0.bytes()
    }
}

/// One C int, with no dimensions at all:
/// `memoryview(array('i', [7])).cast('B').cast('i', ())`.
struct Single(Vec<i32>);

impl Exporter for Single {
    fn layout(&self) -> Result<Layout> {
        Layout::new("i", &[])
    }
    fn bytes(&self) -> &[u8] {
        self.0.bytes()
    }
}

/// Every other byte, last first: what `memoryview(b)[::-2]` shows, lent by
/// an exporter of its own. It lends 5 bytes, and shows 3 of them.
struct EveryOtherBackwards(Vec<u8>);

impl Exporter for EveryOtherBackwards {
    fn layout(&self) -> Result<Layout> {
        Layout::strided("B", 1, &[3], &[-2], 4)
    }
    fn bytes(&self) -> &[u8] {
        &self.0
    }
}

#[test]
fn a_grid_has_two_dimensions() {
    assert_eq!(
        describe(&Grid(vec![1, 2, 3, 4, 5, 6])).unwrap(),
        "format H, itemsize 2, shape [2, 3], strides [6, 2], 12 bytes"
    );
}

#[test]
fn a_single_number_has_none() {
    assert_eq!(
        describe(&Single(vec![7])).unwrap(),
        "format i, itemsize 4, shape [], strides [], 4 bytes"
    );
}

#[test]
fn a_view_may_skip_bytes_and_walk_backwards() {
    assert_eq!(
        describe(&EveryOtherBackwards(vec![1, 9, 2, 9, 3])).unwrap(),
        "format B, itemsize 1, shape [3], strides [-2], 3 bytes"
    );
}

#[test]
fn first_and_last() {
    assert_eq!(ends(&vec![1u16, 2, 3]).unwrap(), "1 ... 3");
    assert_eq!(ends(&[0.5f64, 1.5]).unwrap(), "0.5 ... 1.5");
    assert_eq!(ends(b"A").unwrap(), "65 ... 65");
    assert_eq!(
        ends(&EveryOtherBackwards(vec![1, 9, 2, 9, 3])).unwrap(),
        "3 ... 1"
    );
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

#[test]
fn errors_are_the_views_own() {
    let grid = ends(&Grid(vec![1, 2, 3, 4, 5, 6])).map_err(|err| format!("{err:#}"));
    assert_eq!(
        grid,
        Err("NotImplementedError: multi-dimensional sub-views are not implemented".into()),
        "ends() of a grid: Python's grid[0] is an error"
    );
    let single = ends(&Single(vec![7])).map_err(|err| format!("{err:#}"));
    assert_eq!(
        single,
        Err("TypeError: invalid indexing of 0-dim memory".into()),
        "ends() of a single number: Python's m[0] is an error"
    );
}

/// Says it lends 3 shorts (6 bytes), but lends 4 bytes.
struct TooShort;

impl Exporter for TooShort {
    fn layout(&self) -> Result<Layout> {
        Layout::new("H", &[3])
    }
    fn bytes(&self) -> &[u8] {
        &[0; 4]
    }
}

#[test]
fn a_layout_that_does_not_fit_is_refused() {
    let refusal = View::new(&TooShort).map(|_| ()).unwrap_err();
    for (what, result) in [("describe", describe(&TooShort)), ("ends", ends(&TooShort))] {
        assert_eq!(
            result.map_err(|err| format!("{err:#}")),
            Err(format!("{refusal:#}")),
            "{what}(&TooShort): the error View::new gives"
        );
    }
}
