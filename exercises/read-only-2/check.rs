// The check of read-only-2. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

// `support/allocations.rs`, which the runner adds to every check.
use crate::allocations::largest;

/// A reader that hands out 3 bytes per `read` at most, as a pipe or a
/// socket may.
struct InPieces<'a>(&'a [u8]);

impl Read for InPieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(3).min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

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
fn a_message_that_arrives_in_pieces() {
    let mut buffer = Vec::new();
    let view = body(&mut InPieces(b"HEADhello"), &mut buffer).unwrap();
    assert_eq!(view.to_bytes().unwrap().to_string(), "b'hello'");
    assert_eq!(buffer, b"HEADhello");
}

#[test]
fn nothing_is_copied() {
    let mut message = b"HEAD".to_vec();
    message.extend_from_slice(&[b'x'; 1000]);
    let mut buffer = Vec::with_capacity(4096); // room for the message
    let (view, most) = largest(|| body(&mut &message[..], &mut buffer).unwrap().len());
    assert_eq!(view, 1000);
    assert!(
        most < 1000,
        "body held {most} bytes at once, as much as a copy of the message: \
         read it straight into `buffer`"
    );
}

#[test]
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'd',
        "({RULE}) is not the rule here. Read the compiler's error on the starter \
         (shown below): what does it say the returned value refers to, and when is \
         that dropped?"
    );
}
