// The check of copy-avoidance-2. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// A reader that hands out at most 3 bytes per `read`, as a pipe or a
/// socket may, and notes where each `read` was asked to write.
struct InPieces {
    data: &'static [u8],
    targets: Vec<usize>,
}

impl InPieces {
    /// Where each read wrote, counted from the start of `buffer`; `None`
    /// for a read into some other memory (a copy in between).
    fn places(&self, buffer: &[u8]) -> Vec<Option<usize>> {
        let start = buffer.as_ptr() as usize;
        let end = start + buffer.len();
        let place = |&at: &usize| (start..=end).contains(&at).then(|| at - start);
        self.targets.iter().map(place).collect()
    }
}

impl Read for InPieces {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.targets.push(buf.as_ptr() as usize);
        let n = buf.len().min(3).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

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
fn the_bytes_land_in_the_buffer_itself() {
    let mut buffer = [b'.'; 10];
    let mut reader = InPieces {
        data: b"HEADbody",
        targets: Vec::new(),
    };
    let n = read_message(&mut reader, &mut buffer).unwrap();
    assert_eq!(n, 3, "the one read of the body gets 3 bytes");
    assert_eq!(&buffer, b"HEADbod...");
    assert_eq!(
        reader.places(&buffer),
        [Some(0), Some(3), Some(4)],
        "where each read wrote (None: into other memory): the header in two pieces, \
         then the body"
    );
}

#[test]
fn the_rule() {
    assert!(
        RULE != '?',
        "replace '?' in `RULE` with the letter of the rule the compiler enforced"
    );
    assert!(
        RULE == 'c',
        "({RULE}) is not the rule here. Read the compiler's error on the starter \
         (shown below): what kind of borrow do `header` and `body` each make of \
         `mv`, and when do they overlap?"
    );
}
