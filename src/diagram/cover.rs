//! Which items cover the drawn bytes: found by walking the index tree in C
//! order and skipping every branch whose items all lie outside them, so that
//! a view of billions of items is drawn in bounded time.

use super::{Labels, MAX_STEPS};
use crate::shape::Layout;
use crate::shape::offset::reach;
use std::collections::BTreeMap;
use std::ops::Range;

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
pub(super) struct Cover<'a> {
    layout: &'a Layout,
    drawn: Vec<Range<usize>>,
    /// For each dimension `d`: how far below and above its item the items
    /// reachable by changing dimensions `d..` only lie.
    below: Vec<(i128, i128)>,
    /// How many items one step along each dimension skips in C order.
    weights: Vec<usize>,
    cells: BTreeMap<usize, Cell>,
    steps_left: usize,
    pub(super) shared: bool,
    pub(super) gave_up: bool,
}

impl<'a> Cover<'a> {
    pub(super) fn find(layout: &'a Layout, drawn: Vec<Range<usize>>) -> Cover<'a> {
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
            .map(|d| reach(&shape[d..], &strides[d..]))
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
    pub(super) fn cell_text(&self, at: usize, width: usize, labels: &Labels) -> String {
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

/// The smallest integer not below `a / b`, for `b > 0`.
fn ceil_div(a: i128, b: i128) -> i128 {
    -((-a).div_euclid(b))
}
