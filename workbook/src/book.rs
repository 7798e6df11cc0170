//! The book as the checks see it: chapters, their fenced blocks (each with
//! `file:line` and a role), links, heading anchors and `{{#include}}`s.
//!
//! Markdown is read with pulldown-cmark 0.9, the parser skeptic uses, so a
//! block is a block here exactly when it is one for skeptic.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};

use crate::links::{id_from_content, unique_id};
use crate::roles::{self, Role};

/// Something wrong in the book, with the place it is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `book/chapter.md:12`
    pub at: String,
    /// What is wrong, and how to fix it when that is not obvious.
    pub message: String,
}

impl Problem {
    /// A problem at `at` (a `file:line`).
    pub fn new(at: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            at: at.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// Every chapter under one folder (`book/`), sub-folders included, sorted by path.
#[derive(Debug, Clone)]
pub struct Book {
    /// The folder, as given to [`Book::load`].
    pub dir: PathBuf,
    /// Every `*.md` file under it except skeptic templates (`*.skt.md`).
    pub chapters: Vec<Chapter>,
}

/// One markdown file of the book.
#[derive(Debug, Clone)]
pub struct Chapter {
    /// The file on disk.
    pub path: PathBuf,
    /// The path inside the book folder, with `/`: `views/slicing.md`.
    pub rel: String,
    /// How messages name it: `book/views/slicing.md`.
    pub name: String,
    /// The markdown.
    pub text: String,
    /// Its fenced and indented code blocks, in order.
    pub blocks: Vec<Block>,
    /// Its links and images, in order.
    pub links: Vec<Link>,
    /// The `id`s its rendered page will have (headings as mdBook names them,
    /// and `id="…"` attributes in raw HTML).
    pub anchors: Vec<String>,
    /// Its `{{#include …}}`-style directives.
    pub includes: Vec<Include>,
}

/// A code block of a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// `book/chapter.md:LINE`, the line of the opening fence.
    pub at: String,
    /// The line of the opening fence, from 1.
    pub line: usize,
    /// The info string after the fence (`None`: an indented block).
    pub info: Option<String>,
    /// The role the info string declares, or why it declares none.
    pub role: Result<Role, String>,
    /// The error codes of a `compile_fail` block.
    pub codes: Vec<String>,
    /// The body as written, hidden `# ` lines included.
    pub text: String,
    /// `kind: reason` from an HTML comment `<!-- kind: reason -->` on the last
    /// non-blank line before the fence, if there is one.
    pub note: Option<(String, String)>,
}

/// `text` with its hidden-line markers removed, the way skeptic and rustdoc
/// remove them: `# x` becomes `x`, a lone `#` an empty line, spaces before
/// the `#` allowed. Every line ends with `\n`.
///
/// ```
/// use workbook::book::strip_hidden;
/// assert_eq!(strip_hidden("# use std::fmt;\n#\n  # let x = 1;\nx\n"), "use std::fmt;\n\nlet x = 1;\nx\n");
/// ```
pub fn strip_hidden(text: &str) -> String {
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed == "#" {
                ""
            } else {
                trimmed.strip_prefix("# ").unwrap_or(line)
            }
        })
        .fold(String::new(), |mut s, line| {
            s.push_str(line);
            s.push('\n');
            s
        })
}

impl Block {
    /// The role, if the info string is on the whitelist.
    pub fn role(&self) -> Option<Role> {
        self.role.as_ref().ok().copied()
    }

    /// The Rust program this block is: hidden-line markers removed the way
    /// skeptic removes them (`# x` becomes `x`, a lone `#` an empty line).
    ///
    /// ```
    /// let md = "```rust\n# fn main() {\nlet x = 1;\n#\n    # }\n```\n";
    /// let chapter = workbook::Chapter::parse("x.md".into(), "x.md".into(), "x.md".into(), md.into());
    /// assert_eq!(chapter.blocks[0].rust_source(), "fn main() {\nlet x = 1;\n\n}\n");
    /// ```
    pub fn rust_source(&self) -> String {
        strip_hidden(&self.text)
    }

    /// The written reason, when the note before the block is `<!-- kind: … -->`.
    pub fn reason(&self, kind: &str) -> Option<&str> {
        match &self.note {
            Some((k, reason)) if k == kind && !reason.is_empty() => Some(reason),
            _ => None,
        }
    }
}

/// A link or image in a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// `book/chapter.md:LINE`
    pub at: String,
    /// Where it points, as written: `views.md#slicing`, `#local`, `https://…`.
    pub dest: String,
}

/// An mdBook `{{#include path[:selector]}}` (or `rustdoc_include`) directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Include {
    /// `book/chapter.md:LINE`
    pub at: String,
    /// The file, relative to the chapter.
    pub path: String,
    /// What follows the path: an anchor name, `2:10`, `:10`, or nothing.
    pub selector: Option<String>,
}

