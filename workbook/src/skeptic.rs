//! The chapters as skeptic is given them (by `build.rs`).
//!
//! skeptic compiles and runs every block whose info string contains `rust`.
//! Two kinds of them the book test runs instead:
//!
//! - `compile_fail` blocks: skeptic has no `compile_fail`, so it would
//!   compile them, fail, and report a failure (and a block that wrongly
//!   compiles would pass);
//! - `rust` blocks whose printed output follows: the book test compiles
//!   each one once, runs it and compares what it prints. Letting skeptic run
//!   them too would compile and link each twice for nothing: measured here,
//!   0.10 to 0.16 s per block (a 6.6 MB binary), against 0.06 s for the
//!   metadata-only check of a `compile_fail` block.
//!
//! Exercise blocks (`rust,exercise`) are an `{{#include}}` of a file that
//! `tests/exercises.rs` proves, and bridge blocks (`rust,bridge`) one of
//! `bridge/src/`, which needs PyO3: skeptic is not given them either.
//!
//! Their fences are retagged `text` in the copy, and nothing else changes,
//! so skeptic's test names (which hold the fence's line) match the chapter.

use crate::book::Chapter;
use crate::roles::Role;

/// The chapter's markdown with the blocks the book test runs, and the
/// exercise blocks, retagged `text`.
///
/// ```
/// use workbook::{skeptic::for_skeptic, Chapter};
/// let md = "```rust,compile_fail,E0599\nfn main() { 1.nope() }\n```\n\n```rust\nfn main() {}\n```\n\n\
///           ```rust,exercise\n{{#include ../../exercises/x-1/starter.rs}}\n```\n";
/// let chapter = Chapter::parse("x.md".into(), "x.md".into(), "book/x.md".into(), md.into());
/// let expected = md.replacen("rust,compile_fail,E0599", "text", 1).replacen("rust,exercise", "text", 1);
/// assert_eq!(for_skeptic(&chapter), expected);
/// ```
pub fn for_skeptic(chapter: &Chapter) -> String {
    let retag: Vec<usize> = (0..chapter.blocks.len())
        .filter(|&i| {
            chapter.run_by_book_test(i)
                || matches!(
                    chapter.blocks[i].role(),
                    Some(Role::Exercise | Role::Bridge)
                )
        })
        .map(|i| chapter.blocks[i].line)
        .collect();
    chapter
        .text
        .split_inclusive('\n')
        .enumerate()
        .map(|(n, line)| {
            if retag.contains(&(n + 1)) {
                retagged(line)
            } else {
                line.to_string()
            }
        })
        .collect()
}

/// A fence line with its info string replaced by `text`.
fn retagged(line: &str) -> String {
    let fence = line
        .find("```")
        .or_else(|| line.find("~~~"))
        .expect("a block's first line holds its fence");
    let marker = line.as_bytes()[fence];
    let info = fence + line[fence..].bytes().take_while(|&b| b == marker).count();
    let end = line.trim_end().len();
    format!("{}text{}", &line[..info], &line[end..])
}

/// The file name skeptic is given for a chapter: its path in the book with
/// `/` turned into `__`, so chapters in sub-folders get distinct test names
/// (skeptic names tests after the file's stem only).
///
/// ```
/// assert_eq!(workbook::skeptic::flat_name("views/slicing.md"), "views__slicing.md");
/// ```
pub fn flat_name(rel: &str) -> String {
    rel.replace('/', "__")
}
