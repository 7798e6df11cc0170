//! The chains `tools/differential/generate.py` writes, read from JSON into
//! plain Rust values, and Python's `repr` of the few things memview returns
//! as Rust types (`&str`, tuples, `bool`). No memview call lives here.

use serde_json::Value as Json;

/// What a step gives: Python's `repr` of its result, or an exception.
pub type Outcome = Result<String, PyErr>;

/// An exception: its class name and `str(exception)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyErr {
    pub class: String,
    pub message: String,
}

impl PyErr {
    pub fn new(class: &str, message: &str) -> PyErr {
        PyErr {
            class: class.to_owned(),
            message: message.to_owned(),
        }
    }
}

/// An outcome as Python's last line prints it: `[1, 2]`, `TypeError: ...`.
pub fn outcome_text(outcome: &Outcome) -> String {
    match outcome {
        Ok(repr) => repr.clone(),
        Err(e) => format!("{}: {}", e.class, e.message),
    }
}

/// The object a chain starts from, or a source / comparand is made of.
#[derive(Debug, Clone)]
pub struct ExporterSpec {
    /// `bytes`, `bytearray` or `array`.
    pub kind: String,
    /// The array's typecode (`array` only).
    pub typecode: Option<String>,
    /// Its memory: `bytes(x)`, or all of an `ndarray`'s memory.
    pub memory: Vec<u8>,
    /// The Python expression that made it.
    pub py: String,
    /// For ctypes arrays and `_testbuffer.ndarray`s: the layout they lend.
    pub layout: Option<LentLayout>,
}

/// The layout a ctypes array or an `ndarray` lends, as `memoryview()` sees it.
#[derive(Debug, Clone)]
pub struct LentLayout {
    pub format: String,
    pub itemsize: usize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
    pub offset: usize,
    pub readonly: bool,
}

/// `m[start:stop:step]`.
pub type Slice3 = [Option<isize>; 3];

/// A step that replaces `m` by a view made from it.
#[derive(Debug, Clone)]
pub enum Derive {
    Slice(Slice3),
    Cast(String, Option<Vec<usize>>),
    ToReadonly,
    /// `m = memoryview(m)`.
    Rewrap,
}

/// A Python value, written into a view or looked for in one.
#[derive(Debug, Clone)]
pub enum PyValue {
    Int(i128),
    Float(f64),
    Bool(bool),
    Bytes(Vec<u8>),
    List(Vec<PyValue>),
}

/// The right-hand side of `m == other` or `m[s] = other`.
#[derive(Debug, Clone)]
pub enum Other {
    /// `m` itself.
    Itself,
    /// `m[a:b:c]`.
    SliceOfItself(Slice3),
    /// The object itself (`None`), or `memoryview(obj)` and then the ops.
    Object(ExporterSpec, Option<Vec<Derive>>),
}

/// One step of a chain; the generator's docstring lists the Python of each.
#[derive(Debug, Clone)]
pub enum Op {
    Derive(Derive),
    /// `m = memoryview(x)`: start again from the exporter.
    Restart,
    Describe,
    Attr(String),
    Get(isize),
    GetAt(Vec<isize>),
    ToList,
    /// `m.tobytes()` / `m.tobytes(None)` (`None`) or `m.tobytes(order)`.
    ToBytes(Option<String>),
    Bytes,
    /// `m.hex()` (`None`) or `m.hex(sep, bytes_per_sep)`.
    Hex(Option<(String, isize)>),
    /// `m == other`, or `m != other` when the flag is set.
    Eq(Other, bool),
    Hash,
    Contains(PyValue),
    List,
    Reversed,
    /// `bytes(x)`: the exporter's bytes.
    Exporter,
    Set(isize, PyValue),
    SetAt(Vec<isize>, PyValue),
    SetSlice(Slice3, Other),
    /// `m[dst] = m[src]`, as (src, dst).
    CopyWithin(Slice3, Slice3),
}

