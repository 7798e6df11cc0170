// The check of buffer-protocol-2. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

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
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'b',
        "({RULE}) is not the rule here. Read the compiler's error again: which two \
         borrows of `log` does it name, and which of them is the view's?"
    );
}
