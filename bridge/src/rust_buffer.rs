//! `RustBuffer`: memory that Rust owns (a `Vec<u8>`) and memview describes
//! (a `Layout`), which CPython can view through the buffer protocol.
//!
//! Its Python methods are here; the two buffer slots CPython calls
//! (`__getbuffer__`, `__releasebuffer__`) are in `lend.rs`, one of the two
//! modules allowed `unsafe`.

use memview::{Exporter, Layout, Lent, Value, View, ViewMut};
use pyo3::exceptions::{PyBufferError, PyNotImplementedError, PyValueError};
use pyo3::prelude::*;

use crate::convert::{OrRaise, from_py, index_of, to_py, tuple_repr};

/// Items that Rust owns, laid out by a memview `Layout`, lent to CPython by
/// the buffer protocol: `memoryview(rb)`, `bytes(rb)`, `numpy.asarray(rb)`.
///
/// In Python: `memview.RustBuffer(format, items, shape=None, *, order='C',
/// readonly=False)`. The items are packed one after another, as
/// `struct.pack` packs them; `shape` and `order` say how to read them back.
/// (The `>>>` examples here are run by `bridge/tests/python/test_bridge.py`.)
///
/// ```python
/// >>> rb = memview.RustBuffer('i', [1, 2, 3, -4])   # array('i', [1, 2, 3, -4])
/// >>> memoryview(rb).tolist()
/// [1, 2, 3, -4]
/// ```
// ANCHOR: exporter
#[pyclass(module = "memview")]
#[derive(Debug)]
pub struct RustBuffer {
    /// The bytes. They never move while `exports > 0`: only `append`
    /// reallocates, and it refuses then.
    pub(crate) data: Vec<u8>,
    /// How the bytes are read: what CPython receives in its `Py_buffer`.
    pub(crate) layout: Layout,
    /// Lent for reading only.
    pub(crate) readonly: bool,
    /// How many `Py_buffer`s CPython holds now.
    pub(crate) exports: usize,
}

/// memview sees a `RustBuffer` as it sees any exporter; CPython sees it
/// through `lend.rs`, with the same layout and the same bytes.
impl Exporter for RustBuffer {
    fn layout(&self) -> memview::Result<Layout> {
        Ok(self.layout.clone())
    }

    fn bytes(&self) -> &[u8] {
        &self.data
    }

    fn bytes_mut(&mut self) -> memview::Result<&mut [u8]> {
        if self.readonly {
            Err(memview::Error::not_writable())
        } else {
            Ok(&mut self.data)
        }
    }
}
// ANCHOR_END: exporter

#[pymethods]
impl RustBuffer {
    /// `RustBuffer(format, items, shape=None, *, order='C', readonly=False)`.
    ///
    /// ```python
    /// >>> rb = memview.RustBuffer('B', range(6), shape=(2, 3), order='F')
    /// >>> memoryview(rb).tolist()      # column after column in memory
    /// [[0, 2, 4], [1, 3, 5]]
    /// ```
    #[new]
    #[pyo3(signature = (format, items, shape = None, *, order = "C", readonly = false))]
    fn new(
        format: &str,
        items: &Bound<'_, PyAny>,
        shape: Option<Vec<usize>>,
        order: &str,
        readonly: bool,
    ) -> PyResult<Self> {
        let values = items
            .try_iter()?
            .map(|item| from_py(&item?, format))
            .collect::<PyResult<Vec<_>>>()?;
        let (data, packing) = pack(format, values)?;
        let shape = shape.unwrap_or_else(|| vec![packing.item_count()]);
        if shape.iter().product::<usize>() != packing.item_count() {
            return Err(PyValueError::new_err(format!(
                "RustBuffer: {} items do not fill shape {shape:?}",
                packing.item_count()
            )));
        }
        let itemsize = packing.itemsize();
        let layout = match order {
            "C" => Layout::new(format.to_owned(), &shape),
            "F" => Layout::strided(
                format.to_owned(),
                itemsize,
                &shape,
                &fortran_strides(itemsize, &shape),
                0,
            ),
            _ => {
                return Err(PyValueError::new_err(
                    "order must be 'C' or 'F'".to_string(),
                ));
            }
        }
        .or_raise()?;
        Ok(RustBuffer {
            data,
            layout,
            readonly,
            exports: 0,
        })
    }

