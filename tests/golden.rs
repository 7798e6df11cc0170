//! Golden vectors: memview against CPython, operation by operation.
//!
//! `tools/golden/generate.py` ran every vector through CPython and wrote what
//! happened to `tests/golden/memoryview.json`; the top of that script
//! describes the format. This test runs the same vectors through memview and
//! compares each result, printed as Python's `repr`, and each error, by
//! exception name and message, and the exporter's bytes after the writes.
//!
//! Vectors that memview cannot or does not run (a `str` key, a released
//! view, ...) carry a `rust` mark and a reason; they are counted and listed,
//! not run. Run with `--nocapture` to see the list.

use memview::{
    Bytes, Error, Exporter, ItemFormat, Layout, Lent, Order, Slice, Value, View, ViewMut,
    bytearray_repr, hash_bytes,
};
use pretty_assertions::assert_eq;
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

#[path = "support/python.rs"]
mod support;

use support::{AnyView, ReadOnly, both, py_bool, py_str, py_tuple, typed, views_equal};

const VECTORS: &str = include_str!("golden/memoryview.json");

/// What a step gives: the `repr` of its result, or an error.
type Outcome = Result<String, Error>;

/// The Rust twin of a vector's exporter object: `bytes` is [`ReadOnly`],
/// `bytearray` a `Vec<u8>`, `array.array('i')` a `Vec<i32>` and so on.
struct Owner {
    kind: String,
    exporter: Box<dyn Exporter>,
}

fn unhex(json: &Json) -> Vec<u8> {
    let text = json.as_str().expect("hex string");
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex digits"))
        .collect()
}

fn int(json: &Json) -> i128 {
    match json {
        Json::Bool(b) => i128::from(*b),
        _ => json
            .as_i64()
            .map(i128::from)
            .or_else(|| json.as_u64().map(i128::from))
            .unwrap_or_else(|| panic!("not an integer: {json}")),
    }
}

fn isize_of(json: &Json) -> isize {
    isize::try_from(int(json)).expect("an isize")
}

fn usizes(json: &Json) -> Vec<usize> {
    let items = json.as_array().expect("a list");
    items
        .iter()
        .map(|n| usize::try_from(int(n)).expect("a usize"))
        .collect()
}

fn isizes(json: &Json) -> Vec<isize> {
    json.as_array()
        .expect("a list")
        .iter()
        .map(isize_of)
        .collect()
}

fn owner(spec: &Json) -> Owner {
    let kind = spec["kind"].as_str().expect("kind").to_owned();
    let memory = unhex(&spec["memory"]);
    let format = spec["format"].as_str().expect("format");
    let exporter: Box<dyn Exporter> = match (kind.as_str(), format) {
        ("bytes", _) => Box::new(ReadOnly(memory)),
        ("bytearray", _) => Box::new(memory),
        ("array", "b") => typed::<i8>(&memory),
        ("array", "B") => typed::<u8>(&memory),
        ("array", "h") => typed::<i16>(&memory),
        ("array", "H") => typed::<u16>(&memory),
        ("array", "i") => typed::<i32>(&memory),
        ("array", "I") => typed::<u32>(&memory),
        ("array", "q") => typed::<i64>(&memory),
        ("array", "Q") => typed::<u64>(&memory),
        ("array", "f") => typed::<f32>(&memory),
        ("array", "d") => typed::<f64>(&memory),
        // Any other exporter (ctypes arrays, `_testbuffer.ndarray`,
        // `array('l')`): the vector's memory, lent through exactly the
        // vector's layout.
        _ => {
            let layout = Layout::strided(
                format.to_owned(),
                usize::try_from(int(&spec["itemsize"])).expect("itemsize"),
                &usizes(&spec["shape"]),
                &isizes(&spec["strides"]),
                usize::try_from(int(&spec["offset"])).expect("offset"),
            )
            .expect("the vector's layout is valid");
            match spec["readonly"].as_bool().expect("readonly") {
                true => Box::new(Lent::new(ReadOnly(memory), layout)),
                false => Box::new(Lent::new(memory, layout)),
            }
        }
    };
    Owner { kind, exporter }
}

/// The exporter's layout, as Python described it; compared with what the
/// Rust twin lends.
fn described_layout(spec: &Json) -> String {
    format!(
        "format {}, itemsize {}, shape {:?}, strides {:?}, offset {}",
        spec["format"].as_str().unwrap_or_default(),
        int(&spec["itemsize"]),
        usizes(&spec["shape"]),
        isizes(&spec["strides"]),
        int(&spec["offset"]),
    )
}

