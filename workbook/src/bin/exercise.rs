//! `cargo exercise`: the classroom exercises, from the student's side.
//!
//! `cargo exercise list`, `cargo exercise views-1`, `cargo exercise hint
//! views-1`: see [`workbook::student`]. The alias lives in
//! `.cargo/config.toml`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

use workbook::Rustc;
use workbook::report::Style;
use workbook::student::{Workspace, run};

/// The crates an exercise may `use`, as cargo built them for memview's
/// `exercises` test (the test that proves every exercise).
const CRATES: &[&str] = &["memview", "pretty_assertions"];

fn main() -> ExitCode {
    let root: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workbook/ is inside the repository")
        .to_path_buf();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let ws = Workspace::new(&root);
    let mut rustc = || prepare(&root);
    let mut out = std::io::stdout().lock();
    match run(&args, &ws, &mut rustc, Style { color }, &mut out) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("cargo exercise: {e}");
            ExitCode::from(2)
        }
    }
}

/// rustc set up with memview and pretty_assertions. cargo builds them the
/// first time (a few minutes); say so if it takes a while.
fn prepare(root: &Path) -> Result<Rustc, String> {
    let (tx, rx) = mpsc::channel();
    let root_for_cargo = root.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(Rustc::for_test(
            &root_for_cargo,
            "memview",
            "exercises",
            CRATES,
        ));
    });
    match rx.recv_timeout(Duration::from_secs(2)) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            eprintln!("(Building memview for the exercises. The first time takes a few minutes.)");
            rx.recv().map_err(|e| e.to_string())?
        }
        Err(e) => Err(e.to_string()),
    }
}
