// Wrong: works out the last index as `len - 1` in usize, which cannot go below 0.
// Caught by: nothing_to_show
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
    let last = m.len() - 1;
    Ok(format!("{} ... {}", m.get(0)?, m.get(last as isize)?))
}
