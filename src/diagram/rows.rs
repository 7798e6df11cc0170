//! Which rows of a long buffer a drawing shows: all of them if there are
//! few, else the rows where the first and the last items (in C order) lie.

use super::cover::Cover;
use super::{ITEMS_FOR_ROWS, MARGIN, MAX_PER_ROW, MAX_ROWS, MAX_WIDTH};
use crate::shape::Layout;
use crate::shape::walk::c_index;
use std::collections::BTreeSet;
use std::ops::Range;

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
pub(super) enum Part {
    Row(Range<usize>),
    Gap(Range<usize>),
}

/// The rows to draw, with the gaps between them, and the items on them.
pub(super) struct Sketch<'a> {
    pub(super) parts: Vec<Part>,
    pub(super) cover: Cover<'a>,
}

impl<'a> Sketch<'a> {
    pub(super) fn new(len: usize, layout: &'a Layout, cell: usize) -> Sketch<'a> {
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
            let at = layout.item_offset(&c_index(k, layout.shape()));
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
