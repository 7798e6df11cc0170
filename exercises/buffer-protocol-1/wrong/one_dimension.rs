// Wrong: writes every view as 1-D: shape [len], strides [itemsize].
// Caught by: a_grid_has_two_dimensions, a_single_number_has_none, a_view_may_skip_bytes_and_walk_backwards
use memview::{Exporter, View};

pub fn describe<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!(
        "format {}, itemsize {}, shape [{}], strides [{}], {} bytes",
        m.format(),
        m.itemsize(),
        m.len(),
        m.itemsize(),
        m.nbytes()
    ))
}

pub fn ends<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!("{} ... {}", m.get(0)?, m.get(-1)?))
}
