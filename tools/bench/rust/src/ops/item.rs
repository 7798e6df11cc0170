//! One item at a time: the loops a Python programmer writes, over 64 Ki
//! items (bytes, doubles, and bytes as a 256 × 256 grid).

use super::{KIB, Ops, doubles, pattern};
use crate::{Op, keep, timed};
use memview::View;
use ndarray::{ArrayView1, ArrayView2};
use std::hint::black_box;
use std::rc::Rc;

pub fn ops() -> Vec<(String, Op)> {
    let bytes = Rc::new(pattern(64 * KIB));
    let floats = Rc::new(doubles(64 * KIB));
    let mut ops = Ops(Vec::new());
    let b = Rc::clone(&bytes);
    ops.add("memview:item/index_1d_B", move |calls| {
        let view = View::new(&b[..]).unwrap();
        timed(calls, || {
            for i in 0..view.len() as isize {
                black_box(view.get(i).unwrap());
            }
        })
    });
    let f = Rc::clone(&floats);
    ops.add("memview:item/index_1d_d", move |calls| {
        let view = View::new(&f[..]).unwrap();
        timed(calls, || {
            for i in 0..view.len() as isize {
                black_box(view.get(i).unwrap());
            }
        })
    });
    let b = Rc::clone(&bytes);
    ops.add("memview:item/index_2d_B", move |calls| {
        let grid = View::new(&b[..])
            .unwrap()
            .into_cast_with("B", &[256, 256])
            .unwrap();
        timed(calls, || {
            for i in 0..256 {
                for j in 0..256 {
                    black_box(grid.get_at(&[i, j]).unwrap());
                }
            }
        })
    });
    let b = Rc::clone(&bytes);
    ops.add("memview:item/iter_1d_B", move |calls| {
        let view = View::new(&b[..]).unwrap();
        timed(calls, || {
            for item in view.try_iter().unwrap() {
                black_box(item);
            }
        })
    });
    // The same loops when the program knows the format: `typed` checks it
    // once, then every read is a plain number.
    let b = Rc::clone(&bytes);
    ops.add("memview:item/index_1d_B_typed", move |calls| {
        let view = View::new(&b[..]).unwrap();
        let items = view.typed::<u8>().unwrap();
        timed(calls, || {
            for i in 0..view.len() as isize {
                black_box(items.get(i).unwrap());
            }
        })
    });
    let f = Rc::clone(&floats);
    ops.add("memview:item/index_1d_d_typed", move |calls| {
        let view = View::new(&f[..]).unwrap();
        let items = view.typed::<f64>().unwrap();
        timed(calls, || {
            for i in 0..view.len() as isize {
                black_box(items.get(i).unwrap());
            }
        })
    });
    let b = Rc::clone(&bytes);
    ops.add("memview:item/index_2d_B_typed", move |calls| {
        let grid = View::new(&b[..])
            .unwrap()
            .into_cast_with("B", &[256, 256])
            .unwrap();
        let items = grid.typed::<u8>().unwrap();
        timed(calls, || {
            for i in 0..256 {
                for j in 0..256 {
                    black_box(items.get_at(&[i, j]).unwrap());
                }
            }
        })
    });
    let b = Rc::clone(&bytes);
    ops.add("memview:item/iter_1d_B_typed", move |calls| {
        let view = View::new(&b[..]).unwrap();
        let items = view.typed::<u8>().unwrap();
        timed(calls, || {
            for item in items.try_iter().unwrap() {
                black_box(item);
            }
        })
    });
    let b = Rc::clone(&bytes);
    ops.add("memview:item/tolist_1d_B", move |calls| {
        let view = View::new(&b[..]).unwrap();
        timed(calls, || keep(view.to_list().unwrap()))
    });
    let f = Rc::clone(&floats);
    ops.add("memview:item/tolist_1d_d", move |calls| {
        let view = View::new(&f[..]).unwrap();
        timed(calls, || keep(view.to_list().unwrap()))
    });
    let b = Rc::clone(&bytes);
    ops.add("memview:item/tolist_2d_B", move |calls| {
        let grid = View::new(&b[..])
            .unwrap()
            .into_cast_with("B", &[256, 256])
            .unwrap();
        timed(calls, || keep(grid.to_list().unwrap()))
    });
    // ndarray: indexing a view is a bounds check and a load.
    let b = Rc::clone(&bytes);
    ops.add("ndarray:item/index_1d_B", move |calls| {
        let a = ArrayView1::from(&b[..]);
        timed(calls, || {
            for i in 0..a.len() {
                black_box(a[i]);
            }
        })
    });
    let f = Rc::clone(&floats);
    ops.add("ndarray:item/index_1d_d", move |calls| {
        let a = ArrayView1::from(&f[..]);
        timed(calls, || {
            for i in 0..a.len() {
                black_box(a[i]);
            }
        })
    });
    let b = Rc::clone(&bytes);
    ops.add("ndarray:item/index_2d_B", move |calls| {
        let a = ArrayView2::from_shape((256, 256), &b[..]).unwrap();
        timed(calls, || {
            for i in 0..256 {
                for j in 0..256 {
                    black_box(a[[i, j]]);
                }
            }
        })
    });
    let b = Rc::clone(&bytes);
    ops.add("ndarray:item/iter_1d_B", move |calls| {
        let a = ArrayView1::from(&b[..]);
        timed(calls, || {
            for &item in a.iter() {
                black_box(item);
            }
        })
    });
    // ndarray's nearest to tolist(): the items as a Vec of numbers.
    let b = Rc::clone(&bytes);
    ops.add("ndarray:item/tolist_1d_B", move |calls| {
        let a = ArrayView1::from(&b[..]);
        timed(calls, || keep(a.to_vec()))
    });
    let f = Rc::clone(&floats);
    ops.add("ndarray:item/tolist_1d_d", move |calls| {
        let a = ArrayView1::from(&f[..]);
        timed(calls, || keep(a.to_vec()))
    });
    let b = Rc::clone(&bytes);
    ops.add("ndarray:item/tolist_2d_B", move |calls| {
        let a = ArrayView2::from_shape((256, 256), &b[..]).unwrap();
        timed(calls, || {
            let rows: Vec<Vec<u8>> = a.rows().into_iter().map(|r| r.to_vec()).collect();
            keep(rows);
        })
    });
    ops.0
}
