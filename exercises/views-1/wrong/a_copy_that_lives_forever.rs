// Wrong: copies the bytes and leaks the copy, so the view of it may be returned.
// Caught by: slices_count_items_not_bytes, a_grid_is_sliced_by_rows, nothing_is_copied

use memview::{Result, Slice, View};

pub fn last_three<'a>(view: &View<'a>) -> Result<View<'a>> {
    let copy = view.slice(-3..)?.to_bytes()?.into_vec();
    View::new(Box::leak(copy.into_boxed_slice()))
}

pub fn backwards<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((.., -1))
}

pub fn odd_places<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((1.., 2))
}

pub fn inside<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(Slice::new(1, -1, None))
}
