//! `View`: memview's view of memory that CPython lends (bytes, bytearray,
//! `array.array`, a memoryview, a NumPy array, a PEP 688 class).
//!
//! It holds the buffer (so a `bytearray` cannot resize meanwhile) and makes
//! a memview view of it for each call that reads or writes items; the
//! attributes (`format`, `shape`, ...) are read from the layout alone. The
//! rule of `borrow.rs` shapes every method: work out the answer with the
//! slice alive, as plain Rust values, and build Python objects only after
//! the slice is gone.

use memview::{Layout, Value, View as MemView, ViewMut};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::borrow::Borrowed;
use crate::convert::{OrRaise, from_py, index_of, to_py, tuple_repr};

/// memview, in Rust, viewing a buffer that CPython lends:
/// `memview.View(obj)` is to memview what `memoryview(obj)` is to CPython.
///
/// ```python
/// >>> v = memview.View(array.array('h', [1, -2, 3]))
/// >>> v.format, v.shape, v.tolist()
/// ('h', (3,), [1, -2, 3])
/// ```
#[pyclass(module = "memview", name = "View")]
#[derive(Debug)]
pub struct View {
    /// `None` once released.
    held: Option<Borrowed>,
}

impl View {
    fn held(&self) -> PyResult<&Borrowed> {
        self.held.as_ref().ok_or_else(released)
    }

    /// The buffer's layout, without a memview view: no slice is made.
    fn layout(&self) -> PyResult<&Layout> {
        Ok(self.held()?.layout_ref())
    }

    /// Runs `f` on a memview view of the buffer. The answer is `'static`:
    /// it cannot keep the slice. `f` must not call into Python.
    fn read<T: 'static>(&self, f: impl FnOnce(&MemView<'_>) -> memview::Result<T>) -> PyResult<T> {
        let view = MemView::new(self.held()?).or_raise()?;
        f(&view).or_raise()
    }

    /// As [`View::read`], with a writable view.
    fn write<T: 'static>(
        &mut self,
        f: impl FnOnce(&mut ViewMut<'_>) -> memview::Result<T>,
    ) -> PyResult<T> {
        let held = self.held.as_mut().ok_or_else(released)?;
        let mut view = ViewMut::new(held).or_raise()?;
        f(&mut view).or_raise()
    }
}

/// The error every method of a released view raises, as memoryview's.
fn released() -> PyErr {
    PyValueError::new_err("operation forbidden on released memoryview object")
}

#[pymethods]
impl View {
    /// `memview.View(obj)`: holds `obj`'s buffer (`PyObject_GetBuffer`)
    /// until `release()`.
    ///
    /// ```python
    /// >>> memview.View('text')
    /// Traceback (most recent call last):
    /// TypeError: a bytes-like object is required, not 'str'
    /// ```
    #[new]
    fn new(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(View {
            held: Some(Borrowed::get(obj)?),
        })
    }

    /// The struct format of one item, as the exporter reported it.
    ///
    /// ```python
    /// >>> memview.View(array.array('d', [1.5])).format
    /// 'd'
    /// ```
    #[getter]
    fn format(&self) -> PyResult<String> {
        Ok(self.layout()?.format().to_owned())
    }

    /// Bytes per item.
    ///
    /// ```python
    /// >>> memview.View(array.array('d', [1.5])).itemsize
    /// 8
    /// ```
    #[getter]
    fn itemsize(&self) -> PyResult<usize> {
        Ok(self.layout()?.itemsize())
    }

