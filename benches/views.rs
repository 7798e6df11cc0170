//! memview's operations, timed: the Rust half of `python3 tools/bench/compare.py`.
//!
//! Every benchmark id here (`create/new/1GiB`, `copy/transpose_u8`, ...) has a
//! twin of the same name in `tools/bench/ops.py`, which times CPython's
//! `memoryview` doing the same thing to the same bytes. The `memcpy/*`
//! benchmarks are the physical reference for every copy: `copy_from_slice` of
//! as many bytes as the copy produces, into a buffer that already exists.
//!
//! The data is the same on both sides: byte `i` is `i % 251`, and the `d`
//! (f64) buffers hold `i * 0.5`.
//!
//! Run it alone with `cargo bench --bench views`; add a filter to run part of
//! it (`cargo bench --bench views -- copy/`).

use criterion::measurement::WallTime;
use criterion::{
    BenchmarkGroup, Criterion, Throughput, black_box, criterion_group, criterion_main,
};
use memview::{Exporter, Order, Slice, View, ViewMut};
use std::time::Duration;

const KIB: usize = 1 << 10;
const MIB: usize = 1 << 20;
const GIB: usize = 1 << 30;

/// The bytes both languages benchmark: byte `i` is `i % 251`.
fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

/// `len` doubles, `i * 0.5`: Python's `array('d', ...)`.
fn doubles(len: usize) -> Vec<f64> {
    (0..len).map(|i| i as f64 * 0.5).collect()
}

/// A user exporter that lends a C-order `rows × cols` matrix transposed, by
/// swapping the strides: a view of it is `cols × rows`, and its C-order bytes
/// are the transpose. CPython's memoryview cannot transpose; its
/// `tobytes('F')` on the untransposed matrix produces the same bytes.
fn size_name(len: usize) -> String {
    match len {
        n if n >= GIB => format!("{}GiB", n / GIB),
        n if n >= MIB => format!("{}MiB", n / MIB),
        n => format!("{}KiB", n / KIB),
    }
}

/// A group of benchmarks: `samples` samples taking `measure_ms` in all,
/// after `warm_ms` of warming up. Operations that take nanoseconds get many
/// short samples; copies of megabytes fewer, longer ones.
fn timed_group<'a>(
    c: &'a mut Criterion,
    name: &str,
    (warm_ms, measure_ms, samples): (u64, u64, usize),
) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .warm_up_time(Duration::from_millis(warm_ms))
        .measurement_time(Duration::from_millis(measure_ms))
        .sample_size(samples);
    group
}

const QUICK: (u64, u64, usize) = (300, 1500, 50);
const SLOW: (u64, u64, usize) = (500, 2500, 15);

/// Making, slicing and casting a view cost the same for 1 KiB and for 1 GiB.
fn create(c: &mut Criterion) {
    let big = pattern(GIB);
    let mut group = timed_group(c, "create", QUICK);
    for len in [KIB, MIB, 64 * MIB, GIB] {
        let buf = &big[..len];
        let view = View::new(buf).unwrap();
        let name = size_name(len);
        group.bench_function(format!("new/{name}"), |b| {
            b.iter(|| View::new(black_box(buf)).unwrap())
        });
        group.bench_function(format!("slice/{name}"), |b| {
            // mv[1:-1:2]
            b.iter(|| {
                black_box(&view)
                    .slice(Slice::new(Some(1), Some(-1), Some(2)))
                    .unwrap()
                    .len()
            })
        });
        group.bench_function(format!("cast/{name}"), |b| {
            b.iter(|| black_box(&view).cast("i").unwrap().len())
        });
        group.bench_function(format!("cast_2d/{name}"), |b| {
            b.iter(|| {
                black_box(&view)
                    .cast_with("B", &[len / KIB, KIB])
                    .unwrap()
                    .len()
            })
        });
    }
    group.finish();
}

