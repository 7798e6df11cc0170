//! The lint: every block has a known role and what that role requires.
//!
//! It needs nothing but the markdown, so it runs first and fast: an unknown
//! info string, a missing reason, a Python block without `>>>`, an output
//! block that follows nothing it could be the output of.

use crate::book::{Book, Problem};
use crate::roles::Role;

/// Everything wrong with the roles of the book's blocks.
pub fn lint(book: &Book) -> Vec<Problem> {
    let mut problems = Vec::new();
    for chapter in &book.chapters {
        for (i, block) in chapter.blocks.iter().enumerate() {
            let role = match &block.role {
                Ok(role) => *role,
                Err(message) => {
                    problems.push(Problem::new(&block.at, message.clone()));
                    continue;
                }
            };
            let previous = i.checked_sub(1).and_then(|p| chapter.blocks[p].role());
            let problem = match role {
                Role::NoRun | Role::Ignore => {
                    let kind = if role == Role::NoRun {
                        "no_run"
                    } else {
                        "ignore"
                    };
                    block.reason(kind).is_none().then(|| {
                        format!(
                            "a `{}` block needs its reason right before it: <!-- {kind}: why -->",
                            block.info.as_deref().unwrap_or_default()
                        )
                    })
                }
                Role::Python | Role::Python312 => (!block
                    .text
                    .lines()
                    .any(|l| l.trim_start().starts_with(">>>")))
                .then(|| {
                    "a `python` block must be `>>>` examples (doctest style), or nothing \
                         in it is run"
                        .to_string()
                }),
                Role::Output => (previous != Some(Role::Run)).then(|| {
                    "a `text,output` block must come right after the `rust` block it is the \
                     output of"
                        .to_string()
                }),
                Role::Rustc => (previous != Some(Role::CompileFail)).then(|| {
                    "a `text,rustc` block must come right after the `rust,compile_fail,…` \
                     block whose error it shows"
                        .to_string()
                }),
                Role::Exercise => exercise_block_problem(block),
                Role::Bridge => (!block.text.trim().starts_with("{{#include ")
                    || !block.text.contains("bridge/src/")
                    || block.text.trim().lines().count() != 1)
                    .then(|| {
                        "a `rust,bridge` block holds exactly one line, `{{#include \
                         ../bridge/src/FILE.rs:ANCHOR}}`, so the page shows the code the \
                         bridge's tests compile"
                            .to_string()
                    }),
                _ => None,
            };
            problems.extend(problem.map(|m| Problem::new(&block.at, m)));
            let compiled = matches!(
                role,
                Role::Run | Role::ShouldPanic | Role::NoRun | Role::CompileFail
            );
            if compiled && block.text.contains("{{#") {
                problems.push(Problem::new(
                    &block.at,
                    "skeptic reads the raw markdown, so an `{{#include}}` in a compiled block \
                     fails: tag the block `rust,ignore` with a reason",
                ));
            }
            if matches!(role, Role::Run | Role::ShouldPanic | Role::NoRun) {
                problems.extend(
                    template_problem(&block.rust_source()).map(|m| Problem::new(&block.at, m)),
                );
            }
        }
    }
    problems
}

/// What keeps a block from working in skeptic's template, which puts it in
/// a module and calls its `main` (`workbook::skeptic::template`).
fn template_problem(source: &str) -> Option<&'static str> {
    if !source.contains("fn main(") {
        Some(
            "a Rust block has no implicit `fn main`: write one (its lines may be hidden \
             with `# `), as README.md shows",
        )
    } else if source.contains("#![") {
        Some(
            "skeptic's template puts the block in a module, where an inner attribute \
             `#![…]` is not allowed: put the attribute on the item it is for",
        )
    } else if source.contains("crate::") {
        Some(
            "skeptic's template puts the block in a module, so `crate::` does not name the \
             block's own items: name them without it",
        )
    } else {
        None
    }
}

