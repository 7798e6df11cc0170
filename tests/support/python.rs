//! What the tests that replay CPython's answers share (`tests/golden.rs`,
//! `tests/differential.rs`): Python's `repr` of the values they compare,
//! memview's twins of `bytes` and `array`, and a view of either kind.
//! `tests/properties.rs` borrows the tuple `repr`.

use memview::{Exporter, View, ViewMut};

/// Python's `repr` of a `str`.
pub fn py_str(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of a tuple: `()`, `(3,)`, `(2, 3)`.
pub fn py_tuple<T: ToString>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(T::to_string).collect();
    match items.as_slice() {
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

/// Python's `repr` of a `bool`.
pub fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.to_owned()
}

/// The Rust twin of Python's `bytes`: an exporter that never lends its
/// bytes for writing (it keeps the default `bytes_mut`).
pub struct ReadOnly(pub Vec<u8>);

impl Exporter for ReadOnly {
    fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// The Rust twin of an `array` of items `T`: a `Vec<T>` holding `memory`
/// (native byte order), as a boxed exporter.
pub fn typed<T: bytemuck::Pod>(memory: &[u8]) -> Box<dyn Exporter>
where
    Vec<T>: Exporter,
{
    let items: Vec<T> = memory
        .chunks_exact(std::mem::size_of::<T>())
        .map(bytemuck::pod_read_unaligned)
        .collect();
    Box::new(items)
}

/// A view of either kind: Python's `m`, read-only or not.
pub enum AnyView<'a> {
    Ro(View<'a>),
    Rw(ViewMut<'a>),
}

/// Runs `$body` with `$v` bound to the view, whichever kind it is.
macro_rules! both {
    ($view:expr, $v:ident => $body:expr) => {
        match $view {
            $crate::support::AnyView::Ro($v) => $body,
            $crate::support::AnyView::Rw($v) => $body,
        }
    };
}

pub(crate) use both;

/// Python's `a == b` for two views of either kind.
pub fn views_equal(a: &AnyView<'_>, b: &AnyView<'_>) -> bool {
    match (a, b) {
        (AnyView::Ro(a), AnyView::Ro(b)) => a == b,
        (AnyView::Ro(a), AnyView::Rw(b)) => a == b,
        (AnyView::Rw(a), AnyView::Ro(b)) => a == b,
        (AnyView::Rw(a), AnyView::Rw(b)) => a == b,
    }
}