/// One item at a time: the loops a Python programmer writes.
fn per_item(c: &mut Criterion) {
    let bytes = pattern(64 * KIB);
    let floats = doubles(64 * KIB);
    let view = View::new(&bytes).unwrap();
    let fview = View::new(&floats).unwrap();
    let grid = view.cast_with("B", &[256, 256]).unwrap();
    let mut group = timed_group(c, "item", QUICK);
    group.bench_function("index_1d_B", |b| {
        b.iter(|| {
            for i in 0..view.len() as isize {
                black_box(view.get(i).unwrap());
            }
        })
    });
    group.bench_function("index_1d_d", |b| {
        b.iter(|| {
            for i in 0..fview.len() as isize {
                black_box(fview.get(i).unwrap());
            }
        })
    });
    group.bench_function("index_2d_B", |b| {
        b.iter(|| {
            for i in 0..256 {
                for j in 0..256 {
                    black_box(grid.get_at(&[i, j]).unwrap());
                }
            }
        })
    });
    group.bench_function("iter_1d_B", |b| {
        b.iter(|| {
            for item in view.try_iter().unwrap() {
                black_box(item);
            }
        })
    });
    // The same loops when the program knows the format: `typed` checks it
    // once, then every read is a plain number.
    let bytes_as_u8 = view.typed::<u8>().unwrap();
    let floats_as_f64 = fview.typed::<f64>().unwrap();
    let grid_as_u8 = grid.typed::<u8>().unwrap();
    group.bench_function("index_1d_B_typed", |b| {
        b.iter(|| {
            for i in 0..view.len() as isize {
                black_box(bytes_as_u8.get(i).unwrap());
            }
        })
    });
    group.bench_function("index_1d_d_typed", |b| {
        b.iter(|| {
            for i in 0..fview.len() as isize {
                black_box(floats_as_f64.get(i).unwrap());
            }
        })
    });
    group.bench_function("index_2d_B_typed", |b| {
        b.iter(|| {
            for i in 0..256 {
                for j in 0..256 {
                    black_box(grid_as_u8.get_at(&[i, j]).unwrap());
                }
            }
        })
    });
    group.bench_function("iter_1d_B_typed", |b| {
        b.iter(|| {
            for item in bytes_as_u8.try_iter().unwrap() {
                black_box(item);
            }
        })
    });
    group.bench_function("tolist_1d_B_typed", |b| b.iter(|| bytes_as_u8.to_vec()));
    group.bench_function("tolist_1d_d_typed", |b| b.iter(|| floats_as_f64.to_vec()));
    group.bench_function("tolist_1d_B", |b| b.iter(|| view.to_list().unwrap()));
    group.bench_function("tolist_1d_d", |b| b.iter(|| fview.to_list().unwrap()));
    group.bench_function("tolist_2d_B", |b| b.iter(|| grid.to_list().unwrap()));
    group.finish();
}

