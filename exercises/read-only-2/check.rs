// The check of read-only-2. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

#[test]
fn the_body_follows_the_header() {
    let mut buffer = Vec::new();
    let view = body(&mut &b"HEADhello"[..], &mut buffer).unwrap();
    assert_eq!(view.to_bytes().unwrap().to_string(), "b'hello'");
}

#[test]
fn the_view_looks_at_the_callers_buffer() {
    let mut buffer = Vec::new();
    let view = body(&mut &b"HEADhello"[..], &mut buffer).unwrap();
    let (start, offset) = (view.obj().as_ptr(), view.layout().offset());
    assert_eq!(
        offset, 4,
        "where the body starts in the bytes the view looks at"
    );
    assert_eq!(buffer, b"HEADhello", "`buffer` holds the whole message");
    assert!(
        std::ptr::eq(start, buffer.as_ptr()),
        "the view should look at `buffer` itself, not at a copy of it"
    );
}

#[test]
fn what_the_buffer_held_before_is_gone() {
    let mut buffer = b"an old message".to_vec();
    let view = body(&mut &b"HEADnew"[..], &mut buffer).unwrap();
    assert_eq!(view.to_bytes().unwrap().to_string(), "b'new'");
    assert_eq!(buffer, b"HEADnew");
}

#[test]
fn a_short_message_has_an_empty_body() {
    let mut buffer = Vec::new();
    let view = body(&mut &b"HE"[..], &mut buffer).unwrap();
    assert_eq!(view.to_bytes().unwrap().to_string(), "b''");
}

#[test]
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'd',
        "({RULE}) is not the rule here. Read the compiler's error again: what does it \
         say the returned value refers to, and when is that dropped?"
    );
}
