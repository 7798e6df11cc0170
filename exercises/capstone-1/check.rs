// The check of capstone-1. In each `assert_eq!`, the left side is what your
// code gives and the right side what it should give. The tests go step by
// step: step 1 first.

use super::*;
use pretty_assertions::assert_eq;

// `support/allocations.rs`, which the runner adds to every check.
use crate::allocations;

/// The value of `result`, or a failure that prints its error as Python would.
#[track_caller]
fn ok<T>(result: Result<T>) -> T {
    match result {
        Ok(value) => value,
        Err(err) => panic!("{err:#}"),
    }
}

/// `height` rows of `width` pixels whose bytes count 0, 1, 2, ...
fn counting(width: usize, height: usize) -> Image {
    Image {
        width,
        height,
        pixels: (0..=255u8).cycle().take(width * height * 3).collect(),
    }
}

/// The image's rows, each as `"000102 030405 ..."`: one group per pixel.
fn rows(image: &Image) -> Vec<String> {
    image
        .pixels
        .chunks(3 * image.width)
        .map(|row| {
            let pixels: Vec<String> = row
                .chunks(3)
                .map(|p| format!("{:02x}{:02x}{:02x}", p[0], p[1], p[2]))
                .collect();
            pixels.join(" ")
        })
        .collect()
}

/// Rows `top..top + height` and columns `left..left + width` of `image`,
/// for writing: NumPy's `image[top:top + height, left:left + width]`.
#[track_caller]
fn selection(
    image: &mut Image,
    top: isize,
    left: isize,
    height: isize,
    width: isize,
) -> ViewMut<'_> {
    ok(ok(ok(ViewMut::new(image)).into_slice(top..top + height))
        .into_slice_dim(1, left..left + width))
}

// Step 1: the exporter, and one pixel.

#[test]
fn step_1_the_image_is_rows_of_pixels_of_channels() {
    let image = counting(4, 2);
    let view = ok(View::new(&image));
    assert_eq!(
        (view.format(), view.shape(), view.strides()),
        ("B", &[2, 4, 3][..], &[12, 3, 1][..]),
        "format, shape, strides"
    );
}

#[test]
fn step_1_the_image_lends_itself_for_writing() {
    let mut image = counting(4, 2);
    let mut view = ok(ViewMut::new(&mut image));
    ok(view.set_at(&[1, 3, 2], 255));
    assert_eq!(image.pixels[23], 255);
}

#[test]
fn step_1_one_pixel() {
    let image = counting(4, 2);
    assert_eq!(ok(pixel(&image, 0, 0)), "[0, 1, 2]");
    assert_eq!(ok(pixel(&image, 1, 2)), "[18, 19, 20]");
    assert_eq!(ok(pixel(&image, -1, -1)), "[21, 22, 23]");
    let err = pixel(&image, 0, 4).unwrap_err();
    assert_eq!(
        format!("pixel(&image, 0, 4): {}", err.exception()),
        "pixel(&image, 0, 4): IndexError",
        "there is no column 4"
    );
}

// Step 2: the mean of a channel.

#[test]
fn step_2_the_mean_of_each_channel() {
    let image = counting(4, 2);
    let all = ok(View::new(&image));
    // red: 0, 3, 6, ..., 21; green: one more; blue: two more
    assert_eq!(ok(mean(&all, Channel::Red)), 10.5);
    assert_eq!(ok(mean(&all, Channel::Green)), 11.5);
    assert_eq!(ok(mean(&all, Channel::Blue)), 12.5);
}

#[test]
fn step_2_the_mean_of_a_selection() {
    let image = counting(4, 2);
    let all = ok(View::new(&image));
    // row 1, columns 1 and 2: the pixels 0f1011 and 121314
    let part = ok(ok(all.slice(1..2)).slice_dim(1, 1..3));
    assert_eq!(ok(mean(&part, Channel::Red)), 16.5, "(15 + 18) / 2");
    assert_eq!(ok(mean(&part, Channel::Blue)), 18.5, "(17 + 20) / 2");
    let upside_down = ok(all.slice((.., -1)));
    assert_eq!(ok(mean(&upside_down, Channel::Green)), 11.5);
}

#[test]
fn step_2_the_mean_copies_nothing() {
    let image = counting(100, 30); // 3000 bytes a channel
    let all = ok(View::new(&image));
    let (result, largest) = allocations::largest(|| mean(&all, Channel::Green));
    ok(result);
    assert!(
        largest < 3000,
        "mean() held {largest} bytes at once, as much as a copy of the channel \
         (3000 bytes): read the channel through the view instead"
    );
}

