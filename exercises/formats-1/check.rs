// The check of formats-1. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// `read_as`, or the error it gives as Python prints it.
fn read(data: &[u8], format: &str) -> String {
    match read_as(data, format) {
        Ok(line) => line,
        Err(err) => format!("{err:#}"),
    }
}

/// 12 bytes: the C ints 1, -2 and 300 on this (little-endian) machine.
const INTS: &[u8] = b"\x01\x00\x00\x00\xfe\xff\xff\xff\x2c\x01\x00\x00";

#[test]
fn ints() {
    assert_eq!(read(INTS, "i"), "len 3, itemsize 4: [1, -2, 300]");
}

#[test]
fn the_same_bytes_as_other_items() {
    assert_eq!(read(INTS, "h"), "len 6, itemsize 2: [1, 0, -2, -1, 300, 0]");
    assert_eq!(read(&INTS[..8], "q"), "len 1, itemsize 8: [-8589934591]");
    assert_eq!(read(b"hi", "c"), "len 2, itemsize 1: [b'h', b'i']");
    assert_eq!(read(b"\x00\x02", "?"), "len 2, itemsize 1: [False, True]");
    assert_eq!(read(&1.5f64.to_ne_bytes(), "d"), "len 1, itemsize 8: [1.5]");
}

#[test]
fn a_native_format_may_start_with_an_at_sign() {
    assert_eq!(read(INTS, "@i"), "len 3, itemsize 4: [1, -2, 300]");
}

#[test]
fn formats_that_do_not_fit_are_errors() {
    assert_eq!(
        read(INTS, "q"),
        "TypeError: memoryview: length is not a multiple of itemsize"
    );
    assert_eq!(
        read(INTS, "2i"),
        "ValueError: memoryview: destination format must be a native single character \
         format prefixed with an optional '@'"
    );
    assert_eq!(
        read(INTS, "<i"),
        "ValueError: memoryview: destination format must be a native single character \
         format prefixed with an optional '@'"
    );
}

#[test]
fn sizes_on_this_machine() {
    assert_eq!(sizes("hi?x"), [('h', 2), ('i', 4), ('?', 1)]);
    assert_eq!(
        sizes("cbBlLqQnNefdP"),
        [
            ('c', 1),
            ('b', 1),
            ('B', 1),
            ('l', 8),
            ('L', 8),
            ('q', 8),
            ('Q', 8),
            ('n', 8),
            ('N', 8),
            ('e', 2),
            ('f', 4),
            ('d', 8),
            ('P', 8),
        ]
    );
    assert_eq!(sizes("<>!= zZ"), Vec::<(char, usize)>::new());
    assert_eq!(
        sizes("dhd"),
        [('d', 8), ('h', 2), ('d', 8)],
        "one pair per character, in order"
    );
}
