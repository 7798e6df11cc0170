//! Error paths that only Rust has, and inputs at the edges of `usize` and
//! `isize`: every public function answers them with an `Err`, never a panic.
//!
//! CPython's own errors are checked against CPython by `tests/golden.rs`.
//! The errors here have no Python counterpart (a layout that a Rust user
//! states wrongly, a dimension number out of range in an extension), so
//! their messages are memview's own; the exception each names is checked.

use memview::{
    Error, Exporter, ItemFormat, Layout, Order, PyException, Slice, Value, View, ViewMut,
};

/// An exporter that lends whatever layout it is given, right or wrong.
struct Lying {
    layout: Result<Layout, Error>,
    bytes: Vec<u8>,
}

impl Exporter for Lying {
    fn layout(&self) -> memview::Result<Layout> {
        self.layout.clone()
    }

    fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn bytes_mut(&mut self) -> memview::Result<&mut [u8]> {
        Ok(&mut self.bytes)
    }
}

fn exception<T>(result: memview::Result<T>) -> PyException {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.exception(),
    }
}

fn message<T>(result: memview::Result<T>) -> String {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn layouts_refuse_what_no_buffer_can_be() -> memview::Result<()> {
    use PyException::BufferError;
    assert_eq!(exception(Layout::new("what", &[2])), BufferError);
    assert_eq!(exception(Layout::new("T{<i:a:}", &[2])), BufferError); // size unknown
    assert_eq!(exception(Layout::new("B", &[1; 65])), BufferError);
    assert_eq!(exception(Layout::new("B", &[usize::MAX])), BufferError);
    assert_eq!(
        exception(Layout::new("i", &[isize::MAX as usize / 2])),
        BufferError
    );
    assert_eq!(exception(Layout::new("B", &[usize::MAX, 0])), BufferError);
    assert_eq!(
        exception(Layout::new("B", &[1 << 32, 1 << 32])),
        BufferError
    );
    assert_eq!(
        Layout::new("B", &[isize::MAX as usize])?.nbytes(),
        isize::MAX as usize
    );
    // Every dimension fits an isize, as a Py_ssize_t, even beside a 0.
    assert_eq!(exception(Layout::new("B", &[0, usize::MAX])), BufferError);
    assert_eq!(Layout::new("B", &[0, isize::MAX as usize])?.nbytes(), 0);

    let strided = |format, itemsize, shape: &[usize], strides: &[isize]| {
        Layout::strided(format, itemsize, shape, strides, 0)
    };
    assert_eq!(
        message(strided("B", 1, &[2], &[1, 1])),
        "BufferError: memview: shape has 1 dimensions but strides has 2"
    );
    assert_eq!(
        message(strided("B", 0, &[2], &[1])),
        "BufferError: memview: itemsize must be at least 1"
    );
    assert_eq!(
        message(strided("i", 2, &[2], &[2])),
        "BufferError: memview: format 'i' has itemsize 4, not 2"
    );
    // Any format `struct` understands must have its own size...
    assert_eq!(
        message(strided("<ii", 4, &[2], &[4])),
        "BufferError: memview: format '<ii' has itemsize 8, not 4"
    );
    assert_eq!(strided("@bi", 8, &[1], &[8])?.itemsize(), 8);
    // ...and one it does not may have any size, as ctypes structures do.
    assert_eq!(strided("T{<i:a:<b:b:}", 8, &[1], &[8])?.itemsize(), 8);
    assert_eq!(exception(strided("B", 1, &[1; 65], &[1; 65])), BufferError);
    assert_eq!(
        exception(strided("B", 1, &[usize::MAX, 2], &[0, 0])),
        BufferError
    );
    // Extreme strides are a valid description; whether they fit is checked
    // against the bytes when a view is made.
    assert!(strided("B", 1, &[2, 2], &[isize::MAX, isize::MIN]).is_ok());
    Ok(())
}

#[test]
fn views_refuse_layouts_that_leave_the_bytes() {
    let lying = |shape: &[usize], strides: &[isize], offset: usize, len: usize| Lying {
        layout: Layout::strided("B", 1, shape, strides, offset),
        bytes: vec![0; len],
    };
    let outside = [
        lying(&[4], &[1], 0, 3),
        lying(&[2], &[-1], 0, 3),
        lying(&[1], &[1], 3, 3),
        lying(&[0], &[1], 4, 3),
        lying(&[2], &[isize::MAX], 0, 3),
        lying(&[2], &[isize::MIN], 2, 3),
        lying(&[2, 2], &[isize::MAX, isize::MIN], 1, 3),
        lying(&[1], &[1], usize::MAX, 3),
        lying(&[3; 40], &[isize::MAX; 40], 0, 3),
    ];
    for mut exporter in outside {
        assert_eq!(exception(View::new(&exporter)), PyException::BufferError);
        assert_eq!(
            exception(ViewMut::new(&mut exporter)),
            PyException::BufferError
        );
    }
    // What fits is accepted: an empty view may sit at the very end.
    assert!(View::new(&lying(&[0], &[1], 3, 3)).is_ok());
    assert!(View::new(&lying(&[3], &[-1], 2, 3)).is_ok());
    assert!(View::new(&lying(&[isize::MAX as usize, 0], &[isize::MAX, 1], 0, 0)).is_ok());
    // An exporter's own error comes back unchanged.
    let refusing = Lying {
        layout: Err(Error::new(PyException::BufferError, "not today")),
        bytes: vec![],
    };
    assert_eq!(message(View::new(&refusing)), "BufferError: not today");
}

#[test]
fn read_only_exporters_refuse_writable_views_at_run_time() {
    let mut flags = vec![true, false];
    assert_eq!(
        message(ViewMut::new(&mut flags)),
        "BufferError: Object is not writable."
    );
    let data = b"abc".to_vec();
    let view = View::new(&data).unwrap();
    let mut again = view.slice(1..).unwrap();
    assert_eq!(
        message(ViewMut::new(&mut again)),
        "BufferError: memoryview: underlying buffer is not writable"
    );
}

#[test]
fn extensions_name_their_own_errors() {
    let data: Vec<u8> = (0..6).collect();
    let grid = View::new(&data).unwrap().cast_with("B", &[2, 3]).unwrap();
    assert_eq!(
        message(grid.slice_dim(2, ..)),
        "IndexError: memview: dimension 2 is out of range for a 2-dimension view"
    );
    assert_eq!(
        exception(grid.slice_dim(usize::MAX, ..)),
        PyException::IndexError
    );
    assert_eq!(
        exception(grid.slice_dim(1, (.., 0))),
        PyException::ValueError
    );
    assert_eq!(
        grid.slice_dim(1, (.., isize::MIN))
            .unwrap()
            .to_bytes()
            .unwrap(),
        [2, 5]
    );
    assert_eq!(exception(grid.sub_view(2)), PyException::IndexError);
    assert_eq!(
        exception(grid.sub_view(isize::MIN)),
        PyException::IndexError
    );
    assert_eq!(grid.sub_view(isize::MIN + 2).err(), grid.sub_view(2).err());
    let scalar = grid.cast("B").unwrap().cast_with("B", &[6]).unwrap();
    let scalar = scalar.sub_view(0).unwrap(); // a 0-d view of one item
    assert_eq!(scalar.ndim(), 0);
    assert_eq!(
        message(scalar.sub_view(0)),
        "TypeError: invalid indexing of 0-dim memory"
    );
    assert_eq!(exception(scalar.slice_dim(0, ..)), PyException::IndexError);

    let mut data: Vec<u8> = (0..6).collect();
    let mut grid = ViewMut::new(&mut data)
        .unwrap()
        .into_cast_with("B", &[2, 3])
        .unwrap();
    assert_eq!(
        exception(grid.slice_dim_mut(2, ..)),
        PyException::IndexError
    );
    assert_eq!(exception(grid.sub_view_mut(-3)), PyException::IndexError);
    assert_eq!(exception(grid.slice_mut((.., 0))), PyException::ValueError);
}

#[test]
fn casts_of_huge_shapes_are_errors() {
    let data = vec![0u8; 16];
    let view = View::new(&data).unwrap();
    for shape in [
        &[usize::MAX][..],
        &[usize::MAX, usize::MAX],
        &[isize::MAX as usize, 2],
        &[1 << 31, 1 << 31, 1 << 31],
        &[16, usize::MAX],
    ] {
        let err = view.cast_with("B", shape).unwrap_err();
        assert!(
            matches!(
                err.exception(),
                PyException::ValueError | PyException::OverflowError
            ),
            "{shape:?}: {err:#}"
        );
    }
    assert_eq!(
        exception(view.cast_with("q", &[usize::MAX])),
        PyException::OverflowError
    );
    assert_eq!(
        exception(view.cast_with("B", &[1; 65])),
        PyException::ValueError
    );
    assert_eq!(
        exception(view.cast_with("B", &[1; 64])),
        PyException::TypeError
    );
}

#[test]
fn writes_from_broken_exporters_are_errors() {
    let mut data = vec![0u8; 4];
    let mut view = ViewMut::new(&mut data).unwrap();
    let outside = Lying {
        layout: Layout::strided("B", 1, &[4], &[1], 2),
        bytes: vec![1; 4],
    };
    assert_eq!(
        exception(view.set_slice(.., &outside)),
        PyException::BufferError
    );
    let refusing = Lying {
        layout: Err(Error::not_writable()),
        bytes: vec![1; 4],
    };
    assert_eq!(
        message(view.set_slice(.., &refusing)),
        "BufferError: Object is not writable."
    );
    assert!(!view.eq_exporter(&refusing));
    assert!(!view.eq_exporter(&outside));
    assert_eq!(
        message(view.hash_value()),
        "ValueError: cannot hash writable memoryview object"
    );
    assert_eq!(data, [0; 4]);
}

/// Every read and write, with extreme arguments, on views of many shapes:
/// each answers `Ok` or `Err`, and what it answers is consistent.
#[test]
fn no_input_panics() {
    let bytes: Vec<u8> = (0..64).collect();
    let extremes = [
        0,
        1,
        -1,
        2,
        -2,
        isize::MAX,
        isize::MIN,
        isize::MAX - 1,
        isize::MIN + 1,
    ];
    let slices = [
        Slice::FULL,
        Slice::new(Some(isize::MIN), Some(isize::MAX), Some(isize::MIN)),
        Slice::new(Some(isize::MAX), Some(isize::MIN), Some(-1)),
        Slice::new(None, None, Some(isize::MAX)),
        Slice::new(Some(-3), None, Some(2)),
        Slice::new(None, None, Some(0)),
    ];
    let layouts = [
        ("B", 1, vec![], vec![], 7),
        ("B", 1, vec![64], vec![1], 0),
        ("B", 1, vec![0], vec![isize::MAX], 64),
        ("B", 1, vec![8, 8], vec![-8, 1], 56),
        ("B", 1, vec![4, 0, 3], vec![isize::MIN, 1, isize::MAX], 10),
        ("i", 4, vec![4, 4], vec![4, 16], 0),
        ("d", 8, vec![2, 2], vec![-16, 8], 32),
        ("?", 1, vec![64], vec![1], 0),
        ("c", 1, vec![2, 2, 2], vec![0, 0, 0], 63),
        ("e", 2, vec![32], vec![2], 0),
        ("<i", 4, vec![16], vec![4], 0),
        ("w", 4, vec![4], vec![-4], 12),
        ("T{<i:a:}", 4, vec![16], vec![4], 0),
        ("B", 1, vec![1; 64], vec![isize::MIN; 64], 5),
    ];
    let values = [
        Value::Int(i128::MAX),
        Value::Int(i128::MIN),
        Value::Int(-1),
        Value::Float(f64::NAN),
        Value::Float(f64::MAX),
        Value::Bool(true),
        Value::Bytes(vec![]),
        Value::Bytes(vec![1]),
        Value::List(vec![Value::Int(1)]),
    ];
    let mut answered = 0;
    for (format, itemsize, shape, strides, offset) in layouts {
        let layout = Layout::strided(format, itemsize, &shape, &strides, offset).unwrap();
        let mut exporter = Lying {
            layout: Ok(layout),
            bytes: bytes.clone(),
        };
        let view = View::new(&exporter).unwrap();
        let copy = view.to_bytes().unwrap();
        assert_eq!(copy.len(), view.nbytes());
        for order in ["C", "F", "A"] {
            let order: Order = order.parse().unwrap();
            assert_eq!(view.to_bytes_with(order).unwrap().len(), view.nbytes());
        }
        let _ = (
            view.to_list(),
            view.hex().unwrap(),
            view.hash_value(),
            view.try_iter().map(Iterator::count),
            view.try_reversed().map(Iterator::count),
        );
        let _ = (
            view.cast("B"),
            view.cast_with("h", &[usize::MAX]),
            view == view,
        );
        for per in [i32::MIN, -1, 0, 1, i32::MAX] {
            let _ = view.hex_with(':', per);
        }
        for &i in &extremes {
            let _ = (
                view.get(i),
                view.get_at(&[i]),
                view.get_at(&[i, i]),
                view.sub_view(i),
            );
            let _ = view.get_at(&vec![i; view.ndim()]);
        }
        for slice in slices {
            if let Ok(part) = view.slice(slice) {
                assert_eq!(part.to_bytes().unwrap().len(), part.nbytes());
                let _ = (part.to_list(), part.cast("B"), part.eq_exporter(&bytes[..]));
            }
            let _ = view.slice_dim(view.ndim().saturating_sub(1), slice);
        }
        let mut view = ViewMut::new(&mut exporter).unwrap();
        for &i in &extremes {
            for value in &values {
                let _ = view.set(i, value.clone());
                let _ = view.set_at(&vec![i; view.ndim()], value.clone());
            }
        }
        for slice in slices {
            let _ = view.set_slice(slice, &bytes[..]);
            let _ = view.copy_within(slice, Slice::FULL);
            let _ = view.copy_within(Slice::FULL, slice);
        }
        answered += 1;
    }
    assert_eq!(answered, 14);
}

#[test]
fn small_types_answer_every_input() {
    assert_eq!(
        message("c".parse::<Order>()),
        "ValueError: order must be 'C', 'F' or 'A'"
    );
    for len in [0, 1, usize::MAX] {
        for step in [isize::MIN, -1, 1, isize::MAX] {
            let (start, got_step, count) = Slice::new(Some(isize::MIN), None, Some(step))
                .indices(len)
                .unwrap();
            assert!(count <= len, "{len} {step}: {start} {got_step} {count}");
        }
    }
    for bad in ["", "@", "<B", "BB", "@@B", "é"] {
        assert_eq!(ItemFormat::parse(bad), None, "{bad}");
        assert_eq!(
            exception(ItemFormat::for_item_access(bad)),
            PyException::NotImplementedError
        );
    }
}

/// A view may repeat one byte any number of times (a stride of 0). Copying
/// such a view out asks for more memory than any machine has: CPython
/// raises `MemoryError`, and memview returns one instead of aborting.
#[test]
fn copies_too_large_for_memory_are_memory_errors() {
    let huge = Lying {
        layout: Layout::strided("B", 1, &[1 << 50], &[0], 0),
        bytes: vec![7],
    };
    let view = View::new(&huge).unwrap();
    assert_eq!(view.nbytes(), 1 << 50);
    assert_eq!(exception(view.to_bytes()), PyException::MemoryError);
    assert_eq!(
        message(view.to_bytes_with(Order::F)),
        "MemoryError: memview: cannot allocate 1125899906842624 bytes"
    );
    assert_eq!(exception(view.hex()), PyException::MemoryError);
    assert_eq!(exception(view.hex_with(':', 2)), PyException::MemoryError);
    assert_eq!(exception(view.to_list()), PyException::MemoryError);
    assert_eq!(exception(view.hash_value()), PyException::MemoryError);
    assert_eq!(
        exception(view.typed::<u8>().unwrap().to_vec()),
        PyException::MemoryError
    );
    // Equality needs no copy: it walks both views side by side, and stops
    // at the first difference.
    let other = Lying {
        layout: Layout::strided("B", 1, &[1 << 50], &[0], 0),
        bytes: vec![8],
    };
    assert!(view != View::new(&other).unwrap());
    // Writing a huge view from another needs the source copied out first.
    let mut target = Lying {
        layout: Layout::strided("B", 1, &[1 << 50], &[0], 0),
        bytes: vec![0],
    };
    let mut writable = ViewMut::new(&mut target).unwrap();
    assert_eq!(
        exception(writable.copy_within(.., ..)),
        PyException::MemoryError
    );
    assert_eq!(
        exception(writable.set_slice(.., &view)),
        PyException::MemoryError
    );
}
