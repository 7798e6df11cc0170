//! Differential test: random chains of memoryview operations, run in CPython
//! and in memview, compared value for value and message for message.
//!
//! `tools/differential/generate.py` builds the chains from a fixed seed, runs
//! each one in CPython and records every step's `repr` or exception; this
//! test replays them with memview (`differential/interpret.rs`, the one file
//! that calls memview) and compares. A step that differs fails the test with
//! the chain as Python lines to paste, both answers, and the command that
//! reruns that one chain. `tools/differential/README.md` has the long run.
//!
//! Settings, from the environment: `PYTHON` (else `python3`),
//! `DIFFERENTIAL_SEED` (default 1), `DIFFERENTIAL_COUNT` (chains, default
//! 500), `DIFFERENTIAL_FIRST` (number of the first chain, default 0),
//! `DIFFERENTIAL_CASE` (just that chain). Without Python the test is
//! skipped, loudly, unless `CI` is set: then it fails.

#[path = "differential/interpret.rs"]
mod interpret;
#[path = "differential/ops.rs"]
mod ops;
#[path = "support/python.rs"]
mod support;

use ops::{Case, Op, Outcome, PyErr, outcome_text};
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

const DEFAULT_SEED: u64 = 1;
const DEFAULT_COUNT: u64 = 500;
/// How many differences are printed in full (all are counted).
const SHOWN: usize = 8;

// ---------------------------------------------------------------- known bugs

/// A disagreement with CPython that is known and not fixed yet. Each
/// predicate matches only that bug's steps: the op, CPython's answer and
/// memview's. The lead removes an entry when its fix lands; an entry that
/// matches nothing in a run is reported, so a stale one is seen.
struct KnownBug {
    name: &'static str,
    matches: fn(&Op, &Outcome, &Outcome) -> bool,
}

/// Bugs open in `src/` today: none. When a long run finds one that cannot
/// be fixed at once, it goes here with a predicate matching exactly its
/// steps (op, CPython's answer, memview's), so the default run stays green
/// while the fix is made; a real new bug must never match one of these.
/// The six disagreements of issue 9 were here, and are fixed.
const KNOWN_OPEN_BUGS: &[KnownBug] = &[];

// ---------------------------------------------------------------- settings

struct Settings {
    python: String,
    seed: u64,
    first: u64,
    count: u64,
    case: Option<u64>,
}

impl Settings {
    fn from_env() -> Settings {
        let number = |name: &str| {
            std::env::var(name).ok().map(|v| {
                v.trim()
                    .parse::<u64>()
                    .unwrap_or_else(|_| panic!("{name}={v} is not a number"))
            })
        };
        Settings {
            python: std::env::var("PYTHON").unwrap_or_else(|_| "python3".into()),
            seed: number("DIFFERENTIAL_SEED").unwrap_or(DEFAULT_SEED),
            first: number("DIFFERENTIAL_FIRST").unwrap_or(0),
            count: number("DIFFERENTIAL_COUNT").unwrap_or(DEFAULT_COUNT),
            case: number("DIFFERENTIAL_CASE"),
        }
    }

    fn rerun(&self, case: u64) -> String {
        format!(
            "DIFFERENTIAL_SEED={} DIFFERENTIAL_CASE={case} cargo test --test differential",
            self.seed
        )
    }
}

// ---------------------------------------------------------------- checking

#[derive(Default)]
struct Tally {
    cases: u64,
    steps: u64,
    /// Per op: (steps, of which CPython answered without an exception).
    ops: BTreeMap<&'static str, (u64, u64)>,
    /// Per known bug: how many steps it matched, and the first one.
    known: BTreeMap<&'static str, (u64, String)>,
    /// Chains cut short because a known bug left the two sides in different states.
    cut: u64,
    differences: Vec<String>,
}

fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "a panic".to_owned())
}

fn check_case(case: &Case, settings: &Settings, python: &str, tally: &mut Tally) {
    tally.cases += 1;
    let mut chain = interpret::Chain::new(&case.exporter);
    for (n, step) in case.steps.iter().enumerate() {
        let got = catch_unwind(AssertUnwindSafe(|| chain.step(&step.op)))
            .unwrap_or_else(|p| Err(PyErr::new("PANIC", &panic_text(p))));
        tally.steps += 1;
        let entry = tally.ops.entry(step.op.name()).or_default();
        entry.0 += 1;
        entry.1 += u64::from(step.expect.is_ok());
        if got == step.expect {
            continue;
        }
        if let Some(bug) = KNOWN_OPEN_BUGS
            .iter()
            .find(|b| (b.matches)(&step.op, &step.expect, &got))
        {
            let seen = tally.known.entry(bug.name).or_default();
            if seen.0 == 0 {
                seen.1 = format!(
                    "case {}: {}  CPython: {}  memview: {}",
                    case.number,
                    step.py,
                    outcome_text(&step.expect),
                    outcome_text(&got)
                );
            }
            seen.0 += 1;
            if step.op.changes_state() && got.is_ok() != step.expect.is_ok() {
                tally.cut += 1;
                return; // the two sides no longer hold the same `m` or `x`
            }
            continue;
        }
        tally
            .differences
            .push(report(case, n, &got, settings, python));
        return;
    }
}

