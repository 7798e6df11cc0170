//! Checking one exercise: a source file (the student's, the starter or the
//! solution) compiled with the exercise's check, and the check run.
//!
//! The source is compiled as it is, with two modules added at its end:
//!
//! ```text
//! #[cfg(test)]
//! #[path = "/…/exercises/support/allocations.rs"]
//! mod allocations;
//! #[cfg(test)]
//! #[path = "/…/exercises/views-2/check.rs"]
//! mod check;
//! ```
//!
//! so its line numbers are the file's own, the check reaches its items with
//! `use super::*;` (and the allocation counter as `crate::allocations`), and
//! the student's file, the pristine starter and the solution are all checked
//! by the very same code. The result is a [`Verdict`]; [`crate::report`]
//! turns it into what a student reads.
//!
//! [`check_many`] checks many sources against one check with a single
//! compilation (the wrong answers kept for every exercise).

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::course::{Exercise, shown_path};
use crate::rustc::{Compiled, Kind, Rustc};

/// How long a check may run before it is stopped (a loop that never ends).
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// The test of a "make it compile" exercise that asks for the rule's letter.
pub const RULE_TEST: &str = "the_rule";

/// What checking a source gave.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// How it went.
    pub outcome: Outcome,
    /// What rustc printed, with paths as the student knows them: the errors
    /// when it did not compile, the warnings when it did.
    pub compiler: String,
    /// For an exercise about the compiler whose [`RULE_TEST`] failed: the
    /// errors rustc gives for the pristine starter, which name the rule. The
    /// student's code compiles by then, so these errors are gone from it.
    pub starter_errors: Option<String>,
}

/// How a check went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// It compiled and every test of the check passed.
    Pass(Vec<TestRun>),
    /// rustc refused it.
    DoesNotCompile {
        /// The error codes, in order of first appearance (`E0502`).
        codes: Vec<String>,
        /// Whether an error points into the check rather than the source:
        /// the source no longer has what the check uses.
        in_check: bool,
    },
    /// It compiled, and some test failed (or the tests crashed).
    Fail {
        /// Each test, in order.
        tests: Vec<TestRun>,
        /// What the test binary printed, when its failures could not be
        /// told apart (a crash); empty otherwise.
        unparsed: String,
    },
    /// The check ran for longer than its time limit and was stopped.
    TimedOut {
        /// The test that was running then, if the output says.
        running: Option<String>,
        /// The time limit it ran past.
        limit: Duration,
    },
}

impl Outcome {
    /// Whether this is a pass.
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Pass(_))
    }
}

/// One test of a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestRun {
    /// Its name, without the `check::` module prefix.
    pub name: String,
    /// Whether it passed.
    pub passed: bool,
    /// For a failed test, what it printed: where it panicked and why (the
    /// assertion's message, the `pretty_assertions` diff).
    pub output: String,
}

/// Compiles `source` with `exercise`'s check and runs the check.
///
/// `root` is the repository root, `shown_as` how messages name the source
/// (`my-work/views-2.rs`), `dir` a scratch folder for the build.
///
/// # Errors
/// If rustc or the test binary cannot be started, or `dir` written.
pub fn check(
    rustc: &Rustc,
    root: &Path,
    exercise: &Exercise,
    source: &str,
    shown_as: &str,
    dir: &Path,
) -> io::Result<Verdict> {
    check_with_limit(rustc, root, exercise, source, shown_as, dir, TIME_LIMIT)
}

/// [`check`], with the tests stopped after `limit` rather than
/// [`TIME_LIMIT`].
///
/// # Errors
/// As [`check`].
pub fn check_with_limit(
    rustc: &Rustc,
    root: &Path,
    exercise: &Exercise,
    source: &str,
    shown_as: &str,
    dir: &Path,
    limit: Duration,
) -> io::Result<Verdict> {
    let check_file = root.join(exercise.check());
    let full = format!(
        "{source}\n\n// Added by the exercise runner: the tests.\n{}{}",
        allocations(root),
        check_module(&check_file)
    );
    let built = rustc.compile(&full, dir, Kind::Test)?;
    let check_shown = shown_path(root, &exercise.check());
    let tidy = |text: &str| {
        text.replace(&check_file.display().to_string(), &check_shown)
            .replace("src/main.rs", shown_as)
    };
    let compiler = tidy(&built.stderr);
    if !built.success {
        let in_check = error_locations(&compiler)
            .iter()
            .any(|at| at.starts_with(&check_shown));
        return Ok(Verdict {
            outcome: Outcome::DoesNotCompile {
                codes: built.error_codes(),
                in_check,
            },
            compiler,
            starter_errors: None,
        });
    }
    let check_text = std::fs::read_to_string(&check_file).unwrap_or_default();
    let outcome = run_check(&built, dir, limit, None, &check_text, &tidy)?;
    remove_program(&built);
    let rule_failed = matches!(&outcome, Outcome::Fail { tests, .. }
        if tests.iter().any(|t| t.name == RULE_TEST && !t.passed));
    let starter_errors = if rule_failed && exercise.about_the_compiler() {
        let starter = std::fs::read_to_string(root.join(exercise.starter()))?;
        let built = rustc.compile(&starter, &dir.join("starter"), Kind::Check)?;
        let starter_shown = shown_path(root, &exercise.starter());
        Some(built.stderr.replace("src/main.rs", &starter_shown))
    } else {
        None
    };
    Ok(Verdict {
        outcome,
        compiler,
        starter_errors,
    })
}

