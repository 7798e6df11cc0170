// Wrong: copies every item into a list, then takes its ends: a grid gives rows, a single number no list.
// Caught by: errors_are_the_views_own
use memview::{Error, Exporter, PyException, Value, View};

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
    let empty = Error::new(
        PyException::IndexError,
        "index out of bounds on dimension 1",
    );
    match m.to_list()?.to_value() {
        Value::List(items) => match (items.first(), items.last()) {
            (Some(first), Some(last)) => Ok(format!("{first} ... {last}")),
            _ => Err(empty),
        },
        single => Ok(format!("{single} ... {single}")),
    }
}
