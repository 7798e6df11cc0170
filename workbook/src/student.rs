//! The student's side: `cargo exercise …` (the `exercise` binary is a thin
//! wrapper around [`run`]).
//!
//! A student works in files of their own, `my-work/NAME.rs`, made from the
//! starter the first time they check `NAME`. The folder is git-ignored (it
//! holds its own `.gitignore`) and nothing else ever reads it: `cargo test`
//! proves the pristine starters and solutions of `exercises/`, so it passes
//! whatever state the student's copies are in.
//!
//! When a check passes, a copy of the file is kept in `my-work/.passed/`;
//! an exercise is *done* while the file still equals that copy. So
//! `cargo exercise list` knows what is done without compiling anything.

use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crate::course::{Course, Exercise, shown_path};
use crate::report::{Style, render};
use crate::rustc::Rustc;
use crate::verdict;

/// The folder of the student's files, at the repository root.
pub const WORK_DIR: &str = "my-work";

/// Where things are.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The repository root (`book/`, `exercises/`).
    pub root: PathBuf,
    /// The student's files: `ROOT/my-work`.
    pub work: PathBuf,
    /// Scratch space for builds: `ROOT/target/exercises`.
    pub build: PathBuf,
}

impl Workspace {
    /// The usual places under `root`.
    pub fn new(root: impl Into<PathBuf>) -> Workspace {
        let root = root.into();
        Workspace {
            work: root.join(WORK_DIR),
            build: root.join("target").join("exercises"),
            root,
        }
    }

    /// The student's file for `name`.
    pub fn file(&self, name: &str) -> PathBuf {
        self.work.join(format!("{name}.rs"))
    }

    /// How messages name the student's file: `my-work/views-1.rs`.
    pub fn shown(&self, name: &str) -> String {
        shown_path(&self.root, &self.file(name))
    }

    fn passed_copy(&self, name: &str) -> PathBuf {
        self.work.join(".passed").join(format!("{name}.rs"))
    }

    /// How far the student is with `name`.
    pub fn state(&self, name: &str) -> State {
        match fs::read(self.file(name)) {
            Err(_) => State::NotStarted,
            Ok(now) => match fs::read(self.passed_copy(name)) {
                Ok(passed) if passed == now => State::Done,
                _ => State::Started,
            },
        }
    }
}

/// How far a student is with one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// No file in `my-work/` yet.
    NotStarted,
    /// A file, which has not passed as it is now.
    Started,
    /// The file passed its check and has not changed since.
    Done,
}

const USAGE: &str = "\
How to do an exercise (the book says what each one asks):

  cargo exercise list            every exercise, and which ones you have done
  cargo exercise NAME            check your work on NAME (the first time, this
                                 makes your own copy of it: my-work/NAME.rs)
  cargo exercise watch [NAME]    check NAME (or the next one) each time you
                                 save it, and go on to the next at PASS
  cargo exercise next            check the first exercise you have not done
  cargo exercise hint NAME       a first hint; `hint NAME 2` gives the second
  cargo exercise solution NAME   a model solution, for when you are done
  cargo exercise reset NAME      start NAME again from the starter (your file
                                 is kept as my-work/NAME.rs.old)

The book, with every exercise: `mdbook serve`, then http://localhost:3000/
";

