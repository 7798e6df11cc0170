//! # bookrt: what a book block runs inside under skeptic
//!
//! skeptic compiles each Rust block of the book into a program and runs it,
//! but it compares what the program prints with nothing, and names a failure
//! after its own temporary `test.rs`. `build.rs` therefore gives every block
//! a template (`workbook::skeptic::templates`) that puts the block in a
//! module and hands its `main` to [`main`] here, with what the page expects
//! of it ([`Expect`]). This crate then:
//!
//! - runs the block a second time, as a child process of the same program,
//!   and reads what it prints and how it ends;
//! - compares the printed text with the page's `text,output` block
//!   (pretty_assertions' diff, the book on the left);
//! - reports every failure in one paragraph that starts with the page and
//!   line: a wrong output, a panic (at the line of the page that panicked), an
//!   error returned from `main`, a `should_panic` block that did not panic.
//!
//! [`Cells`] does the same for the tables of the appendix whose cells state
//! an error: it checks each cell's result against the table.
//!
//! It depends on pretty_assertions alone: every block's program links it, and
//! each dependency would cost every block link time.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::fmt::Display;
use std::process::{Command, ExitCode, Stdio};

/// What the page says a block does.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// It runs to the end (a `rust` block with no output shown).
    Runs,
    /// It panics (`rust,should_panic`).
    Panics,
    /// It checks the cells of a page's tables ([`Cells`]); what it prints
    /// is its context's, and not shown when a cell is wrong.
    Cells,
    /// It prints `text`, the `text,output` block at `at`.
    Prints {
        /// `book/views.md:462`, the output block's fence.
        at: &'static str,
        /// The output block's text.
        text: &'static str,
    },
}

/// A block of the book, as its template describes it.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// `book/views.md:447`, the block's fence.
    pub at: &'static str,
    /// `book/views.md`.
    pub page: &'static str,
    /// A line of the generated `test.rs` plus `delta` is a line of the page;
    /// `None` when the program is generated and has no such lines.
    pub delta: Option<i64>,
    /// What the page says it does.
    pub expect: Expect,
}

/// Set in the child: run the block and nothing else.
const CHILD: &str = "BOOKRT_CHILD";

