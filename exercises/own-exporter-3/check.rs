// The check of own-exporter-3. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use memview::View;
use pretty_assertions::assert_eq;

/// 3 rows of 4 pixels, each byte holding its own position.
fn counting() -> Image {
    Image {
        width: 4,
        height: 3,
        pixels: (0..36).collect(),
    }
}

/// What a view of `window` reads, or why it was refused.
#[track_caller]
fn seen(window: &Window) -> String {
    match View::new(window) {
        Ok(view) => format!(
            "shape {:?}, strides {:?}: {}",
            view.shape(),
            view.strides(),
            view.to_list().unwrap()
        ),
        Err(err) => format!("{err:#}"),
    }
}

/// What memview's own views read for image[top:top + height, left:left + width].
#[track_caller]
fn expected(top: isize, left: isize, height: isize, width: isize) -> String {
    let image = counting();
    let view = View::new(&image).unwrap();
    let rows = view.slice(top..top + height).unwrap();
    let rect = rows.slice_dim(1, left..left + width).unwrap();
    format!(
        "shape {:?}, strides {:?}: {}",
        rect.shape(),
        rect.strides(),
        rect.to_list().unwrap()
    )
}

#[test]
fn the_whole_image() {
    let mut image = counting();
    let window = Window {
        image: &mut image,
        top: 0,
        left: 0,
        height: 3,
        width: 4,
    };
    assert_eq!(seen(&window), expected(0, 0, 3, 4));
}

#[test]
fn a_rectangle_inside() {
    let mut image = counting();
    let window = Window {
        image: &mut image,
        top: 1,
        left: 1,
        height: 2,
        width: 2,
    };
    assert_eq!(
        seen(&window),
        "shape [2, 2, 3], strides [12, 3, 1]: \
         [[[15, 16, 17], [18, 19, 20]], [[27, 28, 29], [30, 31, 32]]]"
    );
}

#[test]
fn rectangles_everywhere() {
    for (top, left, height, width) in [(0, 3, 3, 1), (2, 0, 1, 4), (1, 2, 1, 1), (0, 0, 0, 2)] {
        let mut image = counting();
        let window = Window {
            image: &mut image,
            top,
            left,
            height,
            width,
        };
        assert_eq!(
            seen(&window),
            expected(top as isize, left as isize, height as isize, width as isize),
            "top {top}, left {left}, height {height}, width {width}"
        );
    }
}

#[test]
fn the_window_lends_the_images_own_pixels() {
    let mut image = counting();
    let start = image.pixels.as_ptr();
    let window = Window {
        image: &mut image,
        top: 1,
        left: 1,
        height: 1,
        width: 1,
    };
    assert!(
        std::ptr::eq(window.bytes().as_ptr(), start),
        "the window should lend the image's pixels, not a copy"
    );
}

#[test]
fn the_window_lends_itself_for_writing() {
    let mut image = counting();
    let mut window = Window {
        image: &mut image,
        top: 1,
        left: 2,
        height: 2,
        width: 2,
    };
    let mut view = ViewMut::new(&mut window)
        .unwrap_or_else(|err| panic!("ViewMut::new(&mut window) refused: {err:#}"));
    view.set_at(&[0, 0, 0], 255).unwrap(); // window[0, 0, red]: image pixel [1, 2]
    assert_eq!(image.pixels[18], 255);
}

#[test]
fn filling_paints_the_rectangle_only() {
    let mut image = Image {
        width: 4,
        height: 3,
        pixels: vec![0; 36],
    };
    let mut window = Window {
        image: &mut image,
        top: 1,
        left: 1,
        height: 2,
        width: 2,
    };
    fill(&mut window, [255, 128, 1]).unwrap();
    let rows: Vec<String> = (0..3)
        .map(|row| {
            View::new(&image)
                .unwrap()
                .sub_view(row)
                .unwrap()
                .hex_with(' ', 3)
                .unwrap()
        })
        .collect();
    assert_eq!(
        rows,
        [
            "000000 000000 000000 000000",
            "000000 ff8001 ff8001 000000",
            "000000 ff8001 ff8001 000000",
        ]
    );
}

#[test]
fn a_window_past_the_bottom_is_refused() {
    let mut image = counting();
    let window = Window {
        image: &mut image,
        top: 2,
        left: 0,
        height: 2,
        width: 1,
    };
    assert_eq!(
        seen(&window),
        "BufferError: the window does not fit in the image"
    );
}

#[test]
fn a_window_past_the_right_edge_is_refused_too() {
    // Columns 3 and 4 of row 0: "column 4" would be pixel [1, 0], whose
    // bytes exist, so no check of the bytes alone can see the mistake.
    let mut image = counting();
    let window = Window {
        image: &mut image,
        top: 0,
        left: 3,
        height: 1,
        width: 2,
    };
    assert_eq!(
        seen(&window),
        "BufferError: the window does not fit in the image"
    );
}

#[test]
fn filling_a_window_that_does_not_fit_paints_nothing() {
    let mut image = Image {
        width: 4,
        height: 3,
        pixels: vec![0; 36],
    };
    let mut window = Window {
        image: &mut image,
        top: 0,
        left: 3,
        height: 1,
        width: 2,
    };
    let err = fill(&mut window, [255, 255, 255]).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "BufferError: the window does not fit in the image"
    );
    assert_eq!(image.pixels, [0; 36]);
}
