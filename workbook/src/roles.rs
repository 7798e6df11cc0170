//! Roles: the whitelist of info strings a fenced block may carry.
//!
//! Every fenced block in the book says what it is for in its info string (the
//! text after the opening fence). [`ROLES`] is the one list of them. An info
//! string that is not on it is an error, so a typo such as `compile-fail` or
//! `shouldpanic` cannot silently turn a check off, and a bare fence (which
//! rustdoc would take for Rust) is refused too.
//!
//! To add a role: add a [`Role`] variant, a row to [`ROLES`], and the check
//! that verifies it (the template skeptic runs it in, `workbook::skeptic`;
//! the book check, `tests/book.rs`; or for exercises `tests/exercises.rs`).

/// What a fenced block is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// ```` ```rust ````: compiled and run; must not panic.
    Run,
    /// ```` ```rust,should_panic ````: compiled and run; must panic.
    ShouldPanic,
    /// ```` ```rust,no_run ````: compiled only; needs `<!-- no_run: reason -->`.
    NoRun,
    /// ```` ```rust,compile_fail,E0502 ````: must fail to compile with exactly
    /// the listed error codes (see [`parse`] for the codes).
    CompileFail,
    /// ```` ```rust,ignore ````: not compiled; needs `<!-- ignore: reason -->`.
    Ignore,
    /// ```` ```python ````: `>>>` examples run by CPython's doctest.
    Python,
    /// ```` ```python,py312 ````: `>>>` examples of Python 3.12 and later,
    /// run by each CPython 3.12+ present (3.12, 3.13).
    Python312,
    /// ```` ```text,output ````: exactly what the `rust` block before it prints.
    Output,
    /// ```` ```text,rustc ````: exactly what rustc prints for the
    /// `compile_fail` block before it.
    Rustc,
    /// ```` ```text ````, ```` ```console ````, ```` ```sh ````, ```` ```toml ````:
    /// a picture or a command for the reader, not checked.
    Illustration,
    /// ```` ```rust,exercise ````: one `{{#include}}` of a file of
    /// `exercises/` (a starter, a check or a solution), proven by
    /// `tests/exercises.rs` and left alone by skeptic.
    /// ```` ```rust,exercise,compile_fail,E0502 ````: a starter that must
    /// fail to compile with exactly these codes until the student fixes it.
    Exercise,
    /// ```` ```rust,bridge ````: one `{{#include}}` of an excerpt of the
    /// Python bridge (`bridge/src/`), compiled and tested with that crate
    /// (`cargo test -p memview-py`), left alone by skeptic.
    Bridge,
}

/// A row of the whitelist: the info string as written, its role, its meaning.
#[derive(Debug, Clone, Copy)]
pub struct RoleSpec {
    /// The info string. `E0XXX` stands for one or more error codes.
    pub info: &'static str,
    /// The role it declares.
    pub role: Role,
    /// What `cargo test` does with such a block.
    pub meaning: &'static str,
}

/// Every info string the book may use. The README's table mirrors this list
/// (the book test checks that it names every row).
pub const ROLES: &[RoleSpec] = &[
    RoleSpec {
        info: "rust",
        role: Role::Run,
        meaning: "compiled and run by skeptic; fails if it panics or returns an error; \
                  followed by a `text,output` block, it must print exactly that",
    },
    RoleSpec {
        info: "rust,should_panic",
        role: Role::ShouldPanic,
        meaning: "compiled and run by skeptic; fails unless it panics",
    },
    RoleSpec {
        info: "rust,no_run",
        role: Role::NoRun,
        meaning: "compiled by skeptic, not run; needs `<!-- no_run: reason -->` before it",
    },
    RoleSpec {
        info: "rust,compile_fail,E0XXX",
        role: Role::CompileFail,
        meaning: "must fail to compile with exactly these error codes (one or more)",
    },
    RoleSpec {
        info: "rust,ignore",
        role: Role::Ignore,
        meaning: "not compiled; needs `<!-- ignore: reason -->` before it; counted",
    },
    RoleSpec {
        info: "python",
        role: Role::Python,
        meaning: "`>>>` examples run by CPython's doctest, one namespace per file",
    },
    RoleSpec {
        info: "python,py312",
        role: Role::Python312,
        meaning: "`>>>` examples of Python 3.12 and later, run by each CPython 3.12+ found \
                  (one namespace per file and version)",
    },
    RoleSpec {
        info: "text,output",
        role: Role::Output,
        meaning: "exactly what the `rust` block right before it prints",
    },
    RoleSpec {
        info: "text,rustc",
        role: Role::Rustc,
        meaning: "exactly what rustc prints for the `compile_fail` block right before it",
    },
    RoleSpec {
        info: "rust,exercise",
        role: Role::Exercise,
        meaning: "one `{{#include}}` of an exercise file (starter, check, solution); \
                  `tests/exercises.rs` proves the starter unsolved and the solution right",
    },
    RoleSpec {
        info: "rust,exercise,compile_fail,E0XXX",
        role: Role::Exercise,
        meaning: "an exercise starter that must fail to compile with exactly these error \
                  codes (the student makes it compile)",
    },
    RoleSpec {
        info: "rust,bridge",
        role: Role::Bridge,
        meaning: "one `{{#include}}` of an excerpt of `bridge/src/` (the PyO3 crate), which \
                  `cargo test -p memview-py` compiles and tests",
    },
    RoleSpec {
        info: "text",
        role: Role::Illustration,
        meaning: "a picture (a memory layout), not checked",
    },
    RoleSpec {
        info: "console",
        role: Role::Illustration,
        meaning: "commands a reader types, not run",
    },
    RoleSpec {
        info: "sh",
        role: Role::Illustration,
        meaning: "commands a reader types, not run",
    },
    RoleSpec {
        info: "toml",
        role: Role::Illustration,
        meaning: "a configuration file, not checked",
    },
];

