// The check of copy-avoidance-3. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;
use std::io;

/// A reader that hands out at most `chunk` bytes per `read`, as a pipe or a
/// socket does, and notes where each `read` was asked to write.
struct Trickle {
    data: &'static [u8],
    chunk: usize,
    targets: Vec<usize>,
}

impl Trickle {
    fn new(data: &'static [u8], chunk: usize) -> Trickle {
        Trickle {
            data,
            chunk,
            targets: Vec::new(),
        }
    }

    /// Where each read wrote, counted from the start of `buffer`; `None`
    /// for a read into some other memory (a copy in between).
    fn places(&self, buffer: &[u8]) -> Vec<Option<usize>> {
        let start = buffer.as_ptr() as usize;
        let end = start + buffer.len();
        let place = |&at: &usize| (start..=end).contains(&at).then(|| at - start);
        self.targets.iter().map(place).collect()
    }
}

impl Read for Trickle {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.targets.push(buf.as_ptr() as usize);
        let n = buf.len().min(self.chunk).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

#[test]
fn chunk_by_chunk_until_the_reader_is_empty() {
    let mut reader = Trickle::new(b"hello, world", 5);
    let mut buffer = vec![b'.'; 16];
    let n = fill(&mut reader, ViewMut::new(&mut buffer).unwrap()).unwrap();
    assert_eq!(n, 12);
    assert_eq!(&buffer, b"hello, world....");
    assert_eq!(
        reader.places(&buffer),
        [Some(0), Some(5), Some(10), Some(12)],
        "where each read wrote (None: into other memory, not into the view)"
    );
}

#[test]
fn until_the_view_is_full() {
    let mut reader = Trickle::new(b"0123456789", 4);
    let mut buffer = vec![b'.'; 6];
    let n = fill(&mut reader, ViewMut::new(&mut buffer).unwrap()).unwrap();
    assert_eq!(n, 6);
    assert_eq!(&buffer, b"012345");
    assert_eq!(
        reader.places(&buffer),
        [Some(0), Some(4)],
        "where each read wrote: none after the view is full"
    );
}

#[test]
fn into_part_of_a_buffer() {
    let mut reader = Trickle::new(b"abc", 2);
    let mut buffer = vec![b'.'; 8];
    let window = ViewMut::new(&mut buffer).unwrap().into_slice(2..6).unwrap(); // mv[2:6]
    assert_eq!(fill(&mut reader, window).unwrap(), 3);
    assert_eq!(&buffer, b"..abc...");
}

#[test]
fn not_into_bytes_that_are_not_back_to_back() {
    let mut reader = Trickle::new(b"abc", 2);
    let mut buffer = vec![b'.'; 8];
    let every_other = ViewMut::new(&mut buffer)
        .unwrap()
        .into_slice((.., 2))
        .unwrap(); // mv[::2]
    let err = fill(&mut reader, every_other).unwrap_err();
    assert_eq!(
        err.to_string(),
        "memoryview: underlying buffer is not C-contiguous"
    );
    assert_eq!(&buffer, b"........");
}
