//! Copies: `to_bytes` of contiguous, strided, transposed and N-D views,
//! ndarray's `as_standard_layout` of the same, and memcpy, the physical
//! reference: `copy_from_slice` of as many bytes into a buffer that exists.

use super::{KIB, MIB, Ops, doubles, pattern, size_name};
use crate::{Op, keep, timed};
use memview::{Order, View, ViewMut};
use ndarray::{ArrayView1, ArrayView2, ArrayView3, ArrayView4, s};
use std::cell::RefCell;
use std::hint::black_box;
use std::rc::Rc;

/// A view to copy, made from the bytes and from the doubles.
type Make = for<'a> fn(View<'a>, View<'a>) -> View<'a>;

pub fn ops() -> Vec<(String, Op)> {
    let src = Rc::new(pattern(256 * MIB));
    let floats = Rc::new(doubles(2 * MIB));
    let mut ops = Ops(Vec::new());
    // memview: each view is made outside the timed loop; each call copies.
    let views: [(&str, usize, Make); 14] = [
        ("contig_64KiB", 64 * KIB, |b, _| {
            b.into_slice(..64 * KIB as isize).unwrap()
        }),
        ("contig_16MiB", 16 * MIB, |b, _| flat(b)),
        ("contig_256MiB", 256 * MIB, |b, _| b),
        ("every2nd", 8 * MIB, |b, _| {
            flat(b).into_slice((.., 2)).unwrap()
        }),
        ("reversed", 16 * MIB, |b, _| {
            flat(b).into_slice((.., -1)).unwrap()
        }),
        ("reversed_d", 16 * MIB, |_, f| {
            f.into_slice((.., -1)).unwrap()
        }),
        ("column", 4 * KIB, |b, _| {
            image(b).into_slice_dim(1, 7..8).unwrap()
        }),
        ("rows64_every2nd", 8 * MIB, |b, _| {
            let rows = flat(b).into_cast_with("B", &[16 * MIB / 64, 64]).unwrap();
            rows.into_slice((.., 2)).unwrap()
        }),
        ("rows1K_every2nd", 8 * MIB, |b, _| {
            let rows = flat(b).into_cast_with("B", &[16 * KIB, KIB]).unwrap();
            rows.into_slice((.., 2)).unwrap()
        }),
        ("transpose_u8", 16 * MIB, |b, _| image(b).into_transpose()),
        ("transpose_d", 16 * MIB, |_, f| {
            let bytes = f.into_cast("B").unwrap();
            bytes
                .into_cast_with("d", &[2048, 1024])
                .unwrap()
                .into_transpose()
        }),
        ("order_F_u8", 16 * MIB, |b, _| image(b)),
        ("nd3_reversed_i", 16 * MIB, |b, _| {
            let cube = flat(b).into_cast_with("i", &[256, 128, 128]).unwrap();
            cube.into_slice((.., -1)).unwrap()
        }),
        ("nd4_every2nd", 8 * MIB, |b, _| {
            let four = flat(b).into_cast_with("B", &[16, 16, 256, 256]).unwrap();
            four.into_slice((.., 2)).unwrap()
        }),
    ];
    for (name, out_len, make) in views {
        let (s, f) = (Rc::clone(&src), Rc::clone(&floats));
        let order = if name == "order_F_u8" {
            Order::F
        } else {
            Order::C
        };
        ops.add(format!("memview:copy/{name}"), move |calls| {
            let view = make(View::new(&s[..]).unwrap(), View::new(&f[..]).unwrap());
            assert_eq!(view.nbytes(), out_len, "{name}");
            timed(calls, || keep(view.to_bytes_with(order).unwrap()))
        });
    }
    // A copy into memory the caller already has: `dst[:] = mv`, and
    // `to_bytes_into` a `Vec` kept from one call to the next.
    let into = Rc::new(RefCell::new(vec![0u8; 256 * MIB]));
    for len in [16 * MIB, 256 * MIB] {
        let (s, into) = (Rc::clone(&src), Rc::clone(&into));
        ops.add(
            format!("memview:copy/into_{}", size_name(len)),
            move |calls| {
                let from = View::new(&s[..len]).unwrap();
                let mut into = into.borrow_mut();
                timed(calls, || {
                    let mut to = ViewMut::new(&mut into[..len]).unwrap();
                    to.set_slice(.., black_box(&from)).unwrap();
                })
            },
        );
    }
    let kept = Rc::new(RefCell::new(Vec::<u8>::new()));
    for len in [16 * MIB, 256 * MIB] {
        let (s, kept) = (Rc::clone(&src), Rc::clone(&kept));
        ops.add(
            format!("memview:copy/bytes_into_{}", size_name(len)),
            move |calls| {
                let from = View::new(&s[..len]).unwrap();
                let mut kept = kept.borrow_mut();
                from.to_bytes_into(&mut kept).unwrap(); // the first call allocates
                timed(calls, || from.to_bytes_into(black_box(&mut kept)).unwrap())
            },
        );
    }
    ndarray_ops(&mut ops, &src, &floats);
    let dst = Rc::new(RefCell::new(vec![0u8; 256 * MIB]));
    for len in [64 * KIB, 8 * MIB, 16 * MIB, 256 * MIB] {
        let (s, dst) = (Rc::clone(&src), Rc::clone(&dst));
        ops.add(format!("memcpy:copy/{}", size_name(len)), move |calls| {
            let mut dst = dst.borrow_mut();
            timed(calls, || {
                dst[..len].copy_from_slice(black_box(&s[..len]));
                black_box(&mut dst[..]);
            })
        });
    }
    ops.0
}

