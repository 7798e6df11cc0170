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

use crate::layout::Layout;
use crate::view::{Storage, ViewOf};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// No line of a drawing is longer than this.
const MAX_WIDTH: usize = 80;
/// The most bytes drawn on one row.
const MAX_PER_ROW: usize = 16;
/// The most rows drawn; a longer buffer is drawn at both ends of the view.
const MAX_ROWS: usize = 8;
/// The widest index label drawn (`[479,639,2]`); wider ones become `#k`.
const MAX_LABEL: usize = 16;
/// The most items looked at when choosing which rows of a long buffer to draw.
const ITEMS_FOR_ROWS: usize = 256;
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
        format!("item [i0,...,i{last}] starts at byte offset + i0*strides[0] + ... + i{last}*strides[{last}]")
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
    for k in 0..count {
        let at = layout.item_offset(&unravel(k, layout.shape()));
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
        let index: Vec<String> = unravel(k, &self.shape)
            .iter()
            .map(|i| i.to_string())
            .collect();
        format!("[{}]", index.join(","))
    }
}

/// The index of item number `k` in C order (the last index turns fastest).
fn unravel(mut k: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0; shape.len()];
    for (i, &n) in index.iter_mut().zip(shape).rev() {
        if n > 0 {
            *i = k % n;
            k /= n;
        }
    }
    index
}

/// How many bytes go on one row: as many as fit in 80 columns, at most 16,
/// rounded down to whole items when an item fits on a row.
fn bytes_per_row(cell: usize, itemsize: usize) -> usize {
    let fit = ((MAX_WIDTH - MARGIN) / cell).clamp(1, MAX_PER_ROW);
    if itemsize <= fit {
        fit - fit % itemsize
    } else {
        fit
    }
}

/// A piece of the drawing: a row of bytes, or a run of rows left out.
enum Part {
    Row(Range<usize>),
    Gap(Range<usize>),
}

/// The rows to draw, with the gaps between them, and the items on them.
struct Sketch<'a> {
    parts: Vec<Part>,
    cover: Cover<'a>,
}

impl<'a> Sketch<'a> {
    fn new(len: usize, layout: &'a Layout, cell: usize) -> Sketch<'a> {
        let per_row = bytes_per_row(cell, layout.itemsize());
        let rows = len.div_ceil(per_row);
        let row = |r: usize| r * per_row..len.min((r + 1) * per_row);
        let mut parts = Vec::new();
        let mut next = 0;
        for r in chosen_rows(rows, per_row, layout) {
            if r > next {
                parts.push(Part::Gap(row(next).start..row(r - 1).end));
            }
            parts.push(Part::Row(row(r)));
            next = r + 1;
        }
        if next < rows {
            parts.push(Part::Gap(row(next).start..len));
        }
        let drawn: Vec<Range<usize>> = parts
            .iter()
            .filter_map(|part| match part {
                Part::Row(r) => Some(r.clone()),
                Part::Gap(_) => None,
            })
            .collect();
        let cover = Cover::find(layout, drawn);
        Sketch { parts, cover }
    }
}

/// Which of the `rows` rows to draw: all of them if there are few;
/// otherwise the rows where the first items lie (in C order) and the rows
/// where the last ones lie, at most 8 in all.
fn chosen_rows(rows: usize, per_row: usize, layout: &Layout) -> BTreeSet<usize> {
    if rows <= MAX_ROWS {
        return (0..rows).collect();
    }
    let last_row = rows - 1;
    let row_of = |byte: usize| (byte / per_row).min(last_row);
    let count = layout.item_count();
    if count == 0 {
        return BTreeSet::from([row_of(layout.offset())]);
    }
    // The rows holding the first and the last byte of each item, in turn,
    // until the next item would take more than half the rows.
    let rows_of_items = |items: &mut dyn Iterator<Item = usize>| {
        let mut chosen = BTreeSet::new();
        for k in items.take(ITEMS_FOR_ROWS) {
            let at = layout.item_offset(&unravel(k, layout.shape()));
            let mut with_item = chosen.clone();
            with_item.insert(row_of(at));
            with_item.insert(row_of(at.saturating_add(layout.itemsize() - 1)));
            if with_item.len() > MAX_ROWS / 2 {
                break;
            }
            chosen = with_item;
        }
        chosen
    };
    let mut chosen = rows_of_items(&mut (0..count));
    chosen.extend(rows_of_items(&mut (0..count).rev()));
    chosen
}

/// How far below and above the first item the other items can start:
/// the sums of the negative and of the positive `(n - 1) * stride`.
fn extent(shape: &[usize], strides: &[isize]) -> (i128, i128) {
    shape
        .iter()
        .zip(strides)
        .fold((0, 0), |(lo, hi), (&n, &s)| {
            let reach = (n as i128 - 1) * s as i128;
            (lo + reach.min(0), hi + reach.max(0))
        })
}

/// What the `item` line shows at one byte.
#[derive(Clone, Copy)]
struct Cell {
    /// The first item (number in C order) covering the byte, and whether it
    /// starts there.
    item: usize,
    starts: bool,
    /// How many items cover the byte.
    count: u64,
}

/// The items covering the drawn bytes, found by walking the index tree in
/// C order and skipping every branch whose items all lie outside them.
struct Cover<'a> {
    layout: &'a Layout,
    drawn: Vec<Range<usize>>,
    /// For each dimension `d`: how far below and above its item the items
    /// reachable by changing dimensions `d..` only lie, as [`extent`].
    below: Vec<(i128, i128)>,
    /// How many items one step along each dimension skips in C order.
    weights: Vec<usize>,
    cells: BTreeMap<usize, Cell>,
    steps_left: usize,
    shared: bool,
    gave_up: bool,
}

