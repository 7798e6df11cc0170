// The check of read-only-3. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use memview::{View, hash_bytes};
use pretty_assertions::assert_eq;

#[test]
fn wipes_a_vector_of_bytes() {
    let mut data = b"secret".to_vec();
    assert_eq!(wipe(&mut data).unwrap(), 6);
    assert_eq!(data, [0; 6]);
}

#[test]
fn wipes_numbers_byte_by_byte() {
    let mut numbers = vec![1u16, 2, 3]; // array('H', [1, 2, 3])
    assert_eq!(wipe(&mut numbers).unwrap(), 6, "3 items of 2 bytes");
    assert_eq!(numbers, [0, 0, 0]);
}

/// 2 rows of 3 bytes, lent for writing.
struct Grid(Vec<u8>);

impl Exporter for Grid {
    fn layout(&self) -> Result<memview::Layout> {
        memview::Layout::new("B", &[2, 3])
    }
    fn bytes(&self) -> &[u8] {
        &self.0
    }
    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Ok(&mut self.0)
    }
}

#[test]
fn wipes_a_grid() {
    let mut grid = Grid(b"abcdef".to_vec());
    assert_eq!(wipe(&mut grid).unwrap(), 6, "2 rows of 3 bytes");
    assert_eq!(grid.0, [0; 6]);
}

#[test]
fn wipes_what_a_writable_view_shows_and_nothing_else() {
    let mut data = b"abcdef".to_vec();
    let mut mv = ViewMut::new(&mut data).unwrap();
    let mut middle = mv.slice_mut(2..4).unwrap();
    assert_eq!(wipe(&mut middle).unwrap(), 2);
    drop(mv);
    assert_eq!(data, b"ab\0\0ef");
}

#[test]
fn an_exporter_may_refuse_a_writer() {
    let mut flags = vec![true, false]; // a byte 0 could be written, but a 2 could too
    let err = wipe(&mut flags).unwrap_err();
    assert_eq!(format!("{err:#}"), "BufferError: Object is not writable.");
    assert_eq!(flags, [true, false]);

    let frozen = b"frozen".to_vec();
    let mut read_only = View::new(&frozen).unwrap();
    let err = wipe(&mut read_only).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "BufferError: memoryview: underlying buffer is not writable"
    );
}

#[test]
fn bytes_that_are_not_one_run_are_refused() {
    let mut data = b"abcdef".to_vec();
    let mut mv = ViewMut::new(&mut data).unwrap();
    let mut every_other = mv.slice_mut((.., 2)).unwrap(); // mv[::2]
    let err = wipe(&mut every_other).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "BufferError: memoryview: underlying buffer is not C-contiguous"
    );
    drop(mv);
    assert_eq!(data, b"abcdef", "nothing should be written");
}

#[test]
fn a_fingerprint_is_the_hash_of_the_bytes() {
    let mut data = b"abcdef".to_vec();
    let mut mv = ViewMut::new(&mut data).unwrap();
    assert!(
        fingerprint(&mv).unwrap() == hash_bytes(b"abcdef"),
        "fingerprint(mv) should be hash_bytes(b\"abcdef\")"
    );
    let backwards = mv.slice_mut((.., -2)).unwrap(); // mv[::-2]
    assert!(
        fingerprint(&backwards).unwrap() == hash_bytes(b"fdb"),
        "fingerprint(mv[::-2]) should be hash_bytes(b\"fdb\"), the bytes it shows"
    );
}

#[test]
fn the_read_only_twin_is_not_enough() {
    // hash(memoryview(ba).toreadonly()): CPython hashes the bytearray too.
    let mut data = b"ab".to_vec();
    let mv = ViewMut::new(&mut data).unwrap();
    let err = mv.to_readonly().hash_value().unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "TypeError: unhashable type: 'bytearray'"
    );
    assert!(
        fingerprint(&mv).is_ok(),
        "fingerprint should not be refused like that"
    );
}

#[test]
fn any_format_has_a_fingerprint() {
    let mut numbers = vec![1u16, 2];
    let mv = ViewMut::new(&mut numbers).unwrap();
    let bytes: Vec<u8> = [1u16, 2].iter().flat_map(|n| n.to_ne_bytes()).collect();
    assert!(
        fingerprint(&mv).unwrap() == hash_bytes(&bytes),
        "fingerprint of a u16 view should be hash_bytes of its bytes, as hash(bytes(mv))"
    );
}
