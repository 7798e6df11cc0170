//! The chapters as skeptic is given them (by `build.rs`), and the template
//! that makes each Rust block a checked test.
//!
//! skeptic 0.14.2 compiles and runs a block, but compares what it prints with
//! nothing and names a failure after its temporary `test.rs`. So every block
//! skeptic compiles gets a template of its own ([`template`]): the block goes
//! into a module, and its `main` is handed to the `bookrt` crate with what the
//! page expects (it runs, it panics, it prints the `text,output` block that
//! follows it) and where it is (`book/views.md:447`). Only the copy's fence
//! line changes (`rust` becomes `rust,skt-b447`), so line numbers and
//! skeptic's test names stay those of the chapter.
//!
//! Two kinds of blocks skeptic is not given (their fences become `text`):
//!
//! - `compile_fail` blocks: skeptic has no `compile_fail`. The book check
//!   (`tests/book.rs`) verifies them: the exact error codes, and the
//!   compiler's words where a `text,rustc` block shows them;
//! - exercise blocks (`rust,exercise`): an `{{#include}}` of a file that
//!   `tests/exercises.rs` proves;
//! - bridge blocks (`rust,bridge`): an `{{#include}}` of `bridge/src/`,
//!   which needs PyO3, compiled and tested by `cargo test -p memview-py`.
//!
//! `rust,ignore` blocks are left to skeptic, which counts them as ignored.

use crate::book::Chapter;
use crate::roles::Role;

/// What skeptic does with a block, as the copy tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Test {
    /// Compiled and run; it must not panic nor return an error.
    Runs,
    /// Compiled and run; it must print the `text,output` block that follows.
    Prints,
    /// Compiled and run; it must panic.
    Panics,
    /// Compiled only (`rust,no_run`).
    Compiles,
    /// Counted as ignored (`rust,ignore`).
    Ignored,
}

/// What skeptic does with block `i` of `chapter`, if it is given the block.
pub fn test_of(chapter: &Chapter, i: usize) -> Option<Test> {
    match chapter.blocks[i].role()? {
        Role::Run if chapter.shown_after(i, Role::Output).is_some() => Some(Test::Prints),
        Role::Run => Some(Test::Runs),
        Role::ShouldPanic => Some(Test::Panics),
        Role::NoRun => Some(Test::Compiles),
        Role::Ignore => Some(Test::Ignored),
        _ => None,
    }
}

/// The chapter's markdown as skeptic is given it: each block it compiles
/// tagged with its template (`rust,skt-b447`, `rust,no_run,skt-b681`), and
/// `compile_fail` and exercise blocks retagged `text`.
///
/// ```
/// use workbook::{skeptic::for_skeptic, Chapter};
/// let md = "```rust,compile_fail,E0599\nfn main() { 1.nope() }\n```\n\n```rust\nfn main() {}\n```\n\n\
///           ```rust,should_panic\nfn main() { panic!() }\n```\n";
/// let chapter = Chapter::parse("x.md".into(), "x.md".into(), "book/x.md".into(), md.into());
/// let expected = md.replacen("rust,compile_fail,E0599", "text", 1)
///     .replacen("```rust\n", "```rust,skt-b5\n", 1)
///     .replacen("rust,should_panic", "rust,skt-b9", 1);
/// assert_eq!(for_skeptic(&chapter), expected);
/// ```
pub fn for_skeptic(chapter: &Chapter) -> String {
    let info_of_line = |line: usize| {
        let i = chapter.blocks.iter().position(|b| b.line == line)?;
        let block = &chapter.blocks[i];
        match (block.role()?, test_of(chapter, i)) {
            (_, Some(Test::Ignored)) => None,
            (_, Some(Test::Compiles)) => Some(format!("rust,no_run,{}", template_name(line))),
            (_, Some(_)) => Some(format!("rust,{}", template_name(line))),
            (Role::CompileFail | Role::Exercise | Role::Bridge, None) => Some("text".to_string()),
            (_, None) => None,
        }
    };
    chapter
        .text
        .split_inclusive('\n')
        .enumerate()
        .map(|(n, line)| match info_of_line(n + 1) {
            Some(info) => retagged(line, &info),
            None => line.to_string(),
        })
        .collect()
}

/// `skt-b447`: the template of the block whose fence is on line 447.
fn template_name(line: usize) -> String {
    format!("skt-b{line}")
}

