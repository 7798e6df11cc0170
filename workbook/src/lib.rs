//! # workbook: what keeps the memview workbook honest
//!
//! `cargo test` proves that every example in the book does what the page
//! says. skeptic (wired up in `build.rs`) compiles and runs every Rust
//! block and compares what it prints; the book check (`tests/book.rs`) does
//! the rest with this crate:
//!
//! - [`roles`]: the whitelist of info strings (`rust,compile_fail,E0502`,
//!   `text,output`, `python`, …), the one place a new role is added;
//! - [`book`]: chapters read into blocks (each with its `file:line`), links,
//!   heading anchors and `{{#include}}`s;
//! - [`lint`]: every block has a known role and what the role requires;
//! - [`rustc`]: compile one Rust file against the crate's own rlibs and run
//!   it, the piece the exercise runner reuses;
//! - [`python`]: Python `>>>` blocks run by CPython's doctest;
//! - [`links`]: links, anchors (as mdBook 0.5 computes them) and includes;
//! - [`skeptic`]: the chapter copies `build.rs` gives skeptic, and the
//!   template that makes each Rust block a test that compares its output;
//! - [`cells`]: the checked tables and paragraphs (their code spans occur
//!   in checked code, fail with the error, or fail to compile, as stated);
//! - [`course`], [`prepare`], [`verdict`], [`report`], [`student`]: the
//!   classroom exercises (which there are, what they are compiled against,
//!   checking one, what the student reads, and `cargo exercise`);
//!   `tests/exercises.rs` proves every one of them.
//!
//! It does not depend on memview: examples reach memview through the rlibs
//! cargo built, so there is no dependency cycle and no second memview rlib.
//!
//! Compiling and running a program against memview, as an exercise check
//! would (from a test target of the memview package):
//!
//! ```no_run
//! use workbook::{Kind, Rustc};
//!
//! let rustc = Rustc::for_test(env!("CARGO_MANIFEST_DIR"), "memview", "exercises",
//!                             &["memview", "pretty_assertions"])?;
//! let dir = std::env::temp_dir().join("ex01");
//! let source = std::fs::read_to_string("exercises/ex01.rs").map_err(|e| e.to_string())?;
//! let built = rustc.compile(&source, &dir, Kind::Test).map_err(|e| e.to_string())?;
//! if !built.success {
//!     println!("does not compile yet:\n{}", built.stderr);
//! } else {
//!     let run = built.run(&dir, &[]).map_err(|e| e.to_string())?;
//!     println!("{}", String::from_utf8_lossy(&run.stdout));
//! }
//! # Ok::<(), String>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations, rust_2018_idioms)]

pub mod book;
pub mod cells;
pub mod course;
pub mod links;
pub mod lint;
pub mod prepare;
pub mod python;
pub mod report;
pub mod roles;
pub mod rustc;
pub mod skeptic;
pub mod student;
pub mod verdict;

pub use book::{Block, Book, Chapter, Include, Link, Problem};
pub use roles::{ROLES, Role};
pub use rustc::{Compiled, Kind, Rustc};
