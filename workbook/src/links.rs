//! Links: every link to a page or a heading resolves, every `{{#include}}`
//! finds its file; and which files mdBook will not render.
//!
//! mdBook 0.5 builds a broken book without complaint (a missing page or
//! anchor is not even a warning), so the book test checks the markdown, and
//! `.ci/run` checks the rendered HTML as well.

use std::collections::HashSet;
use std::fs;
use std::path::{Component, Path};

use crate::book::{Book, Chapter, Problem};

/// A heading's `id` as mdBook 0.5 computes it (`mdbook-html`'s
/// `id_from_content`): trimmed, lower-cased, letters, digits, `_` and `-`
/// kept, whitespace turned into `-`, everything else dropped.
///
/// ```
/// use workbook::links::id_from_content;
/// assert_eq!(id_from_content("The `Exporter` trait"), "the-exporter-trait");
/// assert_eq!(id_from_content("Read-only, or not?"), "read-only-or-not");
/// ```
pub fn id_from_content(content: &str) -> String {
    content
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|ch| {
            if ch.is_alphanumeric() || ch == '_' || ch == '-' {
                Some(ch)
            } else if ch.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// mdBook's way of keeping a page's ids unique: the second `again` becomes
/// `again-1`, the third `again-2`.
///
/// ```
/// let mut used = Default::default();
/// assert_eq!(workbook::links::unique_id("again", &mut used), "again");
/// assert_eq!(workbook::links::unique_id("again", &mut used), "again-1");
/// ```
pub fn unique_id(id: &str, used: &mut HashSet<String>) -> String {
    if used.insert(id.to_string()) {
        return id.to_string();
    }
    (1..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| used.insert(candidate.clone()))
        .expect("some suffix is free")
}

/// Every link of every chapter that points inside the book: the page must
/// exist (in the book folder, where mdBook will copy it) and so must the
/// `#anchor`. Links with a scheme (`https:`, `mailto:`) are not followed.
pub fn check_links(book: &Book) -> Vec<Problem> {
    let mut problems = Vec::new();
    for chapter in &book.chapters {
        for link in &chapter.links {
            if link.dest.contains(':') {
                continue; // https://…, mailto:…
            }
            let (path, anchor) = match link.dest.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (link.dest.as_str(), None),
            };
            let target = if path.is_empty() {
                Some(chapter.rel.clone())
            } else {
                resolve(&chapter.rel, path)
            };
            let Some(target) = target else {
                problems.push(Problem::new(
                    &link.at,
                    format!(
                        "`{}` points outside the book folder, which mdBook does not publish",
                        link.dest
                    ),
                ));
                continue;
            };
            if !book.dir.join(&target).exists() {
                problems.push(Problem::new(
                    &link.at,
                    format!("`{}`: there is no {}", link.dest, in_book(book, &target)),
                ));
                continue;
            }
            let in_summary = chapter.rel == "SUMMARY.md"; // mdBook maps these itself
            if !in_summary && (target == "README.md" || target.ends_with("/README.md")) {
                // mdBook renders a folder's README.md as index.html, and
                // leaves a link to README.html pointing at nothing.
                problems.push(Problem::new(
                    &link.at,
                    format!(
                        "`{}`: mdBook renders README.md as index.html, so this link breaks; \
                         link to a page of the folder instead",
                        link.dest
                    ),
                ));
                continue;
            }
            let Some(anchor) = anchor else { continue };
            match book.chapter(&target) {
                Some(page) if !page.anchors.iter().any(|a| a == anchor) => {
                    problems.push(Problem::new(
                        &link.at,
                        format!(
                            "`{}`: {} has no heading with id `{anchor}` (its ids: {})",
                            link.dest,
                            in_book(book, &target),
                            page.anchors.join(", ")
                        ),
                    ));
                }
                Some(_) => {}
                None => problems.push(Problem::new(
                    &link.at,
                    format!("`{}`: anchors can only be checked in chapters", link.dest),
                )),
            }
        }
    }
    problems
}

/// Every `{{#include path[:selector]}}`: the file exists; an anchor name has
/// its `ANCHOR: name` line; a line range starts inside the file. (mdBook
/// itself only logs a missing include and leaves the directive in the page.)
pub fn check_includes(book: &Book) -> Vec<Problem> {
    let mut problems = Vec::new();
    for chapter in &book.chapters {
        let dir = chapter.path.parent().unwrap_or(Path::new(""));
        for include in &chapter.includes {
            let file = dir.join(&include.path);
            let Ok(text) = fs::read_to_string(&file) else {
                problems.push(Problem::new(
                    &include.at,
                    format!("include: cannot read `{}`", include.path),
                ));
                continue;
            };
            let Some(selector) = include.selector.as_deref().filter(|s| !s.is_empty()) else {
                continue;
            };
            let start = selector.split(':').next().unwrap_or("");
            if start.chars().all(|c| c.is_ascii_digit()) {
                let first: usize = start.parse().unwrap_or(1);
                if first > text.lines().count() {
                    problems.push(Problem::new(
                        &include.at,
                        format!("include: `{}` has no line {first}", include.path),
                    ));
                }
            } else if !text.contains(&format!("ANCHOR: {selector}")) {
                problems.push(Problem::new(
                    &include.at,
                    format!("include: `{}` has no `ANCHOR: {selector}`", include.path),
                ));
            }
        }
    }
    problems
}

/// The markdown files mdBook will not render: neither listed in
/// `SUMMARY.md` nor pulled into a chapter by `{{#include}}`. The book test
/// reports them without failing (their blocks are still checked); a file
/// that should be a chapter belongs in `SUMMARY.md`.
pub fn unrendered(book: &Book) -> Vec<&Chapter> {
    let mut rendered: HashSet<String> = HashSet::from(["SUMMARY.md".to_string()]);
    if let Some(summary) = book.chapter("SUMMARY.md") {
        rendered.extend(
            summary
                .links
                .iter()
                .filter_map(|l| resolve("SUMMARY.md", l.dest.split('#').next().unwrap_or(""))),
        );
    }
    for chapter in &book.chapters {
        rendered.extend(
            chapter
                .includes
                .iter()
                .filter_map(|i| resolve(&chapter.rel, &i.path)),
        );
    }
    book.chapters
        .iter()
        .filter(|c| !rendered.contains(&c.rel))
        .collect()
}

fn in_book(book: &Book, rel: &str) -> String {
    let label = book.dir.file_name().unwrap_or_default().to_string_lossy();
    format!("{label}/{rel}")
}

/// `dest`, relative to the chapter at `from` (both inside the book folder),
/// as a path inside the book folder; `None` if it leaves the folder.
fn resolve(from: &str, dest: &str) -> Option<String> {
    let base = Path::new(from).parent().unwrap_or(Path::new(""));
    let mut parts: Vec<String> = Vec::new();
    for component in base.join(dest).components() {
        match component {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_match_mdbooks_own_tests() {
        // The cases from mdbook-html 0.5.4's `it_normalizes_ids`.
        assert_eq!(
            id_from_content("`--passes`: add more rustdoc passes"),
            "--passes-add-more-rustdoc-passes"
        );
        assert_eq!(
            id_from_content("Method-call 🐙 expressions \u{1f47c}"),
            "method-call--expressions-"
        );
        assert_eq!(id_from_content("_-_12345"), "_-_12345");
        assert_eq!(id_from_content("中文標題 CJK title"), "中文標題-cjk-title");
        assert_eq!(id_from_content("Über"), "über");
    }

    #[test]
    fn files_neither_listed_nor_included_are_unrendered() {
        let chapter = |rel: &str, text: &str| {
            Chapter::parse(rel.into(), rel.into(), format!("book/{rel}"), text.into())
        };
        let book = Book {
            dir: "book".into(),
            chapters: vec![
                chapter("SUMMARY.md", "# Summary\n\n- [A](a.md)\n"),
                chapter("a.md", "# A\n\n{{#include figures/table.md}}\n"),
                chapter("figures/table.md", "| x |\n|---|\n"),
                chapter("orphan.md", "# Orphan\n"),
            ],
        };
        let names: Vec<_> = unrendered(&book).iter().map(|c| c.rel.as_str()).collect();
        assert_eq!(names, ["orphan.md"]);
    }

    #[test]
    fn paths_resolve_inside_the_book_only() {
        assert_eq!(resolve("a/b.md", "../c.md").as_deref(), Some("c.md"));
        assert_eq!(resolve("a/b.md", "d.md").as_deref(), Some("a/d.md"));
        assert_eq!(resolve("b.md", "../README.md"), None);
    }
}
