//! Sharing slow jobs out over the cores (`tests/book.rs`,
//! `tests/exercises.rs`).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs `job` on every item, with the item's index, on as many threads as
/// there are cores, and gathers what it finds, in no particular order.
pub fn on_each<T: Sync, F: Send>(items: &[T], job: impl Fn(usize, &T) -> Vec<F> + Sync) -> Vec<F> {
    let next = AtomicUsize::new(0);
    let found = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(n) else { break };
                    let more = job(n, item);
                    found.lock().expect("no job panics").extend(more);
                }
            });
        }
    });
    found.into_inner().expect("no job panics")
}
