// The check of views-1. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

// `support/allocations.rs`, which the runner adds to every check.
use crate::allocations::counted;

/// What a view holds, as Python prints `bytes(view)`.
#[track_caller]
fn shown(view: View) -> String {
    view.to_bytes().unwrap().to_string()
}

#[test]
fn the_last_three() {
    let mv = View::new(b"abcdefgh").unwrap();
    assert_eq!(shown(last_three(&mv).unwrap()), "b'fgh'");
}

#[test]
fn backwards_walks_back_through_the_same_bytes() {
    let mv = View::new(b"abcdefgh").unwrap();
    let back = backwards(&mv).unwrap();
    assert_eq!(back.strides(), [-1], "a step of -1 byte");
    assert_eq!(shown(back), "b'hgfedcba'");
}

#[test]
fn every_other_from_the_second() {
    let mv = View::new(b"abcdefgh").unwrap();
    assert_eq!(shown(odd_places(&mv).unwrap()), "b'bdfh'");
}

#[test]
fn all_but_the_ends() {
    let mv = View::new(b"abcdefgh").unwrap();
    assert_eq!(shown(inside(&mv).unwrap()), "b'bcdefg'");
}

#[test]
fn slices_count_items_not_bytes() {
    let numbers = vec![10u16, 20, 30, 40, 50]; // array('H', [10, 20, 30, 40, 50])
    let mv = View::new(&numbers).unwrap();
    assert_eq!(
        last_three(&mv).unwrap().to_list().unwrap().to_string(),
        "[30, 40, 50]"
    );
    assert_eq!(
        odd_places(&mv).unwrap().to_list().unwrap().to_string(),
        "[20, 40]"
    );
}

#[test]
fn short_views_are_clamped_as_in_python() {
    let mv = View::new(b"ab").unwrap();
    assert_eq!(shown(last_three(&mv).unwrap()), "b'ab'");
    assert_eq!(shown(inside(&mv).unwrap()), "b''");
    let empty = View::new(b"").unwrap();
    for (what, result) in [
        ("last_three", last_three(&empty)),
        ("backwards", backwards(&empty)),
        ("odd_places", odd_places(&empty)),
        ("inside", inside(&empty)),
    ] {
        assert_eq!((what, shown(result.unwrap())), (what, "b''".to_string()));
    }
}

#[test]
fn a_view_that_already_walks_backwards() {
    let mv = View::new(b"abcdefgh").unwrap();
    let back = mv.slice((.., -1)).unwrap(); // mv[::-1], b'hgfedcba'
    assert_eq!(shown(backwards(&back).unwrap()), "b'abcdefgh'");
    assert_eq!(shown(last_three(&back).unwrap()), "b'cba'");
    assert_eq!(shown(odd_places(&back).unwrap()), "b'geca'");
}

/// What a view holds, as Python prints `view.tolist()`.
#[track_caller]
fn listed(view: View) -> String {
    view.to_list().unwrap().to_string()
}

#[test]
fn a_grid_is_sliced_by_rows() {
    // memoryview(b'abcdefgh').cast('B', (4, 2)): 4 rows of 2 bytes
    let grid = View::new(b"abcdefgh")
        .unwrap()
        .cast_with("B", &[4, 2])
        .unwrap();
    assert_eq!(
        listed(last_three(&grid).unwrap()),
        "[[99, 100], [101, 102], [103, 104]]"
    );
    let back = backwards(&grid).unwrap();
    assert_eq!(back.strides(), [-2, 1], "a step of -1 row");
    assert_eq!(
        listed(back),
        "[[103, 104], [101, 102], [99, 100], [97, 98]]"
    );
    assert_eq!(
        listed(odd_places(&grid).unwrap()),
        "[[99, 100], [103, 104]]"
    );
    assert_eq!(listed(inside(&grid).unwrap()), "[[99, 100], [101, 102]]");
}

#[test]
fn nothing_is_copied() {
    static DATA: [u8; 1000] = [7; 1000];
    let mv = View::new(&DATA).unwrap();
    let functions: [(&str, fn(&View<'static>) -> Result<View<'static>>); 4] = [
        ("last_three", last_three),
        ("backwards", backwards),
        ("odd_places", odd_places),
        ("inside", inside),
    ];
    for (what, function) in functions {
        let (part, asked) = counted(|| function(&mv).unwrap());
        assert!(
            std::ptr::eq(part.obj(), mv.obj()),
            "{what}(&mv) should look at mv's own bytes, not at a copy"
        );
        assert_eq!(
            (what, asked),
            (what, 0),
            "how many times {what} asked for new memory: a slice of a view needs none"
        );
    }
}
