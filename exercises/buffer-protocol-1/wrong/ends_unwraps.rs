// Wrong: unwraps the items instead of handing the error back with `?`.
// Caught by: nothing_to_show, errors_are_the_views_own
use memview::{Exporter, View};

pub fn describe<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!(
        "format {}, itemsize {}, shape {:?}, strides {:?}, {} bytes",
        m.format(),
        m.itemsize(),
        m.shape(),
        m.strides(),
        m.nbytes()
    ))
}

pub fn ends<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!("{} ... {}", m.get(0).unwrap(), m.get(-1).unwrap()))
}
