//! The book check: everything about `book/` that skeptic does not do, and one
//! summary of all of it.
//!
//! - every block has a known role and what the role requires (the lint);
//! - `compile_fail` blocks fail to compile with exactly the codes they list,
//!   and not for a wrong reason (an unresolved import, a missing crate);
//! - a `text,rustc` block is what rustc really prints for the block before it;
//! - a `rust` block followed by `text,output` prints exactly that (this test
//!   compiles and runs those blocks; skeptic is not given them, so each is
//!   compiled once);
//! - Python blocks run under CPython's doctest;
//! - links reach a page and a heading, and includes reach a file; a file
//!   mdBook will not render (not in SUMMARY.md, not included) is reported.
//!
//! It is its own harness (`harness = false`) so that it can print the
//! summary on success. Failures name `file:line`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use pretty_assertions::StrComparison;
use workbook::{Book, Chapter, Kind, Problem, ROLES, Role, Rustc, links, lint::lint, python};

/// The crates a book example may `use`.
const CRATES: &[&str] = &["memview", "pretty_assertions"];
const NAME: &str = "book_check";

fn main() -> ExitCode {
    if let Some(code) = libtest_arguments() {
        return code;
    }
    let started = std::time::Instant::now();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let book = match Book::load(root.join("book")) {
        Ok(book) => book,
        Err(e) => {
            eprintln!("book check: cannot read book/: {e}");
            return ExitCode::FAILURE;
        }
    };

    let mut problems = lint(&book);
    problems.extend(links::check_links(&book));
    problems.extend(links::check_includes(&book));
    problems.extend(readme_lists_every_role(root));

    let compiled = match Rustc::for_test(root, env!("CARGO_PKG_NAME"), "book", CRATES) {
        Ok(rustc) => compile_and_run(&book, &rustc),
        Err(e) => vec![Problem::new(
            "tests/book.rs",
            format!("cannot set up rustc: {e}"),
        )],
    };
    problems.extend(compiled);
    let (python, newer) = run_python(root, &book, &mut problems);

    print_summary(&book, &python, &newer);
    if let (Some(version), None) = (other_rustc(), std::env::var_os("CI")) {
        println!(
            "  COMPILER ERRORS NOT COMPARED: the book shows {BOOK_RUSTC}x's words, this is {version}"
        );
    }
    for chapter in links::unrendered(&book) {
        println!(
            "  NOT RENDERED: {} is not in SUMMARY.md and no chapter includes it",
            chapter.name
        );
    }
    let seconds = started.elapsed().as_secs_f64();
    if problems.is_empty() {
        match python {
            PythonRun::Skipped(_) => {
                println!(
                    "\nbook check: ok, BUT THE PYTHON EXAMPLES WERE NOT RUN ({seconds:.2} s)\n"
                )
            }
            _ => println!("\nbook check: ok ({seconds:.2} s)\n"),
        }
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "\nbook check: {} problem(s) ({seconds:.2} s)\n",
        problems.len()
    );
    for problem in &problems {
        eprintln!("{problem}\n");
    }
    ExitCode::FAILURE
}

/// One job per block this test compiles, shared out over the cores.
fn compile_and_run(book: &Book, rustc: &Rustc) -> Vec<Problem> {
    let jobs: Vec<(&Chapter, usize)> = book
        .chapters
        .iter()
        .flat_map(|c| (0..c.blocks.len()).map(move |i| (c, i)))
        .filter(|(c, i)| c.run_by_book_test(*i))
        .collect();
    // Each block gets `<scratch>/<chapter>-<line>/`. The scratch folder is
    // this run's own, so two runs at once do not delete each other's files,
    // and it is removed at the end so folders do not pile up.
    let _ = std::fs::remove_dir_all(scratch());
    let next = AtomicUsize::new(0);
    let problems = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(&(chapter, i)) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let found = check_block(chapter, i, rustc);
                    problems.lock().expect("no job panics").extend(found);
                }
            });
        }
    });
    let mut problems = problems.into_inner().expect("no job panics");
    problems.sort_by(|a, b| a.at.cmp(&b.at));
    let _ = std::fs::remove_dir_all(scratch());
    problems
}