impl<'a> Cover<'a> {
    fn find(layout: &'a Layout, drawn: Vec<Range<usize>>) -> Cover<'a> {
        let mut cover = Cover {
            layout,
            drawn,
            below: Vec::new(),
            weights: Vec::new(),
            cells: BTreeMap::new(),
            steps_left: MAX_STEPS,
            shared: false,
            gave_up: false,
        };
        // Only a view with items is known to fit its buffer, which keeps
        // the sums below small.
        if layout.item_count() == 0 || cover.drawn.is_empty() {
            return cover;
        }
        let (shape, strides) = (layout.shape(), layout.strides());
        cover.below = (0..=shape.len())
            .map(|d| extent(&shape[d..], &strides[d..]))
            .collect();
        cover.weights = (0..shape.len())
            .map(|d| shape[d + 1..].iter().product())
            .collect();
        cover.visit(0, layout.offset() as i128, 0, 1);
        cover.shared = cover.cells.values().any(|c| c.count > 1);
        cover
    }

    /// Visits the items whose indices start with the `dim` numbers already
    /// chosen: the first of them starts at byte `at` and is item `first` in
    /// C order; each stands for `copies` items (stride-0 dimensions).
    fn visit(&mut self, dim: usize, at: i128, first: usize, copies: u64) {
        if self.steps_left == 0 {
            self.gave_up = true;
            return;
        }
        self.steps_left -= 1;
        let Some((&n, &stride)) = self
            .layout
            .shape()
            .get(dim)
            .zip(self.layout.strides().get(dim))
        else {
            self.mark(at, first, copies);
            return;
        };
        let weight = self.weights[dim];
        if stride == 0 {
            // Every index lands on the same bytes: visit one, count them all.
            self.visit(dim + 1, at, first, copies.saturating_mul(n as u64));
            return;
        }
        for range in self.useful_indices(dim, at, n, stride) {
            for i in range {
                if self.gave_up {
                    return;
                }
                let at = at + i as i128 * stride as i128;
                self.visit(
                    dim + 1,
                    at,
                    first.saturating_add(i.saturating_mul(weight)),
                    copies,
                );
            }
        }
    }

    /// The indices `i` along `dim` whose items can reach a drawn byte, in
    /// increasing order: those with `at + i*stride` close enough to one.
    fn useful_indices(&self, dim: usize, at: i128, n: usize, stride: isize) -> Vec<Range<usize>> {
        let (lo, hi) = self.below[dim + 1];
        let itemsize = self.layout.itemsize() as i128;
        let s = stride as i128;
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for window in &self.drawn {
            // The items under index i lie in [at + i*s + lo, at + i*s + hi + itemsize).
            let min = window.start as i128 - at - hi - itemsize + 1;
            let max = window.end as i128 - 1 - at - lo;
            let (first, last) = if s > 0 {
                (ceil_div(min, s), max.div_euclid(s))
            } else {
                (ceil_div(-max, -s), (-min).div_euclid(-s))
            };
            let first = first.max(0);
            let end = (last + 1).min(n as i128);
            if first < end {
                ranges.push(first as usize..end as usize);
            }
        }
        ranges.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(prev) if r.start <= prev.end => prev.end = prev.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }

    /// Records item `k`, starting at byte `at`, on the drawn bytes it covers.
    fn mark(&mut self, at: i128, k: usize, copies: u64) {
        let itemsize = self.layout.itemsize() as i128;
        for w in 0..self.drawn.len() {
            let window = self.drawn[w].clone();
            let start = at.max(window.start as i128);
            let end = (at + itemsize).min(window.end as i128);
            for byte in start..end {
                let cell = self.cells.entry(byte as usize).or_insert(Cell {
                    item: k,
                    starts: byte == at,
                    count: 0,
                });
                cell.count = cell.count.saturating_add(copies);
            }
        }
    }

    /// The text of the `item` line at byte `at`, `width` columns wide: the
    /// label of the item starting there, `----` if an item goes on over it,
    /// `.` if no item covers it; with a `+` if more than one does.
    fn cell_text(&self, at: usize, width: usize, labels: &Labels) -> String {
        let Some(cell) = self.cells.get(&at) else {
            return ".".to_owned();
        };
        let shared = if cell.count > 1 { "+" } else { "" };
        if cell.starts {
            format!("{}{shared}", labels.label(cell.item))
        } else {
            "-".repeat(width - shared.len()) + shared
        }
    }
}

/// `text` right-aligned in `width` columns.
fn pad(text: &str, width: usize) -> String {
    format!("{text:>width$}")
}

/// The smallest integer not below `a / b`, for `b > 0`.
fn ceil_div(a: i128, b: i128) -> i128 {
    -((-a).div_euclid(b))
}

/// The number of decimal digits of `n`.
fn digits(n: usize) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

#[cfg(test)]
mod tests {
    use crate::{Exporter, Layout, Result, Slice, View};

    /// A user exporter lending `bytes` through any layout.
    struct Strided {
        bytes: Vec<u8>,
        layout: Layout,
    }

    impl Exporter for Strided {
        fn layout(&self) -> Result<Layout> {
            Ok(self.layout.clone())
        }
        fn bytes(&self) -> &[u8] {
            &self.bytes
        }
    }

    fn strided(
        bytes: Vec<u8>,
        format: &'static str,
        itemsize: usize,
        shape: &[usize],
        strides: &[isize],
        offset: usize,
    ) -> Strided {
        let layout = Layout::strided(format, itemsize, shape, strides, offset).unwrap();
        Strided { bytes, layout }
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
            checked(middle.cast_shape("i", &[]).unwrap().diagram()),
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
            checked(view.cast_shape("B", &[2, 3]).unwrap().diagram()),
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
        let source = include_str!("diagram.rs");
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
}