impl Book {
    /// Reads every chapter under `dir`.
    ///
    /// # Errors
    /// If the folder or a file in it cannot be read.
    pub fn load(dir: impl AsRef<Path>) -> io::Result<Book> {
        let dir = dir.as_ref().to_path_buf();
        let label = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files = Vec::new();
        markdown_files(&dir, &mut files)?;
        files.sort();
        let mut chapters = Vec::new();
        for path in files {
            let rel = path
                .strip_prefix(&dir)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let text = fs::read_to_string(&path)?;
            let name = if label.is_empty() {
                rel.clone()
            } else {
                format!("{label}/{rel}")
            };
            chapters.push(Chapter::parse(path, rel, name, text));
        }
        Ok(Book { dir, chapters })
    }

    /// Every block of every chapter, in order.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.chapters.iter().flat_map(|c| c.blocks.iter())
    }

    /// The chapter at `rel` (`views/slicing.md`), if there is one.
    pub fn chapter(&self, rel: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.rel == rel)
    }
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            markdown_files(&path, out)?;
        } else if name.ends_with(".md") && !name.ends_with(".skt.md") {
            out.push(path);
        }
    }
    Ok(())
}

impl Chapter {
    /// Reads one chapter's markdown. `rel` and `name` are as in the fields.
    pub fn parse(path: PathBuf, rel: String, name: String, text: String) -> Chapter {
        let mut chapter = Chapter {
            path,
            rel,
            name,
            text,
            blocks: Vec::new(),
            links: Vec::new(),
            anchors: Vec::new(),
            includes: Vec::new(),
        };
        chapter.read_events();
        chapter.read_includes();
        chapter
    }

    /// `book/chapter.md:LINE` for a 1-based line.
    pub fn at(&self, line: usize) -> String {
        format!("{}:{line}", self.name)
    }

    /// The block right after block `i`, if it has role `role`: the output
    /// shown for a `rust` block, or the error shown for a `compile_fail` one.
    pub fn shown_after(&self, i: usize, role: Role) -> Option<&Block> {
        self.blocks.get(i + 1).filter(|b| b.role() == Some(role))
    }

    /// The 1-based line of the chapter's text that byte `offset` is on.
    pub fn line_of(&self, offset: usize) -> usize {
        self.text[..offset].bytes().filter(|&b| b == b'\n').count() + 1
    }

    fn read_events(&mut self) {
        let mut options = Options::empty();
        options.insert(Options::ENABLE_TABLES);
        options.insert(Options::ENABLE_FOOTNOTES);
        options.insert(Options::ENABLE_STRIKETHROUGH);
        options.insert(Options::ENABLE_TASKLISTS);
        options.insert(Options::ENABLE_HEADING_ATTRIBUTES);
        let text = self.text.clone();
        let mut block: Option<Block> = None;
        let mut heading: Option<(Option<String>, String)> = None;
        let mut used_ids = std::collections::HashSet::new();
        for (event, range) in Parser::new_ext(&text, options).into_offset_iter() {
            match event {
                Event::Start(Tag::CodeBlock(kind)) => {
                    let line = self.line_of(range.start);
                    let info = match kind {
                        CodeBlockKind::Fenced(info) => Some(info.to_string()),
                        CodeBlockKind::Indented => None,
                    };
                    let (role, codes) = match &info {
                        Some(info) => match roles::parse(info) {
                            Ok((role, codes)) => (Ok(role), codes),
                            Err(e) => (Err(e), Vec::new()),
                        },
                        None => (
                            Err(
                                "an indented code block has no role: use a fenced block with one"
                                    .to_string(),
                            ),
                            Vec::new(),
                        ),
                    };
                    block = Some(Block {
                        at: self.at(line),
                        line,
                        info,
                        role,
                        codes,
                        text: String::new(),
                        note: note_before(&self.text, line),
                    });
                }
                Event::End(Tag::CodeBlock(_)) => self.blocks.extend(block.take()),
                Event::Start(Tag::Heading(_, id, _)) => {
                    heading = Some((id.map(str::to_string), String::new()));
                }
                Event::End(Tag::Heading(..)) => {
                    if let Some((id, content)) = heading.take() {
                        // mdBook keeps a written `{#id}` as it is and numbers
                        // repeats of generated ids: `-1`, `-2`, …
                        let id = id.unwrap_or_else(|| {
                            unique_id(&id_from_content(&content), &mut used_ids)
                        });
                        self.anchors.push(id);
                    }
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some(b) = &mut block {
                        b.text.push_str(&t);
                    } else if let Some((_, content)) = &mut heading {
                        content.push_str(&t);
                    }
                }
                Event::Html(html) => self.anchors.extend(html_ids(&html)),
                Event::Start(Tag::Link(_, dest, _)) | Event::Start(Tag::Image(_, dest, _)) => {
                    let at = self.at(self.line_of(range.start));
                    self.links.push(Link {
                        at,
                        dest: dest.to_string(),
                    });
                }
                _ => {}
            }
        }
    }