/// This run's scratch folder: `target/tmp/book/<process id>/`.
fn scratch() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("book")
        .join(std::process::id().to_string())
}

fn check_block(chapter: &Chapter, i: usize, rustc: &Rustc) -> Vec<Problem> {
    let block = &chapter.blocks[i];
    let dir = scratch().join(format!(
        "{}-{}",
        workbook::skeptic::flat_name(&chapter.rel),
        block.line
    ));
    let fail = |message: String| vec![Problem::new(&block.at, message)];
    let kind = if block.role() == Some(Role::CompileFail) {
        Kind::Check
    } else {
        Kind::Bin
    };
    let built = match rustc.compile(&block.rust_source(), &dir, kind) {
        Ok(built) => built,
        Err(e) => return fail(format!("cannot run rustc: {e}")),
    };

    if kind == Kind::Check {
        if built.success {
            return fail("compiles, but is marked compile_fail".into());
        }
        let mut problems = Vec::new();
        let found = built.error_codes();
        let wrong: Vec<_> = found
            .iter()
            .filter(|c| {
                workbook::rustc::WRONG_REASONS.contains(&c.as_str()) && !block.codes.contains(c)
            })
            .collect();
        if !wrong.is_empty() {
            problems.push(format!(
                "fails for the wrong reason ({wrong:?}: an unresolved name, import or crate):\n{}",
                built.stderr
            ));
        } else if found != block.codes {
            problems.push(format!(
                "the block lists {:?} but rustc reports {found:?}; list exactly the codes rustc gives:\n{}",
                block.codes, built.stderr
            ));
        }
        let compare_words = other_rustc().is_none() || std::env::var_os("CI").is_some();
        if let Some(shown) = chapter
            .shown_after(i, Role::Rustc)
            .filter(|_| compare_words)
        {
            let stderr = workbook::rustc::normalize_locations(&built.stderr);
            if let Some(diff) = differs(&shown.text, &stderr) {
                problems.push(format!(
                    "the `text,rustc` block at {} is not what rustc prints (left: the book, right: rustc):\n{diff}",
                    shown.at
                ));
            }
        }
        return problems.into_iter().flat_map(fail).collect();
    }

    if !built.success {
        return fail(format!("does not compile:\n{}", built.stderr));
    }
    let run = match built.run(&dir, &[]) {
        Ok(run) => run,
        Err(e) => return fail(format!("cannot run it: {e}")),
    };
    let stdout = String::from_utf8_lossy(&run.stdout);
    if !run.status.success() {
        return fail(format!(
            "it failed ({}):\n{}{}",
            run.status,
            stdout,
            String::from_utf8_lossy(&run.stderr)
        ));
    }
    let shown = chapter
        .shown_after(i, Role::Output)
        .expect("only paired blocks get here");
    match differs(&shown.text, &stdout) {
        Some(diff) => fail(format!(
            "the `text,output` block at {} is not what it prints (left: the book, right: the program):\n{diff}",
            shown.at
        )),
        None => Vec::new(),
    }
}

/// A diff of `shown` and `actual` if they differ, ignoring trailing
/// whitespace on each line and trailing blank lines (invisible on the page,
/// and often stripped by editors).
fn differs(shown: &str, actual: &str) -> Option<String> {
    let tidy = |s: &str| {
        let lines: Vec<&str> = s.lines().map(str::trim_end).collect();
        lines.join("\n").trim_end().to_string()
    };
    let (shown, actual) = (tidy(shown), tidy(actual));
    (shown != actual).then(|| StrComparison::new(&shown, &actual).to_string())
}

/// The outcome of the Python blocks, for the summary.
enum PythonRun {
    None,
    Ran(python::Doctests),
    Skipped(String),
}

/// Python CI must run: all of it under 3.11, the 3.12+ blocks where a 3.12+
/// is found (its absence is said loudly, not failed).
const PYTHONS: &[&str] = &["3.11", "3.12", "3.13"];

