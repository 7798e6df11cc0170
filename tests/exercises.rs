//! The classroom exercises, proven both ways (as rustlings proves its own):
//! every pristine starter is unsolved (its check fails, or it fails to
//! compile with exactly the errors its page announces) and every solution
//! passes the same check, without a compiler warning. Every wrong answer kept
//! in `exercises/NAME/wrong/` fails it, in the tests it names. Exercise files
//! are rustfmt-clean, and a student's loop works from start to finish.
//!
//! `EXERCISE=views cargo test --test exercises` proves only the exercises
//! whose name starts with `views`.
//!
//! Only `exercises/` and `book/exercises/` are read, never a student's
//! `my-work/`: this keeps passing whatever a student has done to their own
//! copies. `cargo exercise` compiles against the rlibs cargo builds for this
//! test target, so a passing run here means the student's runner is ready.

#[path = "support/files.rs"]
mod files;
#[path = "support/threads.rs"]
mod threads;

use files::rust_files;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use threads::on_each;

use workbook::Rustc;
use workbook::course::{Course, Exercise, shown_path};
use workbook::prepare::{self, Progress};
use workbook::report::{Style, panic_places, render};
use workbook::student::{Workspace, run};
use workbook::verdict::{self, Outcome, TestRun, Verdict};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The course, as far as it could be read. Its problems are reported once,
/// by `the_pages_and_folders_agree`, not by every test that reads it.
fn course() -> Course {
    Course::load(root()).expect("read book/").0
}

#[test]
fn the_pages_and_folders_agree() {
    let (_, problems) = Course::load(root()).expect("read book/");
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        listed.is_empty(),
        "the exercises have {} problem(s):\n\n{}\n",
        listed.len(),
        listed.join("\n\n")
    );
}

fn rustc() -> &'static Rustc {
    static RUSTC: OnceLock<Rustc> = OnceLock::new();
    RUSTC.get_or_init(|| {
        let mut quiet = std::io::sink();
        let progress = Progress {
            out: &mut quiet,
            terminal: false,
        };
        prepare::build(root(), progress)
            .unwrap_or_else(|e| panic!("cannot build the `exercises` package:\n{e}"))
    })
}

/// Checks one of the exercise's own files (`starter.rs`, `solution.rs`).
fn check_file(exercise: &Exercise, file: &str) -> Verdict {
    let path = exercise.dir.join(file);
    let source = std::fs::read_to_string(root().join(&path)).expect("read an exercise file");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("exercises")
        .join(&exercise.name)
        .join(file.trim_end_matches(".rs"));
    let shown = shown_path(root(), &path);
    verdict::check(rustc(), root(), exercise, &source, &shown, &dir).expect("run rustc")
}

/// What is wrong with an exercise's starter and solution, if anything.
fn prove(exercise: &Exercise) -> Vec<String> {
    let name = &exercise.name;
    let mut problems = Vec::new();
    let report = |file: &str, verdict: &Verdict| {
        let shown = format!("exercises/{name}/{file}");
        render(exercise, &shown, verdict, Style { color: false })
    };

    let starter = check_file(exercise, "starter.rs");
    match (&starter.outcome, exercise.about_the_compiler()) {
        (Outcome::DoesNotCompile { codes, in_check }, true) => {
            if *codes != exercise.starter_errors || *in_check {
                problems.push(format!(
                    "{name}: the starter should fail to compile with {:?} in starter.rs (as \
                     {} says), not like this:\n{}",
                    exercise.starter_errors,
                    exercise.statement,
                    report("starter.rs", &starter)
                ));
            }
        }
        (Outcome::Fail { tests, .. }, false) if tests.iter().any(|t| !t.passed) => {}
        (Outcome::Pass(_), _) => problems.push(format!(
            "{name}: the starter already passes its check, so a student has nothing to do. \
             Has it been replaced by its solution?\n{}",
            report("starter.rs", &starter)
        )),
        (_, true) => problems.push(format!(
            "{name}: the starter should fail to compile with {:?} (as {} says), but:\n{}",
            exercise.starter_errors,
            exercise.statement,
            report("starter.rs", &starter)
        )),
        (_, false) => problems.push(format!(
            "{name}: the starter should compile and fail its check, but:\n{}",
            report("starter.rs", &starter)
        )),
    }

    let solution = check_file(exercise, "solution.rs");
    if !solution.outcome.passed() {
        problems.push(format!(
            "{name}: the solution does not pass its check:\n{}",
            report("solution.rs", &solution)
        ));
    } else if !solution.compiler.trim().is_empty() {
        problems.push(format!(
            "{name}: the solution passes, but the compiler warns about it; a model \
             solution should not:\n{}",
            solution.compiler
        ));
    }
    problems
}

