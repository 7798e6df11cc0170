//! The drawings of `ViewOf::diagram`, compared with what they must be.
//!
//! Each test draws a view and compares the whole drawing, so a change to the
//! drawing code shows up as a readable diff of the picture.

use memview::{Layout, Lent, Slice, View};

/// `bytes` lent through any layout.
fn strided(
    bytes: Vec<u8>,
    format: &'static str,
    itemsize: usize,
    shape: &[usize],
    strides: &[isize],
    offset: usize,
) -> Lent<Vec<u8>> {
    Lent::new(
        bytes,
        Layout::strided(format, itemsize, shape, strides, offset).unwrap(),
    )
}

/// Checks what every drawing promises: ASCII, at most 80 columns, no
/// trailing spaces, no trailing newline.
fn checked(drawing: String) -> String {
    for line in drawing.lines() {
        assert!(line.is_ascii(), "not ASCII: {line:?}");
        assert!(line.len() <= 80, "too wide: {line:?}");
        assert!(!line.ends_with(' '), "trailing space: {line:?}");
    }
    assert!(!drawing.ends_with('\n'));
    drawing
}

/// `expected` without the newline that follows the opening `r"`.
fn text(expected: &str) -> &str {
    expected.strip_prefix('\n').unwrap_or(expected)
}

#[test]
fn a_reversed_view_walks_right_to_left() {
    let data = b"abcdef";
    let view = View::new(data).unwrap();
    assert_eq!(
        checked(view.slice((.., -2)).unwrap().diagram()),
        text(
            r"
format 'B', itemsize 1, shape (3,), strides (-2,), offset 5
item [i] starts at byte 5 + i*(-2)

 byte |   0   1   2   3   4   5
  hex |  61  62  63  64  65  66
 char |   a   b   c   d   e   f
 item |   . [2]   . [1]   . [0]

C order: byte 5 -> 3 -> 1"
        )
    );
    let forward = view.slice((1.., 2)).unwrap().diagram();
    assert!(forward.contains("\n item |   . [0]   . [1]   . [2]\n"));
}

#[test]
fn multi_byte_items_span_their_bytes() {
    let numbers = vec![1i32, 2, 3];
    let view = View::new(&numbers).unwrap();
    assert_eq!(
        checked(view.slice((.., -1)).unwrap().diagram()),
        text(
            r"
format 'i', itemsize 4, shape (3,), strides (-4,), offset 8
item [i] starts at byte 8 + i*(-4)

 byte |   0   1   2   3   4   5   6   7   8   9  10  11
  hex |  01  00  00  00  02  00  00  00  03  00  00  00
 item | [2]------------ [1]------------ [0]------------

C order: byte 8 -> 4 -> 0"
        )
    );
}

#[test]
fn items_that_straddle_rows_go_on_in_the_next_row() {
    let unaligned = strided(vec![0; 40], "i", 4, &[5], &[4], 19);
    assert_eq!(
        checked(View::new(&unaligned).unwrap().diagram()),
        text(
            r"
format 'i', itemsize 4, shape (5,), strides (4,), offset 19
item [i] starts at byte 19 + i*4

 byte |   0   1   2   3   4   5   6   7   8   9  10  11  12  13  14  15
  hex |  00  00  00  00  00  00  00  00  00  00  00  00  00  00  00  00
 item |   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .

 byte |  16  17  18  19  20  21  22  23  24  25  26  27  28  29  30  31
  hex |  00  00  00  00  00  00  00  00  00  00  00  00  00  00  00  00
 item |   .   .   . [0]------------ [1]------------ [2]------------ [3]

 byte |  32  33  34  35  36  37  38  39
  hex |  00  00  00  00  00  00  00  00
 item |------------ [4]------------   .

C order: byte 19 -> 23 -> 27 -> 31 -> 35"
        )
    );
}

#[test]
fn a_0d_view_is_one_item_named_by_the_empty_tuple() {
    let numbers = vec![1i32, 2, 3];
    let view = View::new(&numbers).unwrap();
    let bytes = view.cast("B").unwrap();
    let middle = bytes.slice(4..8).unwrap();
    assert_eq!(
        checked(middle.cast_with("i", &[]).unwrap().diagram()),
        text(
            r"
format 'i', itemsize 4, shape (), strides (), offset 4
item [()] starts at byte 4

 byte |    0    1    2    3    4    5    6    7    8    9   10   11
  hex |   01   00   00   00   02   00   00   00   03   00   00   00
 item |    .    .    .    . [()]---------------    .    .    .    .

C order: byte 4"
        )
    );
}

