//! What the exercises are compiled against: the `exercises` package
//! (`exercises/Cargo.toml`), built once by cargo. It holds memview and
//! pretty_assertions and nothing else, so a student's first check builds a
//! handful of crates, not the root package's test tree (criterion, proptest,
//! skeptic).
//!
//! cargo is asked every time (a no-op costs about 0.1 s) for the exact rlibs
//! it made. The first time, when it compiles, what it prints is passed on
//! to the student, so a slow first build shows its progress.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::report::strip_ansi;
use crate::rustc::Rustc;

/// The package that holds what an exercise may use.
pub const PACKAGE: &str = "exercises";

/// The crates an exercise may `use` (the last for the checks' counting of
/// allocations, `exercises/support/allocations.rs`).
pub const CRATES: &[&str] = &["memview", "pretty_assertions", "allocation_counter"];

/// What the student sees before cargo's own lines, when cargo has work to do.
pub const HEADER: &str = "(cargo builds memview and pretty_assertions for the exercises. \
This happens once, and takes some seconds.)";

/// Where cargo's progress goes, and how.
pub struct Progress<'a> {
    /// Where cargo's lines go (the student's terminal: stderr).
    pub out: &'a mut dyn Write,
    /// Whether `out` is a terminal: then cargo draws its progress bar, in
    /// colour.
    pub terminal: bool,
}

impl std::fmt::Debug for Progress<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("terminal", &self.terminal)
            .finish_non_exhaustive()
    }
}

/// Builds the `exercises` package of the workspace at `root` (nothing, if it
/// is fresh) and returns rustc set up with its rlibs. While cargo compiles,
/// [`HEADER`] and cargo's own lines go to `progress`; a fresh build prints
/// nothing.
///
/// # Errors
/// What cargo printed, if it failed or could not be started.
pub fn build(root: &Path, progress: Progress<'_>) -> Result<Rustc, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args([
            "build",
            "--message-format=json",
            "--lib",
            "--package",
            PACKAGE,
        ])
        .current_dir(root)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if !cfg!(debug_assertions) {
        command.arg("--release");
    }
    if progress.terminal {
        command
            .env("CARGO_TERM_COLOR", "always")
            .env("CARGO_TERM_PROGRESS_WHEN", "always")
            .env("CARGO_TERM_PROGRESS_WIDTH", "80");
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let mut stdout = child.stdout.take().expect("piped");
    let json = std::thread::spawn(move || {
        let mut all = Vec::new();
        let _ = stdout.read_to_end(&mut all);
        all
    });
    let stderr = child.stderr.take().expect("piped");
    let said = pass_on(stderr, progress.out).map_err(|e| format!("reading cargo: {e}"))?;
    let status = child
        .wait()
        .map_err(|e| format!("waiting for cargo: {e}"))?;
    let json = json.join().unwrap_or_default();
    if !status.success() {
        return Err(strip_ansi(&said));
    }
    Rustc::from_cargo_messages(&json, CRATES)
}

/// Copies what cargo prints to `out`, from its first line of work on (with
/// [`HEADER`] first); returns all of it. cargo redraws its progress bar
/// with `\r`, so the text is passed on in pieces ending in `\n` or `\r`,
/// as they come.
fn pass_on(mut from: impl Read, out: &mut dyn Write) -> io::Result<String> {
    let mut all = Vec::new();
    let mut piece = Vec::new();
    let mut passing = false;
    let mut buffer = [0u8; 4096];
    loop {
        let n = from.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        for &byte in &buffer[..n] {
            piece.push(byte);
            if byte == b'\n' || byte == b'\r' {
                passing = show(&piece, passing, out)?;
                all.append(&mut piece);
            }
        }
    }
    show(&piece, passing, out)?;
    all.append(&mut piece);
    Ok(String::from_utf8_lossy(&all).into_owned())
}

/// Passes `piece` on if cargo is working (or was already); says whether it
/// is, after this piece.
fn show(piece: &[u8], passing: bool, out: &mut dyn Write) -> io::Result<bool> {
    let text = strip_ansi(&String::from_utf8_lossy(piece));
    let text = text.trim();
    // What a fresh build prints, every time: not worth showing.
    let routine = text.is_empty() || text.starts_with("Finished ");
    if !passing && routine {
        return Ok(false);
    }
    if !passing {
        writeln!(out, "{HEADER}")?;
    }
    out.write_all(piece)?;
    out.flush()?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passed_on(cargo_says: &str) -> (String, String) {
        let mut out = Vec::new();
        let all = pass_on(cargo_says.as_bytes(), &mut out).unwrap();
        (String::from_utf8(out).unwrap(), all)
    }

    #[test]
    fn a_fresh_build_shows_nothing() {
        let fresh = "    Finished `dev` profile [unoptimized + debuginfo] target(s) in 0.05s\n";
        assert_eq!(passed_on(fresh), (String::new(), fresh.to_string()));
    }

    #[test]
    fn a_build_shows_every_line_from_the_first_compiling_on() {
        let work = "   Compiling bytemuck v1.25.2\n\r    Building [=>  ] 1/4\r   Compiling memview v0.1.0\n    Finished `dev` profile\n";
        let (shown, all) = passed_on(work);
        assert_eq!(shown, format!("{HEADER}\n{work}"));
        assert_eq!(all, work);
    }
}