impl Op {
    /// A step that can change what later steps see: `m` or the exporter.
    pub fn changes_state(&self) -> bool {
        matches!(
            self,
            Op::Derive(_)
                | Op::Restart
                | Op::Set(..)
                | Op::SetAt(..)
                | Op::SetSlice(..)
                | Op::CopyWithin(..)
        )
    }

    /// The generator's name of the op (`cast`, `set_slice`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Op::Derive(Derive::Slice(_)) => "slice",
            Op::Derive(Derive::Cast(..)) => "cast",
            Op::Derive(Derive::ToReadonly) => "toreadonly",
            Op::Derive(Derive::Rewrap) => "rewrap",
            Op::Restart => "memoryview",
            Op::Describe => "describe",
            Op::Attr(_) => "attr",
            Op::Get(_) => "get",
            Op::GetAt(_) => "get_at",
            Op::ToList => "tolist",
            Op::ToBytes(_) => "tobytes",
            Op::Bytes => "bytes",
            Op::Hex(_) => "hex",
            Op::Eq(_, false) => "eq",
            Op::Eq(_, true) => "ne",
            Op::Hash => "hash",
            Op::Contains(_) => "contains",
            Op::List => "list",
            Op::Reversed => "reversed",
            Op::Exporter => "exporter",
            Op::Set(..) => "set",
            Op::SetAt(..) => "set_at",
            Op::SetSlice(..) => "set_slice",
            Op::CopyWithin(..) => "copy_within",
        }
    }
}

/// One step: the op, the line of Python that ran, and what CPython gave.
#[derive(Debug, Clone)]
pub struct Step {
    pub op: Op,
    pub py: String,
    pub expect: Outcome,
}

/// One chain.
#[derive(Debug, Clone)]
pub struct Case {
    pub number: u64,
    pub exporter: ExporterSpec,
    pub steps: Vec<Step>,
}

// ---------------------------------------------------------------- parsing

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex digits"))
        .collect()
}

fn string(json: &Json) -> String {
    json.as_str()
        .unwrap_or_else(|| panic!("not a string: {json}"))
        .to_owned()
}

fn isize_of(json: &Json) -> isize {
    json.as_i64()
        .and_then(|n| isize::try_from(n).ok())
        .unwrap_or_else(|| panic!("not an isize: {json}"))
}

fn usize_of(json: &Json) -> usize {
    json.as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("not a usize: {json}"))
}

fn list(json: &Json) -> &[Json] {
    json.as_array()
        .unwrap_or_else(|| panic!("not a list: {json}"))
}

fn slice3(json: &[Json]) -> Slice3 {
    let part = |j: &Json| (!j.is_null()).then(|| isize_of(j));
    [part(&json[0]), part(&json[1]), part(&json[2])]
}

pub fn exporter(json: &Json) -> ExporterSpec {
    ExporterSpec {
        kind: string(&json["kind"]),
        typecode: json.get("typecode").map(string),
        memory: unhex(json["memory"].as_str().expect("memory")),
        py: string(&json["py"]),
        layout: json.get("format").map(|format| LentLayout {
            format: string(format),
            itemsize: usize_of(&json["itemsize"]),
            shape: list(&json["shape"]).iter().map(usize_of).collect(),
            strides: list(&json["strides"]).iter().map(isize_of).collect(),
            offset: usize_of(&json["offset"]),
            readonly: json["readonly"].as_bool().expect("readonly"),
        }),
    }
}

fn value(json: &Json) -> PyValue {
    let (kind, v) = json
        .as_object()
        .and_then(|o| o.iter().next())
        .unwrap_or_else(|| panic!("not a value: {json}"));
    match kind.as_str() {
        "int" => PyValue::Int(string(v).parse().expect("an int that fits an i128")),
        "float" => PyValue::Float(string(v).parse().expect("a float repr")),
        "bool" => PyValue::Bool(v.as_bool().expect("a bool")),
        "bytes" => PyValue::Bytes(unhex(&string(v))),
        "list" => PyValue::List(list(v).iter().map(value).collect()),
        other => panic!("unknown value kind {other}"),
    }
}