/// Runs the command in `args` (what follows `cargo exercise`), writing to
/// `out`, and returns the exit code: 0 for success and PASS, 1 for FAIL,
/// 2 for a mistake in the command. `rustc` is asked for a compiler only
/// when something must be compiled.
pub fn run(
    args: &[String],
    ws: &Workspace,
    rustc: &mut dyn FnMut() -> Result<Rustc, String>,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<i32> {
    let (course, problems) = Course::load(&ws.root)?;
    if !problems.is_empty() {
        writeln!(
            out,
            "(The exercises have {} problem(s); `cargo test --test exercises` lists them.)\n",
            problems.len()
        )?;
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] | ["help" | "-h" | "--help"] => {
            write!(out, "{USAGE}")?;
            writeln!(out)?;
            list(&course, ws, style, out)?;
            Ok(0)
        }
        ["list"] => {
            list(&course, ws, style, out)?;
            Ok(0)
        }
        ["next"] => match next_to_do(&course, ws, None) {
            Some(exercise) => check(&course, exercise, ws, rustc, style, Mode::Once, out),
            None => {
                writeln!(out, "You have done every exercise. Well done!")?;
                Ok(0)
            }
        },
        ["watch"] => match next_to_do(&course, ws, None) {
            Some(exercise) => watch(&course, exercise, ws, rustc, style, &stdin_lines(), out),
            None => {
                writeln!(out, "You have done every exercise. Well done!")?;
                Ok(0)
            }
        },
        ["watch", name] => match course.get(name) {
            Some(exercise) => watch(&course, exercise, ws, rustc, style, &stdin_lines(), out),
            None => unknown(&course, name, out),
        },
        ["hint", name] => with_exercise(&course, name, out, |e, out| hint(e, 1, Mode::Once, out)),
        ["hint", name, n] => match n.parse::<usize>() {
            Ok(n) => with_exercise(&course, name, out, |e, out| hint(e, n, Mode::Once, out)),
            Err(_) => usage_error(out, &format!("`{n}` is not a hint number: 1 or 2")),
        },
        ["solution", name] => with_exercise(&course, name, out, |e, out| solution(e, ws, out)),
        ["reset", name] => with_exercise(&course, name, out, |e, out| reset(e, ws, out)),
        [name] | ["check", name] if !name.starts_with('-') => match course.get(name) {
            Some(exercise) => check(&course, exercise, ws, rustc, style, Mode::Once, out),
            None => unknown(&course, name, out),
        },
        _ => usage_error(
            out,
            &format!(
                "`cargo exercise {}` is not a command I know.",
                args.join(" ")
            ),
        ),
    }
}

fn usage_error(out: &mut dyn Write, message: &str) -> io::Result<i32> {
    writeln!(out, "{message}\n\n{USAGE}")?;
    Ok(2)
}

fn with_exercise(
    course: &Course,
    name: &str,
    out: &mut dyn Write,
    f: impl FnOnce(&Exercise, &mut dyn Write) -> io::Result<i32>,
) -> io::Result<i32> {
    match course.get(name) {
        Some(exercise) => f(exercise, out),
        None => unknown(course, name, out),
    }
}

fn unknown(course: &Course, name: &str, out: &mut dyn Write) -> io::Result<i32> {
    write!(out, "There is no exercise called `{name}`.")?;
    let squash = |s: &str| s.replace(['-', '_', ' '], "").to_lowercase();
    let far = |e: &str| {
        if squash(e) == squash(name) {
            0
        } else {
            distance(e, name)
        }
    };
    let nearest = course.exercises().map(|e| far(&e.name)).min();
    if let Some(best) = nearest.filter(|&d| d <= 2) {
        let close: Vec<&str> = course
            .exercises()
            .map(|e| e.name.as_str())
            .filter(|e| far(e) == best)
            .collect();
        write!(out, " Did you mean `{}`?", close.join("` or `"))?;
    }
    writeln!(out, "\n`cargo exercise list` shows them all.")?;
    Ok(2)
}

/// Levenshtein distance, for "did you mean".
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

fn list(course: &Course, ws: &Workspace, style: Style, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "The exercises (your files are in {WORK_DIR}/):")?;
    let width = course.exercises().map(|e| e.name.len()).max().unwrap_or(0);
    let mut done = 0;
    for page in &course.pages {
        writeln!(
            out,
            "\n{}    ({})",
            style.strong(&page.title),
            crate::course::rendered(&page.name)
        )?;
        for exercise in &page.exercises {
            let (mark, note) = match ws.state(&exercise.name) {
                State::Done => {
                    done += 1;
                    (style.good("done"), "")
                }
                State::Started => ("    ".to_string(), "  (started)"),
                State::NotStarted => ("    ".to_string(), ""),
            };
            let compiler = if exercise.about_the_compiler() {
                "  [make it compile]"
            } else {
                ""
            };
            writeln!(
                out,
                "  {mark}  {:<width$}  {}{compiler}{note}",
                exercise.name, exercise.title
            )?;
        }
    }
    let total = course.exercises().count();
    write!(out, "\n{done} of {total} done.")?;
    match next_to_do(course, ws, None) {
        Some(next) => writeln!(out, " Next: `cargo exercise {}`", next.name)?,
        None => writeln!(out)?,
    }
    Ok(())
}