// Step 3: a gain on one channel.

#[test]
fn step_3_a_gain_on_one_channel() {
    let mut image = Image {
        width: 2,
        height: 1,
        pixels: vec![10, 20, 30, 100, 90, 102],
    };
    ok(gain(&mut ok(ViewMut::new(&mut image)), Channel::Green, 1.5));
    assert_eq!(
        rows(&image),
        ["0a1e1e 648766"],
        "green 20 and 90 become 30 and 135"
    );
}

#[test]
fn step_3_values_stop_at_255() {
    let mut image = Image {
        width: 2,
        height: 1,
        pixels: vec![10, 20, 30, 100, 200, 250],
    };
    ok(gain(&mut ok(ViewMut::new(&mut image)), Channel::Blue, 2.0));
    assert_eq!(
        rows(&image),
        ["0a143c 64c8ff"],
        "250 * 2 is 500: too bright for a byte"
    );
}

#[test]
fn step_3_a_gain_below_one_darkens() {
    let mut image = counting(4, 2);
    ok(gain(&mut ok(ViewMut::new(&mut image)), Channel::Red, 0.4));
    assert_eq!(
        rows(&image),
        ["000102 010405 020708 040a0b", "050d0e 061011 071314 081617"],
        "red 0, 3, 6, 9, ... become round(0.0), round(1.2), round(2.4), round(3.6), ..."
    );
}

#[test]
fn step_3_only_the_selection_changes() {
    let mut image = counting(4, 2);
    // rows 0 and 1, columns 1 and 2: green 4, 7, 16 and 19 double
    ok(gain(
        &mut selection(&mut image, 0, 1, 2, 2),
        Channel::Green,
        2.0,
    ));
    assert_eq!(
        rows(&image),
        ["000102 030805 060e08 090a0b", "0c0d0e 0f2011 122614 151617"]
    );
}

// Step 4: a mirror image, in place.

#[test]
fn step_4_a_mirror_image() {
    let mut image = counting(4, 2);
    ok(mirror(&mut ok(ViewMut::new(&mut image))));
    assert_eq!(
        rows(&image),
        ["090a0b 060708 030405 000102", "151617 121314 0f1011 0c0d0e"]
    );
}

#[test]
fn step_4_the_mirror_is_what_a_negative_stride_shows() {
    for (width, height) in [(1, 1), (2, 3), (5, 2), (7, 7)] {
        let mut image = counting(width, height);
        let expected = {
            let view = View::new(&image).unwrap();
            view.slice_dim(1, (.., -1))
                .unwrap()
                .to_bytes()
                .unwrap()
                .into_vec() // columns backwards
        };
        ok(mirror(&mut ok(ViewMut::new(&mut image))));
        assert!(
            image.pixels == expected,
            "a {width}x{height} image, mirrored, should hold the bytes of its view \
             slice_dim(1, (.., -1)):\n{:?}\nbut holds\n{:?}",
            expected,
            image.pixels
        );
    }
}

#[test]
fn step_4_twice_is_the_original() {
    let mut image = counting(5, 3);
    ok(mirror(&mut ok(ViewMut::new(&mut image))));
    ok(mirror(&mut ok(ViewMut::new(&mut image))));
    assert_eq!(rows(&image), rows(&counting(5, 3)));
}

#[test]
fn step_4_mirroring_a_selection() {
    let mut image = counting(4, 2);
    // rows 0 and 1, columns 1 to 3
    ok(mirror(&mut selection(&mut image, 0, 1, 2, 3)));
    assert_eq!(
        rows(&image),
        ["000102 090a0b 060708 030405", "0c0d0e 151617 121314 0f1011"]
    );
}

#[test]
fn step_4_in_place_a_row_at_a_time() {
    let mut image = counting(100, 10); // 300 bytes a row, 3000 in all
    let start = image.pixels.as_ptr();
    let mut all = ok(ViewMut::new(&mut image));
    let (result, largest) = allocations::largest(|| mirror(&mut all));
    ok(result);
    drop(all);
    assert!(
        largest <= 300,
        "mirror() held {largest} bytes at once, more than a row of the image \
         (300 bytes): mirror it in place, without a copy of the whole image"
    );
    assert!(
        std::ptr::eq(image.pixels.as_ptr(), start),
        "the image's pixels should stay where they are"
    );
}