/// An exercise block shows one file of `exercises/` and nothing else, so
/// the code on the page is the code `tests/exercises.rs` proves; only a
/// starter may say it does not compile.
fn exercise_block_problem(block: &crate::book::Block) -> Option<String> {
    let text = block.text.trim();
    let path = text
        .strip_prefix("{{#include ")
        .and_then(|rest| rest.strip_suffix("}}"))
        .map(str::trim)
        .filter(|path| !path.contains(char::is_whitespace));
    let Some(path) = path else {
        return Some(
            "a `rust,exercise` block holds exactly one line, `{{#include \
             ../../exercises/NAME/FILE.rs}}`, so that what the page shows is what \
             tests/exercises.rs checks"
                .to_string(),
        );
    };
    let file = path.rsplit('/').next().unwrap_or_default();
    if !path.contains("exercises/") || !path.ends_with(".rs") {
        Some(format!(
            "a `rust,exercise` block includes a `.rs` file of `exercises/`, not `{path}`"
        ))
    } else if !block.codes.is_empty() && file != "starter.rs" {
        Some(format!(
            "only a starter can be meant not to compile; `{path}` is not a `starter.rs`"
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::Chapter;

    fn problems(md: &str) -> Vec<String> {
        let chapter = Chapter::parse("x.md".into(), "x.md".into(), "book/x.md".into(), md.into());
        let book = Book {
            dir: "book".into(),
            chapters: vec![chapter],
        };
        lint(&book).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_clean_chapter_passes() {
        let md = "```rust\nfn main() {}\n```\n\n```text,output\n\n```\n\n\
                  <!-- ignore: needs pyo3 -->\n```rust,ignore\nx\n```\n\n```python\n>>> 1\n1\n```\n";
        assert_eq!(problems(md), Vec::<String>::new());
    }

    #[test]
    fn a_compiled_block_has_a_main_and_fits_in_a_module() {
        let md = "```rust\nprintln!(\"hi\");\n```\n\n```rust,should_panic\n#![allow(dead_code)]\nfn main() {}\n```\n\n\
                  ```rust\nfn f() {}\n# fn main() { crate::f() }\n```\n\n```rust\n# fn main() {\nlet x = 1;\n# }\n```\n";
        let found = problems(md);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found[0].starts_with("book/x.md:1: a Rust block has no implicit `fn main`"));
        assert!(found[1].contains("inner attribute"));
        assert!(found[2].contains("`crate::`"));
    }

    #[test]
    fn bridge_blocks_show_one_excerpt_of_the_bridge() {
        let md = "```rust,bridge\n{{#include ../bridge/src/lend.rs:fill}}\n```\n\n\
                  ```rust,bridge\nfn main() {}\n```\n\n```python,py312\nprint(1)\n```\n";
        let found = problems(md);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].starts_with("book/x.md:5: a `rust,bridge` block holds exactly one line"));
        assert!(found[1].starts_with("book/x.md:9: a `python` block must be `>>>` examples"));
    }

    #[test]
    fn exercise_blocks_show_one_exercise_file() {
        let md = "```rust,exercise\n{{#include ../../exercises/views-1/starter.rs}}\n```\n\n\
                  ```rust,exercise,compile_fail,E0502\n{{#include ../../exercises/b-2/starter.rs}}\n```\n\n\
                  ```rust,exercise\nfn main() {}\n```\n\n\
                  ```rust,exercise\n{{#include ../../src/lib.rs}}\n```\n\n\
                  ```rust,exercise,compile_fail,E0502\n{{#include ../../exercises/b-2/check.rs}}\n```\n";
        let found = problems(md);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(
            found[0].starts_with("book/x.md:9: a `rust,exercise` block holds exactly one line")
        );
        assert!(
            found[1].starts_with("book/x.md:13: a `rust,exercise` block includes a `.rs` file")
        );
        assert!(found[2].starts_with("book/x.md:17: only a starter"));
    }

    #[test]
    fn each_mistake_is_named_with_its_line() {
        let md = "```\nx\n```\n\n```rust,no_run\nfn main() {}\n```\n\n```python\nprint(1)\n```\n\n\
                  ```python\n>>> 1\n1\n```\n\n```text,output\n1\n```\n\n```text,rustc\nx\n```\n";
        let found = problems(md);
        assert_eq!(found.len(), 5, "{found:#?}");
        assert!(found[0].starts_with("book/x.md:1: a bare fence"));
        assert!(found[1].starts_with("book/x.md:5: a `rust,no_run` block needs its reason"));
        assert!(found[2].starts_with("book/x.md:9: a `python` block must be"));
        assert!(found[3].starts_with("book/x.md:18: a `text,output` block"));
        assert!(found[4].starts_with("book/x.md:22: a `text,rustc` block"));
    }
}