#[test]
fn every_page_states_its_exercises_in_full() {
    let course = course();
    assert!(
        !course.pages.is_empty(),
        "no exercise page under book/exercises/"
    );
    // The capstone is one long exercise, not a chapter's set.
    let chapters = course
        .pages
        .iter()
        .filter(|p| p.name != "book/exercises/capstone.md");
    for page in chapters {
        assert!(
            page.exercises.len() >= 3,
            "{} states {} exercise(s); a chapter has at least three",
            page.name,
            page.exercises.len()
        );
    }
    assert!(
        course.exercises().any(Exercise::about_the_compiler),
        "no exercise asks to make something compile"
    );
}

/// The exercises to prove: all, or those `EXERCISE=prefix` names.
fn chosen(course: &Course) -> Vec<&Exercise> {
    let prefix = std::env::var("EXERCISE").unwrap_or_default();
    course
        .exercises()
        .filter(|e| e.name.starts_with(&prefix))
        .collect()
}

#[test]
fn every_starter_is_unsolved_and_every_solution_passes() {
    let course = course();
    let exercises = chosen(&course);
    let problems = on_each(&exercises, |_, e| prove(e));
    assert!(
        problems.is_empty(),
        "{} of {} exercises are not proven:\n\n{}",
        problems.len(),
        exercises.len(),
        problems.join("\n\n")
    );
    println!(
        "exercises: {} starters unsolved and {} solutions passing",
        exercises.len(),
        exercises.len()
    );
}

/// How many wrong answers an exercise keeps, at least.
const FEWEST_WRONG: usize = 5;

/// A plausible wrong answer to an exercise, kept to prove that its check
/// catches it: `exercises/NAME/wrong/WHAT.rs`, the starter solved with one
/// mistake, which starts with two comment lines:
///
/// ```text
/// // Wrong: reads the first byte, not the first item.
/// // Caught by: unsigned_shorts, doubles
/// ```
struct Wrong {
    /// `exercises/NAME/wrong/WHAT.rs`
    path: String,
    source: String,
    /// The tests that must fail on it.
    caught_by: Vec<String>,
}

fn wrong_answers(exercise: &Exercise) -> Result<Vec<Wrong>, String> {
    let dir = root().join(&exercise.dir).join("wrong");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    let mut found = Vec::new();
    for path in paths {
        let shown = shown_path(root(), &path);
        let source = std::fs::read_to_string(&path).map_err(|e| format!("{shown}: {e}"))?;
        let mut lines = source.lines();
        let what = lines.next().and_then(|l| l.strip_prefix("// Wrong: "));
        let caught = lines.next().and_then(|l| l.strip_prefix("// Caught by: "));
        let (Some(_), Some(caught)) = (what, caught) else {
            return Err(format!(
                "{shown}: a wrong answer starts with `// Wrong: what the mistake is` and \
                 `// Caught by: the tests that fail on it`"
            ));
        };
        found.push(Wrong {
            path: shown,
            caught_by: caught.split(',').map(|t| t.trim().to_string()).collect(),
            source,
        });
    }
    Ok(found)
}