/// A fence line with its info string replaced by `info`.
fn retagged(line: &str, info: &str) -> String {
    let fence = line
        .find("```")
        .or_else(|| line.find("~~~"))
        .expect("a block's first line holds its fence");
    let marker = line.as_bytes()[fence];
    let start = fence + line[fence..].bytes().take_while(|&b| b == marker).count();
    let end = line.trim_end().len();
    format!("{}{info}{}", &line[..start], &line[end..])
}

/// The templates of the chapter's blocks, as the markdown of the copy's
/// `.skt.md` (skeptic reads a chapter's templates from there).
pub fn templates(chapter: &Chapter) -> String {
    let mut md = String::new();
    for (i, block) in chapter.blocks.iter().enumerate() {
        let expect = match test_of(chapter, i) {
            None | Some(Test::Ignored) => continue,
            Some(Test::Runs | Test::Compiles) => Expect::Runs,
            Some(Test::Panics) => Expect::Panics,
            Some(Test::Prints) => {
                let shown = chapter
                    .shown_after(i, Role::Output)
                    .expect("a printing block has an output block");
                Expect::Prints {
                    at: &shown.at,
                    text: &shown.text,
                }
            }
        };
        let line = Some(block.line);
        md.push_str(&template_block(
            &template_name(block.line),
            &template(&chapter.name, &block.at, line, expect),
        ));
    }
    md
}

/// A template as a fenced block of a `.skt.md` file.
pub fn template_block(name: &str, template: &str) -> String {
    format!("````rust,{name}\n{template}````\n\n")
}

/// What a block must do, for [`template`].
#[derive(Debug, Clone, Copy)]
pub enum Expect<'a> {
    /// Run to the end.
    Runs,
    /// Panic.
    Panics,
    /// Check table cells (a generated program, [`crate::cells`]).
    Cells,
    /// Print `text`, the output block at `at`.
    Prints {
        /// The output block's `file:line`.
        at: &'a str,
        /// Its text.
        text: &'a str,
    },
}

/// The lines of [`template`] before the block: skeptic's generated
/// `test.rs` starts with an empty line, then these, then the block.
const LINES_BEFORE_BLOCK: usize = 4;

/// The skeptic template of one block: a format string whose `{}` skeptic
/// replaces with the block (hidden lines included).
///
/// - The first line, `//@book <at> <delta>`, tells `tools/rustc-skeptic` which
///   page the block is on and how to turn a line of `test.rs` into a line of
///   the page (add `delta`), so a block that no longer compiles is reported
///   in the page's lines. `fence` is `None` for a generated program, whose
///   lines are no page's.
/// - The block goes into a module, so its own `fn main` stays as written;
///   `bookrt::main` runs it (see the `bookrt` crate).
///
/// ```
/// use workbook::skeptic::{template, Expect};
/// let t = template("book/x.md", "book/x.md:7", Some(7), Expect::Prints { at: "book/x.md:11", text: "{1}\n" });
/// assert!(t.starts_with("//@book book/x.md:7 3\n"));
/// assert!(t.contains(r#"text: "{{1}}\n""#)); // braces doubled: a template is a format string
/// assert_eq!(t.matches("{}").count(), 1);
/// ```
pub fn template(page: &str, at: &str, fence: Option<usize>, expect: Expect<'_>) -> String {
    // The block's first line is the line after its fence, and line
    // LINES_BEFORE_BLOCK + 2 of test.rs.
    let delta = fence.map(|f| f as i64 - LINES_BEFORE_BLOCK as i64);
    let expect = match expect {
        Expect::Runs => "::bookrt::Expect::Runs".to_string(),
        Expect::Panics => "::bookrt::Expect::Panics".to_string(),
        Expect::Cells => "::bookrt::Expect::Cells".to_string(),
        Expect::Prints { at, text } => {
            format!("::bookrt::Expect::Prints {{ at: {at:?}, text: {text:?} }}")
        }
    };
    let marker = match delta {
        Some(delta) => format!("//@book {at} {delta}"),
        None => format!("//@book {at}"),
    };
    let delta = match delta {
        Some(delta) => format!("Some({delta})"),
        None => "None".to_string(),
    };
    let head = [marker.as_str(), "#![allow(warnings)]", "mod __block {"];
    debug_assert_eq!(head.len() + 1, LINES_BEFORE_BLOCK);
    let tail = format!(
        "pub(crate) fn __entry() -> impl ::std::process::Termination {{ main() }}\n\
         }}\n\
         fn main() -> ::std::process::ExitCode {{\n    \
         ::bookrt::main(\n        \
         &::bookrt::Block {{ at: {at:?}, page: {page:?}, delta: {delta}, expect: {expect} }},\n        \
         || ::std::process::Termination::report(__block::__entry()),\n    \
         )\n\
         }}\n"
    );
    let mut template = String::new();
    for line in head {
        template.push_str(&braces_doubled(line));
        template.push('\n');
    }
    template.push_str("{}");
    template.push_str(&braces_doubled(&tail));
    template
}

