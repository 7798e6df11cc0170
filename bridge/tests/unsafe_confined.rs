//! `unsafe` is confined to the bridge's two named modules, and explained.
//!
//! Reads every Rust file of the repository (and every Rust block of the
//! book) as tokens, so the word in a comment or a string does not count, and
//! fails if the keyword `unsafe` appears anywhere but `bridge/src/lend.rs`
//! and `bridge/src/borrow.rs`, if an `unsafe` block there has no `// SAFETY:`
//! comment right above it, or if an `unsafe fn` has no `# Safety` section.
//! It also checks the attributes that make the compiler keep the rest safe.

use std::path::{Path, PathBuf};

/// The only files allowed `unsafe`, relative to the repository.
const ALLOWED: &[&str] = &["bridge/src/lend.rs", "bridge/src/borrow.rs"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("bridge/ is in the repository")
        .to_path_buf()
}

/// Every file under `dir` whose name ends with `ext`, skipping build output
/// and version control.
fn files(dir: &Path, ext: &str, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !matches!(name.as_ref(), "target" | ".git" | "node_modules")
                && !name.starts_with('.')
            {
                files(&path, ext, found);
            }
        } else if name.ends_with(ext) {
            found.push(path);
        }
    }
}

/// The code of `source` with comments, strings and char literals blanked
/// out (lines are kept, so line numbers still match).
fn code_only(source: &str) -> String {
    let s = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    let blank = |out: &mut String, text: &[u8]| {
        out.extend(text.iter().map(|&b| if b == b'\n' { '\n' } else { ' ' }));
    };
    while i < s.len() {
        let rest = &s[i..];
        let end = if rest.starts_with(b"//") {
            i + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
        } else if rest.starts_with(b"/*") {
            let mut depth = 0;
            let mut j = i;
            while j < s.len() {
                if s[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if s[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            j
        } else if let Some(hashes) = raw_string_start(rest) {
            let close: Vec<u8> = std::iter::once(b'"').chain(vec![b'#'; hashes]).collect();
            let body = i + hashes + 2 + usize::from(rest[0] == b'b');
            body + s[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(s.len() - body, |p| p + close.len())
        } else if rest[0] == b'"' {
            let mut j = i + 1;
            while j < s.len() && s[j] != b'"' {
                j += if s[j] == b'\\' { 2 } else { 1 };
            }
            j + 1
        } else if rest[0] == b'\'' && (rest.get(2) == Some(&b'\'') || rest.get(1) == Some(&b'\\')) {
            // 'x' or '\n' (a lifetime such as 'a is left alone).
            let len = rest
                .iter()
                .skip(2)
                .position(|&b| b == b'\'')
                .map_or(1, |p| p + 3);
            i + len
        } else {
            out.push(rest[0] as char);
            i += 1;
            continue;
        };
        let end = end.min(s.len());
        blank(&mut out, &s[i..end]);
        i = end;
    }
    out
}

/// `r"`, `r#"`, `br##"`...: the number of `#`s, if a raw string starts here.
fn raw_string_start(rest: &[u8]) -> Option<usize> {
    let after_b = rest.strip_prefix(b"b").unwrap_or(rest);
    let after_r = after_b.strip_prefix(b"r")?;
    let hashes = after_r.iter().take_while(|&&b| b == b'#').count();
    (after_r.get(hashes) == Some(&b'"')).then_some(hashes)
}

/// Lines (1-based) where the keyword `unsafe` stands in `code`.
fn unsafe_lines(code: &str) -> Vec<usize> {
    code.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word == "unsafe")
        })
        .map(|(n, _)| n + 1)
        .collect()
}

/// Every Rust block of the book's chapters, as (where, code).
fn book_blocks(root: &Path) -> Vec<(String, String)> {
    let mut chapters = Vec::new();
    files(&root.join("book"), ".md", &mut chapters);
    let mut blocks = Vec::new();
    for chapter in chapters {
        let text = std::fs::read_to_string(&chapter).unwrap_or_default();
        let mut open: Option<(usize, String)> = None;
        for (n, line) in text.lines().enumerate() {
            let fence = line.trim_start().starts_with("```");
            match (&mut open, fence) {
                (None, true) if line.trim_start()[3..].starts_with("rust") => {
                    open = Some((n + 1, String::new()))
                }
                (None, true) => open = Some((0, String::new())), // not Rust
                (Some((start, body)), true) => {
                    if *start > 0 {
                        blocks.push((format!("{}:{start}", chapter.display()), body.clone()));
                    }
                    open = None;
                }
                (Some((_, body)), false) => {
                    body.push_str(line);
                    body.push('\n');
                }
                (None, false) => {}
            }
        }
    }
    blocks
}

#[test]
fn unsafe_appears_only_in_the_two_named_modules() {
    let root = root();
    let mut sources = Vec::new();
    files(&root, ".rs", &mut sources);
    assert!(
        sources.len() > 20,
        "found only {} Rust files",
        sources.len()
    );
    let mut outside = Vec::new();
    let mut inside = 0;
    for path in &sources {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).unwrap();
        let lines = unsafe_lines(&code_only(&text));
        if ALLOWED.contains(&rel.as_str()) {
            inside += lines.len();
        } else {
            outside.extend(lines.iter().map(|n| format!("{rel}:{n}")));
        }
    }
    for (at, block) in book_blocks(&root) {
        if !unsafe_lines(&code_only(&block)).is_empty() {
            outside.push(at);
        }
    }
    assert!(
        outside.is_empty(),
        "`unsafe` outside {ALLOWED:?}: {outside:#?}\n\
         Move it into one of those modules (with a SAFETY comment), or do without it."
    );
    assert!(
        inside > 0,
        "the two modules should hold the bridge's unsafe code"
    );
}

