// The check of views-2. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

// `support/allocations.rs`, which the runner adds to every check.
use crate::allocations::{counted, largest};

#[test]
fn counting_bytes() {
    let mv = View::new(b"banana").unwrap();
    assert_eq!(count(&mv, b'a').unwrap(), 3);
    assert_eq!(count(&mv, b'z').unwrap(), 0);
}

#[test]
fn finding_bytes() {
    let mv = View::new(b"banana").unwrap();
    assert_eq!(contains(&mv, b'n').unwrap(), true);
    assert_eq!(contains(&mv, b'z').unwrap(), false);
}

#[test]
fn items_compare_as_numbers() {
    let numbers = vec![1u16, 500, 500]; // array('H', [1, 500, 500])
    let mv = View::new(&numbers).unwrap();
    assert_eq!(count(&mv, 500u16).unwrap(), 2);
    assert_eq!(
        contains(&mv, 1u8).unwrap(),
        true,
        "1 == 1, whatever their types"
    );
    assert_eq!(contains(&mv, 1.0).unwrap(), true, "1 == 1.0, as in Python");
    // 500 is stored as two bytes, 244 and 1: neither is an item.
    assert_eq!(contains(&mv, 244).unwrap(), false, "244 in mv");
    assert_eq!(count(&mv, 1).unwrap(), 1, "list(mv).count(1)");
}

#[test]
fn palindromes() {
    for (text, expected) in [
        (&b"racecar"[..], true),
        (b"abca", false),
        (b"a", true),
        (b"", true),
    ] {
        let mv = View::new(text).unwrap();
        assert_eq!(is_palindrome(&mv).unwrap(), expected, "for {text:?}");
    }
}

#[test]
fn palindromes_of_numbers_compare_numbers() {
    // array('H', [258, 513]): the bytes 2 1 1 2 read the same backwards, the numbers do not
    let numbers = vec![258u16, 513];
    assert_eq!(is_palindrome(&View::new(&numbers).unwrap()).unwrap(), false);
    let numbers = vec![1u16, 2, 1];
    assert_eq!(is_palindrome(&View::new(&numbers).unwrap()).unwrap(), true);
}

#[test]
fn a_grid_reads_backwards_row_by_row() {
    // Python's mv[::-1] reverses the rows of a grid, not the items in them.
    for (bytes, expected) in [([1u8, 2, 1, 2], true), ([1, 2, 2, 1], false)] {
        let grid = View::new(&bytes).unwrap().cast_with("B", &[2, 2]).unwrap();
        assert_eq!(
            is_palindrome(&grid).unwrap(),
            expected,
            "for the grid {}",
            grid.to_list().unwrap()
        );
    }
}

#[test]
fn palindromes_of_floats_compare_values() {
    // 0.0 == -0.0 in Python, though their bytes differ
    let numbers = [0.0f64, -0.0];
    assert_eq!(is_palindrome(&View::new(&numbers).unwrap()).unwrap(), true);
}

#[test]
fn nothing_is_copied() {
    let numbers: Vec<u16> = (0..500).chain((0..500).rev()).collect();
    let mv = View::new(&numbers).unwrap();
    let (_, asked) = counted(|| count(&mv, 7).unwrap());
    assert_eq!(asked, 0, "how many times count asked for new memory");
    let (_, asked) = counted(|| contains(&mv, 7).unwrap());
    assert_eq!(asked, 0, "how many times contains asked for new memory");
    // memview's own `==` may copy one side's bytes (2000 here) to compare them fast.
    let (_, most) = largest(|| is_palindrome(&mv).unwrap());
    assert!(
        most <= mv.nbytes(),
        "is_palindrome held {most} bytes at once, more than the view's {} bytes: \
         make no list of the items; compare the view with itself backwards",
        mv.nbytes()
    );
}

#[test]
fn backwards_as_a_list() {
    let numbers = vec![1u16, 2, 3];
    assert_eq!(
        reversed_list(&View::new(&numbers).unwrap()).unwrap(),
        "[3, 2, 1]"
    );
    assert_eq!(reversed_list(&View::new(b"").unwrap()).unwrap(), "[]");
}
