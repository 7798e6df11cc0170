//! Making, slicing and casting a view never touch the heap, up to four
//! dimensions.
//!
//! A view is a borrow plus a layout, and a layout keeps its shape and strides
//! inline for up to four dimensions (`src/shape/dims.rs`). So these operations are
//! O(1) and allocation-free: no `malloc`, whatever the size of the buffer.
//! This file proves it by counting every allocation made by the current
//! thread (with the `allocation-counter` crate), and each operation must
//! make none.
//! A view of five or more dimensions keeps its shape and strides on the heap,
//! and the last test shows that it does allocate, so the count is not
//! vacuous.
//!
//! Timing lives in `benches/views.rs`; this is a property, so it is a test.

use memview::{Layout, Lent, View};
use std::hint::black_box;

/// How many allocations `f` makes on this thread, its result included
/// (tests run on several threads at once). The `allocation-counter` crate
/// installs a global allocator that counts each thread's allocations.
fn allocations<R>(f: impl FnOnce() -> R) -> usize {
    let info = allocation_counter::measure(|| {
        black_box(f());
    });
    usize::try_from(info.count_total).unwrap_or(usize::MAX)
}

/// A shape of `ndim` dimensions: 2 × 3 × 4 × 5 × 2 × 1 × 1 × ...
fn shape(ndim: usize) -> Vec<usize> {
    let sizes = [2, 3, 4, 5, 2].into_iter().chain(std::iter::repeat(1));
    sizes.take(ndim).collect()
}

/// Bytes lent through a layout made in advance, so that `View::new` is
/// measured alone, not the making of a layout.
fn lent(ndim: usize) -> Lent<Vec<u8>> {
    let shape = shape(ndim);
    let bytes = vec![7u8; shape.iter().product()];
    Lent::new(bytes, Layout::new("B", &shape).unwrap())
}

#[test]
fn the_counter_sees_allocations() {
    assert_eq!(allocations(|| 1 + 1), 0);
    assert_eq!(allocations(|| vec![1u8]), 1);
    assert_eq!(allocations(|| String::from("abc").repeat(2)), 2);
}

#[test]
fn one_dimension_any_exporter_never_allocates() {
    let bytes = vec![1u8; 1 << 20];
    let ints = vec![1i32; 1 << 10];
    assert_eq!(allocations(|| View::new(&bytes).unwrap()), 0);
    assert_eq!(allocations(|| View::new(&bytes[5..]).unwrap()), 0);
    assert_eq!(allocations(|| View::new(&ints).unwrap()), 0);
    let view = View::new(&bytes).unwrap();
    assert_eq!(allocations(|| view.slice((1..1000, 3)).unwrap()), 0);
    assert_eq!(allocations(|| view.slice((.., -1)).unwrap()), 0);
    assert_eq!(allocations(|| view.slice_dim(0, 10..).unwrap()), 0);
    assert_eq!(allocations(|| view.sub_view(-1).unwrap()), 0); // a 0-d view
    assert_eq!(allocations(|| view.to_readonly()), 0);
}

#[test]
fn views_of_up_to_four_dimensions_are_made_and_sliced_without_allocating() {
    for ndim in 1..=4 {
        let owner = lent(ndim);
        let view = View::new(&owner).unwrap();
        assert_eq!(
            allocations(|| View::new(&owner).unwrap()),
            0,
            "new, {ndim}-d"
        );
        for dim in 0..ndim {
            let sliced = allocations(|| view.slice_dim(dim, (.., -1)).unwrap());
            assert_eq!(sliced, 0, "slice_dim({dim}), {ndim}-d");
        }
        assert_eq!(
            allocations(|| view.slice((1.., 1)).unwrap()),
            0,
            "slice, {ndim}-d"
        );
        assert_eq!(
            allocations(|| view.sub_view(1).unwrap()),
            0,
            "sub_view, {ndim}-d"
        );
        let deeper = allocations(|| {
            view.slice(..1)
                .unwrap()
                .slice_dim(ndim - 1, (.., 2))
                .unwrap()
        });
        assert_eq!(deeper, 0, "a slice of a slice, {ndim}-d");
    }
}

