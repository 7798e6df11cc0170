//! Compiling one Rust source file against the crate's own libraries, and
//! running it.
//!
//! A book example or an exercise is a single `main.rs` that says
//! `use memview::…;` and `use pretty_assertions::assert_eq;`. rustc needs an
//! `--extern name=path` for each, and the path must be the exact rlib cargo
//! built: `target/debug/deps` may hold several `libmemview-*.rlib`, and
//! guessing among them gives E0464 ("multiple candidates"). So
//! [`Rustc::for_test`] asks cargo, in its JSON, which rlibs a test target was
//! linked with. That costs one no-op `cargo test --no-run` (about 0.2 s).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The edition examples are compiled with (the crate's and the book's): the
/// one `cargo new` gives today. skeptic's blocks get it through
/// `tools/rustc-skeptic`.
pub const EDITION: &str = "2024";

/// Error codes that mean "this never reached the code under test": an
/// unresolved import or path, a missing crate, a duplicate or stale rlib, a
/// misspelled name. A `compile_fail` block failing with one of these fails
/// for the wrong reason, unless it lists the code itself.
pub const WRONG_REASONS: &[&str] = &[
    "E0405", "E0412", "E0422", "E0425", "E0432", "E0433", "E0460", "E0463", "E0464", "E0514",
    "E0519",
];

/// How to compile a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Type-check and borrow-check only (`--emit=metadata`): enough to know
    /// whether it compiles, and fast. What `compile_fail` blocks need.
    Check,
    /// A program with `fn main`, linked and ready to run.
    Bin,
    /// A test harness (`rustc --test`): its `#[test]` functions run when the
    /// result is run.
    Test,
}

/// rustc, set up to compile a single file against chosen crates of the
/// package (usually `memview` and `pretty_assertions`).
#[derive(Debug, Clone)]
pub struct Rustc {
    program: String,
    /// `--extern name=path` pairs.
    externs: Vec<(String, PathBuf)>,
    /// Folders for `-L dependency=`: where the rlibs' own dependencies are.
    deps: Vec<PathBuf>,
}

/// What compiling produced.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// Whether rustc succeeded.
    pub success: bool,
    /// What rustc printed: errors and warnings, no colour, lines wrapped at
    /// 100 columns, the file named `src/main.rs`.
    pub stderr: String,
    /// The program or test binary ([`Kind::Bin`], [`Kind::Test`], on success).
    pub exe: Option<PathBuf>,
}

impl Compiled {
    /// The distinct error codes in `stderr`, in order of first appearance:
    /// `["E0502"]` for `error[E0502]: cannot borrow …`.
    ///
    /// ```
    /// let c = workbook::Compiled { success: false, exe: None,
    ///     stderr: "error[E0599]: no method\nerror[E0502]: x\nerror[E0599]: y\n".into() };
    /// assert_eq!(c.error_codes(), ["E0599", "E0502"]);
    /// ```
    pub fn error_codes(&self) -> Vec<String> {
        let mut codes: Vec<String> = Vec::new();
        for line in self.stderr.lines() {
            if let Some(code) = line.strip_prefix("error[").and_then(|r| r.get(..5))
                && !codes.iter().any(|c| c == code)
            {
                codes.push(code.to_string());
            }
        }
        codes
    }

    /// Runs the program in `dir` with `args`, capturing what it prints.
    ///
    /// # Errors
    /// If it was not built, or cannot be started.
    pub fn run(&self, dir: &Path, args: &[&str]) -> io::Result<Output> {
        let exe = self
            .exe
            .as_ref()
            .ok_or_else(|| io::Error::other("nothing to run: it did not compile"))?;
        Command::new(exe).args(args).current_dir(dir).output()
    }
}