#[test]
fn an_empty_view_covers_nothing() {
    let view = View::new(b"abcdef").unwrap();
    assert_eq!(
        checked(
            view.slice(Slice::new(Some(4), Some(2), Some(2)))
                .unwrap()
                .diagram()
        ), // mv[4:2:2]
        text(
            r"
format 'B', itemsize 1, shape (0,), strides (2,), offset 0
item [i] starts at byte 0 + i*2

 byte |   0   1   2   3   4   5
  hex |  61  62  63  64  65  66
 char |   a   b   c   d   e   f
 item |   .   .   .   .   .   .

no items: the view covers no bytes"
        )
    );
    let nothing: Vec<u8> = Vec::new();
    assert_eq!(
        checked(View::new(&nothing).unwrap().diagram()),
        text(
            r"
format 'B', itemsize 1, shape (0,), strides (1,), offset 0
item [i] starts at byte 0 + i*1

the exporter lends no bytes

no items: the view covers no bytes"
        )
    );
}

#[test]
fn a_grid_in_c_order_and_its_transpose() {
    let view = View::new(b"abcdef").unwrap();
    assert_eq!(
        checked(view.cast_with("B", &[2, 3]).unwrap().diagram()),
        text(
            r"
format 'B', itemsize 1, shape (2, 3), strides (3, 1), offset 0
item [i,j] starts at byte 0 + i*3 + j*1

 byte |     0     1     2     3     4     5
  hex |    61    62    63    64    65    66
 char |     a     b     c     d     e     f
 item | [0,0] [0,1] [0,2] [1,0] [1,1] [1,2]

C order: byte 0 -> 1 -> 2 -> 3 -> 4 -> 5"
        )
    );
    let transposed = strided(b"abcdef".to_vec(), "B", 1, &[3, 2], &[1, 3], 0);
    assert_eq!(
        checked(View::new(&transposed).unwrap().diagram()),
        text(
            r"
format 'B', itemsize 1, shape (3, 2), strides (1, 3), offset 0
item [i,j] starts at byte 0 + i*1 + j*3

 byte |     0     1     2     3     4     5
  hex |    61    62    63    64    65    66
 char |     a     b     c     d     e     f
 item | [0,0] [1,0] [2,0] [0,1] [1,1] [2,1]

C order: byte 0 -> 3 -> 1 -> 4 -> 2 -> 5"
        )
    );
}

#[test]
fn one_column_of_an_rgb_image() {
    // 2 rows of 3 pixels, 3 channels each; the middle column.
    let pixels: Vec<u8> = (0..18).map(|i| i * 10).collect();
    let image = strided(pixels, "B", 1, &[2, 3, 3], &[9, 3, 1], 0);
    let view = View::new(&image).unwrap();
    assert_eq!(
        checked(view.slice_dim(1, 1..2).unwrap().diagram()),
        text(
            r"
format 'B', itemsize 1, shape (2, 1, 3), strides (9, 3, 1), offset 3
item [i,j,k] starts at byte 3 + i*9 + j*3 + k*1

 byte |       0       1       2       3       4       5       6       7       8
  hex |      00      0a      14      1e      28      32      3c      46      50
 item |       .       .       . [0,0,0] [0,0,1] [0,0,2]       .       .       .

 byte |       9      10      11      12      13      14      15      16      17
  hex |      5a      64      6e      78      82      8c      96      a0      aa
 item |       .       .       . [1,0,0] [1,0,1] [1,0,2]       .       .       .

C order: byte 3 -> 4 -> 5 -> 12 -> 13 -> 14"
        )
    );
}

#[test]
fn a_long_buffer_is_drawn_where_the_items_are() {
    let data: Vec<u8> = (0..=255).chain(0..44).collect();
    let view = View::new(&data).unwrap();
    assert_eq!(
        checked(view.slice((10..290, 90)).unwrap().diagram()),
        text(
            r"
format 'B', itemsize 1, shape (4,), strides (90,), offset 10
item [i] starts at byte 10 + i*90

 byte |   0   1   2   3   4   5   6   7   8   9  10  11  12  13  14  15
  hex |  00  01  02  03  04  05  06  07  08  09  0a  0b  0c  0d  0e  0f
 item |   .   .   .   .   .   .   .   .   .   . [0]   .   .   .   .   .

 ...  | bytes 16 to 95 not drawn

 byte |  96  97  98  99 100 101 102 103 104 105 106 107 108 109 110 111
  hex |  60  61  62  63  64  65  66  67  68  69  6a  6b  6c  6d  6e  6f
 item |   .   .   .   . [1]   .   .   .   .   .   .   .   .   .   .   .

 ...  | bytes 112 to 175 not drawn

 byte | 176 177 178 179 180 181 182 183 184 185 186 187 188 189 190 191
  hex |  b0  b1  b2  b3  b4  b5  b6  b7  b8  b9  ba  bb  bc  bd  be  bf
 item |   .   .   .   .   .   .   .   .   .   .   .   .   .   . [2]   .

 ...  | bytes 192 to 271 not drawn

 byte | 272 273 274 275 276 277 278 279 280 281 282 283 284 285 286 287
  hex |  10  11  12  13  14  15  16  17  18  19  1a  1b  1c  1d  1e  1f
 item |   .   .   .   .   .   .   .   . [3]   .   .   .   .   .   .   .

 ...  | bytes 288 to 299 not drawn

C order: byte 10 -> 100 -> 190 -> 280"
        )
    );
}

