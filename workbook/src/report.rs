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

use std::path::Path;

use crate::course::{Exercise, shown_path};
use crate::verdict::{Outcome, RULE_TEST, TestRun, Verdict};

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
    let places = Places {
        yours: shown_as.to_string(),
        // `check()` is relative already: no root to take off.
        check: shown_path(Path::new(""), &exercise.check()),
    };
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
                    places.check
                ));
                line("name. Did a function's name, arguments or return type change? Compare with");
                line("the starter.");
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
                line(&compact_diffs(&style.keep(&first.output), style));
                if let Some(advice) = advice(first, &places) {
                    line("");
                    line(&advice);
                }
                if let (RULE_TEST, Some(errors)) = (first.name.as_str(), &verdict.starter_errors) {
                    line("");
                    line("Your code compiles now. The starter did not; its error names the rule:");
                    line("");
                    for text in errors.trim_end().lines() {
                        line(&format!("    {text}"));
                    }
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

/// The line that says why a test failed: the first after `panicked at …`,
/// with the two values when an `assert_eq!` without a message gives no more.
fn gist(test: &TestRun) -> String {
    let output = strip_ansi(&test.output);
    let mut lines = output.lines().skip_while(|l| !l.starts_with("panicked at"));
    let _ = lines.next();
    let why = lines
        .find(|l| !l.trim().is_empty())
        .or_else(|| output.lines().next())
        .unwrap_or("(no message)")
        .to_string();
    if why.trim_end() != "assertion failed: `(left == right)`" {
        return why;
    }
    match diff_sides(&output) {
        Some((left, right)) if left.len() + right.len() <= 100 => {
            format!("yours <{left}  expected >{right}")
        }
        _ => "the values differ".to_string(),
    }
}

/// Where a failed test stopped: which file, at which line.
#[derive(Debug)]
struct Places {
    /// The student's file, as messages name it (`my-work/views-1.rs`).
    yours: String,
    /// The check (`exercises/views-1/check.rs`).
    check: String,
}

/// The places a test's output says it panicked at, in order: the
/// `FILE:LINE:COL:` of each `panicked at FILE:LINE:COL:` line.
///
/// ```
/// let output = "panicked at my.rs:3:5:\nnot yet implemented";
/// assert_eq!(workbook::report::panic_places(output).collect::<Vec<_>>(), ["my.rs:3:5:"]);
/// ```
pub fn panic_places(output: &str) -> impl Iterator<Item = &str> {
    output
        .lines()
        .filter_map(|l| l.strip_prefix("panicked at "))
}

/// Where the program stopped, from its `panicked at FILE:LINE:COL:` line.
enum Stop {
    /// In the student's file, at this line.
    Yours(String),
    /// In the check.
    Check,
    /// Elsewhere (memview, the standard library), or not said.
    Elsewhere,
}

fn stop(output: &str, places: &Places) -> Stop {
    let Some(at) = panic_places(output).next() else {
        return Stop::Elsewhere;
    };
    if let Some(rest) = at.strip_prefix(&format!("{}:", places.yours)) {
        Stop::Yours(rest.split(':').next().unwrap_or("?").to_string())
    } else if at.starts_with(&places.check) {
        Stop::Check
    } else {
        Stop::Elsewhere
    }
}

/// A word of explanation for the failures a newcomer meets first, chosen by
/// what stopped the program and where: in the student's code, or in the
/// check.
fn advice(test: &TestRun, places: &Places) -> Option<String> {
    let output = strip_ansi(&test.output);
    let has = |text: &str| output.contains(text);
    let note = |text: &str| Some(format!("  ({})", text.replace('\n', "\n   ")));
    let stop = stop(&output, places);
    if has("not yet implemented") {
        return note(
            "A `todo!()` is still in your code: it stops the program on purpose, saying\n\
             \"not yet implemented\". Replace it with your own code.",
        );
    }
    if has("called `Result::unwrap()` on an `Err` value") {
        return match stop {
            Stop::Yours(line) => note(&format!(
                "Your own code, at line {line}, called `.unwrap()` on an `Err`, and that stops the\n\
                 program. The error is shown above, after `Err`. To pass it on to the caller\n\
                 instead, as Python's exceptions go up, write `?` where the `.unwrap()` is."
            )),
            _ => note(
                "Your code returned an `Err` where the check expected `Ok`: the error is\n\
                 shown above, after `Err`.",
            ),
        };
    }
    if has("called `Result::unwrap_err()` on an `Ok` value") {
        return match stop {
            Stop::Yours(line) => note(&format!(
                "Your own code, at line {line}, called `.unwrap_err()` on an `Ok`."
            )),
            _ => note(
                "The check expected an error here, as Python would raise one, but your code\n\
                 returned `Ok`: what it returned is shown above, after `Ok value:`. Which\n\
                 call should have refused, and did its error reach the end with `?`?",
            ),
        };
    }
    if has("called `Option::unwrap()` on a `None` value")
        && let Stop::Yours(line) = stop
    {
        return note(&format!(
            "Your own code, at line {line}, called `.unwrap()` on a `None`: there was no\n\
             value to take, and that stops the program."
        ));
    }
    if has("attempt to subtract with overflow") {
        return note(
            "A subtraction went below 0 in a type that has no negative numbers (`usize`,\n\
             `u8`, …). Python's ints have no such limit; Rust stops the program rather than\n\
             give a wrong number. Compute in `isize`, or check before you subtract:\n\
             `len.saturating_sub(3)` stops at 0.",
        );
    }
    if has("with overflow") {
        return note(
            "A number grew past what its type can hold. Python's ints have no such limit;\n\
             Rust stops the program rather than give a wrong number. A wider type (`i64`,\n\
             `i128`) holds more.",
        );
    }
    if has("index out of bounds: the len is") {
        return match stop {
            Stop::Check => note(
                "The check read past the end of what your code returned: it holds fewer\n\
                 items than expected.",
            ),
            _ => note(
                "An index went past the end of a slice or a `Vec`. Python raises `IndexError`\n\
                 there; Rust stops the program. Check the index first, or use `get`, which\n\
                 returns `None` instead (a view's `get` returns the `IndexError`).",
            ),
        };
    }
    if has("Diff < left / right >") {
        return note(
            "The lines marked `<` are what your code gave, the lines marked `>` what the\n\
             check expects; the parts that differ are highlighted.",
        );
    }
    None
}

/// The two sides of the first `pretty_assertions` diff in `output` (no
/// colours), each on one line: `[1, 2]` for `[`, `    1,`, `    2,`, `]`.
fn diff_sides(output: &str) -> Option<(String, String)> {
    let mut lines = output
        .lines()
        .skip_while(|l| !l.starts_with("Diff < left / right > :"));
    lines.next()?;
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for line in lines.take_while(|l| !l.is_empty()) {
        let (mark, text) = line.split_at(line.char_indices().nth(1).map_or(line.len(), |(i, _)| i));
        match mark {
            "<" => left.push(text),
            ">" => right.push(text),
            _ => {
                left.push(text);
                right.push(text);
            }
        }
    }
    Some((one_line(&left), one_line(&right)))
}

/// `{:#?}` output on one line, as `{:?}` would print it.
fn one_line(lines: &[&str]) -> String {
    let mut out = String::new();
    for text in lines.iter().map(|l| l.trim()) {
        let closes = text.starts_with([']', ')', '}']);
        if closes && out.ends_with(',') {
            out.pop();
        }
        // `[1, 2]` and `(1, 2)` hug their brackets; `S { a: 1 }` does not.
        let hugged = out.ends_with(['[', '(']) || text.starts_with([']', ')']);
        if !out.is_empty() && !hugged {
            out.push(' ');
        }
        out.push_str(text);
    }
    out
}

/// `output` with a diff of two short values of several lines each (a list
/// printed one item a line) written as one line per side, which reads more
/// easily: `<[1, 2]` and `>[3, 1]`.
fn compact_diffs(output: &str, style: Style) -> String {
    let plain = strip_ansi(output);
    let Some((left, right)) = diff_sides(&plain) else {
        return output.to_string();
    };
    let start = plain
        .find("Diff < left / right > :")
        .expect("diff_sides found it");
    let block_end = plain[start..]
        .find("\n\n")
        .map_or(plain.len(), |end| start + end);
    let block = &plain[start..block_end];
    let tall = block.lines().count() > 3;
    if !tall || left.len() > 70 || right.len() > 70 || left == right {
        return output.to_string();
    }
    format!(
        "{}Diff < left / right > :\n{}\n{}{}",
        &plain[..start],
        style.bad(&format!("<{left}")),
        style.good(&format!(">{right}")),
        &plain[block_end..]
    )
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
            starter_errors: None,
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
                && text.contains("  c: the values differ\n"),
            "only the first failure in full, the others in one line each:\n{text}"
        );
    }

    #[test]
    fn a_compile_error_says_where_to_look() {
        let verdict = Verdict {
            starter_errors: None,
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

    /// A report on one failed test whose output is `output`.
    fn failing(output: &str) -> String {
        let verdict = Verdict {
            compiler: String::new(),
            starter_errors: None,
            outcome: Outcome::Fail {
                tests: vec![TestRun {
                    name: "t".into(),
                    passed: false,
                    output: output.into(),
                }],
                unparsed: String::new(),
            },
        };
        render(
            &exercise(),
            "my-work/views-1.rs",
            &verdict,
            Style { color: false },
        )
    }

    #[test]
    fn an_unwrap_is_blamed_on_the_code_that_called_it() {
        let unwrap =
            "called `Result::unwrap()` on an `Err` value: Error { exception: BufferError }";
        let yours = failing(&format!("panicked at my-work/views-1.rs:14:39:\n{unwrap}"));
        assert!(
            yours.contains("Your own code, at line 14, called `.unwrap()` on an `Err`")
                && !yours.contains("the check expected `Ok`"),
            "{yours}"
        );
        let checks = failing(&format!(
            "panicked at exercises/views-1/check.rs:20:5:\n{unwrap}"
        ));
        assert!(
            checks.contains("Your code returned an `Err` where the check expected `Ok`"),
            "{checks}"
        );
    }

    #[test]
    fn a_python_programmer_is_told_what_stopped_the_program() {
        let cases = [
            (
                "panicked at my-work/views-1.rs:12:16:\nattempt to subtract with overflow",
                "A subtraction went below 0",
            ),
            (
                "panicked at exercises/views-1/check.rs:9:5:\n\
                 called `Result::unwrap_err()` on an `Ok` value: 8041719712533499177",
                "The check expected an error here",
            ),
            (
                "panicked at my-work/views-1.rs:3:9:\n\
                 index out of bounds: the len is 3 but the index is 5",
                "An index went past the end",
            ),
            (
                "panicked at my-work/views-1.rs:3:9:\nattempt to multiply with overflow",
                "A number grew past what its type can hold",
            ),
        ];
        for (output, note) in cases {
            let text = failing(output);
            assert!(text.contains(note), "{output}\n---\n{text}");
        }
    }

    #[test]
    fn short_values_are_compared_on_one_line() {
        let output = "panicked at exercises/views-1/check.rs:9:5:\n\
            assertion failed: `(left == right)`\n\nDiff < left / right > :\n \
            [\n>    3,\n     1,\n<    2,\n ]\n\n";
        let text = failing(output);
        assert!(
            text.contains("Diff < left / right > :\n<[1, 2]\n>[3, 1]\n"),
            "{text}"
        );
        let two = Verdict {
            compiler: String::new(),
            starter_errors: None,
            outcome: Outcome::Fail {
                tests: vec![
                    TestRun {
                        name: "first".into(),
                        passed: false,
                        output: "panicked at x:1:1:\nnot yet implemented".into(),
                    },
                    TestRun {
                        name: "second".into(),
                        passed: false,
                        output: output.into(),
                    },
                ],
                unparsed: String::new(),
            },
        };
        let text = render(
            &exercise(),
            "my-work/views-1.rs",
            &two,
            Style { color: false },
        );
        assert!(
            text.contains("  second: yours <[1, 2]  expected >[3, 1]\n"),
            "{text}"
        );
    }

    #[test]
    fn a_wrong_rule_letter_in_code_that_compiles_shows_the_starters_error() {
        let verdict = Verdict {
            compiler: String::new(),
            starter_errors: Some("error[E0502]: cannot borrow `log`\n".into()),
            outcome: Outcome::Fail {
                tests: vec![TestRun {
                    name: RULE_TEST.into(),
                    passed: false,
                    output: "panicked at exercises/x/check.rs:9:5:\n(c) is not the rule here."
                        .into(),
                }],
                unparsed: String::new(),
            },
        };
        let text = render(
            &exercise(),
            "my-work/x.rs",
            &verdict,
            Style { color: false },
        );
        assert!(
            text.contains("Your code compiles now. The starter did not; its error names the rule:")
                && text.contains("    error[E0502]: cannot borrow `log`"),
            "{text}"
        );
    }
}