/// `s` as literal text of a format string.
fn braces_doubled(s: &str) -> String {
    s.replace('{', "{{").replace('}', "}}")
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

/// skeptic's generated tests, with its two calls (`skeptic::rt::run_test`,
/// `skeptic::rt::compile_test`) renamed `run_block` and `compile_block`, the
/// functions of `tests/skeptic.rs` that call them and turn their failure into
/// one line naming the page.
///
/// # Errors
/// If the file does not look as skeptic 0.14.2 writes it.
///
/// ```
/// let generated = "extern crate skeptic;\n#[test] fn a() {\n    let s = &format!(\"\");\n    \
///                  skeptic::rt::run_test(r#\"/r\"#, r#\"/o\"#, r#\"t\"#, s);\n}\n";
/// let ours = workbook::skeptic::wrapped_tests(generated).unwrap();
/// assert!(ours.contains("    run_block(r#\"/r\"#"));
/// ```
pub fn wrapped_tests(generated: &str) -> Result<String, String> {
    let tests = generated.matches("#[test] fn ").count();
    let calls = generated.matches("skeptic::rt::run_test(").count()
        + generated.matches("skeptic::rt::compile_test(").count();
    if calls != tests {
        return Err(format!(
            "skeptic wrote {tests} tests but {calls} calls to skeptic::rt::run_test or \
             compile_test: not the skeptic 0.14.2 this was written for"
        ));
    }
    Ok(generated
        .replace("skeptic::rt::run_test(", "run_block(")
        .replace("skeptic::rt::compile_test(", "compile_block("))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chapter(md: &str) -> Chapter {
        Chapter::parse("x.md".into(), "x.md".into(), "book/x.md".into(), md.into())
    }

    #[test]
    fn every_compiled_block_gets_a_template_and_the_rest_none() {
        let md = "```rust\nfn main() {}\n```\n\n```text,output\n\n```\n\n\
                  <!-- no_run: waits -->\n```rust,no_run\nfn main() {}\n```\n\n\
                  <!-- ignore: pyo3 -->\n```rust,ignore\nx\n```\n\n\
                  ```rust,compile_fail,E0599\nfn main() { 1.nope() }\n```\n";
        let c = chapter(md);
        let templates = templates(&c);
        assert!(templates.contains("````rust,skt-b1\n"), "{templates}");
        assert!(templates.contains("````rust,skt-b10\n"), "{templates}");
        assert_eq!(templates.matches("````rust,").count(), 2, "{templates}");
        let copy = for_skeptic(&c);
        assert!(copy.contains("```rust,no_run,skt-b10\n"), "{copy}");
        assert!(copy.contains("```rust,ignore\n"), "{copy}");
        assert!(copy.contains("```text\nfn main() { 1.nope() }"), "{copy}");
        assert_eq!(copy.lines().count(), md.lines().count());
    }

    #[test]
    fn the_template_puts_the_block_where_its_delta_says() {
        let t = template(
            "book/x.md",
            "book/x.md:20",
            Some(20),
            Expect::Prints {
                at: "book/x.md:30",
                text: "a \"quoted\" {brace}\n",
            },
        );
        // skeptic's test.rs: an empty line, then the template with the block
        // in place of `{}`. Line 2 of the block is line 22 of the page.
        let test_rs = format!("\n{}", t.replacen("{}", "first\nsecond\n", 1));
        let second = test_rs.lines().position(|l| l == "second").unwrap() + 1;
        let delta: i64 = t
            .lines()
            .next()
            .unwrap()
            .rsplit(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(second as i64 + delta, 22);
        assert!(t.contains(r#"text: "a \"quoted\" {{brace}}\n""#), "{t}");
    }

    #[test]
    fn an_unexpected_skeptic_output_is_refused() {
        assert!(wrapped_tests("#[test] fn a() {}\n").is_err());
    }
}
