//! Every call into memview the differential test makes, in one place: when
//! the library's API changes, this file is the one to port.
//!
//! A chain is replayed the way Python ran it, with one difference forced by
//! Rust's borrows: Python keeps `m` alive between steps, and this replay
//! keeps the *recipe* of `m` instead (the view ops that succeeded so far)
//! and remakes `m` from the exporter at each step. A view is a pure function
//! of its exporter and its ops, so the two are the same `m`.

use crate::ops::{Derive, ExporterSpec, Op, Other, Outcome, PyErr, PyValue, Slice3};
use crate::support::{AnyView, ReadOnly, both, py_bool, py_str, py_tuple, typed, views_equal};
use memview::{
    Error, Exporter, Layout, Lent, Order, PyException, Slice, Unhashable, Value, View, ViewMut,
    hash_bytes,
};

fn py_err(e: Error) -> PyErr {
    PyErr::new(e.exception().name(), e.message())
}

/// An exporter Rust has no type for (a ctypes array, a
/// `_testbuffer.ndarray`, an `array.array` of a typecode whose Rust twin
/// says another format): its bytes lent through its layout, read-only or
/// not, refusing `hash()` in its own type's words.
struct Foreign {
    lent: Lent<Vec<u8>>,
    writable: bool,
    unhashable: Option<Unhashable>,
}

impl Exporter for Foreign {
    fn layout(&self) -> memview::Result<Layout> {
        self.lent.layout()
    }
    fn bytes(&self) -> &[u8] {
        self.lent.bytes()
    }
    fn bytes_mut(&mut self) -> memview::Result<&mut [u8]> {
        match self.writable {
            true => self.lent.bytes_mut(),
            false => Err(Error::not_writable()),
        }
    }
    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        self.unhashable.filter(|_| lent_for_writing)
    }
}

/// How `hash()` refuses an object of this kind (only asked once the object
/// lent its bytes for writing).
fn unhashable(kind: &str) -> Option<Unhashable> {
    match kind {
        "ctypes" => Some(Unhashable::Says(PyException::TypeError, "unhashable type")),
        "ndarray" => Some(Unhashable::Says(
            PyException::ValueError,
            "cannot hash writable ndarray object",
        )),
        _ => Some(Unhashable::Type("array.array")),
    }
}

/// The Rust twin of a Python exporter object, and whether `memoryview()` of
/// it is writable.
pub struct Owner {
    exporter: Box<dyn Exporter>,
    writable: bool,
}

impl Owner {
    pub fn new(spec: &ExporterSpec) -> Owner {
        let memory = spec.memory.clone();
        if let Some(l) = &spec.layout {
            let layout =
                Layout::strided(l.format.clone(), l.itemsize, &l.shape, &l.strides, l.offset)
                    .unwrap_or_else(|e| panic!("{}: memview refuses its layout: {e:#}", spec.py));
            return Owner {
                exporter: Box::new(Foreign {
                    lent: Lent::new(memory, layout),
                    writable: !l.readonly,
                    unhashable: unhashable(&spec.kind),
                }),
                writable: !l.readonly,
            };
        }
        let exporter: Box<dyn Exporter> = match (spec.kind.as_str(), spec.typecode.as_deref()) {
            ("bytes", _) => Box::new(ReadOnly(memory)),
            ("bytearray", _) => Box::new(memory),
            ("array", Some("b")) => typed::<i8>(&memory),
            // A `Vec<u8>` is memview's `bytearray`; an `array('B')` is hashed
            // as an `array.array`.
            ("array", Some("B")) => {
                let layout = Layout::for_bytes(memory.len());
                Box::new(Foreign {
                    lent: Lent::new(memory, layout),
                    writable: true,
                    unhashable: unhashable("array"),
                })
            }
            ("array", Some("h")) => typed::<i16>(&memory),
            ("array", Some("H")) => typed::<u16>(&memory),
            ("array", Some("i")) => typed::<i32>(&memory),
            ("array", Some("I")) => typed::<u32>(&memory),
            ("array", Some("q")) => typed::<i64>(&memory),
            ("array", Some("Q")) => typed::<u64>(&memory),
            ("array", Some("f")) => typed::<f32>(&memory),
            ("array", Some("d")) => typed::<f64>(&memory),
            ("array", Some(code @ ("l" | "L"))) => {
                let items = memory.len() / 8;
                let layout =
                    Layout::strided(code.to_owned(), 8, &[items], &[8], 0).expect("a 1-D layout");
                Box::new(Foreign {
                    lent: Lent::new(memory, layout),
                    writable: true,
                    unhashable: unhashable("array"),
                })
            }
            other => panic!("no Rust twin for the exporter {other:?}"),
        };
        Owner {
            exporter,
            writable: spec.kind != "bytes",
        }
    }

    /// `bytes(x)`: the exporter's items in C order, as `memoryview(x).tobytes()`.
    fn to_bytes(&self) -> Outcome {
        let view = View::new(&*self.exporter).map_err(py_err)?;
        Ok(view.to_bytes().map_err(py_err)?.to_string())
    }

