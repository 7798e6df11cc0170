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
                Role::Python => (!block
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
        }
    }
    problems
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
