// Wrong: reverses the flat bytes of a view, whatever its shape.
// Caught by: a_grid_is_sliced_by_rows

use memview::{Result, Slice, View};

pub fn last_three<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(-3..)
}

pub fn backwards<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.cast("B")?
        .slice((.., -1))?
        .cast_with(view.format(), view.shape())
}

pub fn odd_places<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((1.., 2))
}

pub fn inside<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(Slice::new(1, -1, None))
}
