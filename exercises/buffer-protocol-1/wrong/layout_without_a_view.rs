// Wrong: reads the exporter's layout itself, so nothing checks that it fits the bytes.
// Caught by: a_layout_that_does_not_fit_is_refused
use memview::{Exporter, View};

pub fn describe<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let layout = exporter.layout()?;
    Ok(format!(
        "format {}, itemsize {}, shape {:?}, strides {:?}, {} bytes",
        layout.format(),
        layout.itemsize(),
        layout.shape(),
        layout.strides(),
        layout.nbytes()
    ))
}

pub fn ends<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!("{} ... {}", m.get(0)?, m.get(-1)?))
}
