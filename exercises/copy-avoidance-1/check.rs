// The check of copy-avoidance-1. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

// `support/allocations.rs`, which the runner adds to every check.
use crate::allocations::counted;

const NO_COPY: &str = "how many times it asked for new memory: each time is a copy \
                       (println! asks too), so it should be 0";

#[test]
fn even_sum_is_right() {
    assert_eq!(even_sum(b"abcde").unwrap(), 97 + 99 + 101);
    assert_eq!(even_sum(b"").unwrap(), 0);
}

#[test]
fn even_sum_copies_nothing() {
    let data = vec![1u8; 1000];
    let (sum, asked) = counted(|| even_sum(&data).unwrap());
    assert_eq!(sum, 500);
    assert_eq!(asked, 0, "{NO_COPY}");
}

#[test]
fn ends_with_marker_is_right() {
    assert_eq!(ends_with_marker(b"data\0END").unwrap(), true);
    assert_eq!(ends_with_marker(b"data\0EN").unwrap(), false);
    assert_eq!(ends_with_marker(b"END").unwrap(), false);
    assert_eq!(
        ends_with_marker(b"\0ENDdata").unwrap(),
        false,
        "the marker is at the start, not the end"
    );
}

#[test]
fn ends_with_marker_copies_nothing() {
    let mut data = vec![7u8; 1000];
    data.extend_from_slice(b"\0END");
    let (found, asked) = counted(|| ends_with_marker(&data).unwrap());
    assert_eq!(found, true);
    assert_eq!(asked, 0, "{NO_COPY}");
}

#[test]
fn column_sum_is_right() {
    let pixels = [1, 2, 3, 10, 20, 30]; // 2 rows of 3
    assert_eq!(column_sum(&pixels, 3, 0).unwrap(), 11);
    assert_eq!(column_sum(&pixels, 3, 2).unwrap(), 33);
}

#[test]
fn column_sum_copies_nothing() {
    let pixels = vec![2u8; 640 * 480];
    let (total, asked) = counted(|| column_sum(&pixels, 640, 5).unwrap());
    assert_eq!(total, 960);
    assert_eq!(asked, 0, "{NO_COPY}");
}