    /// What memview, in Rust, reads from these bytes: its `to_list()`.
    ///
    /// ```python
    /// >>> memview.RustBuffer('h', [1, -2]).tolist()
    /// [1, -2]
    /// ```
    fn tolist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let list = View::new(self).and_then(|v| v.to_list()).or_raise()?;
        to_py(py, &list.to_value())
    }

    /// Item `index` (an `int`, or a tuple of them), read by memview in Rust:
    /// `View::get_at`.
    ///
    /// ```python
    /// >>> memview.RustBuffer('B', range(6), shape=(2, 3)).get((1, 2))
    /// 5
    /// ```
    fn get<'py>(&self, py: Python<'py>, index: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let index = index_of(index)?;
        let value = View::new(self).and_then(|v| v.get_at(&index)).or_raise()?;
        to_py(py, &value)
    }

    /// Writes `value` at `index`, by memview in Rust: `ViewMut::set_at`.
    ///
    /// ```python
    /// >>> rb = memview.RustBuffer('i', [0, 0])
    /// >>> rb.set(1, -7)
    /// >>> rb.tolist()
    /// [0, -7]
    /// ```
    fn set(&mut self, index: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let index = index_of(index)?;
        let value = from_py(value, self.layout.format())?;
        let mut view = ViewMut::new(self).or_raise()?;
        view.set_at(&index, value).or_raise()
    }

    /// Adds one item at the end, as `bytearray.append` does: the `Vec` may
    /// move, so it refuses while CPython holds a view of it, with
    /// `bytearray`'s `BufferError`.
    ///
    /// ```python
    /// >>> rb = memview.RustBuffer('i', [1])
    /// >>> rb.append(2)
    /// >>> rb.tolist()
    /// [1, 2]
    /// ```
    // ANCHOR: append_check
    fn append(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        if self.exports > 0 {
            return Err(PyBufferError::new_err(
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        if self.layout.ndim() != 1 {
            // ANCHOR_END: append_check
            return Err(PyNotImplementedError::new_err(
                "RustBuffer: append needs a 1-dimensional buffer",
            ));
        }
        let value = from_py(value, self.layout.format())?;
        let count = self.layout.item_count() + 1;
        let layout = Layout::new(self.layout.format().to_owned(), &[count]).or_raise()?;
        let (item, _) = pack(self.layout.format(), vec![value])?;
        // Only now, with the item packed, do the bytes and layout change. A
        // 1-dimensional RustBuffer's items fill `data` one after another,
        // so the new item goes right after the last one.
        self.data.extend_from_slice(&item);
        debug_assert_eq!(self.data.len(), layout.nbytes());
        self.layout = layout;
        Ok(())
    }

    /// How many buffers CPython holds now (`memoryview`s, NumPy arrays, ...).
    ///
    /// ```python
    /// >>> rb = memview.RustBuffer('B', b'ab')
    /// >>> m = memoryview(rb)
    /// >>> rb.exports
    /// 1
    /// ```
    #[getter]
    fn exports(&self) -> usize {
        self.exports
    }

    /// memview's picture of these bytes and how the layout reads them.
    ///
    /// ```python
    /// >>> print(memview.RustBuffer('B', b'ab').diagram().splitlines()[0])
    /// format 'B', itemsize 1, shape (2,), strides (1,), offset 0
    /// ```
    fn diagram(&self) -> PyResult<String> {
        Ok(View::new(self).or_raise()?.diagram())
    }

    /// `RustBuffer('i', shape=(4,), strides=(4,), exports=0)`.
    fn __repr__(&self) -> String {
        format!(
            "RustBuffer('{}', shape={}, strides={}{}, exports={})",
            self.layout.format(),
            tuple_repr(self.layout.shape()),
            tuple_repr(self.layout.strides()),
            if self.readonly { ", readonly=True" } else { "" },
            self.exports
        )
    }
}

/// `values` packed one after another, as `struct.pack` packs them, and the
/// 1-dimensional layout that reads them back.
///
/// # Errors
/// CPython's `TypeError` or `ValueError` for a value the format cannot hold
/// (`memoryview: invalid value for format 'B'`), `BufferError` for a format
/// whose item size memview cannot tell.
fn pack(format: &str, values: Vec<Value>) -> PyResult<(Vec<u8>, Layout)> {
    let layout = Layout::new(format.to_owned(), &[values.len()]).or_raise()?;
    let mut data = vec![0u8; layout.nbytes()];
    {
        let mut items = Lent::new(&mut data, layout.clone());
        let mut view = ViewMut::new(&mut items).or_raise()?;
        for (i, value) in values.into_iter().enumerate() {
            view.set(i as isize, value).or_raise()?;
        }
    }
    Ok((data, layout))
}

/// Strides of a Fortran-order (column-major) array: the first index moves
/// fastest.
fn fortran_strides(itemsize: usize, shape: &[usize]) -> Vec<isize> {
    let mut step = itemsize as isize;
    shape
        .iter()
        .map(|&n| {
            let stride = step;
            step = step.saturating_mul(n.max(1) as isize);
            stride
        })
        .collect()
}
