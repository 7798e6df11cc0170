// The check of formats-3. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

#[test]
fn most_significant_byte_first() {
    let wire = Wire::encode(&[1, 258, 0xabcd]);
    assert_eq!(wire.bytes, b"\x00\x01\x01\x02\xab\xcd");
}

#[test]
fn a_view_of_a_wire_has_format_big_endian_h() {
    let wire = Wire::encode(&[1, 258, 0xabcd]);
    let view = View::new(&wire).unwrap();
    assert_eq!(
        (view.format(), view.itemsize(), view.shape(), view.strides()),
        (">H", 2, &[3][..], &[2][..])
    );
}

#[test]
fn it_equals_the_same_numbers_stored_natively() {
    let wire = Wire::encode(&[1, 258, 0xabcd]);
    let view = View::new(&wire).unwrap();
    assert!(
        view == vec![1u16, 258, 0xabcd],
        "a view of the wire should equal vec![1u16, 258, 0xabcd]: views compare values"
    );
    // ...but memoryview cannot read the items one by one:
    let err = view.get(0).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "NotImplementedError: memoryview: unsupported format >H"
    );
}

#[test]
fn decoding_reads_the_numbers() {
    let wire = Wire::encode(&[1, 258, 0xabcd]);
    let view = View::new(&wire).unwrap();
    assert_eq!(decode(&view).unwrap(), [1, 258, 0xabcd]);
}

#[test]
fn decoding_a_slice_with_a_step() {
    let wire = Wire {
        bytes: b"\x00\x01\x00\x02\x00\x03\x00\x04".to_vec(),
    };
    let view = View::new(&wire).unwrap();
    let backwards = view.slice((.., -1)).unwrap(); // view[::-1]
    assert_eq!(decode(&backwards).unwrap(), [4, 3, 2, 1]);
    let odd = view.slice((1.., 2)).unwrap(); // view[1::2]
    assert_eq!(decode(&odd).unwrap(), [2, 4]);
    let none = view.slice(2..2).unwrap(); // view[2:2]
    assert_eq!(decode(&none).unwrap(), []);
}
