// The check of own-exporter-1. In each `assert_eq!`, the left side is what
// your code gives and the right side what it should give.

use super::*;
use memview::View;
use pretty_assertions::assert_eq;

/// Three frames of stereo: left 1, 3, 5 and right -1, -3, -5.
fn stereo() -> Pcm {
    Pcm {
        channels: 2,
        samples: vec![1, -1, 3, -3, 5, -5],
    }
}

#[test]
fn a_view_reads_frames_of_channels() {
    let pcm = stereo();
    let view = View::new(&pcm).unwrap();
    assert_eq!(
        (view.format(), view.itemsize(), view.shape(), view.strides()),
        ("h", 2, &[3, 2][..], &[4, 2][..]),
        "format, itemsize, shape, strides"
    );
    assert_eq!(
        view.to_list().unwrap().to_string(),
        "[[1, -1], [3, -3], [5, -5]]"
    );
}

#[test]
fn surround_has_six_channels() {
    let pcm = Pcm {
        channels: 6,
        samples: (0..12).collect(),
    };
    let view = View::new(&pcm).unwrap();
    assert_eq!((view.shape(), view.strides()), (&[2, 6][..], &[12, 2][..]));
    assert_eq!(view.get_at(&[1, 2]).unwrap().to_string(), "8");
}

#[test]
fn the_recording_lends_itself_for_writing() {
    let mut pcm = stereo();
    let mut view = ViewMut::new(&mut pcm)
        .unwrap_or_else(|err| panic!("ViewMut::new(&mut pcm) refused: {err:#}"));
    view.set_at(&[2, 1], 7).unwrap(); // frames[2, 1] = 7
    assert_eq!(pcm.samples, [1, -1, 3, -3, 5, 7]);
}

#[test]
fn muting_the_left_channel() {
    let mut pcm = stereo();
    mute(&mut pcm, 0).unwrap();
    assert_eq!(pcm.samples, [0, -1, 0, -3, 0, -5]);
}

#[test]
fn muting_the_last_channel() {
    let mut pcm = stereo();
    mute(&mut pcm, -1).unwrap();
    assert_eq!(pcm.samples, [1, 0, 3, 0, 5, 0]);
}

#[test]
fn a_channel_that_does_not_exist() {
    let mut pcm = stereo();
    let err = mute(&mut pcm, 2).unwrap_err();
    assert_eq!(
        format!("{err:#}"),
        "IndexError: index out of bounds on dimension 2"
    );
    assert_eq!(pcm.samples, [1, -1, 3, -3, 5, -5], "unchanged");
}