    /// `memoryview(x)`, then `ops` in turn, then `f` on the result.
    fn with_view(&mut self, ops: &[Derive], f: &mut dyn FnMut(AnyView<'_>) -> Outcome) -> Outcome {
        let root = if self.writable {
            AnyView::Rw(ViewMut::new(&mut *self.exporter).map_err(py_err)?)
        } else {
            AnyView::Ro(View::new(&*self.exporter).map_err(py_err)?)
        };
        chain(root, ops, f)
    }
}

fn slice(s: &Slice3) -> Slice {
    Slice::new(s[0], s[1], s[2])
}

/// Applies `ops` in turn to `view`, then calls `f` with the result.
fn chain(view: AnyView<'_>, ops: &[Derive], f: &mut dyn FnMut(AnyView<'_>) -> Outcome) -> Outcome {
    let Some((op, rest)) = ops.split_first() else {
        return f(view);
    };
    let then = &mut |v: AnyView<'_>| chain(v, rest, f);
    match (op, view) {
        (Derive::Slice(s), AnyView::Ro(v)) => {
            then(AnyView::Ro(v.into_slice(slice(s)).map_err(py_err)?))
        }
        (Derive::Slice(s), AnyView::Rw(v)) => {
            then(AnyView::Rw(v.into_slice(slice(s)).map_err(py_err)?))
        }
        (Derive::Cast(f, None), AnyView::Ro(v)) => {
            then(AnyView::Ro(v.into_cast(f).map_err(py_err)?))
        }
        (Derive::Cast(f, None), AnyView::Rw(v)) => {
            then(AnyView::Rw(v.into_cast(f).map_err(py_err)?))
        }
        (Derive::Cast(f, Some(s)), AnyView::Ro(v)) => {
            then(AnyView::Ro(v.into_cast_with(f, s).map_err(py_err)?))
        }
        (Derive::Cast(f, Some(s)), AnyView::Rw(v)) => {
            then(AnyView::Rw(v.into_cast_with(f, s).map_err(py_err)?))
        }
        (Derive::ToReadonly, view) => both!(view, v => then(AnyView::Ro(v.to_readonly()))),
        (Derive::Rewrap, AnyView::Ro(v)) => then(AnyView::Ro(View::new(&v).map_err(py_err)?)),
        (Derive::Rewrap, AnyView::Rw(mut v)) => {
            then(AnyView::Rw(ViewMut::new(&mut v).map_err(py_err)?))
        }
    }
}

