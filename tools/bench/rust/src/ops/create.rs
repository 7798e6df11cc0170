//! Making, slicing and casting a view of 1 KiB to 1 GiB: O(1), so 1 GiB
//! must cost what 1 KiB does.

use super::{GIB, KIB, MIB, Ops, pattern, size_name};
use crate::{Op, keep, timed};
use memview::{Slice, View};
use ndarray::{ArrayView1, s};
use std::hint::black_box;
use std::rc::Rc;

// `s![1..-1;2]` counts -1 from the end, as Python does.
#[allow(clippy::reversed_empty_ranges)]
pub fn ops() -> Vec<(String, Op)> {
    let big = Rc::new(pattern(GIB));
    let mut ops = Ops(Vec::new());
    for len in [KIB, MIB, 64 * MIB, GIB] {
        let size = size_name(len);
        let data = Rc::clone(&big);
        ops.add(format!("memview:create/new/{size}"), move |calls| {
            let buf = &data[..len];
            timed(calls, || keep(View::new(black_box(buf)).unwrap()))
        });
        let data = Rc::clone(&big);
        ops.add(format!("memview:create/slice/{size}"), move |calls| {
            let view = View::new(&data[..len]).unwrap();
            timed(calls, || {
                keep(
                    black_box(&view)
                        .slice(Slice::new(Some(1), Some(-1), Some(2)))
                        .unwrap(),
                );
            })
        });
        let data = Rc::clone(&big);
        ops.add(format!("memview:create/cast/{size}"), move |calls| {
            let view = View::new(&data[..len]).unwrap();
            timed(calls, || keep(black_box(&view).cast("i").unwrap()))
        });
        let data = Rc::clone(&big);
        ops.add(format!("memview:create/cast_2d/{size}"), move |calls| {
            let view = View::new(&data[..len]).unwrap();
            timed(calls, || {
                let shape = [len / KIB, KIB];
                keep(black_box(&view).cast_with("B", &shape).unwrap());
            })
        });
    }
    // ndarray, at 1 GiB: its views are O(1) too.
    let data = Rc::clone(&big);
    ops.add("ndarray:create/new/1GiB", move |calls| {
        let buf = &data[..];
        timed(calls, || keep(ArrayView1::from(black_box(buf))))
    });
    let data = Rc::clone(&big);
    ops.add("ndarray:create/slice/1GiB", move |calls| {
        let a = ArrayView1::from(&data[..]);
        timed(calls, || keep(black_box(&a).slice(s![1..-1;2])))
    });
    let data = Rc::clone(&big);
    ops.add("ndarray:create/cast/1GiB", move |calls| {
        let buf = &data[..];
        timed(calls, || {
            let ints: &[i32] = bytemuck::cast_slice(black_box(buf));
            keep(ArrayView1::from(ints));
        })
    });
    let data = Rc::clone(&big);
    ops.add("ndarray:create/cast_2d/1GiB", move |calls| {
        let a = ArrayView1::from(&data[..]);
        timed(calls, || {
            let view = *black_box(&a);
            let grid = view.into_shape_with_order((GIB / KIB, KIB)).unwrap();
            keep(grid);
        })
    });
    ops.0
}