/// rustc's messages with the line and column of every place outside the
/// compiled file (`src/main.rs`) written `LL:CC`: a note that points into
/// memview's own source (` --> src/index.rs:117:4`) then survives edits to
/// the library. The places in the example itself keep their numbers.
///
/// ```
/// let stderr = " --> src/main.rs:6:9\nnote: here\n --> src/index.rs:117:4\n  ::: src/view.rs:80:1\n";
/// assert_eq!(workbook::rustc::normalize_locations(stderr),
///            " --> src/main.rs:6:9\nnote: here\n --> src/index.rs:LL:CC\n  ::: src/view.rs:LL:CC\n");
/// ```
pub fn normalize_locations(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let arrow = body.trim_start();
        let place = arrow
            .strip_prefix("--> ")
            .or_else(|| arrow.strip_prefix("::: "));
        let file = place.and_then(|p| p.rsplitn(3, ':').nth(2));
        match file {
            Some(file) if file != "src/main.rs" => {
                out.push_str(&body[..body.len() - arrow.len() + 4]);
                out.push_str(file);
                out.push_str(":LL:CC");
                out.push_str(&line[body.len()..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

impl Rustc {
    /// rustc with `--extern` for each of `crates`, as cargo built them for
    /// the test target `test` of `package` in the workspace at
    /// `manifest_dir` (cargo is asked; it rebuilds nothing that is fresh).
    /// Call it from that test: `Rustc::for_test(env!("CARGO_MANIFEST_DIR"),
    /// env!("CARGO_PKG_NAME"), "book", &["memview", "pretty_assertions"])`.
    ///
    /// # Errors
    /// cargo's message if it fails, or a list of the crates it did not build.
    pub fn for_test(
        manifest_dir: impl AsRef<Path>,
        package: &str,
        test: &str,
        crates: &[&str],
    ) -> Result<Rustc, String> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut command = Command::new(cargo);
        command
            .args([
                "test",
                "--no-run",
                "--message-format=json",
                "--package",
                package,
            ])
            .args(["--test", test])
            .current_dir(manifest_dir);
        if !cfg!(debug_assertions) {
            command.arg("--release");
        }
        let out = command
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        Rustc::from_cargo_messages(&out.stdout, crates)
    }

    /// rustc with `--extern` for each of `crates`, found in what cargo printed
    /// with `--message-format=json` (its `compiler-artifact` messages) while
    /// building something that depends on them.
    ///
    /// ```
    /// let json = br#"{"reason":"compiler-artifact","target":{"name":"memview"},"filenames":["/t/libmemview-1.rlib"]}"#;
    /// assert!(workbook::Rustc::from_cargo_messages(json, &["memview"]).is_ok());
    /// assert!(workbook::Rustc::from_cargo_messages(json, &["pretty_assertions"]).is_err());
    /// ```
    ///
    /// # Errors
    /// A list of the crates it did not find.
    pub fn from_cargo_messages(stdout: &[u8], crates: &[&str]) -> Result<Rustc, String> {
        let mut externs = Vec::new();
        for line in stdout.split(|&b| b == b'\n') {
            let Ok(message) = serde_json::from_slice::<serde_json::Value>(line) else {
                continue;
            };
            let name = message["target"]["name"]
                .as_str()
                .unwrap_or("")
                .replace('-', "_");
            if message["reason"] != "compiler-artifact" || !crates.contains(&name.as_str()) {
                continue;
            }
            let files = message["filenames"].as_array().into_iter().flatten();
            for file in files.filter_map(|f| f.as_str()) {
                if file.ends_with(".rlib") {
                    externs.push((name.clone(), PathBuf::from(file)));
                }
            }
        }
        let missing: Vec<_> = crates
            .iter()
            .filter(|c| !externs.iter().any(|(n, _)| n == *c))
            .collect();
        if !missing.is_empty() {
            return Err(format!("cargo built no rlib for {missing:?}"));
        }
        Ok(Rustc::with_externs(externs))
    }

    /// rustc with exactly these `--extern name=path` pairs (no pairs: the
    /// standard library only). [`Rustc::for_test`] finds the right paths.
    ///
    /// ```
    /// use workbook::{Kind, Rustc};
    /// let dir = std::env::temp_dir().join("workbook-doc-with-externs");
    /// let built = Rustc::with_externs(vec![]).compile("fn main() {}", &dir, Kind::Check)?;
    /// assert!(built.success);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn with_externs(externs: Vec<(String, PathBuf)>) -> Rustc {
        let mut deps: Vec<PathBuf> = externs
            .iter()
            .filter_map(|(_, p)| p.parent().map(Path::to_path_buf))
            .collect();
        deps.dedup();
        Rustc {
            program: std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()),
            externs,
            deps,
        }
    }

    /// Compiles `source` as `dir/src/main.rs` (creating `dir`), with rustc
    /// started in `dir` so messages name the file `src/main.rs` whatever
    /// `dir` is. The output goes to `dir/main`.
    ///
    /// # Errors
    /// If `dir` cannot be written or rustc cannot be started (a failed
    /// compilation is not an error: see [`Compiled::success`]).
    pub fn compile(&self, source: &str, dir: &Path, kind: Kind) -> io::Result<Compiled> {
        fs::create_dir_all(dir.join("src"))?;
        fs::write(dir.join("src/main.rs"), source)?;
        let exe = dir.join(format!("main{}", std::env::consts::EXE_SUFFIX));
        let _ = fs::remove_file(&exe);
        let mut rustc = Command::new(&self.program);
        rustc
            .current_dir(dir)
            .arg("src/main.rs")
            .arg(format!("--edition={EDITION}"))
            .args(["--crate-name=main", "--crate-type=bin"])
            .args(["--color=never", "--diagnostic-width=100", "-Cdebuginfo=0"]);
        match kind {
            Kind::Check => rustc.args(["--emit=metadata", "-o", "main.rmeta"]),
            Kind::Bin => rustc.arg("-o").arg(&exe),
            Kind::Test => rustc.arg("--test").arg("-o").arg(&exe),
        };
        for dir in &self.deps {
            rustc.arg("-L").arg(format!("dependency={}", dir.display()));
        }
        for (name, path) in &self.externs {
            rustc
                .arg("--extern")
                .arg(format!("{name}={}", path.display()));
        }
        let out = rustc.output()?;
        let success = out.status.success();
        Ok(Compiled {
            success,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            exe: (success && kind != Kind::Check).then_some(exe),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("workbook-test-{}-{name}", std::process::id()))
    }

    #[test]
    fn check_reports_the_error_codes_and_names_the_file_src_main_rs() {
        let source = "fn main() {\n    let x: u8 = \"no\";\n}\n";
        let built = Rustc::with_externs(vec![])
            .compile(source, &dir("check"), Kind::Check)
            .unwrap();
        assert!(!built.success);
        assert_eq!(built.error_codes(), ["E0308"]);
        assert!(
            built.stderr.contains(" --> src/main.rs:2:17"),
            "{}",
            built.stderr
        );
        assert!(built.exe.is_none());
    }

    #[test]
    fn a_bin_runs_and_its_output_is_captured() {
        let dir = dir("bin");
        let source = "fn main() { println!(\"hi from {}\", 6 * 7); }";
        let built = Rustc::with_externs(vec![])
            .compile(source, &dir, Kind::Bin)
            .unwrap();
        assert!(built.success, "{}", built.stderr);
        let run = built.run(&dir, &[]).unwrap();
        assert_eq!(String::from_utf8_lossy(&run.stdout), "hi from 42\n");
    }

    #[test]
    fn a_test_harness_runs_its_tests_and_reports_failures() {
        let dir = dir("test");
        let source = "#[test] fn passes() {}\n#[test] fn fails() { assert_eq!(1 + 1, 3); }\n";
        let built = Rustc::with_externs(vec![])
            .compile(source, &dir, Kind::Test)
            .unwrap();
        assert!(built.success, "{}", built.stderr);
        let run = built.run(&dir, &["--test-threads=1"]).unwrap();
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(!run.status.success());
        assert!(
            stdout.contains("test passes ... ok") && stdout.contains("test fails ... FAILED"),
            "{stdout}"
        );
    }

    #[test]
    fn other_files_lose_their_line_numbers_only() {
        let stderr = "error[E0599]: x\n --> src/main.rs:6:9\nnote: y\n --> src/index.rs:117:4\n";
        assert_eq!(
            normalize_locations(stderr),
            "error[E0599]: x\n --> src/main.rs:6:9\nnote: y\n --> src/index.rs:LL:CC\n"
        );
    }
}