fn lent_layout(exporter: &dyn Exporter) -> String {
    match exporter.layout() {
        Ok(l) => format!(
            "format {}, itemsize {}, shape {:?}, strides {:?}, offset {}",
            l.format(),
            l.itemsize(),
            l.shape(),
            l.strides(),
            l.offset()
        ),
        Err(e) => format!("{e:#}"),
    }
}

/// A Python value from its JSON spec.
fn value(json: &Json) -> Value {
    let (kind, v) = json
        .as_object()
        .expect("a value")
        .iter()
        .next()
        .expect("one key");
    match kind.as_str() {
        "int" => Value::Int(v.as_str().expect("digits").parse().expect("an i128")),
        "float" => Value::Float(v.as_str().expect("a repr").parse().expect("an f64")),
        "bool" => Value::Bool(v.as_bool().expect("a bool")),
        "bytes" => Value::Bytes(unhex(v)),
        other => panic!("Rust cannot express a {other} value"),
    }
}

/// The slice whose start, stop and step are `json[first..first + 3]`.
fn slice(json: &Json, first: usize) -> Slice {
    let part = |i: usize| match &json[first + i] {
        Json::Null => None,
        n => Some(isize_of(n)),
    };
    Slice::new(part(0), part(1), part(2))
}

/// A separator as the `char` memview takes (a `bytes` one: its byte).
/// Vectors with any other separator are marked compile-time.
fn separator(json: &Json) -> char {
    let chars: Vec<char> = match json {
        Json::String(s) => s.chars().collect(),
        other => unhex(&other["bytes"]).into_iter().map(char::from).collect(),
    };
    match chars[..] {
        [one] => one,
        _ => panic!("not one character: {json}"),
    }
}

/// Calls `f` with what a memoryview of the exporter is made from: the
/// exporter itself, or the view its `view` ops make of it.
fn with_lender(
    owner: &mut Owner,
    spec: &Json,
    f: &mut dyn FnMut(&mut dyn Exporter) -> Outcome,
) -> Outcome {
    let ops = spec["view"].as_array().expect("view ops");
    if ops.is_empty() {
        return f(&mut *owner.exporter);
    }
    let base = if spec["readonly"].as_bool().expect("readonly") {
        AnyView::Ro(View::new(&*owner.exporter)?)
    } else {
        AnyView::Rw(ViewMut::new(&mut *owner.exporter)?)
    };
    chain(base, ops, &mut |lender| match lender {
        AnyView::Ro(mut v) => f(&mut v),
        AnyView::Rw(mut v) => f(&mut v),
    })
}

/// Calls `f` with `memoryview(exporter)`: a [`View`] if the exporter lends
/// read-only, else a [`ViewMut`].
fn with_root(owner: &mut Owner, spec: &Json, f: &mut dyn FnMut(AnyView<'_>) -> Outcome) -> Outcome {
    let ops = spec["view"].as_array().expect("view ops");
    let readonly =
        spec["readonly"].as_bool().expect("readonly") || ops.iter().any(|op| op[0] == "toreadonly");
    with_lender(owner, spec, &mut |lender| {
        if readonly {
            f(AnyView::Ro(View::new(&*lender)?))
        } else {
            f(AnyView::Rw(ViewMut::new(lender)?))
        }
    })
}

fn is_view_op(op: &Json) -> bool {
    matches!(op[0].as_str(), Some("slice" | "cast" | "toreadonly"))
}

/// Applies the view-making `ops` in turn, then calls `f` with the result.
fn chain(view: AnyView<'_>, ops: &[Json], f: &mut dyn FnMut(AnyView<'_>) -> Outcome) -> Outcome {
    let Some((op, rest)) = ops.split_first() else {
        return f(view);
    };
    let then = &mut |v: AnyView<'_>| chain(v, rest, f);
    match (op[0].as_str().expect("op name"), view) {
        ("slice", AnyView::Ro(v)) => then(AnyView::Ro(v.slice(slice(op, 1))?)),
        ("slice", AnyView::Rw(mut v)) => then(AnyView::Rw(v.slice_mut(slice(op, 1))?)),
        ("cast", view) => {
            let format = op[1].as_str().expect("format");
            let shape = op.get(2).map(usizes);
            match (view, shape) {
                (AnyView::Ro(v), None) => then(AnyView::Ro(v.cast(format)?)),
                (AnyView::Ro(v), Some(s)) => then(AnyView::Ro(v.cast_with(format, &s)?)),
                (AnyView::Rw(v), None) => then(AnyView::Rw(v.into_cast(format)?)),
                (AnyView::Rw(v), Some(s)) => then(AnyView::Rw(v.into_cast_with(format, &s)?)),
            }
        }
        ("toreadonly", view) => both!(view, v => then(AnyView::Ro(v.to_readonly()))),
        (name, _) => panic!("not a view op: {name}"),
    }
}