#[test]
fn casts_of_up_to_four_dimensions_never_allocate() {
    let bytes = vec![0u8; 120];
    let flat = View::new(&bytes).unwrap();
    assert_eq!(allocations(|| flat.cast("i").unwrap()), 0, "cast('i')");
    assert_eq!(allocations(|| flat.cast("B").unwrap()), 0, "cast('B')");
    for ndim in 1..=4 {
        // 120 bytes as [120], [2, 60], [2, 3, 20] and [2, 3, 4, 5].
        let mut shape = shape(ndim);
        shape[ndim - 1] = 120 / shape[..ndim - 1].iter().product::<usize>();
        let shaped = allocations(|| flat.cast_with("B", &shape).unwrap());
        assert_eq!(shaped, 0, "cast_with('B', {shape:?})");
        let grid = flat.cast_with("B", &shape).unwrap();
        assert_eq!(
            allocations(|| grid.cast("B").unwrap()),
            0,
            "{ndim}-d back to 1-d"
        );
    }
}

/// An image that states its layout with `Layout::new`, as user exporters do.
struct Image(Vec<u8>);

impl memview::Exporter for Image {
    fn layout(&self) -> memview::Result<memview::Layout> {
        memview::Layout::new("B", &[4, 5, 3])
    }
    fn bytes(&self) -> &[u8] {
        &self.0
    }
}

#[test]
fn views_of_user_exporters_never_allocate() {
    let image = Image(vec![0; 60]);
    assert_eq!(allocations(|| View::new(&image).unwrap()), 0, "View::new");
}

#[test]
fn views_of_five_or_more_dimensions_allocate_their_shape_and_strides() {
    for ndim in [5, 8, 64] {
        let owner = lent(ndim);
        let view = View::new(&owner).unwrap();
        // Shape and strides: one boxed slice each.
        assert_eq!(
            allocations(|| View::new(&owner).unwrap()),
            2,
            "new, {ndim}-d"
        );
        assert_eq!(
            allocations(|| view.slice(1..).unwrap()),
            2,
            "slice, {ndim}-d"
        );
        let sliced = allocations(|| view.slice_dim(ndim - 1, ..1).unwrap());
        assert_eq!(sliced, 2, "slice_dim, {ndim}-d");
    }
    // A row of a 5-d view has four dimensions: back inline.
    let owner = lent(5);
    let view = View::new(&owner).unwrap();
    assert_eq!(allocations(|| view.sub_view(0).unwrap()), 0);
}

#[test]
fn comparing_views_copies_neither_side() {
    let bytes: Vec<u8> = (0..=255).cycle().take(1 << 16).collect();
    let doubles: Vec<f64> = (0..1 << 12).map(f64::from).collect();
    let view = View::new(&bytes).unwrap();
    let grid = view.cast_with("B", &[256, 256]).unwrap();
    let (a, b) = (grid.transpose(), grid.slice((.., -1)).unwrap());
    // Neither side is C-contiguous: CPython compares them where they lie too.
    assert!(!a.c_contiguous() && !b.c_contiguous());
    assert_eq!(allocations(|| a == b), 0);
    assert_eq!(allocations(|| a == a), 0);
    let floats = View::new(&doubles).unwrap();
    let (every_other, backwards) = (
        floats.slice((.., 2)).unwrap(),
        floats.slice((.., -2)).unwrap(),
    );
    assert_eq!(allocations(|| every_other == backwards), 0);
    // Formats memoryview cannot index are compared through `struct`, which
    // parses each format once: what that allocates does not grow with the
    // number of items, as a copy would.
    let little = Lent::new(
        &bytes,
        Layout::strided("<h", 2, &[128], &[-4], 508).unwrap(),
    );
    let little = View::new(&little).unwrap();
    let two = little.slice(..2).unwrap();
    assert_eq!(allocations(|| little == little), allocations(|| two == two));
}
