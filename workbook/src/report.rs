//! What a student reads after checking an exercise: its name, PASS or FAIL,
//! and what differs, in words a newcomer to Rust can follow.
//!
//! ```text
//! FAIL  views-1: Slices, in Python's words
//!       my-work/views-1.rs: 2 of 4 tests pass.
//!
//!   ok    last_three
//!   FAIL  backwards
//!   …
//! ```

use crate::course::Exercise;
use crate::verdict::{Outcome, TestRun, Verdict};

/// Colours for a terminal, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Whether to use ANSI colours.
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Green and bold.
    pub fn good(self, text: &str) -> String {
        self.paint("1;32", text)
    }

    /// Red and bold.
    pub fn bad(self, text: &str) -> String {
        self.paint("1;31", text)
    }

    /// Bold.
    pub fn strong(self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Text from a program that may hold colours (`pretty_assertions` diffs
    /// always do), with them removed when this style has none.
    pub fn keep(self, text: &str) -> String {
        if self.color {
            text.to_string()
        } else {
            strip_ansi(text)
        }
    }
}

/// `text` without ANSI escape sequences (`ESC [ … letter`).
///
/// ```
/// assert_eq!(workbook::report::strip_ansi("\x1b[31m<b'ab\x1b[0m'"), "<b'ab'");
/// ```
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The report on `verdict` for `exercise`, whose source is `shown_as`
/// (`my-work/views-1.rs`).
pub fn render(exercise: &Exercise, shown_as: &str, verdict: &Verdict, style: Style) -> String {
    let title = format!("{}: {}", exercise.name, exercise.title);
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    match &verdict.outcome {
        Outcome::Pass(tests) => {
            line(&format!("{}  {}", style.good("PASS"), style.strong(&title)));
            line(&format!(
                "      {shown_as}: all {} tests pass.",
                tests.len()
            ));
            line("");
            for test in tests {
                line(&format!("  {}    {}", style.good("ok"), test.name));
            }
            if !verdict.compiler.trim().is_empty() {
                line("");
                line("The compiler has advice about your code (warnings, not errors):");
                line("");
                line(verdict.compiler.trim_end());
            }
        }
        Outcome::DoesNotCompile { in_check, .. } => {
            line(&format!("{}  {}", style.bad("FAIL"), style.strong(&title)));
            line(&format!("      {shown_as} does not compile yet."));
            line("");
            line(verdict.compiler.trim_end());
            line("");
            line("Read the first error: the line after `-->` says where it is (file:line:column),");
            line("and the `^^^` marks point at the code it is about.");
            if *in_check {
                line(&format!(
                    "An error points into the check ({}): the check uses your functions by",
                    exercise.check().display()
                ));
                line("name. Did a function's name or arguments change? Compare with the starter.");
            }
        }
        Outcome::Fail { tests, unparsed } => {
            let passed = tests.iter().filter(|t| t.passed).count();
            line(&format!("{}  {}", style.bad("FAIL"), style.strong(&title)));
            line(&format!(
                "      {shown_as}: {passed} of {} tests pass.",
                tests.len()
            ));
            line("");
            for test in tests {
                let mark = if test.passed {
                    style.good("ok  ")
                } else {
                    style.bad("FAIL")
                };
                line(&format!("  {mark}  {}", test.name));
            }
            let mut failed = tests.iter().filter(|t| !t.passed);
            if let Some(first) = failed.next() {
                line("");
                line(&style.strong(&format!("---- {} ----", first.name)));
                line(&style.keep(&first.output));
                if let Some(advice) = advice(first) {
                    line("");
                    line(&advice);
                }
            }
            let others: Vec<&TestRun> = failed.collect();
            if !others.is_empty() {
                line("");
                line("Fix that one first. The other failures, in short:");
                for test in others {
                    line(&format!("  {}: {}", test.name, style.keep(&gist(test))));
                }
            }
            if !unparsed.trim().is_empty() {
                line("");
                line(&style.keep(unparsed.trim_end()));
            }
        }
        Outcome::TimedOut { running, limit } => {
            line(&format!("{}  {}", style.bad("FAIL"), style.strong(&title)));
            let which = running.as_ref().map_or("the tests were".to_string(), |t| {
                format!("the test {t} was")
            });
            line(&format!(
                "      {shown_as}: {which} still running after {} seconds, and was stopped.",
                limit.as_secs()
            ));
            line("");
            line("Is there a loop that never ends? A `loop` needs a `break` that is reached,");
            line("for example when there is nothing left to read.");
        }
    }
    out
}

/// The line that says why a test failed: the first after `panicked at …`.
fn gist(test: &TestRun) -> String {
    let mut lines = test
        .output
        .lines()
        .skip_while(|l| !l.starts_with("panicked at"));
    let _ = lines.next();
    lines
        .find(|l| !l.trim().is_empty())
        .or_else(|| test.output.lines().next())
        .unwrap_or("(no message)")
        .to_string()
}

/// A word of explanation for the failures a newcomer meets first.
fn advice(test: &TestRun) -> Option<String> {
    let output = strip_ansi(&test.output);
    if output.contains("not yet implemented") {
        Some(
            "  (A `todo!()` is still in your code: it stops the program on purpose, saying\n   \
             \"not yet implemented\". Replace it with your own code.)"
                .to_string(),
        )
    } else if output.contains("Diff < left / right >") {
        Some(
            "  (The lines marked `<` are what your code gave, the lines marked `>` what the\n   \
             check expects; the parts that differ are highlighted.)"
                .to_string(),
        )
    } else if output.contains("called `Result::unwrap()` on an `Err` value") {
        Some(
            "  (Your code returned an `Err` where the check expected `Ok`: the error is\n   \
             shown above, after `Err`.)"
                .to_string(),
        )
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn exercise() -> Exercise {
        Exercise {
            name: "views-1".into(),
            title: "Slices".into(),
            statement: "book/exercises/views.md#views-1".into(),
            solution_page: None,
            dir: PathBuf::from("exercises/views-1"),
            starter_errors: vec![],
            hints: vec![],
        }
    }

    #[test]
    fn a_failure_names_the_exercise_and_explains_a_todo() {
        let verdict = Verdict {
            compiler: String::new(),
            outcome: Outcome::Fail {
                tests: vec![
                    TestRun {
                        name: "a".into(),
                        passed: true,
                        output: String::new(),
                    },
                    TestRun {
                        name: "b".into(),
                        passed: false,
                        output: "panicked at my.rs:3:5:\nnot yet implemented".into(),
                    },
                    TestRun {
                        name: "c".into(),
                        passed: false,
                        output: "panicked at my.rs:9:5:\nassertion failed: `(left == right)`"
                            .into(),
                    },
                ],
                unparsed: String::new(),
            },
        };
        let text = render(
            &exercise(),
            "my-work/views-1.rs",
            &verdict,
            Style { color: false },
        );
        assert!(
            text.starts_with(
                "FAIL  views-1: Slices\n      my-work/views-1.rs: 1 of 3 tests pass.\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("  FAIL  b\n") && text.contains("A `todo!()` is still in your code"),
            "{text}"
        );
        assert!(
            text.contains("---- b ----")
                && !text.contains("---- c ----")
                && text.contains("  c: assertion failed: `(left == right)`\n"),
            "only the first failure in full, the others in one line each:\n{text}"
        );
    }

    #[test]
    fn a_compile_error_says_where_to_look() {
        let verdict = Verdict {
            compiler: "error[E0502]: cannot borrow\n --> exercises/views-1/check.rs:3:5\n".into(),
            outcome: Outcome::DoesNotCompile {
                codes: vec!["E0502".into()],
                in_check: true,
            },
        };
        let text = render(
            &exercise(),
            "my-work/views-1.rs",
            &verdict,
            Style { color: false },
        );
        assert!(
            text.contains("my-work/views-1.rs does not compile yet."),
            "{text}"
        );
        assert!(text.contains("An error points into the check"), "{text}");
    }
}