/// The first exercise not done, in course order, after `after` if given
/// (then wrapping round to the start): what "next" means.
fn next_to_do<'c>(course: &'c Course, ws: &Workspace, after: Option<&str>) -> Option<&'c Exercise> {
    let all: Vec<&Exercise> = course.exercises().collect();
    let start = after
        .and_then(|name| all.iter().position(|e| e.name == name))
        .map_or(0, |at| at + 1);
    (0..all.len())
        .map(|i| all[(start + i) % all.len()])
        .find(|e| Some(e.name.as_str()) != after && ws.state(&e.name) != State::Done)
}

/// How a check was asked for: once, or by `watch`, which rechecks on save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Once,
    Watch,
}

/// Makes the student's copy of `exercise`'s starter, if there is none yet.
/// Says so, and returns whether it did.
fn start(exercise: &Exercise, ws: &Workspace, out: &mut dyn Write) -> io::Result<bool> {
    let name = &exercise.name;
    let file = ws.file(name);
    if file.exists() {
        return Ok(false);
    }
    fs::create_dir_all(&ws.work)?;
    let ignore = ws.work.join(".gitignore");
    if !ignore.exists() {
        fs::write(
            &ignore,
            "# Your own work on the exercises: git ignores all of it.\n*\n",
        )?;
    }
    fs::copy(ws.root.join(exercise.starter()), &file)?;
    writeln!(
        out,
        "Made {}, your own copy of the starter of {name}. It is yours to edit.\n\
         What it asks: {}\n\
         Here is the check on the starter as it is; it fails, and that is where\n\
         everyone starts.\n",
        ws.shown(name),
        exercise.statement_url()
    )?;
    Ok(true)
}

fn check(
    course: &Course,
    exercise: &Exercise,
    ws: &Workspace,
    rustc: &mut dyn FnMut() -> Result<Rustc, String>,
    style: Style,
    mode: Mode,
    out: &mut dyn Write,
) -> io::Result<i32> {
    let name = &exercise.name;
    let shown = ws.shown(name);
    start(exercise, ws, out)?;
    let source = fs::read_to_string(ws.file(name))?;
    let rustc = match rustc() {
        Ok(rustc) => rustc,
        Err(e) => {
            writeln!(out, "Could not prepare the compiler:\n{e}")?;
            return Ok(2);
        }
    };
    let verdict = verdict::check(
        &rustc,
        &ws.root,
        exercise,
        &source,
        &shown,
        &ws.build.join(name),
    )?;
    write!(out, "{}", render(exercise, &shown, &verdict, style))?;
    writeln!(out)?;
    let passed_copy = ws.passed_copy(name);
    if verdict.outcome.passed() {
        fs::create_dir_all(passed_copy.parent().expect("in my-work"))?;
        fs::write(&passed_copy, &source)?;
        match mode {
            Mode::Once => writeln!(
                out,
                "Well done! Compare with a model solution: `cargo exercise solution {name}`"
            )?,
            Mode::Watch => writeln!(
                out,
                "Well done! Type s and Enter for a model solution of {name}."
            )?,
        }
        match next_to_do(course, ws, Some(name)) {
            Some(next) if mode == Mode::Once => {
                writeln!(out, "Next: `cargo exercise {}`", next.name)?
            }
            None if mode == Mode::Once => writeln!(
                out,
                "That was the last one left: you have done every exercise."
            )?,
            _ => {}
        }
        Ok(0)
    } else {
        let _ = fs::remove_file(&passed_copy);
        match mode {
            Mode::Once => writeln!(
                out,
                "Edit {shown}, then run `cargo exercise {name}` again.\n\
                 Stuck? `cargo exercise hint {name}`. What it asks: {}",
                exercise.statement_url()
            )?,
            Mode::Watch => writeln!(
                out,
                "Edit {shown} and save it: it is checked again.\n\
                 What it asks: {}",
                exercise.statement_url()
            )?,
        }
        Ok(1)
    }
}

