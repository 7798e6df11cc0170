// The check of buffer-protocol-2. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

// `support/allocations.rs`, which the runner adds to every check.
use crate::allocations;

#[test]
fn adds_and_peeks() {
    let mut log = b"start".to_vec();
    assert_eq!(add_and_peek(&mut log, b"!").unwrap(), "115");
    assert_eq!(log, b"start!");
}

#[test]
fn an_empty_log_has_no_first_byte() {
    let mut log = Vec::new();
    let err = add_and_peek(&mut log, b"x").unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "IndexError: index out of bounds on dimension 1"
    );
    assert_eq!(log, b"", "`log` should be left as it was");
}

#[test]
fn the_log_is_not_copied() {
    let mut log = Vec::with_capacity(2000); // room to grow without moving
    log.extend_from_slice(&[b'x'; 1000]);
    let (first, largest) = allocations::largest(|| add_and_peek(&mut log, b"!"));
    assert_eq!(first.unwrap(), "120");
    assert!(
        largest < 1000,
        "add_and_peek held {largest} bytes at once, as much as a copy of the \
         1000-byte log: read the byte through a view of `log` itself"
    );
}

#[test]
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'b',
        "({RULE}) is not the rule here. Read the compiler's error on the starter \
         (shown below): which two borrows of `log` does it name, and which of them \
         is the view's?"
    );
}
