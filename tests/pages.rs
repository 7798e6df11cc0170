//! The shape of the book as a reader meets it (issue 14):
//!
//! - every teaching page is short: at most `MAX_LINES` source lines;
//! - every chapter ends with a page whose last sections are "What you
//!   learned" and then "Further reading";
//! - every glossary term is linked to its glossary entry where the book,
//!   read in the order of `SUMMARY.md`, first uses it.
//!
//! Teaching pages are the introduction and the pages of the chapter
//! folders; the exercises and the appendix are not read in a line.

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 300;

/// The glossary's entries (their anchors) and the words that count as a use
/// of each, lower case; a hyphen is part of a word, so `contiguous` does
/// not match inside `C-contiguous`. A new entry needs a row here.
const TERMS: &[(&str, &[&str])] = &[
    ("borrow", &["borrow", "borrows", "borrowed", "borrowing"]),
    (
        "borrower",
        &["borrower", "borrowers", "consumer", "consumers"],
    ),
    ("buffer-protocol", &["buffer protocol"]),
    ("byte-order", &["byte order"]),
    ("c-contiguous", &["c-contiguous"]),
    ("c-order", &["c order"]),
    ("cast", &["cast", "casts"]),
    ("contiguous", &["contiguous"]),
    ("dimension", &["dimension", "dimensions"]),
    ("exporter", &["exporter", "exporters"]),
    ("f-contiguous", &["f-contiguous"]),
    ("format", &["format", "formats"]),
    ("fortran-order", &["fortran order"]),
    ("itemsize", &["itemsize"]),
    ("layout", &["layout", "layouts"]),
    ("lifetime", &["lifetime", "lifetimes"]),
    ("memory-map", &["memory map", "memory maps"]),
    ("native", &["native"]),
    ("offset", &["offset", "offsets"]),
    ("pep-3118", &["pep 3118"]),
    ("pep-688", &["pep 688"]),
    ("read-only", &["read-only"]),
    ("release", &["release", "releases", "released"]),
    ("shape", &["shape", "shapes"]),
    ("slice", &["slice", "slices"]),
    ("stride", &["stride", "strides"]),
    ("suboffset", &["suboffset", "suboffsets"]),
    ("view", &["view", "views"]),
    ("writable", &["writable"]),
];

fn book() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("book")
}

fn read(rel: &str) -> String {
    fs::read_to_string(book().join(rel)).unwrap_or_else(|e| panic!("book/{rel}: {e}"))
}

/// The pages `SUMMARY.md` lists, in order: `(path, depth)`, depth 0 for a
/// chapter, 1 for a page nested under it.
fn summary() -> Vec<(String, usize)> {
    read("SUMMARY.md")
        .lines()
        .filter_map(|line| {
            let start = line.find("](")? + 2;
            let end = start + line[start..].find(')')?;
            let depth = line.len() - line.trim_start().len();
            Some((line[start..end].to_string(), depth / 4))
        })
        .collect()
}

/// The teaching pages, in reading order.
fn teaching_pages() -> Vec<String> {
    summary()
        .into_iter()
        .map(|(page, _)| page)
        .filter(|page| !page.starts_with("exercises/") && !page.starts_with("appendix/"))
        .collect()
}

