// buffer-protocol-1: What an exporter lends
// Check your work with `cargo exercise buffer-protocol-1`.

use memview::{Exporter, View};

/// What `exporter` lends, in one line:
/// `"format H, itemsize 2, shape [3], strides [2], 6 bytes"`.
///
/// Python: `m = memoryview(obj)`, then `m.format`, `m.itemsize`, `m.shape`,
/// `m.strides` and `m.nbytes`.
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

/// The first and the last item, as Python prints them: `"1 ... 3"`.
///
/// Python: `f"{m[0]} ... {m[-1]}"`. An empty exporter has no first item:
/// then return the error the view gives you.
pub fn ends<E: Exporter + ?Sized>(exporter: &E) -> memview::Result<String> {
    let m = View::new(exporter)?;
    Ok(format!("{} ... {}", m.get(0)?, m.get(-1)?))
}
