//! The operations, group by group. Each group builds its data once and
//! hands out closures that share it.

mod copy;
mod create;
mod item;
mod whole;

use crate::Op;

pub const KIB: usize = 1 << 10;
pub const MIB: usize = 1 << 20;
pub const GIB: usize = 1 << 30;

/// The groups, in the order compare.py measures them.
pub const GROUPS: [&str; 5] = ["create", "item", "copy", "big", "whole"];

/// The operations of one group.
pub fn group(name: &str) -> Vec<(String, Op)> {
    match name {
        "create" => create::ops(),
        "item" => item::ops(),
        "copy" => copy::ops(),
        "big" => copy::big(),
        "whole" => whole::ops(),
        _ => Vec::new(),
    }
}

/// The bytes both languages benchmark: byte `i` is `i % 251`.
pub fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

/// `len` doubles, `i * 0.5`: Python's `array('d', ...)`.
pub fn doubles(len: usize) -> Vec<f64> {
    (0..len).map(|i| i as f64 * 0.5).collect()
}

/// `1KiB`, `16MiB`, `1GiB`.
pub fn size_name(len: usize) -> String {
    match len {
        n if n >= GIB => format!("{}GiB", n / GIB),
        n if n >= MIB => format!("{}MiB", n / MIB),
        n => format!("{}KiB", n / KIB),
    }
}

/// A list of operations being built: `ops.add("memview:item/x", op)`.
pub struct Ops(pub Vec<(String, Op)>);

impl Ops {
    pub fn add(&mut self, id: impl Into<String>, op: impl Fn(u64) -> u128 + 'static) {
        self.0.push((id.into(), Box::new(op)));
    }
}