#[test]
fn teaching_pages_are_short() {
    let pages = teaching_pages();
    assert!(
        pages.len() > 40,
        "SUMMARY.md lists only {} teaching pages",
        pages.len()
    );
    let long: Vec<String> = pages
        .iter()
        .map(|page| (page, read(page).lines().count()))
        .filter(|&(_, lines)| lines > MAX_LINES)
        .map(|(page, lines)| format!("book/{page}: {lines} lines (at most {MAX_LINES}: split it)"))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn every_chapter_ends_with_a_recap_and_further_reading() {
    // A chapter is a folder: its pages are the ones nested under its index.
    let mut last_pages = Vec::new();
    let entries = summary();
    for (i, (page, depth)) in entries.iter().enumerate() {
        if *depth != 0 || !page.ends_with("/index.md") {
            continue;
        }
        let folder = page.trim_end_matches("index.md");
        let last = entries[i + 1..]
            .iter()
            .take_while(|(_, d)| *d > 0)
            .filter(|(p, _)| p.starts_with(folder))
            .last()
            .map(|(p, _)| p.clone())
            .unwrap_or_else(|| page.clone());
        last_pages.push(last);
    }
    assert!(last_pages.len() >= 7, "chapters found: {last_pages:?}");
    let mut wrong = Vec::new();
    for page in &last_pages {
        let text = read(page);
        let headings: Vec<String> = headings(&text);
        let n = headings.len();
        if n < 2
            || headings[n - 2] != "## What you learned"
            || headings[n - 1] != "## Further reading"
        {
            wrong.push(format!(
                "book/{page}: the chapter's last page must end with `## What you learned`, \
                 then `## Further reading` (its last headings: {:?})",
                &headings[n.saturating_sub(2)..]
            ));
        }
        let further = &text[text.rfind("## Further reading").unwrap_or(0)..];
        if !further.contains("https://") {
            wrong.push(format!(
                "book/{page}: Further reading links nowhere outside the book"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The headings of a page (outside code blocks), as written.
fn headings(text: &str) -> Vec<String> {
    outside_code(text)
        .filter(|(line, outside)| *outside && line.trim_start().starts_with('#'))
        .map(|(line, _)| line.trim_end().to_string())
        .collect()
}

/// The lines of a page, each with its `\n`, and whether it is outside the
/// fenced code blocks (a fence line is not).
fn outside_code(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut fence: Option<String> = None;
    text.split_inclusive('\n').map(move |line| {
        let trimmed = line.trim();
        if let Some(f) = &fence {
            if trimmed.starts_with(f.as_str())
                && trimmed.trim_matches(f.as_bytes()[0] as char).is_empty()
            {
                fence = None;
            }
            (line, false)
        } else if let Some(f) = fence_of(trimmed) {
            fence = Some(f);
            (line, false)
        } else {
            (line, true)
        }
    })
}

/// The fence a line opens (```` ``` ```` or `~~~`, or longer), if it opens one.
fn fence_of(trimmed: &str) -> Option<String> {
    let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = trimmed.chars().take_while(|c| *c == marker).count();
    (len >= 3).then(|| marker.to_string().repeat(len))
}

/// What a character of a page is, for finding words in its prose.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    /// Code, a heading, raw HTML, a comment, a link's destination: not prose.
    Skip,
    Prose,
    /// The text of a link: prose, but already a link.
    LinkText,
}

/// A link: where its text is (byte offsets) and where it points.
struct Link {
    text: std::ops::Range<usize>,
    dest: String,
}

/// Sorts every byte of a page into prose, link text or the rest.
fn parts(text: &str) -> (Vec<Part>, Vec<Link>) {
    let bytes = text.as_bytes();
    let mut part = vec![Part::Skip; bytes.len()];
    let mut at = 0;
    for (line, outside) in outside_code(text) {
        let trimmed = line.trim();
        if outside && !trimmed.starts_with('#') && !trimmed.starts_with('<') {
            part[at..at + line.len()].fill(Part::Prose);
        }
        at += line.len();
    }
    // HTML comments and inline code are not prose.
    let mut i = 0;
    while let Some(start) = text[i..].find("<!--").map(|s| s + i) {
        let end = text[start..]
            .find("-->")
            .map_or(text.len(), |e| start + e + 3);
        part[start..end].fill(Part::Skip);
        i = end;
    }
    let mut i = 0;
    while i < bytes.len() {
        if part[i] == Part::Prose && bytes[i] == b'`' {
            let ticks = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            let closing = "`".repeat(ticks);
            match text[i + ticks..].find(&closing) {
                Some(end) => {
                    let end = i + ticks + end + ticks;
                    part[i..end].fill(Part::Skip);
                    i = end;
                }
                None => i += ticks,
            }
        } else {
            i += 1;
        }
    }
    // Links: [text](dest), the text possibly across lines.
    let mut links = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if part[i] == Part::Prose && bytes[i] == b'[' {
            let mut depth = 1;
            let mut j = i + 1;
            while j < bytes.len() && depth > 0 {
                if part[j] == Part::Prose {
                    match bytes[j] {
                        b'[' => depth += 1,
                        b']' => depth -= 1,
                        _ => {}
                    }
                }
                j += 1;
            }
            if depth == 0
                && bytes.get(j) == Some(&b'(')
                && let Some(close) = text[j..].find(')').map(|c| j + c)
            {
                for p in &mut part[i + 1..j - 1] {
                    if *p == Part::Prose {
                        *p = Part::LinkText;
                    }
                }
                part[i] = Part::Skip;
                part[j - 1..=close].fill(Part::Skip);
                links.push(Link {
                    text: i + 1..j - 1,
                    dest: text[j + 1..close].to_string(),
                });
                i = close + 1;
                continue;
            }
        }
        i += 1;
    }
    (part, links)
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// Where `form` occurs as a word in the prose of `text` (case ignored, any
/// run of whitespace standing for a space).
fn occurrences(text: &str, part: &[Part], form: &str) -> Vec<usize> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let words: Vec<&str> = form.split(' ').collect();
    let mut found = Vec::new();
    for start in 0..bytes.len() {
        if !lower.is_char_boundary(start) {
            continue;
        }
        let mut at = start;
        let mut matched = true;
        for (n, word) in words.iter().enumerate() {
            if n > 0 {
                let spaces = bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
                if spaces == 0 {
                    matched = false;
                    break;
                }
                at += spaces;
            }
            if !lower[at..].starts_with(word) {
                matched = false;
                break;
            }
            at += word.len();
        }
        let bounded = (start == 0 || !is_word(bytes[start - 1]))
            && bytes.get(at).is_none_or(|&b| !is_word(b));
        if matched && bounded && part[start..at].iter().all(|&p| p != Part::Skip) {
            found.push(start);
        }
    }
    found
}

#[test]
fn glossary_terms_are_linked_where_first_used() {
    let glossary = read("appendix/glossary.md");
    let entries: Vec<&str> = glossary
        .split("<a id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(
        entries.len() >= 20,
        "the glossary has only {} entries",
        entries.len()
    );
    let mut wrong = Vec::new();
    for entry in &entries {
        if !TERMS.iter().any(|(anchor, _)| anchor == entry) {
            wrong.push(format!(
                "book/appendix/glossary.md: entry `{entry}` has no row in tests/pages.rs TERMS"
            ));
        }
    }
    let pages: Vec<(String, String)> = teaching_pages()
        .into_iter()
        .map(|p| (read(&p), p))
        .collect();
    for (anchor, forms) in TERMS {
        if !entries.contains(anchor) {
            wrong.push(format!(
                "tests/pages.rs: `{anchor}` is not an entry of the glossary"
            ));
            continue;
        }
        match first_use(&pages, anchor, forms) {
            Some(Ok(_)) => {}
            Some(Err(at)) => wrong.push(format!(
                "{at}: the first use of \"{}\" should link to appendix/glossary.md#{anchor}",
                forms[0]
            )),
            None => wrong.push(format!("no teaching page uses \"{}\"", forms[0])),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The first use of a term, in reading order, that is not the text of a link
/// to somewhere else: `Ok(place)` if it links to the glossary entry,
/// `Err(place)` if it is plain prose.
fn first_use(
    pages: &[(String, String)],
    anchor: &str,
    forms: &[&str],
) -> Option<Result<String, String>> {
    let target = format!("glossary.md#{anchor}");
    for (text, page) in pages {
        let (part, links) = parts(text);
        let mut uses: Vec<usize> = forms
            .iter()
            .flat_map(|form| occurrences(text, &part, form))
            .collect();
        uses.sort_unstable();
        for at in uses {
            let place = format!("book/{page}:{}", text[..at].matches('\n').count() + 1);
            match links.iter().find(|link| link.text.contains(&at)) {
                Some(link) if link.dest.ends_with(&target) => return Some(Ok(place)),
                Some(_) => continue,
                None => return Some(Err(place)),
            }
        }
    }
    None
}