    fn read_includes(&mut self) {
        for (n, line) in self.text.lines().enumerate() {
            let mut rest = line;
            while let Some(start) = rest.find("{{#") {
                let escaped = rest[..start].ends_with('\\');
                let after = &rest[start + 3..];
                let Some(end) = after.find("}}") else { break };
                let directive = &after[..end];
                rest = &after[end + 2..];
                let mut words = directive.split_whitespace();
                let (Some(kind), Some(target)) = (words.next(), words.next()) else {
                    continue;
                };
                if escaped || !matches!(kind, "include" | "rustdoc_include" | "playground") {
                    continue;
                }
                let (path, selector) = match target.split_once(':') {
                    Some((p, s)) => (p.to_string(), Some(s.to_string())),
                    None => (target.to_string(), None),
                };
                self.includes.push(Include {
                    at: self.at(n + 1),
                    path,
                    selector,
                });
            }
        }
    }
}

/// `<!-- kind: reason -->` on the last non-blank line before line `line`.
fn note_before(text: &str, line: usize) -> Option<(String, String)> {
    let before: Vec<&str> = text.lines().take(line.saturating_sub(1)).collect();
    let previous = before.iter().rev().find(|l| !l.trim().is_empty())?.trim();
    let inner = previous.strip_prefix("<!--")?.strip_suffix("-->")?;
    let (kind, reason) = inner.split_once(':')?;
    Some((kind.trim().to_string(), reason.trim().to_string()))
}

/// The values of `id="…"` attributes in a piece of raw HTML.
fn html_ids(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("id=\"") {
        let before = rest[..i].chars().last();
        rest = &rest[i + 4..];
        let Some(end) = rest.find('"') else { break };
        if before.is_none_or(char::is_whitespace) {
            ids.push(rest[..end].to_string());
        }
        rest = &rest[end..];
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chapter(text: &str) -> Chapter {
        Chapter::parse(
            "x.md".into(),
            "x.md".into(),
            "book/x.md".into(),
            text.into(),
        )
    }

    #[test]
    fn blocks_know_their_line_role_and_reason() {
        let c = chapter(
            "# Title\n\n<!-- no_run: waits for input -->\n\n```rust,no_run\nfn main() {}\n```\n\n```compile-fail\nx\n```\n",
        );
        assert_eq!(c.blocks.len(), 2);
        assert_eq!(c.blocks[0].at, "book/x.md:5");
        assert_eq!(c.blocks[0].role(), Some(Role::NoRun));
        assert_eq!(c.blocks[0].reason("no_run"), Some("waits for input"));
        assert_eq!(c.blocks[0].text, "fn main() {}\n");
        assert_eq!(c.blocks[1].at, "book/x.md:9");
        assert!(
            c.blocks[1]
                .role
                .as_ref()
                .unwrap_err()
                .contains("compile-fail")
        );
        assert_eq!(c.blocks[1].reason("ignore"), None);
    }

    #[test]
    fn output_pairs_are_the_tests_that_compare_what_they_print() {
        let c = chapter(
            "```rust\nfn main() {}\n```\n\n```text,output\n\n```\n\n```rust\nfn main() {}\n```\n",
        );
        let prints = |i| crate::skeptic::test_of(&c, i) == Some(crate::skeptic::Test::Prints);
        assert!(prints(0));
        assert!(!prints(1));
        assert!(!prints(2));
    }

    #[test]
    fn headings_links_and_includes_are_found() {
        let c = chapter(
            "# A `memoryview` tour\n\n## Again\n\n## Again\n\n## Named {#custom}\n\n\
             <a id=\"raw\"></a>\n\nSee [here](other.md#x) and ![img](pic.png).\n\n\
             {{#include ../src/lib.rs:anchor}} \\{{#include not/this.rs}}\n",
        );
        assert_eq!(
            c.anchors,
            ["a-memoryview-tour", "again", "again-1", "custom", "raw"]
        );
        let dests: Vec<_> = c
            .links
            .iter()
            .map(|l| (l.at.as_str(), l.dest.as_str()))
            .collect();
        assert_eq!(
            dests,
            [("book/x.md:11", "other.md#x"), ("book/x.md:11", "pic.png")]
        );
        assert_eq!(c.includes.len(), 1);
        assert_eq!(c.includes[0].path, "../src/lib.rs");
        assert_eq!(c.includes[0].selector.as_deref(), Some("anchor"));
    }
}