/// What is wrong with how an exercise's check treats its wrong answers.
/// Counts the wrong answers it reads in `read`.
fn catch_wrong_answers(exercise: &Exercise, read: &AtomicUsize) -> Vec<String> {
    let name = &exercise.name;
    let wrong = match wrong_answers(exercise) {
        Ok(wrong) => wrong,
        Err(problem) => return vec![problem],
    };
    read.fetch_add(wrong.len(), Ordering::Relaxed);
    if wrong.len() < FEWEST_WRONG {
        return vec![format!(
            "{name}: keeps {} wrong answer(s) in exercises/{name}/wrong/; a check is proven \
             by at least {FEWEST_WRONG} plausible wrong answers that fail it",
            wrong.len()
        )];
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("exercises")
        .join(name)
        .join("wrong");
    let sources: Vec<String> = wrong.iter().map(|w| w.source.clone()).collect();
    let limit = std::time::Duration::from_secs(5);
    let batch =
        verdict::check_many(rustc(), root(), exercise, &sources, &dir, limit).expect("run rustc");
    let outcomes = match batch {
        Ok(outcomes) => outcomes,
        Err(_) => {
            // Some answer does not compile: find which, one by one.
            return wrong
                .iter()
                .filter_map(|w| {
                    let verdict = verdict::check(
                        rustc(),
                        root(),
                        exercise,
                        &w.source,
                        &w.path,
                        &dir.join("one"),
                    )
                    .expect("run rustc");
                    matches!(verdict.outcome, Outcome::DoesNotCompile { .. }).then(|| {
                        format!(
                            "{}: does not compile; a wrong answer must compile, so that it \
                             tests the check:\n{}",
                            w.path, verdict.compiler
                        )
                    })
                })
                .collect();
        }
    };
    let check_file = root().join(exercise.check());
    let check_text = std::fs::read_to_string(&check_file).expect("read the check");
    let mut problems = Vec::new();
    for (w, outcome) in wrong.iter().zip(outcomes) {
        if let Outcome::Fail { tests, .. } = &outcome {
            for test in tests.iter().filter(|t| !t.passed) {
                problems.extend(stops_outside_its_test(&check_file, &check_text, test));
            }
        }
        let failed: Vec<String> = match &outcome {
            Outcome::Pass(_) => {
                problems.push(format!("{}: PASSES the check of {name}", w.path));
                continue;
            }
            Outcome::Fail { tests, .. } => tests
                .iter()
                .filter(|t| !t.passed)
                .map(|t| t.name.clone())
                .collect(),
            Outcome::TimedOut { running, .. } => running.iter().cloned().collect(),
            Outcome::DoesNotCompile { .. } => unreachable!("the program compiled"),
        };
        let missed: Vec<&String> = w.caught_by.iter().filter(|t| !failed.contains(t)).collect();
        if !missed.is_empty() {
            problems.push(format!(
                "{}: should fail {missed:?}, but the tests that fail are {failed:?}",
                w.path
            ));
        }
    }
    problems
}

/// The lines of test `name` in a check: from its `fn` line to its closing
/// `}` (1-based).
fn lines_of(check_text: &str, name: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = check_text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(&format!("fn {name}(")))?;
    let end = start + lines[start..].iter().position(|l| *l == "}")?;
    Some((start + 1, end + 1))
}

/// A problem if `test` stopped in its check, outside its own lines: in a
/// helper that a student would then be pointed at, instead of the test
/// (a helper that can fail needs `#[track_caller]`).
fn stops_outside_its_test(check_file: &Path, check_text: &str, test: &TestRun) -> Option<String> {
    let at = format!("{}:", check_file.display());
    let line: usize = panic_places(&test.output)
        .find_map(|place| place.strip_prefix(&at))?
        .split(':')
        .next()?
        .parse()
        .ok()?;
    let (start, end) = lines_of(check_text, &test.name)?;
    (line < start || line > end).then(|| {
        let shown = check_file.strip_prefix(root()).unwrap_or(check_file);
        format!(
            "{}: test {} fails at line {line}, outside its own lines {start} to {end}: \
             give the helper there `#[track_caller]` (and no closure that panics), so that \
             the report points at the test",
            shown.display(),
            test.name
        )
    })
}

