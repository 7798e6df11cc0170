//! The bridge with CPython embedded in the test process (PyO3's
//! `auto-initialize`; the libpython3.11 the machine has). The full Python
//! side runs under pytest (`bridge/tests/python/`); these check both
//! directions from `cargo test` alone.

use pyo3::prelude::*;
use pyo3::types::PyDict;

/// Runs `code` with `import memview` working, and returns its globals.
fn run<'py>(py: Python<'py>, code: &str) -> PyResult<Bound<'py, PyDict>> {
    let module = pyo3::wrap_pymodule!(memview_py::memview)(py);
    py.import("sys")?
        .getattr("modules")?
        .set_item("memview", module)?;
    let globals = PyDict::new(py);
    let code = std::ffi::CString::new(code).expect("no NUL in test code");
    py.run(&code, Some(&globals), None)?;
    Ok(globals)
}

fn eval(py: Python<'_>, globals: &Bound<'_, PyDict>, expr: &str) -> String {
    let expr = std::ffi::CString::new(format!("repr({expr})")).unwrap();
    py.eval(&expr, Some(globals), None)
        .and_then(|v| v.extract())
        .unwrap_or_else(|e| panic!("{expr:?} raised {e}"))
}

fn error(py: Python<'_>, code: &str) -> String {
    match run(py, code) {
        Ok(_) => panic!("{code} raised nothing"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn cpythons_memoryview_sees_rust_memory_with_memviews_layout() {
    Python::attach(|py| {
        let g = run(
            py,
            "import memview\n\
             rb = memview.RustBuffer('i', [1, 2, 3, -4])\n\
             m = memoryview(rb)\n",
        )
        .unwrap();
        assert_eq!(
            eval(
                py,
                &g,
                "(m.format, m.itemsize, m.shape, m.strides, m.readonly)"
            ),
            "('i', 4, (4,), (4,), False)"
        );
        assert_eq!(eval(py, &g, "m.tolist()"), "[1, 2, 3, -4]");
        assert_eq!(eval(py, &g, "rb.tolist()"), "[1, 2, 3, -4]");
        // Python writes, Rust (memview) reads; Rust writes, Python reads.
        py.run(c"m[1] = 42\nrb.set(0, -9)", Some(&g), None).unwrap();
        assert_eq!(eval(py, &g, "rb.tolist()"), "[-9, 42, 3, -4]");
        assert_eq!(eval(py, &g, "m.tolist()"), "[-9, 42, 3, -4]");
        let fortran = run(
            py,
            "import memview\nm = memoryview(memview.RustBuffer('B', range(6), shape=(2, 3), order='F'))",
        )
        .unwrap();
        assert_eq!(
            eval(
                py,
                &fortran,
                "(m.strides, m.f_contiguous, m.c_contiguous, m.tolist())"
            ),
            "((1, 2), True, False, [[0, 2, 4], [1, 3, 5]])"
        );
    });
}

#[test]
fn resizing_while_exported_is_refused_in_both_directions() {
    Python::attach(|py| {
        let message = "BufferError: Existing exports of data: object cannot be re-sized";
        // Rust's buffer, held by CPython.
        let code =
            "import memview\nrb = memview.RustBuffer('B', b'ab')\nm = memoryview(rb)\nrb.append(1)";
        assert_eq!(error(py, code), message);
        let g = run(py, "import memview\nrb = memview.RustBuffer('B', b'ab')\nm = memoryview(rb)\nm.release()\nrb.append(99)").unwrap();
        assert_eq!(eval(py, &g, "(rb.exports, bytes(rb))"), "(0, b'abc')");
        // CPython's bytearray, held by memview.
        let code = "import memview\nba = bytearray(b'ab')\nv = memview.View(ba)\nba.extend(b'!')";
        assert_eq!(error(py, code), message);
        let g = run(py, "import memview\nba = bytearray(b'ab')\nv = memview.View(ba)\nv.release()\nba.extend(b'!')").unwrap();
        assert_eq!(eval(py, &g, "ba"), "bytearray(b'ab!')");
    });
}

#[test]
fn memview_reads_and_writes_cpythons_strided_memory() {
    Python::attach(|py| {
        let g = run(
            py,
            "import array, memview\n\
             a = array.array('h', [1, -2, 3, 4])\n\
             v = memview.View(memoryview(a)[::-2])\n",
        )
        .unwrap();
        assert_eq!(
            eval(py, &g, "(v.format, v.shape, v.strides, v.tolist())"),
            "('h', (2,), (-4,), [4, -2])"
        );
        py.run(c"v[1] = 7", Some(&g), None).unwrap();
        assert_eq!(eval(py, &g, "a.tolist()"), "[1, 7, 3, 4]");
        let code = "import memview\nmemview.View(b'abc')[0] = 1";
        assert_eq!(error(py, code), "BufferError: Object is not writable.");
    });
}

#[test]
fn a_read_only_rust_buffer_refuses_writes_with_cpythons_message() {
    Python::attach(|py| {
        let code = "import memview\nm = memoryview(memview.RustBuffer('B', b'ab', readonly=True))\nm[0] = 1";
        assert_eq!(error(py, code), "TypeError: cannot modify read-only memory");
    });
}