fn derive(json: &Json) -> Option<Derive> {
    let op = list(json);
    Some(match op[0].as_str()? {
        "slice" => Derive::Slice(slice3(&op[1..])),
        "cast" => Derive::Cast(
            string(&op[1]),
            op.get(2).map(|s| list(s).iter().map(usize_of).collect()),
        ),
        "toreadonly" => Derive::ToReadonly,
        "rewrap" => Derive::Rewrap,
        _ => return None,
    })
}

fn other(json: &Json) -> Other {
    if json == "self" {
        return Other::Itself;
    }
    if let Some(s) = json.get("slice") {
        return Other::SliceOfItself(slice3(list(s)));
    }
    let ops = match &json["ops"] {
        Json::Null => None,
        ops => Some(
            list(ops)
                .iter()
                .map(|op| derive(op).expect("a view op"))
                .collect(),
        ),
    };
    Other::Object(exporter(&json["obj"]), ops)
}

fn separator(json: &Json) -> String {
    match (json.get("str"), json.get("bytes")) {
        (Some(s), _) => string(s),
        // memview takes a separator as text: each byte one char, so that
        // b'\xe9' stays non-ASCII and b'ab' stays two long.
        (_, Some(b)) => unhex(&string(b)).into_iter().map(char::from).collect(),
        _ => panic!("not a separator: {json}"),
    }
}

pub fn op(json: &Json) -> Op {
    if let Some(d) = derive(json) {
        return Op::Derive(d);
    }
    let op = list(json);
    let arg = |i: usize| &op[i];
    match op[0].as_str().expect("an op name") {
        "memoryview" => Op::Restart,
        "describe" => Op::Describe,
        "attr" => Op::Attr(string(arg(1))),
        "get" => Op::Get(isize_of(arg(1))),
        "get_at" => Op::GetAt(list(arg(1)).iter().map(isize_of).collect()),
        "tolist" => Op::ToList,
        "tobytes" => Op::ToBytes(op.get(1).and_then(|o| o.as_str()).map(str::to_owned)),
        "bytes" => Op::Bytes,
        "hex" => Op::Hex(
            op.get(1)
                .map(|sep| (separator(sep), op.get(2).map_or(1, isize_of))),
        ),
        "eq" => Op::Eq(other(arg(1)), false),
        "ne" => Op::Eq(other(arg(1)), true),
        "hash" => Op::Hash,
        "contains" => Op::Contains(value(arg(1))),
        "list" => Op::List,
        "reversed" => Op::Reversed,
        "exporter" => Op::Exporter,
        "set" => Op::Set(isize_of(arg(1)), value(arg(2))),
        "set_at" => Op::SetAt(list(arg(1)).iter().map(isize_of).collect(), value(arg(2))),
        "set_slice" => Op::SetSlice(slice3(list(arg(1))), other(arg(2))),
        "copy_within" => Op::CopyWithin(slice3(list(arg(1))), slice3(list(arg(2)))),
        name => panic!("unknown op {name}"),
    }
}

fn expect(json: &Json) -> Outcome {
    match (json.get("ok"), json.get("err")) {
        (Some(ok), _) => Ok(string(ok)),
        (_, Some(err)) => Err(PyErr {
            class: string(&err[0]),
            message: string(&err[1]),
        }),
        _ => panic!("an expectation is ok or err: {json}"),
    }
}

pub fn case(json: &Json) -> Case {
    Case {
        number: json["case"].as_u64().expect("a case number"),
        exporter: exporter(&json["exporter"]),
        steps: list(&json["steps"])
            .iter()
            .map(|s| Step {
                op: op(&s["op"]),
                py: string(&s["py"]),
                expect: expect(&s["expect"]),
            })
            .collect(),
    }
}

// ---------------------------------------------------------------- repr