#[test]
fn every_wrong_answer_fails() {
    let course = course();
    let exercises = chosen(&course);
    let read = AtomicUsize::new(0);
    let problems = on_each(&exercises, |_, e| catch_wrong_answers(e, &read));
    assert!(
        problems.is_empty(),
        "{} wrong answer(s) are not caught as they should be:\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
    println!(
        "exercises: {} wrong answers to {} exercises, each FAIL",
        read.into_inner(),
        exercises.len()
    );
}

#[test]
fn exercise_files_are_rustfmt_clean() {
    let files = rust_files(&root().join("exercises"));
    let out = match Command::new("rustfmt")
        .args(["--check", "--color", "never", "--edition", "2024"])
        .args(&files)
        .output()
    {
        Ok(out) => out,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("rustfmt not found ({e}): exercise files NOT checked for formatting");
            return;
        }
        Err(e) => panic!("rustfmt not found ({e}), and CI is set"),
    };
    assert!(
        out.status.success(),
        "exercise files are not formatted; run \
         `rustfmt --edition 2024 exercises/*/*.rs exercises/*/wrong/*.rs`:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// The lines of the section `[name]` of a manifest: no comments, no blanks.
fn manifest_section(text: &str, name: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| l.trim() != format!("[{name}]"))
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_exercises_package_builds_memview_as_the_root_package_does() {
    // exercises/Cargo.toml compiles src/lib.rs a second time, without the
    // root package's build script: its edition and its dependencies must be
    // memview's own.
    let read = |path: &str| std::fs::read_to_string(root().join(path)).expect("read a manifest");
    let (memview, ours) = (read("Cargo.toml"), read("exercises/Cargo.toml"));
    let edition = |text: &str| {
        manifest_section(text, "package")
            .into_iter()
            .find(|l| l.starts_with("edition"))
    };
    assert_eq!(
        edition(&ours),
        edition(&memview),
        "exercises/Cargo.toml's edition"
    );
    let ours = manifest_section(&ours, "dependencies");
    for dependency in manifest_section(&memview, "dependencies") {
        assert!(
            ours.contains(&dependency),
            "exercises/Cargo.toml needs memview's dependency `{dependency}` too"
        );
    }
}

/// Runs `cargo exercise ARGS` in `ws`, returning the exit code and output.
fn cargo_exercise(ws: &Workspace, args: &[&str]) -> (i32, String) {
    let args: Vec<String> = args.iter().map(ToString::to_string).collect();
    let mut out = Vec::new();
    let mut compiler = || Ok(rustc().clone());
    let code = run(&args, ws, &mut compiler, Style { color: false }, &mut out)
        .expect("cargo exercise runs");
    (code, String::from_utf8(out).expect("utf-8"))
}

/// A student's workspace in a scratch folder, for the real exercises.
fn scratch(name: &str) -> Workspace {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("student-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    Workspace {
        root: root().to_path_buf(),
        work: dir.join("my-work"),
        build: dir.join("build"),
    }
}

#[test]
fn a_student_does_an_exercise_from_start_to_finish() {
    let course = course();
    let first = course.exercises().next().expect("an exercise");
    let name = first.name.as_str();
    let ws = scratch("loop");

    let (code, out) = cargo_exercise(&ws, &["list"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "0 of {} done. Next: `cargo exercise {name}`",
            course.exercises().count()
        )),
        "{out}"
    );

    // The first check makes the student's copy, and fails.
    let (code, out) = cargo_exercise(&ws, &[name]);
    assert_eq!(code, 1, "{out}");
    let mine = ws.file(name);
    let starter = std::fs::read_to_string(root().join(first.starter())).unwrap();
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), starter);
    assert!(
        out.contains(&format!("FAIL  {name}: {}", first.title)),
        "{out}"
    );
    assert!(out.contains("tests pass."), "{out}");
    assert!(
        out.contains(&format!("Stuck? `cargo exercise hint {name}`")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "What it asks: http://localhost:3000/exercises/{}",
            first
                .statement
                .trim_start_matches("book/exercises/")
                .replace(".md#", ".html#")
        )),
        "the rendered page, not the source: {out}"
    );
    assert!(
        std::fs::read_to_string(ws.work.join(".gitignore"))
            .unwrap()
            .contains('*')
    );

    // Hints, both levels, as the book has them.
    let (code, out) = cargo_exercise(&ws, &["hint", name]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(first.hints[0].lines().next().unwrap()),
        "{out}"
    );
    assert!(
        out.contains(&format!("`cargo exercise hint {name} 2`")),
        "{out}"
    );
    let (_, out) = cargo_exercise(&ws, &["hint", name, "2"]);
    assert!(
        out.contains(first.hints[1].lines().next().unwrap()),
        "{out}"
    );

    // Solved: PASS, and `list` says done.
    let solution = std::fs::read_to_string(root().join(first.solution())).unwrap();
    std::fs::write(&mine, &solution).unwrap();
    let (code, out) = cargo_exercise(&ws, &[name]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("PASS  {name}: {}", first.title)),
        "{out}"
    );
    let second = course.after(name).expect("a second exercise");
    assert!(
        out.contains(&format!("Next: `cargo exercise {}`", second.name)),
        "{out}"
    );
    let (_, out) = cargo_exercise(&ws, &["list"]);
    assert!(out.contains(&format!("done  {name}")), "{out}");
    assert!(
        out.contains(&format!("Next: `cargo exercise {}`", second.name)),
        "{out}"
    );

    // Edited after passing: started again, not done.
    std::fs::write(&mine, format!("{solution}\n// more\n")).unwrap();
    let (_, out) = cargo_exercise(&ws, &["list"]);
    assert!(!out.contains(&format!("done  {name}")), "{out}");
    assert!(out.contains("(started)"), "{out}");

    // Reset keeps the old file, and never overwrites an older backup.
    let (code, out) = cargo_exercise(&ws, &["reset", name]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), starter);
    let old = ws.work.join(format!("{name}.rs.old"));
    assert!(
        std::fs::read_to_string(&old)
            .unwrap()
            .ends_with("// more\n")
    );
    std::fs::write(&mine, "// a second try\n").unwrap();
    let (code, out) = cargo_exercise(&ws, &["reset", name]);
    assert_eq!(code, 0, "{out}");
    assert!(
        std::fs::read_to_string(&old)
            .unwrap()
            .ends_with("// more\n")
    );
    let second = ws.work.join(format!("{name}.rs.old2"));
    assert_eq!(
        std::fs::read_to_string(&second).unwrap(),
        "// a second try\n",
        "{out}"
    );
    let (_, out) = cargo_exercise(&ws, &["reset", name]);
    assert!(out.contains("is the starter already"), "{out}");
    assert!(!ws.work.join(format!("{name}.rs.old3")).exists());

    // A typo gets a suggestion.
    let typo = name.replacen('-', "", 1);
    let (code, out) = cargo_exercise(&ws, &[&typo]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains(&format!("Did you mean `{name}`?")), "{out}");
}

