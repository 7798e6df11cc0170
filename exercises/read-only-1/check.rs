// The check of read-only-1. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

// `support/allocations.rs`, which the runner adds to every check.
use crate::allocations::largest;

/// `text` after `shout_from` on a view of all of it, and what it returned.
#[track_caller]
fn shouted(text: &[u8], start: isize) -> (String, usize) {
    let mut text = text.to_vec();
    let changed = shout_from(ViewMut::new(&mut text).unwrap(), start).unwrap();
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
fn through_a_view_with_a_step() {
    let mut text = b"hello, world".to_vec();
    let every_other = ViewMut::new(&mut text)
        .unwrap()
        .into_slice((.., 2))
        .unwrap(); // mv[::2]
    assert_eq!(shout_from(every_other, 1).unwrap(), 4);
    assert_eq!(String::from_utf8_lossy(&text), "heLlO, wOrLd");
}

#[test]
fn through_a_view_that_walks_backwards() {
    let mut text = b"hello, world".to_vec();
    let backwards = ViewMut::new(&mut text)
        .unwrap()
        .into_slice((.., -1))
        .unwrap(); // mv[::-1]
    assert_eq!(shout_from(backwards, -3).unwrap(), 3);
    assert_eq!(String::from_utf8_lossy(&text), "HELlo, world");
    let backwards = ViewMut::new(&mut text)
        .unwrap()
        .into_slice((.., -1))
        .unwrap();
    assert_eq!(
        shout_from(backwards, 5).unwrap(),
        2,
        "HEL are already upper case"
    );
    assert_eq!(String::from_utf8_lossy(&text), "HELLO, world");
}

#[test]
fn nothing_is_copied() {
    let mut text = vec![b'a'; 1000];
    let mv = ViewMut::new(&mut text).unwrap();
    let (changed, most) = largest(|| shout_from(mv, 0).unwrap());
    assert_eq!(changed, 1000);
    assert!(
        most < 100,
        "shout_from held {most} bytes at once, as much as a copy of the 1000 bytes: \
         change them where they are, through the view"
    );
}

#[test]
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'a',
        "({RULE}) is not the rule here. Read the compiler's error on the starter \
         (shown below): which method does it say is missing, and on which type of \
         view is it available?"
    );
}
