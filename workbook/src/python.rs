//! Python blocks, run by CPython's doctest.
//!
//! The blocks are handed to `tools/doctest_blocks.py` as JSON on its stdin
//! (file, line, source), so the markdown is read in one place only (here).
//! The script runs each file's blocks in order in one namespace, with
//! `ELLIPSIS` (for `<memory at 0x...>`), and never sees a closing fence, so
//! the fence cannot be mistaken for expected output. A page that imports
//! NumPy runs only where NumPy is installed; the others need Python alone.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::book::Block;

/// What running the Python blocks gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doctests {
    /// How many `>>>` examples ran.
    pub examples: usize,
    /// How many of them printed something other than what the book shows.
    pub failed: usize,
    /// doctest's report of the failures (`File "book/x.md", line N, …`).
    pub report: String,
    /// The Python that ran them: `3.11.7`.
    pub version: String,
    /// Pages not run because they need NumPy and it is not installed
    /// (with `CI` set, the script counts their examples as failed instead).
    pub skipped: Vec<String>,
    /// How many examples those pages hold.
    pub skipped_examples: usize,
}

/// Runs `blocks` (all `python`) with `python` (`python3`, or `$PYTHON`) and
/// the script at `script`.
///
/// # Errors
/// `io::ErrorKind::NotFound` if there is no such Python; another error if the
/// script fails without reporting.
pub fn run_doctests(python: &str, script: &Path, blocks: &[&Block]) -> io::Result<Doctests> {
    let input = serde_json::Value::Array(
        blocks
            .iter()
            .map(|b| {
                let file =
                    b.at.rsplit_once(':')
                        .map_or(b.at.as_str(), |(file, _)| file);
                serde_json::json!({ "file": file, "line": b.line, "source": b.text })
            })
            .collect(),
    );
    let mut child = Command::new(python)
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.to_string().as_bytes())?;
    let out = child.wait_with_output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let (report, summary) = last_line_json(&stdout);
    let summary = summary.ok_or_else(|| {
        io::Error::other(format!(
            "{} gave no summary:\n{stdout}{}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
        ))
    })?;
    let count = |key: &str| summary[key].as_u64().unwrap_or(0) as usize;
    Ok(Doctests {
        examples: count("attempted"),
        failed: count("failed"),
        report: report.to_string(),
        version: summary["version"].as_str().unwrap_or("?").to_string(),
        skipped: summary["skipped"]
            .as_array()
            .map(|files| {
                files
                    .iter()
                    .filter_map(|f| f.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default(),
        skipped_examples: count("skipped_examples"),
    })
}

/// A script's output, as the Python tools end it with their answer: what
/// it printed before its last line, and that line read as JSON (`None` if it
/// is not JSON).
fn last_line_json(stdout: &str) -> (&str, Option<serde_json::Value>) {
    let (before, last) = stdout.trim_end().rsplit_once('\n').unwrap_or(("", stdout));
    (before, serde_json::from_str(last.trim()).ok())
}

/// A CPython that `tools/python_env.py` set up for the book, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PythonEnv {
    /// `3.12`.
    pub version: String,
    /// Its venv's interpreter (`target/python/3.12/bin/python`), with NumPy
    /// and the `memview` module; `Err` says why there is none.
    pub python: Result<String, String>,
}

/// Sets up (or finds up to date) the venvs of `versions` with
/// `tools/python_env.py`, run by `python` (`python3`): NumPy and the bridge's
/// `memview` module installed. A second run only checks stamps.
///
/// # Errors
/// `NotFound` if there is no `python`; another error, with what the script
/// printed, if it gives no answer.
pub fn environments(root: &Path, python: &str, versions: &[&str]) -> io::Result<Vec<PythonEnv>> {
    let out = Command::new(python)
        .arg(root.join("tools/python_env.py"))
        .arg("--json")
        .args(versions)
        .current_dir(root)
        .output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let answer = last_line_json(&stdout).1.ok_or_else(|| {
        io::Error::other(format!(
            "tools/python_env.py gave no answer:\n{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        ))
    })?;
    let envs = answer.as_array().cloned().unwrap_or_default();
    Ok(envs
        .iter()
        .map(|env| PythonEnv {
            version: env["version"].as_str().unwrap_or("?").to_string(),
            python: env["python"].as_str().map(str::to_string).ok_or_else(|| {
                env["why"]
                    .as_str()
                    .unwrap_or("tools/python_env.py gave no reason")
                    .to_string()
            }),
        })
        .collect())
}