#[test]
fn a_compiler_error_points_into_the_students_own_file() {
    let course = course();
    let exercise = course
        .exercises()
        .find(|e| e.about_the_compiler())
        .expect("an exercise about the compiler");
    let name = exercise.name.as_str();
    let ws = scratch("compiler");
    let (code, out) = cargo_exercise(&ws, &[name]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("my-work/{name}.rs does not compile yet.")),
        "{out}"
    );
    let code = &exercise.starter_errors[0];
    assert!(out.contains(&format!("error[{code}]")), "{out}");
    let place = format!("my-work/{name}.rs:");
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("--> ") && l.contains(&place)),
        "{out}"
    );
    assert!(out.contains(&format!("rustc --explain {code}")), "{out}");
}

#[test]
fn a_loop_that_never_ends_is_stopped_and_named() {
    let course = course();
    let exercise = course.exercises().next().expect("an exercise");
    // A solved exercise, and one more test that never returns.
    let solution = std::fs::read_to_string(root().join(exercise.solution())).unwrap();
    let source = format!(
        "{solution}\n#[test]\nfn forever() {{\n    loop {{\n        std::hint::spin_loop();\n    }}\n}}\n"
    );
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("exercises-forever");
    let limit = std::time::Duration::from_secs(1);
    let verdict =
        verdict::check_with_limit(rustc(), root(), exercise, &source, "mine.rs", &dir, limit)
            .expect("run rustc");
    let running = match verdict.outcome {
        Outcome::TimedOut { running, .. } => running,
        other => panic!("expected a time-out, got {other:?}"),
    };
    assert_eq!(running.as_deref(), Some("forever"));
}

