//! Lets `cargo test` find the libpython it was linked against.
//!
//! pyenv's CPython keeps `libpython3.X.so` in its own `lib/`, which is not on
//! the loader's path; without an rpath the embedded tests would load another
//! copy (Debian's) or none. When maturin builds the extension module, nothing
//! links libpython and this adds nothing.

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
