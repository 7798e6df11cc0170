//! How a check counts allocations: every time the program asks the system
//! for memory (a `Vec`, a `String`, a copy of some bytes), a counter of the
//! current thread goes up. A check that says "no copy" measures the code
//! with [`counted`] and expects 0. A check that says "never more than a
//! row at a time" measures it with [`largest`]: the most memory the code
//! held at once. The exercise runner adds this file to every check, as the
//! module `crate::allocations`.
//!
//! The counting is done by the `allocation-counter` crate, which installs a
//! *global allocator*: every request for memory passes through it on its
//! way to the system.

/// Runs `f`, and returns its result with the number of allocations it made
/// on this thread.
#[allow(dead_code)] // not every check that counts needs it
pub fn counted<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let (result, info) = measured(f);
    (
        result,
        usize::try_from(info.count_total).unwrap_or(usize::MAX),
    )
}

/// Runs `f`, and returns its result with the most bytes it held at once on
/// this thread (0 if it asked for no memory).
#[allow(dead_code)] // not every check that counts needs it
pub fn largest<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let (result, info) = measured(f);
    (
        result,
        usize::try_from(info.bytes_max).unwrap_or(usize::MAX),
    )
}

fn measured<R>(f: impl FnOnce() -> R) -> (R, allocation_counter::AllocationInfo) {
    let mut result = None;
    let info = allocation_counter::measure(|| result = Some(std::hint::black_box(f())));
    match result {
        Some(result) => (result, info),
        None => unreachable!("measure runs its closure once"),
    }
}
