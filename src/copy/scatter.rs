//! Scattering: writing items given back to back, in C order, into a view's
//! items wherever they lie: the other half of slice assignment.

use crate::shape::Layout;
use crate::shape::offset::bytes_at_mut;
use crate::shape::walk::{Order, for_each_offset};

/// Writes `items` (C-order bytes, `layout.nbytes()` of them) into the items
/// of `layout`.
pub(crate) fn scatter(bytes: &mut [u8], layout: &Layout, items: &[u8]) {
    if let Some(dst) = layout.run_bytes_mut(bytes, Order::C) {
        // Back to back in C order: one block copy.
        let n = dst.len().min(items.len());
        dst[..n].copy_from_slice(&items[..n]);
        return;
    }
    let itemsize = layout.itemsize();
    let mut chunks = items.chunks_exact(itemsize);
    for_each_offset(layout, false, |at| {
        if let Some(src) = chunks.next() {
            bytes_at_mut(bytes, at, itemsize).copy_from_slice(src);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_land_where_the_layout_puts_them() {
        let mut bytes = *b"......";
        let every_other_backwards = Layout::strided("B", 1, &[3], &[-2], 5).unwrap();
        scatter(&mut bytes, &every_other_backwards, b"abc");
        assert_eq!(&bytes, b".c.b.a");
        let grid = Layout::new("B", &[2, 3]).unwrap();
        scatter(&mut bytes, &grid, b"ABCDEF");
        assert_eq!(&bytes, b"ABCDEF");
    }
}