/// One line a student typed while `watch` runs, or the end of the input.
pub type Typed = Option<String>;

/// The lines typed on standard input, as they come; `None` when it closes.
fn stdin_lines() -> Receiver<Typed> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in io::stdin().lines() {
            if tx.send(line.ok()).is_err() {
                return;
            }
        }
        let _ = tx.send(None);
    });
    rx
}

/// How often `watch` looks at the student's file.
const POLL: Duration = Duration::from_millis(200);

/// `cargo exercise watch`: checks `first`, then checks it again each time
/// its file changes; at PASS, goes on to the next exercise not done. Reads
/// commands from `typed`: Enter checks again, `h` gives a hint (the next
/// one each time), `s` a model solution (after PASS only), `l` the list,
/// `q` quits. Returns when `q` is typed (0), or when every exercise is done.
pub fn watch(
    course: &Course,
    first: &Exercise,
    ws: &Workspace,
    rustc: &mut dyn FnMut() -> Result<Rustc, String>,
    style: Style,
    typed: &Receiver<Typed>,
    out: &mut dyn Write,
) -> io::Result<i32> {
    let total = course.exercises().count();
    let mut current = first;
    let mut last_passed: Option<&Exercise> = None;
    let mut hints_shown = 0;
    let mut input_open = true;
    let mut fresh_screen = true;
    loop {
        // Check the current exercise, and show where the class is.
        if style.color && !fresh_screen {
            write!(out, "\x1b[2J\x1b[H")?; // a clean screen for each recheck
        }
        fresh_screen = false;
        let code = check(course, current, ws, rustc, style, Mode::Watch, out)?;
        let done = course
            .exercises()
            .filter(|e| ws.state(&e.name) == State::Done)
            .count();
        writeln!(out, "\n{}", progress_bar(done, total, style))?;
        if code == 0 {
            last_passed = Some(current);
            match next_to_do(course, ws, Some(&current.name)) {
                Some(next) => {
                    writeln!(out, "\nOn to {}: {}\n", next.name, next.title)?;
                    current = next;
                    hints_shown = 0;
                    fresh_screen = true; // keep the PASS above in sight
                    continue;
                }
                None => {
                    writeln!(out, "You have done every exercise. Well done!")?;
                    return Ok(0);
                }
            }
        }
        writeln!(
            out,
            "Watching {}: each save checks it again.\n\
             Type h (a hint), s (the solution, after PASS), l (the list) or q (quit), then Enter.",
            ws.shown(&current.name)
        )?;
        out.flush()?;
        let before = fs::read(ws.file(&current.name)).ok();
        // Wait for a change of the file, or a command.
        loop {
            if input_open {
                match typed.recv_timeout(POLL) {
                    Ok(Some(line)) => match line.trim() {
                        "q" | "quit" => return Ok(0),
                        "" => break,
                        "h" | "hint" => {
                            hints_shown = hints_shown % current.hints.len().max(1) + 1;
                            hint(current, hints_shown, Mode::Watch, out)?;
                        }
                        "s" | "solution" => match last_passed {
                            Some(passed) if ws.state(&passed.name) == State::Done => {
                                solution(passed, ws, out)?;
                            }
                            _ => writeln!(
                                out,
                                "The model solution comes after PASS. Stuck? Type h for a hint."
                            )?,
                        },
                        "l" | "list" => list(course, ws, style, out)?,
                        other => writeln!(
                            out,
                            "`{other}`: type h (hint), s (solution), l (list), q (quit), \
                             or just Enter to check again."
                        )?,
                    },
                    Ok(None) | Err(RecvTimeoutError::Disconnected) => input_open = false,
                    Err(RecvTimeoutError::Timeout) => {}
                }
                out.flush()?;
            } else {
                std::thread::sleep(POLL);
            }
            let now = fs::read(ws.file(&current.name)).ok();
            if now != before {
                std::thread::sleep(POLL / 2); // let the editor finish writing
                break;
            }
        }
    }
}

