// The check of views-3. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// The records of `stream`, as Python prints `bytes(record)`.
#[track_caller]
fn shown(stream: &[u8]) -> Vec<String> {
    let stream = View::new(stream).unwrap();
    let found = records(&stream).unwrap();
    found
        .iter()
        .map(|r| r.to_bytes().unwrap().to_string())
        .collect()
}

#[test]
fn two_records() {
    assert_eq!(shown(b"\x02hi\x03abc"), ["b'hi'", "b'abc'"]);
}

#[test]
fn empty_records_and_an_empty_stream() {
    assert_eq!(shown(b"\x00\x01x\x00"), ["b''", "b'x'", "b''"]);
    assert_eq!(shown(b""), [] as [&str; 0]);
}

#[test]
fn records_are_windows_onto_the_stream() {
    let stream = View::new(b"\x02hi\x03abc").unwrap();
    let found = records(&stream).unwrap();
    let starts: Vec<usize> = found.iter().map(|r| r.layout().offset()).collect();
    assert_eq!(starts, [1, 4], "where each record starts in the stream");
    for record in &found {
        assert!(
            std::ptr::eq(record.obj(), stream.obj()),
            "a record should look at the stream's own bytes, not at a copy"
        );
    }
}

#[test]
fn a_stream_that_is_part_of_a_buffer() {
    // memoryview(b"XX\x02hi\x03abc")[2:]: the stream starts at byte 2
    let buffer = View::new(b"XX\x02hi\x03abc").unwrap();
    let stream = buffer.slice(2..).unwrap();
    let found = records(&stream).unwrap();
    let shown: Vec<String> = found
        .iter()
        .map(|r| r.to_bytes().unwrap().to_string())
        .collect();
    assert_eq!(shown, ["b'hi'", "b'abc'"]);
    let starts: Vec<usize> = found.iter().map(|r| r.layout().offset()).collect();
    assert_eq!(starts, [3, 6], "where each record starts in the buffer");
}

#[test]
fn a_record_cut_short_is_a_value_error() {
    let stream = View::new(b"\x02hi\x05ab").unwrap();
    let err = records(&stream).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "ValueError: record at byte 3 needs 5 bytes, 2 are left"
    );
}

#[test]
fn in_hexadecimal() {
    let stream = View::new(b"\x02hi\x03abc").unwrap();
    assert_eq!(hex_lines(&stream).unwrap(), "68 69\n61 62 63");
    let stream = View::new(b"\x00\x01x\x00").unwrap();
    assert_eq!(
        hex_lines(&stream).unwrap(),
        "\n78\n",
        "an empty record is an empty line"
    );
}