/// Marks `name` done in `ws` without checking it: its file is the
/// solution, and the same as the copy kept at PASS.
fn mark_done(ws: &Workspace, exercise: &Exercise) {
    let solution = std::fs::read(root().join(exercise.solution())).unwrap();
    let passed = ws.work.join(".passed");
    std::fs::create_dir_all(&passed).unwrap();
    std::fs::write(ws.file(&exercise.name), &solution).unwrap();
    std::fs::write(passed.join(format!("{}.rs", exercise.name)), &solution).unwrap();
}

#[test]
fn next_means_the_first_not_done_of_all_the_exercises() {
    let course = course();
    let all: Vec<&Exercise> = course.exercises().collect();
    let (first, last) = (all[0], all[all.len() - 1]);
    let ws = scratch("next");
    // The last exercise passes first: the next one is the first, not "none".
    std::fs::create_dir_all(&ws.work).unwrap();
    std::fs::copy(root().join(last.solution()), ws.file(&last.name)).unwrap();
    let (code, out) = cargo_exercise(&ws, &[&last.name]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!("Next: `cargo exercise {}`", first.name)),
        "{out}"
    );
    assert!(!out.contains("last one left"), "{out}");
    // With every other one done, it is the last one left.
    for exercise in &all[1..] {
        mark_done(&ws, exercise);
    }
    std::fs::copy(root().join(first.solution()), ws.file(&first.name)).unwrap();
    let (code, out) = cargo_exercise(&ws, &[&first.name]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("That was the last one left"), "{out}");
    let (_, out) = cargo_exercise(&ws, &["next"]);
    assert!(out.contains("You have done every exercise"), "{out}");
}

#[test]
fn an_unwrap_in_the_students_code_is_blamed_on_it() {
    // read-only-3's `wipe`, with `?` replaced by `.unwrap()`: the check
    // expects an error, and the student's own unwrap stops the program.
    let course = course();
    let exercise = course.get("read-only-3").expect("read-only-3");
    let ws = scratch("unwrap");
    let solution = std::fs::read_to_string(root().join(exercise.solution())).unwrap();
    let mine = solution.replace(
        "let mut mv = ViewMut::new(target)?;",
        "let mut mv = ViewMut::new(target).unwrap();",
    );
    assert_ne!(mine, solution, "the solution changed: update this test");
    std::fs::create_dir_all(&ws.work).unwrap();
    std::fs::write(ws.file(&exercise.name), &mine).unwrap();
    let (code, out) = cargo_exercise(&ws, &[&exercise.name]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("Your own code, at line") && out.contains("called `.unwrap()` on an `Err`"),
        "{out}"
    );
    assert!(!out.contains("the check expected `Ok`"), "{out}");
}

