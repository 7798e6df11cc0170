// The check of copy-avoidance-2. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

#[test]
fn header_then_body() {
    let mut buffer = [b'.'; 10];
    let mut reader: &[u8] = b"HEADbody";
    assert_eq!(read_message(&mut reader, &mut buffer).unwrap(), 4);
    assert_eq!(&buffer, b"HEADbody..");
}

#[test]
fn a_long_body_fills_the_buffer() {
    let mut buffer = [b'.'; 8];
    let mut reader: &[u8] = b"HEADbody and more";
    assert_eq!(read_message(&mut reader, &mut buffer).unwrap(), 4);
    assert_eq!(&buffer, b"HEADbody");
    assert_eq!(reader, b" and more", "the rest is left for the next read");
}

#[test]
fn a_short_header_is_an_error() {
    let mut buffer = [0; 8];
    let mut reader: &[u8] = b"HE";
    let err = read_message(&mut reader, &mut buffer).unwrap_err();
    assert_eq!(err.to_string(), "failed to fill whole buffer");
}

#[test]
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'c',
        "({RULE}) is not the rule here. Read the compiler's error again: what kind \
         of borrow do `header` and `body` each make of `mv`, and when do they overlap?"
    );
}
