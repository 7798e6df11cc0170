//! Every `rust`, `rust,should_panic` and `rust,no_run` block of the book,
//! compiled (and run) by skeptic. `build.rs` generates the tests; one test
//! per block, named `<chapter>_sect_<heading>_line_<line of the fence>`.
//! Run one chapter's: `cargo test --test skeptic buffer_protocol`.

include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