/// Runs one step: the view ops, then the op that gives the result.
fn run(view: AnyView<'_>, ops: &[Json], kind: &str) -> Outcome {
    match ops.split_last() {
        Some((last, init)) if !is_view_op(last) => {
            chain(view, init, &mut |v| finish(v, last, kind))
        }
        _ => chain(view, ops, &mut |_| Ok("<memory>".to_owned())),
    }
}

fn writable<'v, 'a>(view: &'v mut AnyView<'a>) -> &'v mut ViewMut<'a> {
    match view {
        AnyView::Rw(v) => v,
        AnyView::Ro(_) => panic!("a write through a read-only view must be marked compile-time"),
    }
}

/// The op that ends a step, on the view the step's other ops made, of an
/// exporter of `kind`.
fn finish(mut view: AnyView<'_>, op: &Json, kind: &str) -> Outcome {
    let arg = |i: usize| &op[i];
    Ok(match op[0].as_str().expect("op name") {
        "get" => both!(&view, v => v.get(isize_of(arg(1)))?).to_string(),
        "get_at" => both!(&view, v => v.get_at(&isizes(arg(1)))?).to_string(),
        "set" => {
            writable(&mut view).set(isize_of(arg(1)), value(arg(2)))?;
            "None".to_owned()
        }
        "set_at" => {
            writable(&mut view).set_at(&isizes(arg(1)), value(arg(2)))?;
            "None".to_owned()
        }
        "set_slice" => {
            let target = writable(&mut view);
            let mut source = owner(arg(2));
            with_lender(&mut source, arg(2), &mut |src| {
                target.set_slice(slice(arg(1), 0), &*src)?;
                Ok("None".to_owned())
            })?
        }
        "copy_within" => {
            writable(&mut view).copy_within(slice(arg(1), 0), slice(arg(2), 0))?;
            "None".to_owned()
        }
        "tobytes" => match op.get(1) {
            None | Some(Json::Null) => both!(&view, v => v.to_bytes()?).to_string(),
            Some(order) => {
                let order: Order = order.as_str().expect("an order").parse()?;
                both!(&view, v => v.to_bytes_with(order)?).to_string()
            }
        },
        "bytes" => both!(&view, v => v.to_bytes()?).to_string(),
        "tolist" => both!(&view, v => v.to_list()?).to_string(),
        "hex" => match op.get(1) {
            None => py_str(&both!(&view, v => v.hex()?)),
            Some(sep) => {
                let per = op
                    .get(2)
                    .map_or(1, |n| i32::try_from(int(n)).expect("a C int"));
                py_str(&both!(&view, v => v.hex_with(separator(sep), per)?))
            }
        },
        "attr" => attribute(&view, arg(1).as_str().expect("a name"), kind),
        "eq" => py_bool(equals(&view, arg(1))?),
        "hash_eq" => {
            let hash = both!(&view, v => v.hash_value()?);
            py_bool(hash == hash_bytes(&unhex(arg(1))))
        }
        "list" => Value::List(both!(&view, v => v.try_iter()?.collect())).to_string(),
        "reversed" => Value::List(both!(&view, v => v.try_reversed()?.collect())).to_string(),
        "contains" => py_bool(both!(&view, v => v.contains(value(arg(1)))?)),
        other => panic!("unknown op {other}"),
    })
}

fn attribute(view: &AnyView<'_>, name: &str, kind: &str) -> String {
    both!(view, v => match name {
        "len" => v.len().to_string(),
        "ndim" => v.ndim().to_string(),
        "shape" => py_tuple(v.shape()),
        "strides" => py_tuple(v.strides()),
        "suboffsets" => py_tuple(v.suboffsets()),
        "itemsize" => v.itemsize().to_string(),
        "nbytes" => v.nbytes().to_string(),
        "format" => py_str(v.format()),
        "readonly" => py_bool(v.readonly()),
        "c_contiguous" => py_bool(v.c_contiguous()),
        "f_contiguous" => py_bool(v.f_contiguous()),
        "contiguous" => py_bool(v.contiguous()),
        // The nearest Rust has to `mv.obj`: all the exporter's bytes.
        "obj" => repr_of(kind, v.obj()),
        other => panic!("unknown attribute {other}"),
    })
}

/// `mv == other`: "self", an exporter, or a view of an exporter.
fn equals(view: &AnyView<'_>, other: &Json) -> Result<bool, Error> {
    if other == "self" {
        return Ok(views_equal(view, view));
    }
    let spec = &other["exporter"];
    let mut owner = owner(spec);
    let answer = match other.get("ops") {
        None => with_lender(&mut owner, spec, &mut |lender| {
            Ok(py_bool(both!(view, v => v.eq_exporter(&*lender))))
        })?,
        Some(ops) => with_root(&mut owner, spec, &mut |root| {
            let ops = ops.as_array().expect("ops");
            chain(root, ops, &mut |w| Ok(py_bool(views_equal(view, &w))))
        })?,
    };
    Ok(answer == "True")
}

