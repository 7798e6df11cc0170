// Wrong: reads the first and last byte the exporter holds, not the view's first and last item.
// Caught by: first_and_last, errors_are_the_views_own
use memview::{Error, Exporter, PyException, View};

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
    let bytes = exporter.bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) => Ok(format!("{first} ... {last}")),
        _ => Err(Error::new(
            PyException::IndexError,
            "index out of bounds on dimension 1",
        )),
    }
}