/// `to_bytes` of contiguous, strided, transposed and N-D views, and the
/// memcpy each is measured against.
fn copies(c: &mut Criterion) {
    let src = pattern(256 * MIB);
    let floats = doubles(2 * MIB);
    let fbytes: &[u8] = Exporter::bytes(&floats[..]);
    let mut group = timed_group(c, "copy", SLOW);
    let mut bench = |name: &str, out_len: usize, view: View<'_>| {
        assert_eq!(view.nbytes(), out_len, "{name}");
        group.throughput(Throughput::Bytes(out_len as u64));
        group.bench_function(name, |b| b.iter(|| view.to_bytes()));
    };
    for len in [64 * KIB, 16 * MIB, 256 * MIB] {
        let name = format!("contig_{}", size_name(len));
        bench(&name, len, View::new(&src[..len]).unwrap());
    }
    let flat = View::new(&src[..16 * MIB]).unwrap();
    bench("every2nd", 8 * MIB, flat.slice((.., 2)).unwrap());
    bench("reversed", 16 * MIB, flat.slice((.., -1)).unwrap());
    let fview = View::new(&floats).unwrap();
    bench("reversed_d", 16 * MIB, fview.slice((.., -1)).unwrap());
    let image = flat.cast_with("B", &[4096, 4096]).unwrap();
    bench("column", 4 * KIB, image.slice_dim(1, 7..8).unwrap());
    let rows64 = flat.cast_with("B", &[16 * MIB / 64, 64]).unwrap();
    bench("rows64_every2nd", 8 * MIB, rows64.slice((.., 2)).unwrap());
    let rows1k = flat.cast_with("B", &[16 * KIB, KIB]).unwrap();
    bench("rows1K_every2nd", 8 * MIB, rows1k.slice((.., 2)).unwrap());
    bench("transpose_u8", 16 * MIB, image.transpose());
    let doubles = View::new(fbytes).unwrap();
    let matrix = doubles.cast_with("d", &[2048, 1024]).unwrap();
    bench("transpose_d", 16 * MIB, matrix.transpose());
    let cube = flat.cast_with("i", &[256, 128, 128]).unwrap();
    bench("nd3_reversed_i", 16 * MIB, cube.slice((.., -1)).unwrap());
    let four = flat.cast_with("B", &[16, 16, 256, 256]).unwrap();
    bench("nd4_every2nd", 8 * MIB, four.slice((.., 2)).unwrap());
    // Order::F of a C-order matrix: the same bytes as `transpose_u8`.
    group.throughput(Throughput::Bytes(16 * MIB as u64));
    group.bench_function("order_F_u8", |b| b.iter(|| image.to_bytes_with(Order::F)));
    // A copy into memory the caller already has (`dst[:] = src`): no new
    // buffer, so no page faults, whatever the size.
    let mut into = vec![0u8; 256 * MIB];
    for len in [16 * MIB, 256 * MIB] {
        let from = View::new(&src[..len]).unwrap();
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(format!("into_{}", size_name(len)), |b| {
            b.iter(|| {
                let mut to = ViewMut::new(&mut into[..len]).unwrap();
                to.set_slice(.., black_box(&from)).unwrap();
            })
        });
    }
    group.finish();

    let mut group = timed_group(c, "memcpy", SLOW);
    let mut dst = vec![0u8; 256 * MIB];
    for len in [64 * KIB, 8 * MIB, 16 * MIB, 256 * MIB] {
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(size_name(len), |b| {
            b.iter(|| dst[..len].copy_from_slice(black_box(&src[..len])))
        });
    }
    // The same copy into a new allocation, as `to_bytes` must make one.
    for len in [16 * MIB, 256 * MIB] {
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(format!("alloc_{}", size_name(len)), |b| {
            b.iter(|| black_box(&src[..len]).to_vec())
        });
    }
    group.finish();
}

/// `hex()` and `==`: whole-view operations that copy nothing out.
fn whole(c: &mut Criterion) {
    let a = pattern(MIB);
    let b2 = pattern(MIB);
    let fa = doubles(MIB / 8);
    let fb = doubles(MIB / 8);
    let (va, vb) = (View::new(&a).unwrap(), View::new(&b2).unwrap());
    let (fva, fvb) = (View::new(&fa).unwrap(), View::new(&fb).unwrap());
    let mut group = timed_group(c, "whole", QUICK);
    group.bench_function("hex_1MiB", |b| b.iter(|| va.hex()));
    group.bench_function("hex_sep_1MiB", |b| b.iter(|| va.hex_with(':', 2).unwrap()));
    group.bench_function("eq_contig_B", |b| b.iter(|| va == vb));
    let (sa, sb) = (va.slice((.., 2)).unwrap(), vb.slice((.., 2)).unwrap());
    group.bench_function("eq_every2nd_B", |b| b.iter(|| sa == sb));
    group.bench_function("eq_contig_d", |b| b.iter(|| fva == fvb));
    group.finish();
}

criterion_group!(benches, create, per_item, copies, whole);
criterion_main!(benches);
