//! `hex()` and `==`: whole-view operations that copy nothing out.

use super::{MIB, Ops, doubles, pattern};
use crate::{Op, keep, timed};
use memview::View;
use ndarray::{ArrayView1, s};
use std::hint::black_box;
use std::rc::Rc;

pub fn ops() -> Vec<(String, Op)> {
    let a = Rc::new(pattern(MIB));
    let b = Rc::new(pattern(MIB));
    let fa = Rc::new(doubles(MIB / 8));
    let fb = Rc::new(doubles(MIB / 8));
    let mut ops = Ops(Vec::new());
    let x = Rc::clone(&a);
    ops.add("memview:whole/hex_1MiB", move |calls| {
        let view = View::new(&x[..]).unwrap();
        timed(calls, || keep(view.hex().unwrap()))
    });
    let x = Rc::clone(&a);
    ops.add("memview:whole/hex_sep_1MiB", move |calls| {
        let view = View::new(&x[..]).unwrap();
        timed(calls, || keep(view.hex_with(':', 2).unwrap()))
    });
    let (x, y) = (Rc::clone(&a), Rc::clone(&b));
    ops.add("memview:whole/eq_contig_B", move |calls| {
        let (p, q) = (View::new(&x[..]).unwrap(), View::new(&y[..]).unwrap());
        timed(calls, || keep(black_box(&p) == black_box(&q)))
    });
    let (x, y) = (Rc::clone(&a), Rc::clone(&b));
    ops.add("memview:whole/eq_every2nd_B", move |calls| {
        let p = View::new(&x[..]).unwrap().into_slice((.., 2)).unwrap();
        let q = View::new(&y[..]).unwrap().into_slice((.., 2)).unwrap();
        timed(calls, || keep(black_box(&p) == black_box(&q)))
    });
    let (x, y) = (Rc::clone(&fa), Rc::clone(&fb));
    ops.add("memview:whole/eq_contig_d", move |calls| {
        let (p, q) = (View::new(&x[..]).unwrap(), View::new(&y[..]).unwrap());
        timed(calls, || keep(black_box(&p) == black_box(&q)))
    });
    let (x, y) = (Rc::clone(&a), Rc::clone(&b));
    ops.add("ndarray:whole/eq_contig_B", move |calls| {
        let (p, q) = (ArrayView1::from(&x[..]), ArrayView1::from(&y[..]));
        timed(calls, || keep(black_box(&p) == black_box(&q)))
    });
    let (x, y) = (Rc::clone(&a), Rc::clone(&b));
    ops.add("ndarray:whole/eq_every2nd_B", move |calls| {
        let p = ArrayView1::from(&x[..]).slice_move(s![..;2]);
        let q = ArrayView1::from(&y[..]).slice_move(s![..;2]);
        timed(calls, || keep(black_box(&p) == black_box(&q)))
    });
    let (x, y) = (Rc::clone(&fa), Rc::clone(&fb));
    ops.add("ndarray:whole/eq_contig_d", move |calls| {
        let (p, q) = (ArrayView1::from(&x[..]), ArrayView1::from(&y[..]));
        timed(calls, || keep(black_box(&p) == black_box(&q)))
    });
    // The plain slice comparison, the floor for bytes.
    let (x, y) = (Rc::clone(&a), Rc::clone(&b));
    ops.add("slice:whole/eq_contig_B", move |calls| {
        timed(calls, || keep(black_box(&x[..]) == black_box(&y[..])))
    });
    let (x, y) = (Rc::clone(&fa), Rc::clone(&fb));
    ops.add("slice:whole/eq_contig_d", move |calls| {
        timed(calls, || keep(black_box(&x[..]) == black_box(&y[..])))
    });
    ops.0
}
