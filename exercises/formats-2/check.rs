// The check of formats-2. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// The C shorts in `buffer`, as this machine stores them.
fn shorts(buffer: &[u8]) -> Vec<i16> {
    buffer
        .chunks_exact(2)
        .map(|pair| i16::from_ne_bytes([pair[0], pair[1]]))
        .collect()
}

/// `encode`'s error, as Python prints it.
fn refusal(buffer: &mut [u8], samples: &[f64]) -> String {
    match encode(buffer, samples) {
        Ok(()) => format!("no error; the buffer now holds {:?}", shorts(buffer)),
        Err(err) => format!("{err:#}"),
    }
}

#[test]
fn samples_become_shorts() {
    let mut buffer = [0u8; 8];
    encode(&mut buffer, &[0.0, 1.0, -1.0, 0.25]).unwrap();
    assert_eq!(shorts(&buffer), [0, 32767, -32767, 8192]);
}

#[test]
fn samples_are_rounded_to_the_nearest_short() {
    let mut buffer = [0u8; 6];
    encode(&mut buffer, &[0.5, -0.1, 0.001]).unwrap();
    // round(16383.5), round(-3276.7), round(32.767)
    assert_eq!(shorts(&buffer), [16384, -3277, 33]);
}

#[test]
fn halves_round_to_the_even_short_as_in_python() {
    let mut buffer = [0u8; 6];
    encode(
        &mut buffer,
        &[2.5 / FULL_SCALE, 4.5 / FULL_SCALE, -2.5 / FULL_SCALE],
    )
    .unwrap();
    // round(2.5), round(4.5), round(-2.5): Python rounds a half to the even number
    assert_eq!(shorts(&buffer), [2, 4, -2]);
}

#[test]
fn decoding_reads_them_back() {
    let buffer: Vec<u8> = [0i16, 32767, -32767, 16384]
        .iter()
        .flat_map(|n| n.to_ne_bytes())
        .collect();
    let samples = decode(&buffer).unwrap();
    assert_eq!(samples.len(), 4, "one sample per short");
    assert_eq!(samples[..3], [0.0, 1.0, -1.0]);
    assert!(
        (samples[3] - 0.5).abs() < 1.0 / 32767.0,
        "16384 / 32767 should be close to 0.5, not {}",
        samples[3]
    );
}

#[test]
fn a_sample_out_of_range_is_refused() {
    let mut buffer = [0u8; 4];
    assert_eq!(
        refusal(&mut buffer, &[1.5]),
        "ValueError: memoryview: invalid value for format 'h'"
    );
    assert_eq!(
        refusal(&mut buffer, &[0.0, -1.01]),
        "ValueError: memoryview: invalid value for format 'h'"
    );
}

#[test]
fn samples_must_fit_the_buffer() {
    assert_eq!(
        refusal(&mut [0u8; 4], &[0.1, 0.2, 0.3]),
        "IndexError: index out of bounds on dimension 1"
    );
    assert_eq!(
        refusal(&mut [0u8; 5], &[0.1, 0.2]),
        "TypeError: memoryview: length is not a multiple of itemsize"
    );
    assert_eq!(
        decode(&[0u8; 3]).map_err(|err| format!("{err:#}")),
        Err("TypeError: memoryview: length is not a multiple of itemsize".to_string())
    );
}