/// Checks each of `sources` with `exercise`'s check, compiling them all at
/// once: each becomes a module `answer_N` of one program, with the check as
/// its own `mod check`. Much cheaper than [`check_with_limit`] on each, and
/// the same for any source that would compile on its own and names no
/// `crate::` path. Returns an outcome per source, in order, or the
/// compiler's verdict if the program does not compile (then check each on
/// its own to find which).
///
/// # Errors
/// As [`check`].
pub fn check_many(
    rustc: &Rustc,
    root: &Path,
    exercise: &Exercise,
    sources: &[String],
    dir: &Path,
    limit: Duration,
) -> io::Result<Result<Vec<Outcome>, Verdict>> {
    let check_file = root.join(exercise.check());
    let mut full = format!(
        "// Added by the exercise runner: the allocation counter.\n{}",
        allocations(root)
    );
    for (n, source) in sources.iter().enumerate() {
        full.push_str(&format!(
            "\npub mod answer_{n} {{\n{source}\n{}}}\n",
            check_module(&check_file)
        ));
    }
    let built = rustc.compile(&full, dir, Kind::Test)?;
    if !built.success {
        return Ok(Err(Verdict {
            outcome: Outcome::DoesNotCompile {
                codes: built.error_codes(),
                in_check: false,
            },
            compiler: built.stderr,
            starter_errors: None,
        }));
    }
    let check_text = std::fs::read_to_string(&check_file).unwrap_or_default();
    let outcomes: io::Result<Vec<Outcome>> = (0..sources.len())
        .map(|n| {
            let filter = format!("answer_{n}::check::");
            run_check(&built, dir, limit, Some(&filter), &check_text, &|t| {
                t.to_string()
            })
        })
        .collect();
    remove_program(&built);
    outcomes.map(Ok)
}

/// The module the runner adds to every program: `support/allocations.rs`,
/// the allocation counter a check may use.
fn allocations(root: &Path) -> String {
    let path = root
        .join("exercises")
        .join("support")
        .join("allocations.rs");
    format!(
        "#[cfg(test)]\n#[path = {:?}]\nmod allocations;\n",
        path.display().to_string()
    )
}

/// `mod check;`, read from `check_file`.
fn check_module(check_file: &Path) -> String {
    format!(
        "#[cfg(test)]\n#[path = {:?}]\nmod check;\n",
        check_file.display().to_string()
    )
}

/// The test program is 10 MB; a class checks 22 exercises. Only its source
/// is kept, to look at.
fn remove_program(built: &Compiled) {
    if let Some(exe) = &built.exe {
        let _ = std::fs::remove_file(exe);
    }
}

/// Runs the tests of a compiled check (those whose name holds `filter`, if
/// given) and says how it went. `check_text` orders the tests as the check
/// does; `tidy` rewrites paths in what they print.
fn run_check(
    built: &Compiled,
    dir: &Path,
    limit: Duration,
    filter: Option<&str>,
    check_text: &str,
    tidy: &dyn Fn(&str) -> String,
) -> io::Result<Outcome> {
    Ok(match run_with_limit(built, dir, limit, filter)? {
        (None, stdout) => Outcome::TimedOut {
            limit,
            // libtest prints `test check::name ... ` before it runs a test.
            running: stdout
                .lines()
                .last()
                .and_then(|l| l.strip_prefix("test "))
                .and_then(|l| l.trim_end().strip_suffix(" ..."))
                .map(|name| test_name(name).to_string()),
        },
        (Some(succeeded), stdout) => {
            let mut tests = parse_tests(&tidy(&stdout));
            // libtest sorts by name; the check's own order goes from simple to hard.
            tests.sort_by_key(|t| {
                check_text
                    .find(&format!("fn {}(", t.name))
                    .unwrap_or(usize::MAX)
            });
            if succeeded && !tests.is_empty() && tests.iter().all(|t| t.passed) {
                Outcome::Pass(tests)
            } else {
                let unparsed = if tests.iter().any(|t| !t.passed) {
                    String::new()
                } else {
                    tidy(&stdout)
                };
                Outcome::Fail { tests, unparsed }
            }
        }
    })
}