#[test]
fn a_wrong_rule_letter_shows_the_error_that_names_the_rule() {
    let course = course();
    let exercise = course
        .exercises()
        .find(|e| e.about_the_compiler())
        .expect("an exercise about the compiler");
    let ws = scratch("rule");
    let solution = std::fs::read_to_string(root().join(exercise.solution())).unwrap();
    let (line, _) = solution
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("pub const RULE: char"))
        .expect("a RULE line");
    let mine: Vec<String> = solution
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == line {
                "pub const RULE: char = 'x';".to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::create_dir_all(&ws.work).unwrap();
    std::fs::write(ws.file(&exercise.name), mine.join("\n") + "\n").unwrap();
    let (code, out) = cargo_exercise(&ws, &[&exercise.name]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("Your code compiles now. The starter did not; its error names the rule:"),
        "{out}"
    );
    let code = &exercise.starter_errors[0];
    assert!(out.contains(&format!("    error[{code}]")), "{out}");
}

/// What `watch` has written so far, shared with the test that reads it.
#[derive(Clone, Default)]
struct Screen(std::sync::Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Screen {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Screen {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }

    /// Waits until the screen shows `what` `times` times (at most a minute).
    fn wait_for(&self, what: &str, times: usize) -> String {
        let start = std::time::Instant::now();
        loop {
            let text = self.text();
            if text.matches(what).count() >= times {
                return text;
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(60),
                "waited a minute for {what:?} ({times} times); the screen shows:\n{text}"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

#[test]
fn watch_rechecks_on_save_and_moves_on_at_pass() {
    let course = course();
    let all: Vec<&Exercise> = course.exercises().collect();
    let (first, second) = (all[0], all[1]);
    let ws = scratch("watch");
    let screen = Screen::default();
    let (typed, keys) = std::sync::mpsc::channel();
    let watching = {
        let (screen, ws) = (screen.clone(), ws.clone());
        std::thread::spawn(move || {
            let course = Course::load(root()).expect("read book/").0;
            let first = course.exercises().next().expect("an exercise").clone();
            let mut compiler = || Ok(rustc().clone());
            let mut out = screen;
            workbook::student::watch(
                &course,
                &first,
                &ws,
                &mut compiler,
                Style { color: false },
                &keys,
                &mut out,
            )
            .expect("watch runs")
        })
    };
    // The first check: the starter fails, and watch waits.
    screen.wait_for("Watching", 1);
    assert!(screen.text().contains(&format!("FAIL  {}", first.name)));
    assert!(screen.text().contains(&format!(
        "Progress: [{}] 0 of {} exercises done",
        "-".repeat(30),
        all.len()
    )));
    typed.send(Some("s".into())).unwrap();
    let text = screen.wait_for("The model solution comes after PASS", 1);
    assert!(!text.contains("A model solution of"), "{text}");
    // An edit is checked again without a word from the student.
    let mine = ws.file(&first.name);
    let starter = std::fs::read_to_string(&mine).unwrap();
    std::fs::write(&mine, format!("{starter}\n// still thinking\n")).unwrap();
    screen.wait_for("Watching", 2);
    assert_eq!(
        screen
            .text()
            .matches(&format!("FAIL  {}", first.name))
            .count(),
        2
    );
    // Solved: PASS, the bar moves, watch goes on to the next exercise.
    std::fs::copy(root().join(first.solution()), &mine).unwrap();
    let text = screen.wait_for("Watching", 3);
    assert!(text.contains(&format!("PASS  {}", first.name)), "{text}");
    assert!(
        text.contains(&format!("1 of {} exercises done", all.len())),
        "{text}"
    );
    assert!(text.contains(&format!("On to {}", second.name)), "{text}");
    assert!(text.contains(&format!("FAIL  {}", second.name)), "{text}");
    assert!(ws.file(&second.name).exists());
    // Now the solution of the one passed is offered.
    typed.send(Some("s".into())).unwrap();
    screen.wait_for(&format!("A model solution of {}", first.name), 1);
    typed.send(Some("q".into())).unwrap();
    assert_eq!(watching.join().expect("watch ends"), 0);
}
