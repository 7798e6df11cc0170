// The check of buffer-protocol-3. In each `assert_eq!`, the left side is
// what your code gives and the right side what it should give.

use super::*;
use pretty_assertions::assert_eq;

/// 2 rows of 3 black pixels.
fn image() -> Gray {
    Gray {
        width: 3,
        height: 2,
        pixels: vec![0; 6],
    }
}

#[test]
fn a_view_sees_rows_and_columns() {
    let image = image();
    let view = View::new(&image).unwrap();
    assert_eq!(view.shape(), [2, 3], "the shape: [height, width]");
    assert_eq!(view.strides(), [3, 1], "the strides: one row, one pixel");
}

#[test]
fn lighting_up_writes_the_right_byte() {
    let mut image = image();
    light_up(&mut image, 1, 2).unwrap();
    assert_eq!(image.pixels, [0, 0, 0, 0, 0, 255]);
    light_up(&mut image, -2, -3).unwrap(); // row 0, column 0
    assert_eq!(image.pixels, [255, 0, 0, 0, 0, 255]);
}

#[test]
fn outside_the_image_is_an_index_error() {
    let mut image = image();
    let err = light_up(&mut image, 0, 3).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "IndexError: index out of bounds on dimension 2"
    );
    assert_eq!(image.pixels, [0; 6]);
}

#[test]
fn rows_print_like_tolist() {
    let mut image = image();
    image.pixels[1] = 255;
    assert_eq!(rows(&image).unwrap(), "[[0, 255, 0], [0, 0, 0]]");
}

#[test]
fn the_image_lends_itself_for_writing() {
    let mut image = image();
    let mut view = ViewMut::new(&mut image)
        .unwrap_or_else(|err| panic!("ViewMut::new(&mut image) refused: {err:#}"));
    view.set_at(&[1, 2], 255).unwrap();
    assert_eq!(image.pixels, [0, 0, 0, 0, 0, 255]);
}

#[test]
fn images_with_no_pixels() {
    let no_columns = Gray {
        width: 0,
        height: 3,
        pixels: vec![],
    };
    assert_eq!(rows(&no_columns).unwrap(), "[[], [], []]");
    let no_rows = Gray {
        width: 3,
        height: 0,
        pixels: vec![],
    };
    assert_eq!(rows(&no_rows).unwrap(), "[]");
}

#[test]
fn too_few_pixels_are_refused() {
    // 2 rows of 3 need 6 pixels: the view refuses 5, and says so.
    let mut short = Gray {
        width: 3,
        height: 2,
        pixels: vec![0; 5],
    };
    let refused = |result: Result<String>| result.map_err(|err| err.exception().to_string());
    assert_eq!(refused(rows(&short)), Err("BufferError".into()), "rows()");
    let lit = light_up(&mut short, 0, 0).map(|()| "lit".to_string());
    assert_eq!(refused(lit), Err("BufferError".into()), "light_up()");
    assert_eq!(short.pixels, [0; 5]);
}
