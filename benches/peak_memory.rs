//! Peak memory: a 256 MiB buffer processed through views, then through copies.
//!
//! The work is what a parser does with a file it has read: strip a 64-byte
//! header, cut the payload into 4 KiB records and keep them in a list, then
//! checksum every record (Adler-32, summed). Through views, the header is
//! dropped with a slice and the records are slices: nothing is copied. Through
//! copies, the payload and each record are `to_bytes()` copies, as
//! `data[64:]` and `payload[i:i + 4096]` are in Python on a `bytes` or
//! `bytearray`. `tools/bench/peak_memory.py` is the same program in Python.
//!
//! Each way runs in a process of its own, and reports the peak resident set
//! size (`VmHWM` in `/proc/self/status`, so Linux only) before the buffer was
//! made and at the end, as one line of JSON.
//!
//! ```text
//! cargo bench --bench peak_memory            # both ways, one process each
//! cargo bench --bench peak_memory -- views   # one way, in this process
//! ```

use memview::{Bytes, View};
use std::process::Command;
use std::time::Instant;

const HEADER: usize = 64;
const PAYLOAD: usize = 256 << 20;
const RECORD: usize = 4096;

/// This process's peak resident set size in KiB (`VmHWM`).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find(|l| l.starts_with("VmHWM:"));
    let kib = line.and_then(|l| l.split_whitespace().nth(1));
    kib.and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// Adler-32, as Python's `zlib.adler32`.
fn adler32(bytes: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that cannot overflow `b` before the modulo.
    for chunk in bytes.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

fn through_views(data: &[u8]) -> u32 {
    let view = View::new(data).unwrap();
    let payload = view.slice(HEADER as isize..).unwrap();
    let records: Vec<View<'_>> = (0..PAYLOAD / RECORD)
        .map(|i| {
            let at = (i * RECORD) as isize;
            payload.slice(at..at + RECORD as isize).unwrap()
        })
        .collect();
    records
        .iter()
        .map(|record| adler32(record.as_contiguous().unwrap()))
        .fold(0, u32::wrapping_add)
}

fn through_copies(data: &[u8]) -> u32 {
    let view = View::new(data).unwrap();
    let payload: Bytes = view.slice(HEADER as isize..).unwrap().to_bytes().unwrap();
    let payload_view = View::new(payload.as_slice()).unwrap();
    let records: Vec<Bytes> = (0..PAYLOAD / RECORD)
        .map(|i| {
            let at = (i * RECORD) as isize;
            payload_view
                .slice(at..at + RECORD as isize)
                .unwrap()
                .to_bytes()
                .unwrap()
        })
        .collect();
    records
        .iter()
        .map(|record| adler32(record))
        .fold(0, u32::wrapping_add)
}

fn run(mode: &str) {
    let before = peak_rss_kib();
    let started = Instant::now();
    let data: Vec<u8> = (0..HEADER + PAYLOAD).map(|i| (i % 251) as u8).collect();
    let made = started.elapsed();
    let checksum = match mode {
        "views" => through_views(&data),
        _ => through_copies(&data),
    };
    let processed = started.elapsed() - made;
    println!(
        "{{\"lang\": \"rust\", \"mode\": \"{mode}\", \"buffer_bytes\": {}, \"before_kib\": {before}, \
         \"peak_kib\": {}, \"seconds\": {:.4}, \"checksum\": {checksum}}}",
        data.len(),
        peak_rss_kib(),
        processed.as_secs_f64(),
    );
}

fn main() {
    // `cargo bench` passes `--bench`; a mode is the first other argument.
    let mode = std::env::args()
        .skip(1)
        .find(|arg| arg == "views" || arg == "copies");
    match mode {
        Some(mode) => run(&mode),
        None => {
            let me = std::env::current_exe().expect("the path of this program");
            for mode in ["views", "copies"] {
                let status = Command::new(&me).arg(mode).status();
                assert!(status.is_ok_and(|s| s.success()), "{mode} failed");
            }
        }
    }
}