/// The chain up to step `at` as Python to paste (steps that change nothing
/// are comments with CPython's answer; the attribute tuples printed after
/// each new view are left out), then both answers.
fn report(case: &Case, at: usize, got: &Outcome, settings: &Settings, python: &str) -> String {
    let short = |text: String| {
        if text.chars().count() > 70 {
            format!("{}...", text.chars().take(67).collect::<String>())
        } else {
            text
        }
    };
    let mut lines = vec!["import array, ctypes".to_owned()];
    let shown = &case.steps[..=at];
    if shown.iter().any(|s| s.py.contains("ndarray(")) || case.exporter.py.contains("ndarray(") {
        lines.push("from _testbuffer import ndarray, ND_FORTRAN, ND_WRITABLE".to_owned());
    }
    lines.extend([
        format!("x = {}", case.exporter.py),
        "m = memoryview(x)".to_owned(),
    ]);
    for step in &case.steps[..at] {
        if matches!(step.op, Op::Describe) {
            continue; // a long line that only shows what the steps before it made
        }
        if step.op.changes_state() && step.expect.is_ok() {
            lines.push(step.py.clone());
        } else {
            lines.push(format!(
                "# {}  -> {}",
                step.py,
                short(outcome_text(&step.expect))
            ));
        }
    }
    let step = &case.steps[at];
    lines.push(step.py.clone());
    format!(
        "case {} of seed {}: step {} ({}) differs\n  rerun: {}\n\n{}\n\n  CPython {python}: {}\n  memview:        {}\n",
        case.number,
        settings.seed,
        at,
        step.op.name(),
        settings.rerun(case.number),
        lines
            .iter()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n"),
        outcome_text(&step.expect),
        outcome_text(got),
    )
}

// ---------------------------------------------------------------- main

fn main() -> ExitCode {
    let settings = Settings::from_env();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("tools/differential/generate.py");
    let started = Instant::now();
    let mut command = Command::new(&settings.python);
    command
        .arg(&script)
        .arg("--seed")
        .arg(settings.seed.to_string());
    match settings.case {
        Some(case) => command.arg("--case").arg(case.to_string()),
        None => command
            .arg("--first")
            .arg(settings.first.to_string())
            .arg("--count")
            .arg(settings.count.to_string()),
    };
    let mut child = match command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let why = format!("`{}` not found", settings.python);
            if std::env::var_os("CI").is_some() {
                eprintln!("differential test: {why}, and CI is set: it must run in CI");
                return ExitCode::FAILURE;
            }
            println!(
                "\ndifferential test: SKIPPED, memview NOT compared with CPython: {why} \
                 (set PYTHON; with CI set this fails)\n"
            );
            return ExitCode::SUCCESS;
        }
        Err(e) => panic!("cannot run {}: {e}", settings.python),
    };
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let header: Json = match lines.next() {
        Some(Ok(line)) => serde_json::from_str(&line).expect("a JSON header"),
        _ => {
            let _ = child.wait();
            eprintln!("differential test: {} printed nothing", script.display());
            return ExitCode::FAILURE;
        }
    };
    let python = header["python"].as_str().unwrap_or("?").to_owned();
    if header["ndarray"] == false {
        println!(
            "differential test: this Python has no _testbuffer module: no chain starts from an \
             ndarray (Fortran order, negative strides, offsets)"
        );
    }
    let mut tally = Tally::default();
    for line in lines {
        let line = line.expect("the generator's output is text");
        let json: Json = serde_json::from_str(&line).expect("a JSON case");
        check_case(&ops::case(&json), &settings, &python, &mut tally);
    }
    let status = child.wait().expect("the generator ran");
    if !status.success() {
        eprintln!("differential test: {} failed ({status})", script.display());
        return ExitCode::FAILURE;
    }
    summary(&tally, &settings, &python, started.elapsed().as_secs_f64());
    if tally.differences.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "\nmemview differs from CPython {python} in {} of {} chains; the first {}:\n",
            tally.differences.len(),
            tally.cases,
            tally.differences.len().min(SHOWN)
        );
        for report in tally.differences.iter().take(SHOWN) {
            eprintln!("{report}");
        }
        ExitCode::FAILURE
    }
}

fn summary(tally: &Tally, settings: &Settings, python: &str, seconds: f64) {
    let which = match settings.case {
        Some(case) => format!("case {case}"),
        None => format!(
            "cases {}..{}",
            settings.first,
            settings.first + settings.count
        ),
    };
    println!(
        "\ndifferential test: {} chains, {} steps against CPython {python} \
         (seed {}, {which}) in {seconds:.2} s",
        tally.cases, tally.steps, settings.seed
    );
    let ops: Vec<String> = tally
        .ops
        .iter()
        .map(|(name, (n, ok))| format!("{name} {n} ({ok} ok)"))
        .collect();
    println!("  steps by op: {}", ops.join(", "));
    println!(
        "  known open bugs (KNOWN_OPEN_BUGS), {} chains cut short by them:",
        tally.cut
    );
    for bug in KNOWN_OPEN_BUGS {
        match tally.known.get(bug.name) {
            Some((n, first)) => println!("    {n:>5} x {}\n            first: {first}", bug.name),
            None => println!("        0 x {} (matched nothing this run)", bug.name),
        }
    }
    println!(
        "  differences: {}\n",
        if tally.differences.is_empty() {
            "none".to_owned()
        } else {
            tally.differences.len().to_string()
        }
    );
}
