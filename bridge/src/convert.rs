//! Crossing the border by value: memview's errors become Python exceptions,
//! memview's [`Value`]s become Python objects, Python objects become
//! `Value`s, Python's indices become memview's, and shapes and strides are
//! written as Python writes tuples. Nothing here touches a buffer's memory.

use memview::{PyException, Value};
use pyo3::exceptions::{
    PyBufferError, PyIndexError, PyMemoryError, PyNotImplementedError, PyOverflowError,
    PyTypeError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyFloat, PyInt, PyList, PyTuple};

/// memview's error as the Python exception it names, with CPython's message.
pub(crate) fn to_pyerr(err: memview::Error) -> PyErr {
    let message = err.message().to_owned();
    match err.exception() {
        PyException::TypeError => PyTypeError::new_err(message),
        PyException::ValueError => PyValueError::new_err(message),
        PyException::IndexError => PyIndexError::new_err(message),
        PyException::NotImplementedError => PyNotImplementedError::new_err(message),
        PyException::BufferError => PyBufferError::new_err(message),
        PyException::OverflowError => PyOverflowError::new_err(message),
        // UnicodeEncodeError takes five arguments, not a message; its base
        // class carries the message as well.
        PyException::UnicodeEncodeError => PyValueError::new_err(message),
        PyException::MemoryError => PyMemoryError::new_err(message),
    }
}

/// A memview result as a Python one.
pub(crate) trait OrRaise<T> {
    /// `Err(memview::Error)` becomes the Python exception it names.
    fn or_raise(self) -> PyResult<T>;
}

impl<T> OrRaise<T> for memview::Result<T> {
    fn or_raise(self) -> PyResult<T> {
        self.map_err(to_pyerr)
    }
}

/// A value read by memview as the Python object `memoryview` would give.
pub(crate) fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Int(i) => i.into_pyobject(py)?.into_any(),
        Value::Float(x) => PyFloat::new(py, *x).into_any(),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Bytes(b) => PyBytes::new(py, b).into_any(),
        Value::List(items) => {
            let items = items
                .iter()
                .map(|item| to_py(py, item))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
    })
}

/// A Python object as a value memview can pack into an item: `bool`,
/// `int`, `float` or `bytes`, as `memoryview` accepts them.
///
/// # Errors
/// CPython's `TypeError: memoryview: invalid type for format 'B'` for any
/// other object; `OverflowError` for an `int` beyond 128 bits.
pub(crate) fn from_py(obj: &Bound<'_, PyAny>, format: &str) -> PyResult<Value> {
    if let Ok(b) = obj.cast::<PyBool>() {
        Ok(Value::Bool(b.is_true()))
    } else if obj.is_instance_of::<PyInt>() {
        Ok(Value::Int(obj.extract::<i128>()?))
    } else if let Ok(x) = obj.cast::<PyFloat>() {
        Ok(Value::Float(x.value()))
    } else if let Ok(b) = obj.cast::<PyBytes>() {
        Ok(Value::Bytes(b.as_bytes().to_vec()))
    } else {
        Err(PyTypeError::new_err(format!(
            "memoryview: invalid type for format '{format}'"
        )))
    }
}

/// An index as memview takes it: `i` is `[i]`, `(i, j)` is `[i, j]`.
pub(crate) fn index_of(key: &Bound<'_, PyAny>) -> PyResult<Vec<isize>> {
    if key.is_instance_of::<PyInt>() {
        Ok(vec![key.extract()?])
    } else if let Ok(tuple) = key.cast::<PyTuple>() {
        tuple.iter().map(|i| i.extract()).collect()
    } else {
        Err(PyTypeError::new_err("memoryview: invalid slice key"))
    }
}

/// `(2, 3)`, `(4,)`, `()`: a tuple as Python prints it.
pub(crate) fn tuple_repr<T: std::fmt::Display>(items: &[T]) -> String {
    match items {
        [one] => format!("({one},)"),
        _ => format!(
            "({})",
            items
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
