//! Layout diagrams: a plain-text picture of which bytes a view covers.
//!
//! A view is an exporter's bytes read through a layout, and the layout is
//! easiest to understand by looking at it. [`ViewOf::diagram`] draws the
//! exporter's bytes in a row, with each item's index written under the byte
//! where the item starts. Here is `memoryview(b'abcdef')[::-2]`:
//!
//! ```text
//! format 'B', itemsize 1, shape (3,), strides (-2,), offset 5
//! item [i] starts at byte 5 + i*(-2)
//!
//!  byte |   0   1   2   3   4   5
//!   hex |  61  62  63  64  65  66
//!  char |   a   b   c   d   e   f
//!  item |   . [2]   . [1]   . [0]
//!
//! C order: byte 5 -> 3 -> 1
//! ```
//!
//! Reading it from the top:
//!
//! - The **header** gives the layout as Python prints it (`mv.format`,
//!   `mv.itemsize`, `mv.shape`, `mv.strides`) and the offset of item `[0]`,
//!   then the address formula with these numbers filled in.
//! - **`byte`** numbers the exporter's bytes from 0, **`hex`** shows their
//!   values, and **`char`** shows them as text when every byte drawn is a
//!   visible ASCII character.
//! - **`item`** names the item that starts at each byte, by the index you
//!   would give `mv[...]`: `[2]`, `[1,0]` for a 2-D view, `[()]` for a 0-d
//!   one. An item of several bytes continues as `----` over the rest of its
//!   bytes; a byte no item covers is a `.`, so the gaps that steps leave are
//!   dots. Here `[0]` is on the right and `[2]` on the left: the view walks
//!   the bytes backwards.
//! - The last line lists where the items start in C order (the order of
//!   `tolist()` and `tobytes()`): `5 -> 3 -> 1` is `b'fdb'`.
//!
//! An N-D view names its items by their full index. Here a 2×3 grid is read
//! column by column (Fortran order, strides `(1, 2)`), so walking it in C
//! order jumps back and forth:
//!
//! ```text
//! format 'B', itemsize 1, shape (2, 3), strides (1, 2), offset 0
//! item [i,j] starts at byte 0 + i*1 + j*2
//!
//!  byte |     0     1     2     3     4     5
//!   hex |    61    62    63    64    65    66
//!  char |     a     b     c     d     e     f
//!  item | [0,0] [1,0] [0,1] [1,1] [0,2] [1,2]
//!
//! C order: byte 0 -> 2 -> 4 -> 1 -> 3 -> 5
//! ```
//!
//! Long buffers wrap, at most 16 bytes to a row (fewer when the labels are
//! wide, so that no line is longer than 80 columns, and whole items to a row
//! when an item fits on one), with a `byte` line numbering each row. A buffer
//! of more than 8 rows is not drawn whole: only the rows where the first
//! items and the last items (in C order) lie, 8 rows at most, and a `...`
//! line says which bytes each run of left-out rows holds. Indexes too long
//! to fit a column (views of many dimensions) are replaced by `#k`, the
//! item's number in C order; a byte that several items share (a stride of 0)
//! has a `+` after its label. Tuples too long for the header are cut short
//! with `...`. The drawing is plain ASCII, has no trailing spaces, never
//! panics, and depends only on the view, so a test can
//! compare it with the text printed in the book.

use crate::shape::Layout;
use crate::shape::walk::{Offsets, c_index};
use crate::views::{Storage, ViewOf};
use rows::{Part, Sketch};

mod cover;
mod rows;

/// No line of a drawing is longer than this.
const MAX_WIDTH: usize = 80;
/// The most bytes drawn on one row.
const MAX_PER_ROW: usize = 16;
/// The most rows drawn; a longer buffer is drawn at both ends of the view.
const MAX_ROWS: usize = 8;
/// The widest index label drawn (`[479,639,2]`); wider ones become `#k`.
const MAX_LABEL: usize = 16;
/// The most items looked at when choosing which rows of a long buffer to draw.
pub(crate) const ITEMS_FOR_ROWS: usize = 256;
/// The most steps spent finding the items that cover the drawn bytes.
const MAX_STEPS: usize = 100_000;
/// The row names on the left: `" byte |"`.
const MARGIN: usize = 7;