/// Python's `repr` of an exporter object of `kind` holding `bytes`.
fn repr_of(kind: &str, bytes: &[u8]) -> String {
    match kind {
        "bytes" => Bytes::from(bytes.to_vec()).to_string(),
        "bytearray" => bytearray_repr(bytes),
        other => panic!("no repr for a {other} exporter"),
    }
}

fn outcome_text(outcome: &Outcome) -> String {
    match outcome {
        Ok(text) => text.clone(),
        Err(e) => format!("{e:#}"),
    }
}

fn expected_text(expect: &Json) -> String {
    match (expect.get("ok"), expect.get("err")) {
        (Some(ok), _) => ok.as_str().expect("a repr").to_owned(),
        (_, Some(err)) => format!("{}: {}", err[0].as_str().unwrap(), err[1].as_str().unwrap()),
        _ => panic!("an expectation is ok or err"),
    }
}

/// Runs one vector: `(what, expected, actual)` for each thing checked.
fn check(vector: &Json) -> Vec<(String, String, String)> {
    let spec = &vector["exporter"];
    let mut owner = owner(spec);
    let mut checks = vec![(
        "exporter layout".to_owned(),
        described_layout(spec),
        lent_layout(&*owner.exporter),
    )];
    for (n, step) in vector["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .enumerate()
    {
        let ops = step["ops"].as_array().expect("ops");
        let outcome = match ops.first().and_then(|op| op[0].as_str()) {
            Some("exporter") => Ok(repr_of(&owner.kind, owner.exporter.bytes())),
            Some("writable") => with_lender(&mut owner, spec, &mut |lender| {
                ViewMut::new(lender).map(|_| "True".to_owned())
            }),
            _ => {
                let kind = owner.kind.clone();
                with_root(&mut owner, spec, &mut |root| run(root, ops, &kind))
            }
        };
        let what = format!("step {n}: {}", Json::Array(ops.clone()));
        checks.push((what, expected_text(&step["expect"]), outcome_text(&outcome)));
    }
    if let Some(after) = vector["after"].as_str() {
        let now: String = owner
            .exporter
            .bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        checks.push(("exporter bytes after".to_owned(), after.to_owned(), now));
    }
    checks
}

fn machine_matches(doc: &Json) {
    for (code, size) in doc["machine"]["sizes"].as_object().expect("sizes") {
        let format = ItemFormat::parse(code).expect("a native format");
        assert_eq!(
            Some(format.size() as u64),
            size.as_u64(),
            "the vectors were generated where '{code}' has another size: regenerate them here"
        );
    }
    let order = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    assert_eq!(
        doc["machine"]["byteorder"], order,
        "regenerate the vectors here"
    );
}

#[test]
fn memview_does_what_cpython_does() {
    let doc: Json = serde_json::from_str(VECTORS).expect("valid JSON");
    machine_matches(&doc);
    let vectors = doc["vectors"].as_array().expect("vectors");
    let mut ran: BTreeMap<String, usize> = BTreeMap::new();
    let mut skipped: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut since_312 = 0;
    let (mut expected, mut actual) = (Vec::new(), Vec::new());
    for vector in vectors {
        let name = vector["name"].as_str().expect("name");
        if let Some(mark) = vector.get("rust").and_then(Json::as_str) {
            let why = vector["why"].as_str().expect("a deviation says why");
            skipped
                .entry(format!("{mark}: {why}"))
                .or_default()
                .push(name.to_owned());
            continue;
        }
        since_312 += usize::from(vector.get("since").is_some());
        let category = name.split('/').next().unwrap_or(name).to_owned();
        *ran.entry(category).or_default() += 1;
        let checks = catch_unwind(AssertUnwindSafe(|| check(vector)))
            .unwrap_or_else(|_| vec![("run".into(), "no panic".into(), "PANIC".into())]);
        for (what, want, got) in checks {
            if want != got {
                expected.push(format!("{name} {what}\n    {want}"));
                actual.push(format!("{name} {what}\n    {got}"));
            }
        }
    }
    let total: usize = ran.values().sum();
    println!("{total} golden vectors run ({since_312} follow CPython 3.12's 'e'): {ran:?}");
    println!(
        "{} not run, by reason:",
        skipped.values().map(Vec::len).sum::<usize>()
    );
    for (why, names) in &skipped {
        println!("  {} x {why}\n      {}", names.len(), names.join(", "));
    }
    assert!(total > 900, "too few vectors ran: {total}");
    assert_eq!(expected, actual, "memview differs from CPython");
}