/// `memoryview(obj)` and its ops, read-only (a comparand or a source).
fn with_object(
    spec: &ExporterSpec,
    ops: &[Derive],
    f: &mut dyn FnMut(AnyView<'_>) -> Outcome,
) -> Outcome {
    let owner = Owner::new(spec);
    let root = View::new(&*owner.exporter).map_err(py_err)?;
    chain(AnyView::Ro(root), ops, f)
}

fn value(v: &PyValue) -> Value {
    match v {
        PyValue::Int(i) => Value::Int(*i),
        PyValue::Float(x) => Value::Float(*x),
        PyValue::Bool(b) => Value::Bool(*b),
        PyValue::Bytes(b) => Value::Bytes(b.clone()),
        PyValue::List(items) => Value::List(items.iter().map(value).collect()),
    }
}

/// One chain being replayed: the exporter and the recipe of `m`.
pub struct Chain {
    owner: Owner,
    made: Vec<Derive>,
}

impl Chain {
    /// `x = <exporter>; m = memoryview(x)`.
    pub fn new(spec: &ExporterSpec) -> Chain {
        Chain {
            owner: Owner::new(spec),
            made: Vec::new(),
        }
    }

    /// Runs one step; a view op that succeeds becomes part of `m`.
    pub fn step(&mut self, op: &Op) -> Outcome {
        match op {
            Op::Derive(d) => {
                let mut ops = self.made.clone();
                ops.push(d.clone());
                let outcome = self.owner.with_view(&ops, &mut |_| Ok("None".to_owned()));
                if outcome.is_ok() {
                    self.made = ops;
                }
                outcome
            }
            Op::Restart => {
                self.made.clear();
                self.owner.with_view(&[], &mut |_| Ok("None".to_owned()))
            }
            Op::Exporter => self.owner.to_bytes(),
            op => self
                .owner
                .with_view(&self.made, &mut |view| query(view, op)),
        }
    }
}

/// Every op but the view ops and `bytes(x)`, on `m`.
fn query(mut view: AnyView<'_>, op: &Op) -> Outcome {
    let e = py_err;
    Ok(match op {
        Op::Describe => both!(&view, v => format!(
            "({}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
            py_str(v.format()),
            v.itemsize(),
            v.ndim(),
            py_tuple(v.shape()),
            py_tuple(v.strides()),
            v.nbytes(),
            py_bool(v.readonly()),
            py_bool(v.c_contiguous()),
            py_bool(v.f_contiguous()),
            py_bool(v.contiguous()),
        )),
        Op::Attr(name) => both!(&view, v => match name.as_str() {
            "format" => py_str(v.format()),
            "itemsize" => v.itemsize().to_string(),
            "ndim" => v.ndim().to_string(),
            "shape" => py_tuple(v.shape()),
            "strides" => py_tuple(v.strides()),
            "suboffsets" => py_tuple(v.suboffsets()),
            "nbytes" => v.nbytes().to_string(),
            "readonly" => py_bool(v.readonly()),
            "c_contiguous" => py_bool(v.c_contiguous()),
            "f_contiguous" => py_bool(v.f_contiguous()),
            "contiguous" => py_bool(v.contiguous()),
            "len" => v.len().to_string(),
            other => panic!("unknown attribute {other}"),
        }),
        Op::Get(i) => both!(&view, v => v.get(*i).map_err(e)?.to_string()),
        Op::GetAt(idx) => both!(&view, v => v.get_at(idx).map_err(e)?.to_string()),
        Op::ToList => both!(&view, v => v.to_list().map_err(e)?.to_string()),
        Op::ToBytes(None) | Op::Bytes => both!(&view, v => v.to_bytes().map_err(e)?.to_string()),
        Op::ToBytes(Some(order)) => {
            let order: Order = order.parse().map_err(e)?;
            both!(&view, v => v.to_bytes_with(order).map_err(e)?.to_string())
        }
        Op::Hex(None) => py_str(&both!(&view, v => v.hex().map_err(e)?)),
        Op::Hex(Some((sep, n))) => {
            // The generator makes only what the types can state.
            let sep = sep.chars().next().filter(|_| sep.chars().count() == 1);
            let (sep, n) = (
                sep.expect("one character"),
                i32::try_from(*n).expect("a C int"),
            );
            py_str(&both!(&view, v => v.hex_with(sep, n).map_err(e)?))
        }
        Op::Eq(other, negate) => py_bool(equals(&view, other)? != *negate),
        Op::Hash => both!(&view, v => {
            let hash = v.hash_value().map_err(e)?;
            py_bool(hash == hash_bytes(&v.to_bytes().map_err(e)?))
        }),
        Op::Contains(x) => py_bool(both!(&view, v => v.contains(value(x)).map_err(e)?)),
        Op::List => Value::List(both!(&view, v => v.try_iter().map_err(e)?.collect())).to_string(),
        Op::Reversed => {
            Value::List(both!(&view, v => v.try_reversed().map_err(e)?.collect())).to_string()
        }
        Op::Set(i, x) => {
            writable(&mut view)?.set(*i, value(x)).map_err(e)?;
            "None".to_owned()
        }
        Op::SetAt(idx, x) => {
            writable(&mut view)?.set_at(idx, value(x)).map_err(e)?;
            "None".to_owned()
        }
        Op::SetSlice(s, Other::Object(spec, None)) => {
            let target = writable(&mut view)?;
            let source = Owner::new(spec);
            target.set_slice(slice(s), &*source.exporter).map_err(e)?;
            "None".to_owned()
        }
        Op::SetSlice(s, Other::Object(spec, Some(ops))) => {
            let target = writable(&mut view)?;
            with_object(spec, ops, &mut |source| {
                both!(source, v => target.set_slice(slice(s), &v).map_err(e)?);
                Ok("None".to_owned())
            })?
        }
        Op::SetSlice(dst, Other::Itself) => {
            writable(&mut view)?
                .copy_within(Slice::FULL, slice(dst))
                .map_err(e)?;
            "None".to_owned()
        }
        Op::SetSlice(dst, Other::SliceOfItself(src)) | Op::CopyWithin(src, dst) => {
            writable(&mut view)?
                .copy_within(slice(src), slice(dst))
                .map_err(e)?;
            "None".to_owned()
        }
        Op::Derive(_) | Op::Restart | Op::Exporter => unreachable!("handled by Chain::step"),
    })
}

/// `m` as a writable view: the generator writes only through writable views
/// (a memview `View` has no `set`: such a write does not compile).
fn writable<'v, 'a>(view: &'v mut AnyView<'a>) -> Result<&'v mut ViewMut<'a>, PyErr> {
    match view {
        AnyView::Rw(v) => Ok(v),
        AnyView::Ro(_) => Err(PyErr::new(
            "TestError",
            "a write through a read-only View does not compile",
        )),
    }
}

/// `m == other`.
fn equals(view: &AnyView<'_>, other: &Other) -> Result<bool, PyErr> {
    match other {
        Other::Itself => Ok(views_equal(view, view)),
        Other::SliceOfItself(s) => both!(view, v => {
            let part = v.slice(slice(s)).map_err(py_err)?;
            Ok(views_equal(view, &AnyView::Ro(part)))
        }),
        Other::Object(spec, None) => {
            let owner = Owner::new(spec);
            Ok(both!(view, v => v.eq_exporter(&*owner.exporter)))
        }
        Other::Object(spec, Some(ops)) => {
            let answer = with_object(spec, ops, &mut |other| {
                Ok(py_bool(views_equal(view, &other)))
            })?;
            Ok(answer == "True")
        }
    }
}
