// Wrong: flattens the view first, so a grid loses its rows.
// Caught by: a_grid_is_sliced_by_rows

use memview::{Result, Slice, View};

pub fn last_three<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(-3..)
}

pub fn backwards<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((.., -1))
}

pub fn odd_places<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((1.., 2))
}

pub fn inside<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.cast("B")?.slice(Slice::new(1, -1, None))
}