/// Reads an info string: its role and, for `compile_fail`, its error codes.
///
/// ```
/// use workbook::roles::{parse, Role};
/// assert_eq!(parse("rust"), Ok((Role::Run, vec![])));
/// assert_eq!(parse("rust,compile_fail,E0502"), Ok((Role::CompileFail, vec!["E0502".into()])));
/// assert!(parse("rust,compile-fail").unwrap_err().contains("unknown info string"));
/// assert!(parse("rust,compile_fail").is_err()); // at least one code
/// assert!(parse("").is_err());                  // a bare fence
/// ```
///
/// # Errors
/// A message saying what is wrong and listing the known info strings.
pub fn parse(info: &str) -> Result<(Role, Vec<String>), String> {
    let info = info.trim();
    for (prefix, role) in [
        ("rust,compile_fail", Role::CompileFail),
        ("rust,exercise,compile_fail", Role::Exercise),
    ] {
        let Some(rest) = info.strip_prefix(prefix) else {
            continue;
        };
        if !rest.is_empty() && !rest.starts_with(',') {
            continue; // `rust,compile_failure`, say: "unknown" below.
        }
        return error_codes(info, rest).map(|codes| (role, codes));
    }
    match ROLES.iter().find(|spec| spec.info == info) {
        Some(spec) if !spec.info.ends_with("E0XXX") => Ok((spec.role, Vec::new())),
        _ if info.is_empty() => Err(format!(
            "a bare fence has no role (rustdoc would take it for Rust); use one of: {}",
            known()
        )),
        _ => Err(format!(
            "unknown info string `{info}`; use one of: {}",
            known()
        )),
    }
}

/// Whether `code` has the shape of a rustc error code: `E` and four digits
/// (`E0502`).
pub(crate) fn is_error_code(code: &str) -> bool {
    code.len() == 5 && code.starts_with('E') && code[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The codes after `compile_fail` (`rest` is `,E0502,E0499`): at least one,
/// each like `E0502`.
fn error_codes(info: &str, rest: &str) -> Result<Vec<String>, String> {
    let codes: Vec<String> = rest
        .split(',')
        .skip(1)
        .map(|c| c.trim().to_string())
        .collect();
    if codes.is_empty() {
        Err(format!(
            "`{info}` names no error code: write `{info},E0XXX` with the code(s) rustc must \
             report, so the block cannot fail for another reason"
        ))
    } else if let Some(bad) = codes.iter().find(|c| !is_error_code(c)) {
        Err(format!("`{info}`: `{bad}` is not an error code like E0502"))
    } else {
        Ok(codes)
    }
}

fn known() -> String {
    ROLES
        .iter()
        .map(|spec| format!("`{}`", spec.info))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_without_codes_parses_to_its_role() {
        for spec in ROLES.iter().filter(|s| !s.info.ends_with("E0XXX")) {
            assert_eq!(parse(spec.info), Ok((spec.role, vec![])), "{}", spec.info);
        }
    }

    #[test]
    fn typos_are_refused() {
        for typo in [
            "rust,compile-fail,E0502",
            "rust,shouldpanic",
            "rust, no_run",
            "rust,compile_failure,E0502",
            "Rust",
            "py",
            "text,ouput",
        ] {
            assert!(parse(typo).is_err(), "{typo} was accepted");
        }
        assert!(
            parse("rust,compile_fail,E502")
                .unwrap_err()
                .contains("E502")
        );
    }

    #[test]
    fn compile_fail_keeps_every_code() {
        let (role, codes) = parse("rust,compile_fail,E0502,E0499").unwrap();
        assert_eq!(
            (role, codes),
            (Role::CompileFail, vec!["E0502".into(), "E0499".into()])
        );
    }

    #[test]
    fn exercise_starters_may_be_meant_not_to_compile() {
        assert_eq!(parse("rust,exercise"), Ok((Role::Exercise, vec![])));
        assert_eq!(
            parse("rust,exercise,compile_fail,E0499"),
            Ok((Role::Exercise, vec!["E0499".into()]))
        );
        assert!(parse("rust,exercise,compile_fail").is_err());
        assert!(parse("rust,exercise,E0499").is_err());
        assert!(parse("rust,exercises").is_err());
    }
}