/// `[#######-------------]  8 of 22 done`
fn progress_bar(done: usize, total: usize, style: Style) -> String {
    const WIDTH: usize = 30;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0);
    format!(
        "Progress: [{}{}] {done} of {total} exercises done",
        style.good(&"#".repeat(filled)),
        "-".repeat(WIDTH - filled)
    )
}

fn hint(exercise: &Exercise, n: usize, mode: Mode, out: &mut dyn Write) -> io::Result<i32> {
    let name = &exercise.name;
    let Some(text) = n.checked_sub(1).and_then(|i| exercise.hints.get(i)) else {
        writeln!(
            out,
            "{name} has hints 1 to {}: `cargo exercise hint {name} 1`",
            exercise.hints.len()
        )?;
        return Ok(2);
    };
    writeln!(out, "{name}, hint {n} of {}:\n", exercise.hints.len())?;
    for line in text.lines() {
        writeln!(out, "    {line}")?;
    }
    writeln!(out)?;
    match (n < exercise.hints.len(), mode) {
        (true, Mode::Once) => writeln!(out, "Still stuck? `cargo exercise hint {name} {}`", n + 1)?,
        (true, Mode::Watch) => writeln!(out, "Still stuck? Type h again for hint {}.", n + 1)?,
        (false, Mode::Once) => writeln!(
            out,
            "That was the last hint. The solution, when you want it: `cargo exercise solution {name}`"
        )?,
        (false, Mode::Watch) => writeln!(out, "That was the last hint.")?,
    }
    Ok(0)
}

fn solution(exercise: &Exercise, ws: &Workspace, out: &mut dyn Write) -> io::Result<i32> {
    let name = &exercise.name;
    if ws.state(name) != State::Done {
        writeln!(
            out,
            "(You have not passed {name} yet. The hints may be all you need: \
             `cargo exercise hint {name}`.)\n"
        )?;
    }
    let path = exercise.solution();
    let code = fs::read_to_string(ws.root.join(&path))?;
    writeln!(out, "A model solution of {name} ({}):\n", path.display())?;
    write!(out, "{code}")?;
    if let Some(page) = exercise.solution_url() {
        writeln!(out, "\nWhy it works, and other good answers: {page}")?;
    }
    Ok(0)
}

fn reset(exercise: &Exercise, ws: &Workspace, out: &mut dyn Write) -> io::Result<i32> {
    let name = &exercise.name;
    let file = ws.file(name);
    fs::create_dir_all(&ws.work)?;
    let starter = fs::read(ws.root.join(exercise.starter()))?;
    match fs::read(&file) {
        Ok(mine) if mine == starter => {
            writeln!(out, "{} is the starter already.", ws.shown(name))?;
            return Ok(0);
        }
        Ok(_) => {
            // Never over an older backup: my-work/NAME.rs.old, .old2, .old3, …
            let old = (1..)
                .map(|n| match n {
                    1 => ws.work.join(format!("{name}.rs.old")),
                    n => ws.work.join(format!("{name}.rs.old{n}")),
                })
                .find(|path| !path.exists())
                .expect("a free name");
            fs::rename(&file, &old)?;
            writeln!(out, "Your file is now {}.", shown_path(&ws.root, &old))?;
        }
        Err(_) => {}
    }
    fs::write(&file, starter)?;
    writeln!(
        out,
        "{} is the starter again. Check it with `cargo exercise {name}`.",
        ws.shown(name)
    )?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("views-1", "views-1"), 0);
        assert_eq!(distance("views-1", "view-1"), 1);
        assert_eq!(distance("views-1", "views-12"), 1);
        assert_eq!(distance("abc", "xyz"), 3);
    }
}
