//! How a check counts allocations: every time the program asks the system
//! for memory (a `Vec`, a `String`, a copy of some bytes), a counter of the
//! current thread goes up. A check that says "no copy" measures the code
//! with [`counted`] and expects 0. A check that says "never more than a
//! row at a time" measures it with [`largest`], the biggest single request.
//! The exercise runner adds this file to every check, as the module
//! `crate::allocations`.
//!
//! You need not read further: the rest is how Rust lets a program watch its
//! own memory requests (a *global allocator*). It is the one place in the
//! workbook that needs `unsafe`, because the allocator's interface is
//! `unsafe` to implement; every method passes the request on unchanged.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, counting the allocations of each thread.
struct Counting;

fn count_one(size: usize) {
    // A `const` thread-local with no destructor can be used at any time.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    let _ = LARGEST.try_with(|n| n.set(n.get().max(size)));
}

// SAFETY: every method forwards to `System` unchanged, after counting.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f`, and returns its result with the number of allocations it made
/// on this thread.
#[allow(dead_code)] // not every check that counts needs it
pub fn counted<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = std::hint::black_box(f());
    (result, ALLOCATIONS.with(Cell::get) - before)
}

/// Runs `f`, and returns its result with the size in bytes of the largest
/// single allocation it made on this thread (0 if it made none).
#[allow(dead_code)] // not every check that counts needs it
pub fn largest<R>(f: impl FnOnce() -> R) -> (R, usize) {
    LARGEST.with(|n| n.set(0));
    let result = std::hint::black_box(f());
    (result, LARGEST.with(Cell::get))
}