    /// Items per dimension, a tuple as `memoryview.shape`.
    ///
    /// ```python
    /// >>> memview.View(memoryview(bytes(6)).cast('B', (2, 3))).shape
    /// (2, 3)
    /// ```
    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.layout()?.shape())
    }

    /// Bytes to step per dimension, a tuple as `memoryview.strides`.
    ///
    /// ```python
    /// >>> memview.View(memoryview(b'abcdef')[::-2]).strides
    /// (-2,)
    /// ```
    #[getter]
    fn strides<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.layout()?.strides())
    }

    /// Number of dimensions.
    ///
    /// ```python
    /// >>> memview.View(b'ab').ndim
    /// 1
    /// ```
    #[getter]
    fn ndim(&self) -> PyResult<usize> {
        Ok(self.layout()?.ndim())
    }

    /// Whether the exporter lent its memory for reading only.
    ///
    /// ```python
    /// >>> memview.View(b'ab').readonly, memview.View(bytearray(b'ab')).readonly
    /// (True, False)
    /// ```
    #[getter]
    fn readonly(&self) -> PyResult<bool> {
        Ok(self.held()?.readonly())
    }

    /// The object that lent the buffer.
    ///
    /// ```python
    /// >>> ba = bytearray(b'ab')
    /// >>> memview.View(ba).obj is ba
    /// True
    /// ```
    #[getter]
    fn obj<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        Ok(self.held()?.obj(py))
    }

    /// memview's `to_list()`, as Python objects: what
    /// `memoryview(obj).tolist()` gives.
    ///
    /// ```python
    /// >>> memview.View(memoryview(b'abcdef').cast('B', (2, 3))).tolist()
    /// [[97, 98, 99], [100, 101, 102]]
    /// ```
    fn tolist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let list: Value = self.read(|v| v.to_list().map(Value::from))?; // the slice is gone here
        to_py(py, &list)
    }

    /// memview's `to_bytes()`: the items' bytes in C order, copied.
    ///
    /// ```python
    /// >>> memview.View(memoryview(b'abcdef')[::-2]).tobytes()
    /// b'fdb'
    /// ```
    fn tobytes(&self) -> PyResult<Vec<u8>> {
        self.read(|v| Ok(v.to_bytes()?.to_vec()))
    }

    /// memview's picture of the buffer: which bytes each item covers.
    ///
    /// ```python
    /// >>> print(memview.View(b'ab').diagram().splitlines()[0])
    /// format 'B', itemsize 1, shape (2,), strides (1,), offset 0
    /// ```
    fn diagram(&self) -> PyResult<String> {
        self.read(|v| Ok(v.diagram()))
    }

    /// `v[i]` or `v[i, j]`: one item, read by memview (`get_at`).
    ///
    /// ```python
    /// >>> memview.View(memoryview(b'abcdef').cast('B', (2, 3)))[1, -1]
    /// 102
    /// ```
    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        key: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let index = index_of(key)?;
        let value = self.read(|v| v.get_at(&index))?;
        to_py(py, &value)
    }

    /// `v[i] = x` or `v[i, j] = x`: memview writes into the exporter's
    /// memory (`set_at`).
    ///
    /// ```python
    /// >>> ba = bytearray(b'abc')
    /// >>> memview.View(ba)[0] = 65
    /// >>> ba
    /// bytearray(b'Abc')
    /// ```
    fn __setitem__(&mut self, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        // Python objects are read before the slice exists (invariant 3).
        let index = index_of(key)?;
        let value = from_py(value, self.layout()?.format())?;
        self.write(|v| v.set_at(&index, value))
    }

    /// Items in the first dimension, as `len(memoryview(obj))` in 3.11.
    ///
    /// ```python
    /// >>> len(memview.View(b'abc'))
    /// 3
    /// ```
    fn __len__(&self) -> PyResult<usize> {
        // As memview's `View::len`: a 0-dimensional view has length 1.
        Ok(self.layout()?.shape().first().copied().unwrap_or(1))
    }

    /// Gives the buffer back (`PyBuffer_Release`): the exporter may resize
    /// again. Any later use raises `ValueError`; a second release does
    /// nothing.
    ///
    /// ```python
    /// >>> ba = bytearray(b'ab')
    /// >>> v = memview.View(ba)
    /// >>> v.release()
    /// >>> ba.extend(b'c')
    /// ```
    fn release(&mut self) {
        self.held = None;
    }

    /// `with memview.View(obj) as v:` releases at the end of the block.
    ///
    /// ```python
    /// >>> with memview.View(b'ab') as v:
    /// ...     v.tolist()
    /// [97, 98]
    /// ```
    fn __enter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// Releases the buffer; never suppresses an exception.
    fn __exit__(
        &mut self,
        _exc_type: &Bound<'_, PyAny>,
        _exc: &Bound<'_, PyAny>,
        _traceback: &Bound<'_, PyAny>,
    ) -> bool {
        self.release();
        false
    }

    /// `<memview.View format='B' shape=(2,)>`, or `<released memview.View>`.
    fn __repr__(&self) -> String {
        match self.layout() {
            Ok(layout) => {
                format!(
                    "<memview.View format='{}' shape={}>",
                    layout.format(),
                    tuple_repr(layout.shape())
                )
            }
            Err(_) => "<released memview.View>".to_string(),
        }
    }
}
