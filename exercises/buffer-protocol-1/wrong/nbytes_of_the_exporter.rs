// Wrong: counts the bytes the exporter holds, not the bytes the view shows.
// Caught by: a_view_may_skip_bytes_and_walk_backwards
use memview::{Exporter, View};

pub fn describe<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!(
        "format {}, itemsize {}, shape {:?}, strides {:?}, {} bytes",
        m.format(),
        m.itemsize(),
        m.shape(),
        m.strides(),
        exporter.bytes().len()
    ))
}

pub fn ends<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!("{} ... {}", m.get(0)?, m.get(-1)?))
}