fn flat(bytes: View<'_>) -> View<'_> {
    bytes.into_slice(..16 * MIB as isize).unwrap()
}

fn image(bytes: View<'_>) -> View<'_> {
    flat(bytes).into_cast_with("B", &[4096, 4096]).unwrap()
}

/// ndarray's copies of the same views, into standard (C) layout.
fn ndarray_ops(ops: &mut Ops, src: &Rc<Vec<u8>>, floats: &Rc<Vec<f64>>) {
    macro_rules! copy {
        ($name:literal, $data:ident, |$a:ident| $view:expr) => {
            let data = Rc::clone($data);
            ops.add(concat!("ndarray:copy/", $name), move |calls| {
                let $a = &data[..];
                let view = $view;
                timed(calls, || {
                    keep(black_box(&view).as_standard_layout().into_owned())
                })
            });
        };
    }
    let m16 = 16 * MIB;
    copy!("contig_16MiB", src, |a| ArrayView1::from(&a[..m16]));
    copy!("every2nd", src, |a| ArrayView1::from(&a[..m16])
        .slice_move(s![..;2]));
    copy!("reversed", src, |a| ArrayView1::from(&a[..m16])
        .slice_move(s![..;-1]));
    copy!("reversed_d", floats, |a| ArrayView1::from(a)
        .slice_move(s![..;-1]));
    copy!("column", src, |a| {
        ArrayView2::from_shape((4096, 4096), &a[..m16])
            .unwrap()
            .slice_move(s![.., 7])
    });
    copy!("rows64_every2nd", src, |a| {
        ArrayView2::from_shape((m16 / 64, 64), &a[..m16])
            .unwrap()
            .slice_move(s![..;2, ..])
    });
    copy!("rows1K_every2nd", src, |a| {
        ArrayView2::from_shape((16 * KIB, KIB), &a[..m16])
            .unwrap()
            .slice_move(s![..;2, ..])
    });
    copy!("transpose_u8", src, |a| {
        ArrayView2::from_shape((4096, 4096), &a[..m16])
            .unwrap()
            .reversed_axes()
    });
    copy!("transpose_d", floats, |a| {
        ArrayView2::from_shape((2048, 1024), a)
            .unwrap()
            .reversed_axes()
    });
    copy!("nd3_reversed_i", src, |a| {
        let ints: &[i32] = bytemuck::cast_slice(&a[..m16]);
        ArrayView3::from_shape((256, 128, 128), ints)
            .unwrap()
            .slice_move(s![..;-1, .., ..])
    });
    copy!("nd4_every2nd", src, |a| {
        let four = ArrayView4::from_shape((16, 16, 256, 256), &a[..m16]).unwrap();
        four.slice_move(s![..;2, .., .., ..])
    });
}

/// The large copy: a new buffer of 16 MiB to 256 MiB each call, against
/// memcpy into one that exists, and what the kernel's fresh pages cost.
pub fn big() -> Vec<(String, Op)> {
    let src = Rc::new(pattern(256 * MIB));
    let mut ops = Ops(Vec::new());
    let dst = Rc::new(RefCell::new(vec![0u8; 256 * MIB]));
    for len in [16 * MIB, 32 * MIB, 64 * MIB, 256 * MIB] {
        let size = size_name(len);
        let s = Rc::clone(&src);
        ops.add(format!("memview:big/to_bytes_{size}"), move |calls| {
            let view = View::new(&s[..len]).unwrap();
            timed(calls, || keep(view.to_bytes().unwrap()))
        });
        let (s, dst) = (Rc::clone(&src), Rc::clone(&dst));
        ops.add(format!("memcpy:big/{size}"), move |calls| {
            let mut dst = dst.borrow_mut();
            timed(calls, || {
                dst[..len].copy_from_slice(black_box(&s[..len]));
                black_box(&mut dst[..]);
            })
        });
    }
    let n = 256 * MIB;
    ops.add("faults:big/256MiB", move |calls| {
        // A new zeroed buffer, one write per 4 KiB page: the page faults
        // alone, no copy.
        timed(calls, || {
            let mut fresh = vec![0u8; n];
            for page in fresh.chunks_mut(4096) {
                page[0] = 1;
            }
            keep(fresh);
        })
    });
    let s = Rc::clone(&src);
    ops.add("read:big/256MiB", move |calls| {
        timed(calls, || {
            let words = s.as_chunks::<8>().0;
            let sum = words
                .iter()
                .fold(0u64, |acc, w| acc.wrapping_add(u64::from_ne_bytes(*w)));
            black_box(sum);
        })
    });
    let dst2 = Rc::clone(&dst);
    ops.add("write:big/256MiB", move |calls| {
        let mut dst = dst2.borrow_mut();
        timed(calls, || {
            dst.fill(black_box(7));
            black_box(&mut dst[..]);
        })
    });
    ops.0
}
