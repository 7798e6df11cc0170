//! The library's own `compile_fail` doc examples fail for the reason they
//! claim.
//!
//! `cargo test --doc` checks that a ```` ```compile_fail,E0599 ```` example
//! does not compile, but stable rustdoc ignores the error code, so an
//! example that fails for another reason (a typo, a missing import) would
//! pass. This test compiles each one with rustc, as the book check does, and
//! asserts that it fails with exactly the codes it names, and not because of
//! an unresolved name or a missing crate.

#[path = "support/files.rs"]
mod files;

use files::rust_files;
use std::path::Path;
use workbook::book::strip_hidden;
use workbook::rustc::WRONG_REASONS;
use workbook::{Kind, Rustc};

/// A `compile_fail` example from a doc comment: where it is, the codes it
/// names, and its source as the comment writes it (hidden lines marked `# `).
struct Example {
    at: String,
    codes: Vec<String>,
    source: String,
}

/// Every ```` ```compile_fail ```` block in the `///` and `//!` comments of
/// `src/`.
fn examples() -> Vec<Example> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file");
        let mut current: Option<Example> = None;
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            let Some(doc) = trimmed
                .strip_prefix("///")
                .or_else(|| trimmed.strip_prefix("//!"))
            else {
                continue;
            };
            let doc = doc.strip_prefix(' ').unwrap_or(doc);
            match (&mut current, doc.strip_prefix("```")) {
                (None, Some(info)) if info.split(',').any(|t| t == "compile_fail") => {
                    current = Some(Example {
                        at: format!("{}:{}", relative(&file), number + 1),
                        codes: info
                            .split(',')
                            .filter(|t| t.starts_with('E'))
                            .map(String::from)
                            .collect(),
                        source: String::new(),
                    });
                }
                (Some(_), Some(_)) => found.extend(current.take()),
                (Some(example), None) => {
                    example.source.push_str(doc);
                    example.source.push('\n');
                }
                (None, _) => {}
            }
        }
    }
    found
}

/// `src/views/rules.rs`, from the package's root.
fn relative(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn compile_fail_doc_examples_fail_with_the_codes_they_name() {
    let examples = examples();
    assert!(
        examples.len() >= 4,
        "the library documents its compile-time rules with compile_fail examples"
    );
    let rustc = Rustc::for_test(
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_PKG_NAME"),
        "doc_compile_fail",
        &["memview"],
    )
    .expect("cargo says where memview's rlib is");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("doc_compile_fail")
        .join(std::process::id().to_string());
    let mut problems = Vec::new();
    for (i, example) in examples.iter().enumerate() {
        assert!(
            !example.codes.is_empty(),
            "{}: name an error code",
            example.at
        );
        let compiled = rustc
            .compile(
                &strip_hidden(&example.source),
                &scratch.join(i.to_string()),
                Kind::Check,
            )
            .expect("rustc runs");
        let got = compiled.error_codes();
        if compiled.success {
            problems.push(format!(
                "{}: compiles, but is marked compile_fail",
                example.at
            ));
        } else if got != example.codes {
            let wrong: Vec<_> = got
                .iter()
                .filter(|c| WRONG_REASONS.contains(&c.as_str()))
                .collect();
            problems.push(format!(
                "{}: names {:?} but rustc reports {got:?}{}\n{}",
                example.at,
                example.codes,
                if wrong.is_empty() {
                    String::new()
                } else {
                    format!(" ({wrong:?}: it never reached the rule it shows)")
                },
                compiled.stderr
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