#[test]
fn every_unsafe_site_says_why_it_is_sound() {
    let root = root();
    let mut missing = Vec::new();
    for rel in ALLOWED {
        let text = std::fs::read_to_string(root.join(rel)).unwrap();
        let source: Vec<&str> = text.lines().collect();
        let code = code_only(&text);
        let code: Vec<&str> = code.lines().collect();
        assert!(
            text.contains("#![allow(unsafe_code)]"),
            "{rel} should say #![allow(unsafe_code)]"
        );
        for n in unsafe_lines(&code.join("\n")) {
            let line = code[n - 1];
            if line.contains("unsafe fn") {
                // The doc comment above the fn, up to the previous item.
                let docs = source[..n - 1]
                    .iter()
                    .rev()
                    .take_while(|l| l.trim_start().starts_with("///"));
                if !docs.into_iter().any(|l| l.contains("# Safety")) {
                    missing.push(format!(
                        "{rel}:{n}: an unsafe fn needs a `# Safety` section"
                    ));
                }
            } else {
                // The comment right above the statement holding the block.
                let above = source[..n - 1]
                    .iter()
                    .rev()
                    .skip_while(|l| !l.trim_start().starts_with("//"))
                    .take_while(|l| l.trim_start().starts_with("//"))
                    .any(|l| l.contains("SAFETY:"));
                let close = source[n.saturating_sub(4)..n - 1]
                    .iter()
                    .any(|l| l.trim_start().starts_with("//"));
                if !(above && close) {
                    missing.push(format!(
                        "{rel}:{n}: an unsafe block needs `// SAFETY:` above it"
                    ));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn the_compiler_keeps_the_rest_safe() {
    let root = root();
    // Code only: a commented-out attribute does not count.
    let read = |rel: &str| code_only(&std::fs::read_to_string(root.join(rel)).unwrap());
    assert!(
        read("src/lib.rs").contains("#![forbid(unsafe_code)]"),
        "the memview library"
    );
    assert!(
        read("bridge/src/lib.rs").contains("#![deny(unsafe_code)]"),
        "the bridge"
    );
    let mut sources = Vec::new();
    files(&root.join("bridge"), ".rs", &mut sources);
    for path in sources {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let allows = read(&rel).contains("allow(unsafe_code)");
        assert_eq!(allows, ALLOWED.contains(&rel.as_str()), "{rel}");
    }
}

#[test]
fn the_scanner_sees_the_keyword_and_nothing_else() {
    let text = "// unsafe in a comment\nlet s = \"unsafe\"; let r = r#\"unsafe\"#;\n\
                /* unsafe /* nested */ unsafe */ let c = '\"'; fn f<'a>() {}\n\
                unsafe { x }\nlet not_unsafe_at_all = 1;\n";
    assert_eq!(unsafe_lines(&code_only(text)), vec![4]);
}