impl<B: Storage> ViewOf<B> {
    /// A plain-text drawing of the exporter's bytes and of which item of
    /// this view each byte belongs to; see the [module docs](crate::diagram)
    /// for how to read it. No line is wider than 80 columns, and any view,
    /// however large, gives a drawing of a few dozen lines.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;     // mv = memoryview(b'abcdef')
    /// let back = view.slice((.., -2))?;     // mv[::-2]
    /// assert_eq!(back.diagram(), "\
    /// format 'B', itemsize 1, shape (3,), strides (-2,), offset 5
    /// item [i] starts at byte 5 + i*(-2)
    ///
    ///  byte |   0   1   2   3   4   5
    ///   hex |  61  62  63  64  65  66
    ///  char |   a   b   c   d   e   f
    ///  item |   . [2]   . [1]   . [0]
    ///
    /// C order: byte 5 -> 3 -> 1");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn diagram(&self) -> String {
        draw(self.bytes.as_ref(), &self.layout)
    }
}

/// The whole drawing of `layout` over `bytes`.
fn draw(bytes: &[u8], layout: &Layout) -> String {
    let mut lines = header(layout);
    lines.push(formula(layout));
    lines.push(String::new());

    let labels = Labels::for_layout(layout);
    let offset_width = digits(bytes.len().saturating_sub(1));
    let mut cell = 1 + labels.width.max(offset_width).max(2);
    let mut sketch = Sketch::new(bytes.len(), layout, cell);
    if sketch.cover.shared {
        // Make room for the `+` after each label.
        cell += 1;
        sketch = Sketch::new(bytes.len(), layout, cell);
    }
    let Sketch { parts, cover } = sketch;
    let as_text = parts.iter().all(|part| match part {
        Part::Row(r) => bytes[r.clone()].iter().all(u8::is_ascii_graphic),
        Part::Gap(_) => true,
    });

    if parts.is_empty() {
        lines.push("the exporter lends no bytes".to_owned());
    }
    for (n, part) in parts.iter().enumerate() {
        if n > 0 {
            lines.push(String::new());
        }
        match part {
            Part::Gap(r) => lines.push(format!(
                " ...  | bytes {} to {} not drawn",
                r.start,
                r.end - 1
            )),
            Part::Row(r) => {
                let row = |name: &str, cell_text: &dyn Fn(usize) -> String| {
                    let cells: String = r.clone().map(|at| pad(&cell_text(at), cell)).collect();
                    format!("{name:>5} |{cells}")
                };
                lines.push(row("byte", &|at| at.to_string()));
                lines.push(row("hex", &|at| format!("{:02x}", bytes[at])));
                if as_text {
                    lines.push(row("char", &|at| char::from(bytes[at]).to_string()));
                }
                lines.push(row("item", &|at| cover.cell_text(at, cell, &labels)));
            }
        }
    }

    lines.push(String::new());
    if labels.numbered {
        lines.push("#k is the k-th item in C order (its index is too long to draw)".to_owned());
    }
    if cover.shared {
        lines.push(
            "+ marks a byte that several items share; the first in C order is named".to_owned(),
        );
    }
    if cover.gave_up {
        lines.push(format!(
            "(some items are not drawn: the search stopped after {MAX_STEPS} steps)"
        ));
    }
    lines.push(walk_line(layout));
    lines.join("\n")
}

/// `format 'B', itemsize 1, shape (3,), strides (-2,), offset 5`, on one
/// line if it fits, else on three with long tuples cut short.
fn header(layout: &Layout) -> Vec<String> {
    let format = quoted(layout.format());
    let shape: Vec<String> = layout.shape().iter().map(|n| n.to_string()).collect();
    let strides: Vec<String> = layout.strides().iter().map(|s| s.to_string()).collect();
    let one_line = format!(
        "format {format}, itemsize {}, shape {}, strides {}, offset {}",
        layout.itemsize(),
        tuple(&shape),
        tuple(&strides),
        layout.offset()
    );
    if one_line.len() <= MAX_WIDTH {
        return vec![one_line];
    }
    vec![
        format!(
            "format {format}, itemsize {}, offset {}, ndim {}",
            layout.itemsize(),
            layout.offset(),
            layout.ndim()
        ),
        format!("shape {}", tuple_within(&shape, MAX_WIDTH - "shape ".len())),
        format!(
            "strides {}",
            tuple_within(&strides, MAX_WIDTH - "strides ".len())
        ),
    ]
}

/// A format string as Python's `repr` shows it, cut short if very long and
/// kept to ASCII.
fn quoted(format: &str) -> String {
    let escaped: String = format.chars().flat_map(char::escape_default).collect();
    if escaped.len() <= 20 {
        format!("'{escaped}'")
    } else {
        format!("'{}...'", &escaped[..17])
    }
}

