//! The book check: everything about `book/` that skeptic does not do, and one
//! summary of all of it, skeptic's share included.
//!
//! skeptic (`tests/skeptic.rs`) compiles and runs every Rust block and
//! compares what it prints; this check compiles and runs no Rust block. It
//! does what no standard tool does here:
//!
//! - every block has a known role and what the role requires (the lint);
//! - `compile_fail` blocks fail to compile with exactly the codes they list,
//!   and not for a wrong reason (an unresolved import, a missing crate);
//! - a `text,rustc` block is what rustc really prints for the block before it;
//! - checked tables and paragraphs (`workbook::cells`): their code spans occur
//!   in the page's checked code, and `compile_fail` cells fail as stated
//!   (the `errors` cells skeptic runs);
//! - Python blocks run under CPython's doctest;
//! - links reach a page and a heading, and includes reach a file; a file
//!   mdBook will not render (not in SUMMARY.md, not included) is reported.
//!
//! It is its own harness (`harness = false`) so that it can print the
//! summary on success. Failures name `file:line`.

#[path = "support/threads.rs"]
mod threads;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use threads::on_each;

use workbook::skeptic::{self, Test};
use workbook::{
    Book, Chapter, Kind, Problem, ROLES, Role, Rustc, cells, links, lint::lint, python,
};

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

    let pages: Vec<cells::Page> = book.chapters.iter().map(cells::Page::read).collect();
    problems.extend(pages.iter().flat_map(|p| p.problems.iter().cloned()));
    problems.extend(check_shown(&book, &pages));

    let compiled = match Rustc::for_test(root, env!("CARGO_PKG_NAME"), "book", CRATES) {
        Ok(rustc) => compile_all(&book, &pages, &rustc),
        Err(e) => vec![Problem::new(
            "tests/book.rs",
            format!("cannot set up rustc: {e}"),
        )],
    };
    problems.extend(compiled);
    let (python, newer) = run_python(root, &book, &mut problems);

    print_summary(&book, &pages, &python, &newer, &mut problems);
    if let Some(version) = words_not_compared() {
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

/// What this check compiles: `compile_fail` blocks, and the cells of
/// `compile_fail` tables, all of a context in one compilation.
enum Job<'a> {
    Block(&'a Chapter, usize),
    Cells(&'a cells::Page, &'a cells::Context),
}

/// Compiles every job, shared out over the cores.
fn compile_all(book: &Book, pages: &[cells::Page], rustc: &Rustc) -> Vec<Problem> {
    let mut jobs: Vec<Job<'_>> = book
        .chapters
        .iter()
        .flat_map(|c| (0..c.blocks.len()).map(move |i| (c, i)))
        .filter(|(c, i)| c.blocks[*i].role() == Some(Role::CompileFail))
        .map(|(c, i)| Job::Block(c, i))
        .collect();
    for page in pages {
        for context in &page.contexts {
            let mut cells = page.cells_of(cells::Kind::CompileFail);
            if cells.any(|c| c.context == context.name) {
                jobs.push(Job::Cells(page, context));
            }
        }
    }
    // Each job gets `<scratch>/<n>/`. The scratch folder is this run's own,
    // so two runs at once do not delete each other's files, and it is
    // removed at the end so folders do not pile up.
    let _ = std::fs::remove_dir_all(scratch());
    let mut problems = on_each(&jobs, |n, job| {
        let dir = scratch().join(n.to_string());
        match job {
            Job::Block(chapter, i) => check_block(chapter, *i, rustc, &dir),
            Job::Cells(page, context) => check_cells(page, context, rustc, &dir),
        }
    });
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

/// A `compile_fail` block: it fails to compile, with exactly its codes, and
/// its `text,rustc` block is what rustc prints.
fn check_block(chapter: &Chapter, i: usize, rustc: &Rustc, dir: &Path) -> Vec<Problem> {
    let block = &chapter.blocks[i];
    let fail = |message: String| vec![Problem::new(&block.at, message)];
    let built = match rustc.compile(&block.rust_source(), dir, Kind::Check) {
        Ok(built) => built,
        Err(e) => return fail(format!("cannot run rustc: {e}")),
    };
    if built.success {
        return fail("compiles, but is marked compile_fail".into());
    }
    let mut problems = Vec::new();
    problems.extend(wrong_codes(
        &block.codes,
        &built.error_codes(),
        &built.stderr,
    ));
    if let Some(shown) = chapter
        .shown_after(i, Role::Rustc)
        .filter(|_| words_not_compared().is_none())
    {
        let stderr = workbook::rustc::normalize_locations(&built.stderr);
        if let Some(diff) = bookrt::differs(&shown.text, &stderr) {
            problems.push(format!(
                "the `text,rustc` block at {} is not what rustc prints (left: the book, right: rustc):\n{diff}",
                shown.at
            ));
        }
    }
    problems.into_iter().flat_map(fail).collect()
}

/// What is wrong with the error codes rustc gave, for a block or a cell
/// that lists `codes`.
fn wrong_codes(codes: &[String], found: &[String], stderr: &str) -> Option<String> {
    let wrong: Vec<_> = found
        .iter()
        .filter(|c| workbook::rustc::WRONG_REASONS.contains(&c.as_str()) && !codes.contains(c))
        .collect();
    if !wrong.is_empty() {
        Some(format!(
            "fails for the wrong reason ({wrong:?}: an unresolved name, import or crate):\n{stderr}"
        ))
    } else if found != codes {
        Some(format!(
            "lists {codes:?} but rustc reports {found:?}; list exactly the codes rustc gives:\n{stderr}"
        ))
    } else {
        None
    }
}

/// The cells of a `compile_fail` table, in one compilation of their
/// context (`cells::Page::compile_fail_batch`): each fails to compile with
/// exactly its row's codes, and the context alone compiles, so a cell fails
/// for its own sake.
fn check_cells(
    page: &cells::Page,
    context: &cells::Context,
    rustc: &Rustc,
    dir: &Path,
) -> Vec<Problem> {
    let (source, parts) = page.compile_fail_batch(context);
    let built = match rustc.compile(&source, dir, Kind::Check) {
        Ok(built) => built,
        Err(e) => {
            let at = format!("{}:{}", page.name, context.line);
            return vec![Problem::new(at, format!("cannot run rustc: {e}"))];
        }
    };
    let errors = errors_by_line(&built.stderr);
    let mut problems = Vec::new();
    for (lines, cell) in parts {
        let mine: Vec<&(usize, String, String)> = errors
            .iter()
            .filter(|(line, ..)| lines.contains(line))
            .collect();
        let mut found: Vec<String> = Vec::new();
        for (_, code, _) in &mine {
            if !code.is_empty() && !found.contains(code) {
                found.push(code.clone());
            }
        }
        let stderr: String = mine.iter().map(|(.., text)| text.as_str()).collect();
        let problem = match cell {
            None if mine.is_empty() => None,
            None => Some((
                format!("{}:{}", page.name, context.line),
                format!(
                    "the `check: context {}` does not compile by itself:\n{stderr}",
                    context.name
                ),
            )),
            Some(cell) if mine.is_empty() => Some((
                cell.at.clone(),
                format!(
                    "`{}` compiles, but the table says it does not ({})",
                    cell.code,
                    cell.expected.join(", ")
                ),
            )),
            Some(cell) => wrong_codes(&cell.expected, &found, &stderr)
                .map(|m| (cell.at.clone(), format!("`{}` {m}", cell.code))),
        };
        problems.extend(problem.map(|(at, m)| Problem::new(at, m)));
    }
    problems
}

/// rustc's errors, each with the line of `src/main.rs` it points at, its
/// code (empty for an error without one) and its text.
fn errors_by_line(stderr: &str) -> Vec<(usize, String, String)> {
    let mut errors: Vec<(usize, String, String)> = Vec::new();
    let mut current: Option<(usize, String, String)> = None;
    for line in stderr.split_inclusive('\n') {
        if line.starts_with("error") || line.starts_with("warning") {
            errors.extend(current.take().filter(|(at, ..)| *at > 0));
            let code = line
                .strip_prefix("error[")
                .and_then(|r| r.get(..5))
                .unwrap_or_default();
            if line.starts_with("error") && !line.starts_with("error: aborting") {
                current = Some((0, code.to_string(), String::new()));
            }
        }
        if let Some((at, _, text)) = &mut current {
            text.push_str(line);
            if *at == 0 {
                let place = line.trim_start().strip_prefix("--> src/main.rs:");
                if let Some(n) = place.and_then(|p| p.split(':').next()?.parse().ok()) {
                    *at = n;
                }
            }
        }
    }
    errors.extend(current.filter(|(at, ..)| *at > 0));
    errors
}

/// The cells of `check: shown` tables and paragraphs that occur nowhere in
/// their page's checked material.
fn check_shown(book: &Book, pages: &[cells::Page]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (chapter, page) in book.chapters.iter().zip(pages) {
        let material = checked_material(chapter);
        for cell in page.cells_of(cells::Kind::Shown) {
            if !cells::occurs(&cell.code, &material) {
                problems.push(Problem::new(
                    &cell.at,
                    format!(
                        "`{}` occurs in no checked block of the page (Rust source or output, \
                         Python); a cell or claim must say what the page's checked code says",
                        cell.code
                    ),
                ));
            }
        }
    }
    problems
}

/// Everything on the page that a check proves: the source of every Rust
/// block skeptic compiles, the outputs it compares, the Python blocks.
fn checked_material(chapter: &Chapter) -> String {
    let mut material = String::new();
    let mut add = |text: &str| {
        material.push_str(text);
        material.push('\n');
    };
    for (i, block) in chapter.blocks.iter().enumerate() {
        match skeptic::test_of(chapter, i) {
            Some(Test::Ignored) => {}
            Some(test) => {
                add(&block.rust_source());
                if test == Test::Prints
                    && let Some(output) = chapter.shown_after(i, Role::Output)
                {
                    add(&output.text);
                }
            }
            None if block.role() == Some(Role::Python) => add(&block.text),
            None => {}
        }
    }
    material
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

/// The tests `build.rs` generated for skeptic (`tests/skeptic.rs` runs
/// them, plus its own check of the `rustc` it is given).
const SKEPTIC_TESTS: &str = include_str!(concat!(env!("OUT_DIR"), "/book-tests.rs"));

/// The blocks of `tests/edition-2024.md`, which `build.rs` adds to skeptic's.
const EDITION_PROOFS: usize = 2;

fn print_summary(
    book: &Book,
    pages: &[cells::Page],
    python: &PythonRun,
    newer: &[String],
    problems: &mut Vec<Problem>,
) {
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
    let tests = |test: Test| {
        book.chapters
            .iter()
            .flat_map(|c| (0..c.blocks.len()).map(move |i| skeptic::test_of(c, i)))
            .filter(|t| *t == Some(test))
            .count()
    };
    let (prints, runs, panics, compiles, ignored) = (
        tests(Test::Prints),
        tests(Test::Runs),
        tests(Test::Panics),
        tests(Test::Compiles),
        tests(Test::Ignored),
    );
    let cells_of = |kind| {
        pages
            .iter()
            .map(|p| p.cells_of(kind).count())
            .sum::<usize>()
    };
    let programs = pages.iter().map(|p| p.programs().len()).sum::<usize>();
    let blocks = prints + runs + panics + compiles + ignored;
    let generated = SKEPTIC_TESTS.matches("#[test] fn ").count();
    if generated != blocks + programs + EDITION_PROOFS {
        problems.push(Problem::new(
            "tests/book.rs",
            format!(
                "skeptic was given {generated} tests, but the book has {blocks} blocks for it, \
                 {programs} table programs and {EDITION_PROOFS} edition proofs: build.rs and \
                 this summary disagree"
            ),
        ));
    }
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
         book check: {chapters} files in book/, {fenced} fenced blocks\n\
         \x20 by skeptic (tests/skeptic.rs, {generated} tests; its `test result` line says how they did):\n\
         \x20   Rust outputs compared .... {prints} (the block runs, its `text,output` is what it prints)\n\
         \x20   rust blocks run .......... {runs} (no output shown; must not panic)\n\
         \x20   expected panics .......... {panics}\n\
         \x20   compile-only (no_run) .... {compiles}{no_run_reasons}\n\
         \x20   ignored, with reasons .... {ignored}{ignored_reasons}\n\
         \x20   table cells run .......... {errors} cells that state an error, in {programs} programs\n\
         \x20   edition 2024 proven ...... {EDITION_PROOFS} blocks (tests/edition-2024.md)\n\
         \x20 by this check (tests/book.rs):\n\
         \x20   compile_fail verified .... {compile_fail} blocks, {cf_cells} table cells ({codes})\n\
         \x20   compiler errors compared . {rustc}\n\
         \x20   cells shown in checked code {shown} (in {checked} checked tables and paragraphs)\n\
         \x20   Python examples run ...... {python}\n\
         \x20   Python 3.12+ examples .... {newer}\n\
         \x20   pictures and commands .... {pictures} (not code, not run)\n\
         \x20   links checked ............ {links} ({anchored} to a heading), includes {includes}",
        chapters = book.chapters.len(),
        fenced = book.blocks().count(),
        no_run_reasons = with_reasons(Role::NoRun, "no_run"),
        ignored_reasons = with_reasons(Role::Ignore, "ignore"),
        errors = cells_of(cells::Kind::Errors),
        compile_fail = count(Role::CompileFail),
        cf_cells = cells_of(cells::Kind::CompileFail),
        shown = cells_of(cells::Kind::Shown),
        checked = pages.iter().map(|p| p.checked).sum::<usize>(),
        codes = codes.join(", "),
        rustc = count(Role::Rustc),
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

/// The version of rustc in use if the book check does not compare its
/// messages with the book's `text,rustc` blocks: it is not the book's, and
/// `CI` is not set.
fn words_not_compared() -> Option<&'static str> {
    other_rustc().filter(|_| std::env::var_os("CI").is_none())
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