/// Runs `block_main` (the block's own `main`, its result reported) as
/// `block` says, and reports any failure, headed by the page and line, on
/// stderr.
///
/// Not generic, so that each block's program compiles none of this: a
/// generic `main` cost every block a fifth more compile time.
pub fn main(block: &Block, block_main: fn() -> ExitCode) -> ExitCode {
    if std::env::var_os(CHILD).is_some() {
        report_panics_by_page_line(*block);
        return block_main();
    }
    let child = std::env::current_exe().and_then(|exe| {
        Command::new(exe)
            .env(CHILD, "1")
            .stdin(Stdio::null())
            .output()
    });
    let run = match child {
        Ok(run) => run,
        Err(e) => {
            eprintln!("{}: cannot run the block a second time: {e}", block.at);
            return ExitCode::FAILURE;
        }
    };
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let panicked = run.status.code() == Some(PANIC_EXIT_CODE);
    let verdict = match (block.expect, run.status.success()) {
        (Expect::Panics, false) if panicked => None,
        (Expect::Panics, true) => Some(format!(
            "{}: a `rust,should_panic` block must panic, but this one ran to the end{}",
            block.at,
            printed(&stdout)
        )),
        (Expect::Cells, false) => Some(headed(block, &run.status, &stderr, "")),
        (_, false) => Some(headed(block, &run.status, &stderr, &stdout)),
        (Expect::Prints { at, text }, true) => differs(text, &stdout).map(|diff| {
            format!(
                "{}: the `text,output` block at {at} is not what the block prints \
                 (left: the book, right: the program):\n\n{diff}",
                block.at
            )
        }),
        (Expect::Runs | Expect::Cells, true) => None,
    };
    match verdict {
        None => ExitCode::SUCCESS,
        Some(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The exit code of a Rust program whose `main` panicked.
const PANIC_EXIT_CODE: i32 = 101;

/// The child's report, headed by the page: the child's own stderr when it
/// already starts with the page (a panic in the block, a wrong cell), else
/// a header and then the stderr (an error returned from `main`).
fn headed(block: &Block, status: &std::process::ExitStatus, stderr: &str, stdout: &str) -> String {
    let stderr = stderr.trim_end();
    if stderr.starts_with(block.page) {
        format!("{stderr}{}", printed(stdout))
    } else {
        format!(
            "{}: the block failed ({status}):\n{stderr}{}",
            block.at,
            printed(stdout)
        )
    }
}

fn printed(stdout: &str) -> String {
    if stdout.trim().is_empty() {
        String::new()
    } else {
        format!("\nIt printed:\n{}", stdout.trim_end())
    }
}

/// From now on a panic prints `book/page.md:LINE: the block panicked: …`,
/// with the page's line when the panic is in the block itself.
fn report_panics_by_page_line(block: Block) {
    std::panic::set_hook(Box::new(move |info| {
        let place = match (info.location(), block.delta) {
            (Some(at), Some(delta)) if at.file().ends_with("test.rs") => {
                format!("{}:{}", block.page, i64::from(at.line()) + delta)
            }
            (Some(at), _) => format!("{} (at {}:{})", block.at, at.file(), at.line()),
            (None, _) => block.at.to_string(),
        };
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("(a panic without a message)");
        eprintln!("{place}: the block panicked: {message}");
    }));
}

/// A diff of `shown` and `actual` if they differ, ignoring trailing
/// whitespace on each line and trailing blank lines (invisible on the page,
/// and often stripped by editors).
///
/// ```
/// assert_eq!(bookrt::differs("a  \nb\n\n", "a\nb"), None);
/// assert!(bookrt::differs("a\nb", "a\nc").is_some());
/// ```
pub fn differs(shown: &str, actual: &str) -> Option<String> {
    let tidy = |s: &str| {
        let lines: Vec<&str> = s.lines().map(str::trim_end).collect();
        lines.join("\n").trim_end().to_string()
    };
    let (shown, actual) = (tidy(shown), tidy(actual));
    (shown != actual).then(|| pretty_assertions::StrComparison::new(&shown, &actual).to_string())
}

/// The cells of the tables of one page that state an error: each is checked
/// against the table, and every wrong one is reported before the program
/// fails.
///
/// ```
/// let mut cells = bookrt::Cells::default();
/// cells.error("x.md:3", "\"a\".parse::<u8>()", "invalid digit found in string", "a".parse::<u8>());
/// assert!(cells.passed());
/// cells.error("x.md:4", "\"1\".parse::<u8>()", "invalid digit found in string", "1".parse::<u8>());
/// assert!(!cells.passed());
/// ```
#[derive(Debug, Default)]
pub struct Cells {
    wrong: usize,
}

impl Cells {
    /// The cell `code` at `at` (`book/appendix/errors.md:37`) says it gives
    /// the error `want`, as `{err:#}` prints it; `got` is what it gives.
    pub fn error<T, E: Display>(&mut self, at: &str, code: &str, want: &str, got: Result<T, E>) {
        let problem = match got {
            Ok(_) => format!("`{code}` succeeds, but the table says it fails with `{want}`"),
            Err(e) => {
                let got = format!("{e:#}");
                if got == want {
                    return;
                }
                format!("`{code}` fails with `{got}`, but the table says `{want}`")
            }
        };
        self.wrong += 1;
        eprintln!("{at}: {problem}");
    }

    /// Whether every cell checked so far is right.
    pub fn passed(&self) -> bool {
        self.wrong == 0
    }

    /// Ends the program with a failure if a cell was wrong.
    pub fn finish(&self) {
        if !self.passed() {
            std::process::exit(1);
        }
    }
}
