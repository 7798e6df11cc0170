// Wrong: works the strides out from the shape, as if the items were back to back.
// Caught by: a_view_may_skip_bytes_and_walk_backwards
use memview::{Exporter, View};

pub fn describe<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    let mut strides = vec![0isize; m.ndim()];
    let mut step = m.itemsize() as isize;
    for (stride, &n) in strides.iter_mut().zip(m.shape()).rev() {
        *stride = step;
        step *= n as isize;
    }
    Ok(format!(
        "format {}, itemsize {}, shape {:?}, strides {:?}, {} bytes",
        m.format(),
        m.itemsize(),
        m.shape(),
        strides,
        m.nbytes()
    ))
}

pub fn ends<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!("{} ... {}", m.get(0)?, m.get(-1)?))
}