/// Runs the `python` blocks under CPython 3.11 and the `python,py312` blocks
/// under each CPython 3.12+, each in the venv `tools/python_env.py` keeps up
/// to date (NumPy and the bridge's `memview` module installed). Returns the
/// 3.11 run and a line per newer version for the summary.
fn run_python(root: &Path, book: &Book, problems: &mut Vec<Problem>) -> (PythonRun, Vec<String>) {
    let blocks_of =
        |role: Role| -> Vec<_> { book.blocks().filter(|b| b.role() == Some(role)).collect() };
    let (blocks, newer_blocks) = (blocks_of(Role::Python), blocks_of(Role::Python312));
    if blocks.is_empty() && newer_blocks.is_empty() {
        return (PythonRun::None, Vec::new());
    }
    let in_ci = std::env::var_os("CI").is_some();
    let skipped = |why: String, problems: &mut Vec<Problem>| {
        if in_ci {
            problems.push(Problem::new(
                "tests/book.rs",
                format!("{why}, and CI is set: the Python blocks must run in CI"),
            ));
        }
        PythonRun::Skipped(why)
    };
    // `python3` (or `$PYTHON`) only sets the venvs up; the venvs run the blocks.
    let bootstrap = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let envs = match python::environments(root, &bootstrap, PYTHONS) {
        Ok(envs) => envs,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (
                skipped(format!("`{bootstrap}` not found"), problems),
                Vec::new(),
            );
        }
        Err(e) => return (skipped(e.to_string(), problems), Vec::new()),
    };
    let runs: Vec<_> = envs
        .iter()
        .map(|env| {
            let blocks = if env.version == PYTHONS[0] {
                &blocks
            } else {
                &newer_blocks
            };
            let run = env.python.clone().and_then(|python| {
                python::run_doctests(&python, &root.join("tools/doctest_blocks.py"), blocks)
                    .map_err(|e| e.to_string())
            });
            if let Some(run) = run.as_ref().ok().filter(|run| run.failed > 0) {
                problems.push(Problem::new(
                    "tools/doctest_blocks.py",
                    format!(
                        "{} of {} Python examples print something else under CPython {}:\n{}",
                        run.failed, run.examples, run.version, run.report
                    ),
                ));
            }
            (env.version.clone(), run)
        })
        .collect();
    let mut runs = runs.into_iter();
    let reference = match runs.next() {
        Some((_, Ok(run))) => PythonRun::Ran(run),
        Some((version, Err(why))) => skipped(format!("no CPython {version}: {why}"), problems),
        None => skipped("tools/python_env.py set up no Python".into(), problems),
    };
    let newer = runs
        .map(|(version, run)| match run {
            Ok(run) => format!(
                "{} examples in {} blocks (CPython {})",
                run.examples,
                newer_blocks.len(),
                run.version
            ),
            Err(why) => format!("NOT RUN under {version}: {why}"),
        })
        .collect();
    (reference, newer)
}

/// The README's table of block roles names every info string of the whitelist.
fn readme_lists_every_role(root: &Path) -> Vec<Problem> {
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap_or_default();
    ROLES
        .iter()
        .filter(|spec| !readme.contains(&format!("`{}`", spec.info)))
        .map(|spec| {
            Problem::new(
                "README.md:1",
                format!("the table of block roles does not list `{}`", spec.info),
            )
        })
        .collect()
}

