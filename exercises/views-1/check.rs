// The check of views-1. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// What a view holds, as Python prints `bytes(view)`.
fn shown(view: View) -> String {
    view.to_bytes().unwrap().to_string()
}

#[test]
fn the_last_three() {
    let mv = View::new(b"abcdefgh").unwrap();
    assert_eq!(shown(last_three(&mv).unwrap()), "b'fgh'");
}

#[test]
fn backwards_walks_back_through_the_same_bytes() {
    let mv = View::new(b"abcdefgh").unwrap();
    let back = backwards(&mv).unwrap();
    assert_eq!(back.strides(), [-1], "a step of -1 byte");
    assert_eq!(shown(back), "b'hgfedcba'");
}

#[test]
fn every_other_from_the_second() {
    let mv = View::new(b"abcdefgh").unwrap();
    assert_eq!(shown(odd_places(&mv).unwrap()), "b'bdfh'");
}

#[test]
fn all_but_the_ends() {
    let mv = View::new(b"abcdefgh").unwrap();
    assert_eq!(shown(inside(&mv).unwrap()), "b'bcdefg'");
}

#[test]
fn slices_count_items_not_bytes() {
    let numbers = vec![10u16, 20, 30, 40, 50]; // array('H', [10, 20, 30, 40, 50])
    let mv = View::new(&numbers).unwrap();
    assert_eq!(
        last_three(&mv).unwrap().to_list().unwrap().to_string(),
        "[30, 40, 50]"
    );
    assert_eq!(
        odd_places(&mv).unwrap().to_list().unwrap().to_string(),
        "[20, 40]"
    );
}

#[test]
fn short_views_are_clamped_as_in_python() {
    let mv = View::new(b"ab").unwrap();
    assert_eq!(shown(last_three(&mv).unwrap()), "b'ab'");
    assert_eq!(shown(inside(&mv).unwrap()), "b''");
}