/// A Python tuple: `()`, `(3,)`, `(2, 3)`.
fn tuple(items: &[String]) -> String {
    match items {
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

/// A Python tuple no longer than `room`, with middle items left out
/// (`(1, 1, 1, ..., 1)`) if the whole does not fit.
fn tuple_within(items: &[String], room: usize) -> String {
    let whole = tuple(items);
    let Some((last, init)) = items.split_last() else {
        return whole;
    };
    if whole.len() <= room {
        return whole;
    }
    let mut kept = 0;
    let cut = |kept: usize| {
        let mut head: Vec<&str> = init[..kept].iter().map(String::as_str).collect();
        head.extend(["...", last.as_str()]);
        format!("({})", head.join(", "))
    };
    while kept < init.len() && cut(kept + 1).len() <= room {
        kept += 1;
    }
    cut(kept)
}

/// `item [i,j] starts at byte 0 + i*3 + j*1`: the address formula with this
/// view's numbers, or with their names when the numbers make it too long.
fn formula(layout: &Layout) -> String {
    let ndim = layout.ndim();
    if ndim == 0 {
        return format!("item [()] starts at byte {}", layout.offset());
    }
    let names: Vec<String> = match ndim {
        1..=3 => ["i", "j", "k"][..ndim]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        _ => (0..ndim).map(|d| format!("i{d}")).collect(),
    };
    let mut line = format!(
        "item [{}] starts at byte {}",
        names.join(","),
        layout.offset()
    );
    for (name, &stride) in names.iter().zip(layout.strides()) {
        if stride < 0 {
            line += &format!(" + {name}*({stride})");
        } else {
            line += &format!(" + {name}*{stride}");
        }
    }
    if line.len() <= MAX_WIDTH {
        return line;
    }
    if ndim <= 3 {
        let terms: Vec<String> = (names.iter().enumerate())
            .map(|(d, name)| format!("{name}*strides[{d}]"))
            .collect();
        format!(
            "item [{}] starts at byte offset + {}",
            names.join(","),
            terms.join(" + ")
        )
    } else {
        let last = ndim - 1;
        format!(
            "item [i0,...,i{last}] starts at byte offset + i0*strides[0] + ... + i{last}*strides[{last}]"
        )
    }
}

/// `C order: byte 0 -> 3 -> 1 -> 4`: where the items start, in the order
/// `tolist()` and `tobytes()` visit them, cut short to fit one line.
fn walk_line(layout: &Layout) -> String {
    let count = layout.item_count();
    if count == 0 {
        return "no items: the view covers no bytes".to_owned();
    }
    let tail = format!(" -> ... ({count} items)");
    let mut line = "C order: byte".to_owned();
    for (k, at) in Offsets::new(layout).enumerate() {
        let piece = if k == 0 {
            format!(" {at}")
        } else {
            format!(" -> {at}")
        };
        let room_for_tail = if k + 1 < count { tail.len() } else { 0 };
        if k > 0 && line.len() + piece.len() + room_for_tail > MAX_WIDTH {
            line += &tail;
            break;
        }
        line += &piece;
    }
    line
}

/// How items are named on the `item` line.
struct Labels {
    /// The view's shape, to turn an item's number back into its index.
    shape: Vec<usize>,
    /// Whether items are numbered `#k` because their index is too long.
    numbered: bool,
    /// The widest label any item can have.
    width: usize,
}

impl Labels {
    fn for_layout(layout: &Layout) -> Labels {
        let shape = layout.shape().to_vec();
        let index_width = match shape.len() {
            0 => "[()]".len(),
            ndim => {
                let numbers: usize = shape.iter().map(|&n| digits(n.saturating_sub(1))).sum();
                numbers + (ndim - 1) + 2
            }
        };
        let numbered = shape.len() > 1 && index_width > MAX_LABEL;
        let width = if numbered {
            1 + digits(layout.item_count().saturating_sub(1))
        } else {
            index_width
        };
        Labels {
            shape,
            numbered,
            width,
        }
    }

    /// The label of item number `k` in C order: `[1,0]`, `[()]` or `#k`.
    fn label(&self, k: usize) -> String {
        if self.numbered {
            return format!("#{k}");
        }
        if self.shape.is_empty() {
            return "[()]".to_owned();
        }
        let index: Vec<String> = c_index(k, &self.shape)
            .iter()
            .map(|i| i.to_string())
            .collect();
        format!("[{}]", index.join(","))
    }
}

/// `text` right-aligned in `width` columns.
fn pad(text: &str, width: usize) -> String {
    format!("{text:>width$}")
}

/// The number of decimal digits of `n`.
fn digits(n: usize) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}