#[test]
fn a_long_view_keeps_its_first_and_last_rows() {
    let data: Vec<u8> = (0..1000).map(|i| (i % 256) as u8).collect();
    let view = View::new(&data).unwrap();
    let drawing = checked(view.slice((.., -1)).unwrap().diagram());
    let rows: Vec<&str> = drawing
        .lines()
        .filter(|l| l.starts_with(" byte |"))
        .collect();
    assert_eq!(rows.len(), 8);
    assert!(rows[0].starts_with(" byte |     0     1 "));
    assert!(rows[7].ends_with("   996   997   998   999"));
    assert!(drawing.contains("\n ...  | bytes 48 to 959 not drawn\n"));
    assert!(drawing.contains("\n item |   [3]   [2]   [1]   [0]\n"));
    assert!(drawing.ends_with(
        "\nC order: byte 999 -> 998 -> 997 -> 996 -> 995 -> 994 -> 993 -> ... (1000 items)"
    ));
}

#[test]
fn shared_bytes_are_marked() {
    let repeated = strided(vec![7, 8], "h", 2, &[3, 2], &[0, 0], 0);
    assert_eq!(
        checked(View::new(&repeated).unwrap().diagram()),
        text(
            r"
format 'h', itemsize 2, shape (3, 2), strides (0, 0), offset 0
item [i,j] starts at byte 0 + i*0 + j*0

 byte |      0      1
  hex |     07     08
 item | [0,0]+------+

+ marks a byte that several items share; the first in C order is named
C order: byte 0 -> 0 -> 0 -> 0 -> 0 -> 0"
        )
    );
}

#[test]
fn sixty_four_dimensions_are_cut_short() {
    let deep = strided(vec![1, 2, 3], "B", 1, &[1; 64], &[-1; 64], 1);
    assert_eq!(
        checked(View::new(&deep).unwrap().diagram()),
        text(
            r"
format 'B', itemsize 1, offset 1, ndim 64
shape (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, ..., 1)
strides (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, ..., -1)
item [i0,...,i63] starts at byte offset + i0*strides[0] + ... + i63*strides[63]

 byte |  0  1  2
  hex | 01 02 03
 item |  . #0  .

#k is the k-th item in C order (its index is too long to draw)
C order: byte 1"
        )
    );
}

#[test]
fn huge_views_are_drawn_in_bounded_time() {
    // 2**62 items on one byte.
    let one_byte = strided(vec![7], "B", 1, &[1 << 62], &[0], 0);
    let drawing = checked(View::new(&one_byte).unwrap().diagram());
    assert!(drawing.contains("\n item |                   [0]+\n"));
    assert!(drawing.ends_with("... (4611686018427387904 items)"));
    // 2**62 items over 63 bytes, most bytes shared by astronomically many.
    let dense = strided((0..63).collect(), "B", 1, &[2; 62], &[1; 62], 0);
    let drawing = checked(View::new(&dense).unwrap().diagram());
    assert!(drawing.contains("the search stopped after 100000 steps"));
    // Huge strides and offsets.
    let far = strided(vec![0; 450], "B", 1, &[2, 2], &[-150, 299], 150);
    let drawing = checked(View::new(&far).unwrap().diagram());
    assert!(drawing.ends_with("C order: byte 150 -> 449 -> 0 -> 299"));
}

/// The drawings in the module docs are the real ones.
#[test]
fn module_doc_drawings_are_real() {
    let source = include_str!("../src/diagram/mod.rs");
    let docs: Vec<&str> = source
        .lines()
        .map_while(|l| l.strip_prefix("//!"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect();
    let mut drawings = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in docs {
        match (line, current.as_mut()) {
            ("```text", None) => current = Some(Vec::new()),
            ("```", Some(lines)) => {
                drawings.push(lines.join("\n"));
                current = None;
            }
            (line, Some(lines)) => lines.push(line),
            _ => {}
        }
    }
    let data = b"abcdef";
    let reversed = View::new(data).unwrap();
    let by_columns = strided(data.to_vec(), "B", 1, &[2, 3], &[1, 2], 0);
    let expected = [
        reversed.slice((.., -2)).unwrap().diagram(),
        View::new(&by_columns).unwrap().diagram(),
    ];
    assert_eq!(drawings, expected);
}
