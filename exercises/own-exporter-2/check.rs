// The check of own-exporter-2. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use memview::View;
use pretty_assertions::assert_eq;

/// `height` rows of 4 pixels, each pixel holding its own position.
fn image(height: usize) -> Gray {
    sized(4, height)
}

/// `height` rows of `width` pixels, each pixel holding its own position.
fn sized(width: usize, height: usize) -> Gray {
    Gray {
        width,
        height,
        pixels: (0..(width * height) as u8).collect(),
    }
}

/// A view of `field`, or why memview refused one.
#[track_caller]
fn view<'a>(field: &'a Field<'_>) -> View<'a> {
    match View::new(field) {
        Ok(view) => view,
        Err(err) => panic!("View::new refused the field: {err:#}"),
    }
}

/// Shape, strides, offset and items of a view, in one line.
#[track_caller]
fn shown(view: &View) -> String {
    format!(
        "shape {:?}, strides {:?}, offset {}: {}",
        view.shape(),
        view.strides(),
        view.layout().offset(),
        view.to_list().unwrap()
    )
}

#[test]
fn the_even_rows() {
    let image = image(4);
    let field = Field {
        image: &image,
        first: 0,
    };
    assert_eq!(
        shown(&view(&field)),
        "shape [2, 4], strides [8, 1], offset 0: [[0, 1, 2, 3], [8, 9, 10, 11]]"
    );
}

#[test]
fn the_odd_rows_start_one_row_in() {
    let image = image(4);
    let field = Field {
        image: &image,
        first: 1,
    };
    assert_eq!(
        shown(&view(&field)),
        "shape [2, 4], strides [8, 1], offset 4: [[4, 5, 6, 7], [12, 13, 14, 15]]"
    );
}

#[test]
fn an_odd_height_gives_one_field_more_rows() {
    let image = image(5);
    let even = Field {
        image: &image,
        first: 0,
    };
    let odd = Field {
        image: &image,
        first: 1,
    };
    assert_eq!(view(&even).shape(), [3, 4], "rows 0, 2, 4");
    assert_eq!(view(&odd).shape(), [2, 4], "rows 1, 3");
}

#[test]
fn a_one_row_image_has_no_odd_rows() {
    let image = image(1);
    let odd = Field {
        image: &image,
        first: 1,
    };
    assert_eq!(view(&odd).shape(), [0, 4]);
}

#[test]
fn a_field_is_pythons_stepped_slice() {
    for (width, height) in [(4, 2), (4, 3), (4, 6), (1, 5), (3, 4), (5, 7)] {
        let image = sized(width, height);
        for first in 0..2 {
            let field = Field {
                image: &image,
                first,
            };
            let python = View::new(&image)
                .unwrap()
                .slice((first as isize.., 2))
                .unwrap(); // image[first::2]
            assert_eq!(
                shown(&view(&field)),
                shown(&python),
                "width {width}, height {height}, first {first}: the field should read as \
                 image[{first}::2]"
            );
        }
    }
}

#[test]
fn the_field_lends_the_images_own_pixels() {
    let image = image(4);
    let field = Field {
        image: &image,
        first: 1,
    };
    assert!(
        std::ptr::eq(field.bytes(), &image.pixels[..]),
        "the field should lend the image's pixels, not a copy"
    );
}