/// A test's name as the check writes it: `check::x` and `answer_3::check::x`
/// are `x`.
fn test_name(full: &str) -> &str {
    full.split_once("check::").map_or(full, |(_, name)| name)
}

/// The places the compiler's errors point at (`my-work/x.rs:3:5`): the line
/// after each `error…` headline.
fn error_locations(stderr: &str) -> Vec<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("error"))
        .filter_map(|w| w[1].trim_start().strip_prefix("--> "))
        .map(str::to_string)
        .collect()
}

/// Runs the test binary, one test at a time so that its report reads in
/// order: whether it succeeded (`None` if it ran past `limit` and was
/// killed), and its stdout with its stderr after it.
fn run_with_limit(
    built: &Compiled,
    dir: &Path,
    limit: Duration,
    filter: Option<&str>,
) -> io::Result<(Option<bool>, String)> {
    let exe: &PathBuf = built
        .exe
        .as_ref()
        .ok_or_else(|| io::Error::other("nothing to run"))?;
    let mut child = Command::new(exe)
        .arg("--test-threads=1")
        .args(filter)
        .current_dir(dir)
        .env("RUST_BACKTRACE", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.read_to_end(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.read_to_end(&mut text);
        text
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut text = out.join().unwrap_or_default();
    text.extend(err.join().unwrap_or_default());
    Ok((
        status.map(|s| s.success()),
        String::from_utf8_lossy(&text).into_owned(),
    ))
}

/// The tests libtest reported (`test check::name ... ok`), each failed one
/// with its output (the `---- check::name stdout ----` section), tidied for
/// a reader: no thread ids, no backtrace notes.
fn parse_tests(stdout: &str) -> Vec<TestRun> {
    let mut tests: Vec<TestRun> = stdout
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("test ")?;
            let (name, result) = rest.rsplit_once(" ... ")?;
            Some(TestRun {
                name: test_name(name).to_string(),
                passed: result == "ok",
                output: String::new(),
            })
        })
        .collect();
    let mut current: Option<usize> = None;
    for line in stdout.lines() {
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|l| l.strip_suffix(" stdout ----"))
        {
            let name = test_name(name);
            current = tests.iter().position(|t| t.name == name);
            continue;
        }
        if line == "failures:" || line.starts_with("test result:") {
            current = None;
        }
        let Some(i) = current else { continue };
        if line.starts_with("note: run with `RUST_BACKTRACE=1`") {
            continue;
        }
        let output = &mut tests[i].output;
        output.push_str(&without_thread(line));
        output.push('\n');
    }
    for test in &mut tests {
        test.output = test.output.trim().to_string();
    }
    tests
}

/// `thread 'check::x' (123) panicked at …` becomes `panicked at …`.
fn without_thread(line: &str) -> String {
    match (line.strip_prefix("thread '"), line.find(" panicked at ")) {
        (Some(_), Some(at)) => line[at + 1..].to_string(),
        _ => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIBTEST: &str = "\nrunning 2 tests\ntest check::a ... ok\ntest check::b ... FAILED\n\n\
        failures:\n\n---- check::b stdout ----\n\nthread 'check::b' (9407) panicked at my.rs:8:22:\n\
        assertion failed: `(left == right)`\n\nDiff < left / right > :\n<1\n>2\n\n\n\
        note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\n\
        failures:\n    check::b\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored\n";

    #[test]
    fn libtest_output_becomes_one_run_per_test() {
        let tests = parse_tests(LIBTEST);
        assert_eq!(tests.len(), 2);
        assert_eq!((tests[0].name.as_str(), tests[0].passed), ("a", true));
        assert_eq!((tests[1].name.as_str(), tests[1].passed), ("b", false));
        assert_eq!(
            tests[1].output,
            "panicked at my.rs:8:22:\nassertion failed: `(left == right)`\n\n\
             Diff < left / right > :\n<1\n>2"
        );
    }

    #[test]
    fn errors_are_located_by_the_line_after_them() {
        let stderr = "warning: unused\n --> a.rs:1:1\nerror[E0502]: cannot borrow\n --> b.rs:6:5\n";
        assert_eq!(error_locations(stderr), ["b.rs:6:5"]);
    }
}
