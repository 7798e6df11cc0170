// The check of views-2. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

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
fn backwards_as_a_list() {
    let numbers = vec![1u16, 2, 3];
    assert_eq!(
        reversed_list(&View::new(&numbers).unwrap()).unwrap(),
        "[3, 2, 1]"
    );
    assert_eq!(reversed_list(&View::new(b"").unwrap()).unwrap(), "[]");
}
