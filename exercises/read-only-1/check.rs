// The check of read-only-1. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// `text` after `shout_from(text, start)`, and what it returned.
fn shouted(text: &[u8], start: isize) -> (String, usize) {
    let mut text = text.to_vec();
    let changed = shout_from(&mut text, start).unwrap();
    (String::from_utf8_lossy(&text).into_owned(), changed)
}

#[test]
fn shouts_from_start_to_the_end() {
    assert_eq!(shouted(b"hello, world", 7), ("hello, WORLD".into(), 5));
}

#[test]
fn only_lower_case_letters_change() {
    assert_eq!(shouted(b"abc, Def! 42", 0), ("ABC, DEF! 42".into(), 5));
}

#[test]
fn a_negative_start_counts_from_the_end() {
    assert_eq!(shouted(b"hello, world", -3), ("hello, woRLD".into(), 3));
}

#[test]
fn a_start_past_the_end_changes_nothing() {
    assert_eq!(shouted(b"quiet", 9), ("quiet".into(), 0));
    assert_eq!(shouted(b"", 0), ("".into(), 0));
}

#[test]
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'a',
        "({RULE}) is not the rule here. Read the compiler's error again: which method \
         does it say is missing, and on which type of view is it available?"
    );
}
