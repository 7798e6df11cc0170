//! Every Rust block of the book, compiled and run by skeptic: `rust` blocks
//! (their printed output compared with the `text,output` block that follows),
//! `rust,should_panic`, `rust,no_run` (compiled only), `rust,ignore`
//! (counted as ignored), the appendix tables that state an error, and the
//! two blocks of `tests/edition-2024.md`. `build.rs` generates the tests; one
//! per block, named `<chapter>_sect_<heading>_line_<line of the fence>`.
//! Run one chapter's: `cargo test --test skeptic buffer_protocol`.
//!
//! A failing block prints one paragraph headed by its page and line (see the
//! `bookrt` crate and `tools/rustc-skeptic`); the functions below keep
//! skeptic's own "Command failed" message, a rustc command line of some
//! 14 KB, from following it.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

include!(concat!(env!("OUT_DIR"), "/book-tests.rs"));

/// skeptic's `run_test`, failing with one line that names the page.
fn run_block(root: &str, out: &str, target: &str, test: &str) {
    quietly(test, || skeptic::rt::run_test(root, out, target, test));
}

/// skeptic's `compile_test` (`rust,no_run`), failing likewise.
fn compile_block(root: &str, out: &str, target: &str, test: &str) {
    quietly(test, || skeptic::rt::compile_test(root, out, target, test));
}

/// Runs `skeptic`; if it fails, fails again with the page and line of the
/// block (from the `//@book` line of its template), without skeptic's
/// message. What went wrong was printed before it.
fn quietly(test: &str, skeptic: impl FnOnce()) {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let message = info.payload().downcast_ref::<String>();
            if !message.is_some_and(|m| m.starts_with("Command failed:")) {
                previous(info);
            }
        }));
    });
    if panic::catch_unwind(AssertUnwindSafe(skeptic)).is_err() {
        let at = test
            .lines()
            .find_map(|l| l.strip_prefix("//@book "))
            .and_then(|marker| marker.split(' ').next())
            .unwrap_or("a block of the book (tests/edition-2024.md)");
        panic!("{at}: this block fails; what went wrong is printed above");
    }
}

/// The blocks are compiled by `tools/rustc-skeptic` (`.cargo/config.toml`
/// sets it): without it they would be compiled as edition 2021, and a block
/// that does not compile would be reported in `test.rs`'s lines.
#[test]
fn blocks_are_compiled_by_tools_rustc_skeptic() {
    let rustc = std::env::var("RUSTC").unwrap_or_default();
    assert!(
        rustc.ends_with("tools/rustc-skeptic"),
        "RUSTC is `{rustc}`, so skeptic compiles the book's blocks with it. They need \
         tools/rustc-skeptic, which .cargo/config.toml sets unless RUSTC is set in the \
         environment: unset it (or point it at tools/rustc-skeptic, which calls `rustc`)."
    );
}
