//! memview, ndarray and memcpy, timed for `tools/bench/compare.py`.
//!
//! Every operation has an id, `side:group/name` (`memview:copy/every2nd`,
//! `ndarray:copy/every2nd`, `memcpy:copy/8MiB`); its twins in CPython and
//! NumPy have the same `group/name` in `tools/bench/python_ops.py`. The data
//! is the same in both languages: byte `i` is `i % 251`, the doubles are
//! `i * 0.5`.
//!
//! ```text
//! memview-bench list               # every id, one a line
//! memview-bench serve              # reads "ID CALLS" lines, answers nanoseconds
//! memview-bench count ID REPS      # runs ID REPS times (for callgrind)
//! ```
//!
//! `serve` is how compare.py interleaves the languages: it asks for one
//! sample of a Rust operation, then takes one of the Python twin, and so on
//! round after round. A group's data is built when one of its ids is first
//! asked for, and dropped when another group's is.

mod ops;

use std::io::{BufRead, Write};
use std::time::Instant;

/// One operation: given a number of calls, runs them and returns the
/// nanoseconds they took (the setup, such as making the views, is outside).
pub type Op = Box<dyn Fn(u64) -> u128>;

/// Runs `each` `calls` times; the nanoseconds it took.
pub fn timed(calls: u64, mut each: impl FnMut()) -> u128 {
    let started = Instant::now();
    for _ in 0..calls {
        each();
    }
    started.elapsed().as_nanos()
}

fn group_of(id: &str) -> &str {
    let name = id.split_once(':').map_or(id, |(_, name)| name);
    name.split('/').next().unwrap_or(name)
}

/// The operations of the group `id` belongs to, built on their data.
fn load(id: &str) -> Vec<(String, Op)> {
    ops::group(group_of(id))
}

fn find<'a>(ops: &'a [(String, Op)], id: &str) -> Option<&'a Op> {
    ops.iter().find(|(name, _)| name == id).map(|(_, op)| op)
}

fn serve() {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut loaded: (String, Vec<(String, Op)>) = (String::new(), Vec::new());
    for line in stdin.lock().lines() {
        let line = line.expect("a line of input");
        let Some((id, calls)) = line.split_once(' ') else {
            continue;
        };
        let calls: u64 = calls.trim().parse().expect("a number of calls");
        if group_of(id) != loaded.0 {
            loaded.1.clear(); // free the old data first
            loaded = (group_of(id).to_owned(), load(id));
        }
        match find(&loaded.1, id) {
            Some(op) => writeln!(out, "{}", op(calls)),
            None => writeln!(out, "unknown {id}"),
        }
        .and_then(|()| out.flush())
        .expect("stdout");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["list"] => {
            for group in ops::GROUPS {
                for (id, _) in ops::group(group) {
                    println!("{id}");
                }
            }
        }
        ["serve"] => serve(),
        ["count", id, reps] => {
            let ops = load(id);
            let op = find(&ops, id).unwrap_or_else(|| panic!("unknown id {id}"));
            op(reps.parse().expect("a number of repetitions"));
        }
        _ => {
            eprintln!("usage: memview-bench list | serve | count ID REPS");
            std::process::exit(2);
        }
    }
}

/// Hands a result to the optimiser as used, then drops it, as Python frees
/// each result inside its timed loop.
#[inline]
pub fn keep<T>(result: T) {
    drop(std::hint::black_box(result));
}
