//! `cargo exercise`: the classroom exercises, from the student's side.
//!
//! `cargo exercise list`, `cargo exercise views-1`, `cargo exercise hint
//! views-1`: see [`workbook::student`]. The alias lives in
//! `.cargo/config.toml`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use workbook::prepare::{self, Progress};
use workbook::report::Style;
use workbook::student::{Workspace, run};

fn main() -> ExitCode {
    let root: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workbook/ is inside the repository")
        .to_path_buf();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let ws = Workspace::new(&root);
    // memview and pretty_assertions, built the first time a check needs them.
    let mut rustc = || {
        let mut stderr = std::io::stderr();
        let terminal = stderr.is_terminal();
        prepare::build(
            &root,
            Progress {
                out: &mut stderr,
                terminal,
            },
        )
    };
    let mut out = std::io::stdout().lock();
    match run(&args, &ws, &mut rustc, Style { color }, &mut out) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("cargo exercise: {e}");
            ExitCode::from(2)
        }
    }
}