fn print_summary(book: &Book, python: &PythonRun, newer: &[String]) {
    let count = |role: Role| book.blocks().filter(|b| b.role() == Some(role)).count();
    let with_reasons = |role: Role, kind: &str| {
        book.blocks()
            .filter(|b| b.role() == Some(role))
            .map(|b| {
                format!(
                    "\n      {}  {}",
                    b.at,
                    b.reason(kind).unwrap_or("(no reason!)")
                )
            })
            .collect::<String>()
    };
    let paired: usize = book
        .chapters
        .iter()
        .map(|c| {
            (0..c.blocks.len())
                .filter(|&i| c.shown_after(i, Role::Output).is_some())
                .count()
        })
        .sum();
    let run = count(Role::Run);
    let mut codes: Vec<&str> = book
        .blocks()
        .flat_map(|b| b.codes.iter().map(String::as_str))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let links: usize = book.chapters.iter().map(|c| c.links.len()).sum();
    let anchored: usize = book
        .chapters
        .iter()
        .flat_map(|c| &c.links)
        .filter(|l| l.dest.contains('#') && !l.dest.contains(':'))
        .count();
    let includes: usize = book.chapters.iter().map(|c| c.includes.len()).sum();
    let python = match python {
        PythonRun::None => "0".to_string(),
        PythonRun::Ran(d) if !d.skipped.is_empty() => format!(
            "{} examples in {} blocks (CPython {}); {} examples NOT run, NumPy is not installed: {}",
            d.examples,
            count(Role::Python),
            d.version,
            d.skipped_examples,
            d.skipped.join(", ")
        ),
        PythonRun::Ran(d) => format!(
            "{} examples in {} blocks (CPython {})",
            d.examples,
            count(Role::Python),
            d.version
        ),
        PythonRun::Skipped(why) => format!(
            "SKIPPED, {} blocks NOT checked: {why} (with CI set this fails)",
            count(Role::Python)
        ),
    };
    println!(
        "\n\
         book check: {chapters} files in book/, {blocks} fenced blocks\n\
         \x20 rust blocks run ............ {run} ({skeptic} by skeptic in tests/skeptic.rs, {paired} here)\n\
         \x20 expected panics ............ {panics} (skeptic)\n\
         \x20 compile-only (no_run) ...... {no_run}{no_run_reasons}\n\
         \x20 compile_fail verified ...... {compile_fail} ({codes})\n\
         \x20 compiler errors compared ... {rustc}\n\
         \x20 Python examples run ........ {python}\n\
         \x20 Python 3.12+ examples ...... {newer}\n\
         \x20 Rust outputs compared ...... {paired}\n\
         \x20 ignored, with reasons ...... {ignored}{ignored_reasons}\n\
         \x20 pictures and commands ...... {pictures} (not code, not run)\n\
         \x20 links checked .............. {links} ({anchored} to a heading), includes {includes}",
        chapters = book.chapters.len(),
        blocks = book.blocks().count(),
        skeptic = run - paired,
        panics = count(Role::ShouldPanic),
        no_run = count(Role::NoRun),
        no_run_reasons = with_reasons(Role::NoRun, "no_run"),
        compile_fail = count(Role::CompileFail),
        codes = codes.join(", "),
        rustc = count(Role::Rustc),
        ignored = count(Role::Ignore),
        ignored_reasons = with_reasons(Role::Ignore, "ignore"),
        pictures = count(Role::Illustration),
        newer = if newer.is_empty() {
            "none".to_string()
        } else {
            newer.join("; ")
        },
    );
}

/// The compiler whose messages the book's `text,rustc` blocks show.
const BOOK_RUSTC: &str = "rustc 1.95.";

/// The version of rustc in use if it is not the book's: its messages may be
/// worded differently, so the book check does not compare them (unless `CI`
/// is set), and says so. The error codes are still checked.
fn other_rustc() -> Option<&'static str> {
    static OTHER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    OTHER
        .get_or_init(|| {
            let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
            let out = std::process::Command::new(rustc)
                .arg("--version")
                .output()
                .ok()?;
            let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
            (!version.starts_with(BOOK_RUSTC)).then_some(version)
        })
        .as_deref()
}

/// Answers the arguments cargo and test runners pass to a test binary:
/// `--list` (nextest asks for it), and a name filter that leaves this check
/// out. `None` means: run the check.
fn libtest_arguments() -> Option<ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        if !args.iter().any(|a| a == "--ignored") {
            println!("{NAME}: test");
        }
        return Some(ExitCode::SUCCESS);
    }
    let with_value = [
        "--test-threads",
        "--format",
        "--color",
        "--skip",
        "--logfile",
        "-Z",
    ];
    let mut filters = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if with_value.contains(&arg.as_str()) {
            args.next();
        } else if !arg.starts_with('-') {
            filters.push(arg.as_str());
        } else if arg == "--ignored" {
            return Some(ExitCode::SUCCESS); // this check is never ignored
        }
    }
    if !filters.is_empty() && !filters.iter().any(|f| NAME.contains(f)) {
        return Some(ExitCode::SUCCESS);
    }
    None
}
