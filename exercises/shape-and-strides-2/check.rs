// The check of shape-and-strides-2. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// 3 rows of 4 unsigned shorts (`H`, 2 bytes each):
///
/// ```text
///  1  2  3  4
///  5  6  7  8
///  9 10 11 12
/// ```
fn numbers() -> Vec<u16> {
    (1..=12).collect()
}

/// `memoryview(numbers).cast('B').cast('H', [3, 4])`
#[track_caller]
fn table(numbers: &[u16]) -> View<'_> {
    let flat = View::new(numbers).unwrap().cast("B").unwrap();
    flat.cast_with("H", &[3, 4]).unwrap()
}

/// Shape, strides and items of a view, in one line.
#[track_caller]
fn shown(view: &View) -> String {
    format!(
        "shape {:?}, strides {:?}: {}",
        view.shape(),
        view.strides(),
        view.to_list().unwrap()
    )
}

#[test]
fn a_row() {
    let numbers = numbers();
    let table = table(&numbers);
    assert_eq!(
        shown(&row(&table, 1).unwrap()),
        "shape [4], strides [2]: [5, 6, 7, 8]"
    );
    assert_eq!(
        shown(&row(&table, -1).unwrap()),
        "shape [4], strides [2]: [9, 10, 11, 12]"
    );
}

#[test]
fn a_column_steps_over_a_whole_row() {
    let numbers = numbers();
    let table = table(&numbers);
    assert_eq!(
        shown(&column(&table, 2).unwrap()),
        "shape [3], strides [8]: [3, 7, 11]"
    );
    assert_eq!(
        shown(&column(&table, -4).unwrap()),
        "shape [3], strides [8]: [1, 5, 9]"
    );
}

#[test]
fn rows_and_columns_outside_the_table_are_errors() {
    let numbers = numbers();
    let table = table(&numbers);
    for (what, result) in [("row(3)", row(&table, 3)), ("column(4)", column(&table, 4))] {
        let err = result.map(|view| shown(&view)).unwrap_err();
        assert_eq!(
            format!("{what}: {}", err.exception()),
            format!("{what}: IndexError")
        );
    }
}

#[test]
fn bottom_up_starts_at_the_last_row() {
    let numbers = numbers();
    let table = table(&numbers);
    let view = bottom_up(&table).unwrap();
    assert_eq!(
        shown(&view),
        "shape [3, 4], strides [-8, 2]: [[9, 10, 11, 12], [5, 6, 7, 8], [1, 2, 3, 4]]"
    );
    assert_eq!(view.layout().offset(), 16, "the last row starts at byte 16");
}

#[test]
fn the_views_share_the_tables_bytes() {
    let numbers = numbers();
    let table = table(&numbers);
    for view in [
        row(&table, 1).unwrap(),
        column(&table, 2).unwrap(),
        bottom_up(&table).unwrap(),
    ] {
        assert!(
            std::ptr::eq(view.obj(), table.obj()),
            "a view of the table should look at the table's bytes, not a copy"
        );
    }
}

#[test]
fn views_of_views() {
    let numbers = numbers();
    let table = table(&numbers);
    let upside_down = table.slice((.., -1)).unwrap(); // table[::-1]
    assert_eq!(
        shown(&column(&upside_down, 2).unwrap()),
        "shape [3], strides [-8]: [11, 7, 3]"
    );
    assert_eq!(
        shown(&row(&upside_down, 0).unwrap()),
        "shape [4], strides [2]: [9, 10, 11, 12]"
    );
    let sideways = table.transpose(); // 4 rows of 3: the columns
    assert_eq!(
        shown(&row(&sideways, 1).unwrap()),
        "shape [3], strides [8]: [2, 6, 10]"
    );
    assert_eq!(
        shown(&bottom_up(&sideways).unwrap()),
        "shape [4, 3], strides [-2, 8]: [[4, 8, 12], [3, 7, 11], [2, 6, 10], [1, 5, 9]]"
    );
}

#[test]
fn a_table_of_bytes() {
    // memoryview(bytes(range(6))).cast('B', [2, 3])
    let bytes: Vec<u8> = (0..6).collect();
    let table = View::new(&bytes).unwrap().cast_with("B", &[2, 3]).unwrap();
    assert_eq!(
        shown(&column(&table, -1).unwrap()),
        "shape [2], strides [3]: [2, 5]"
    );
    assert_eq!(
        shown(&row(&table, 1).unwrap()),
        "shape [3], strides [1]: [3, 4, 5]"
    );
    assert_eq!(column_major(&table).unwrap().into_vec(), [0, 3, 1, 4, 2, 5]);
}

#[test]
fn column_major_order() {
    let numbers = numbers();
    let table = table(&numbers);
    let expected: Vec<u8> = [1u16, 5, 9, 2, 6, 10, 3, 7, 11, 4, 8, 12]
        .iter()
        .flat_map(|n| n.to_ne_bytes())
        .collect();
    assert_eq!(column_major(&table).unwrap().into_vec(), expected);
}
