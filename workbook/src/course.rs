//! The course: which exercises there are, in what order, and where the book
//! explains each one.
//!
//! An exercise named `views-2` is two things:
//!
//! - a folder `exercises/views-2/` with `starter.rs` (what the student
//!   starts from), `check.rs` (the tests: `use super::*;` reaches the
//!   student's code) and `solution.rs` (one right answer);
//! - a section of an exercise page under `book/exercises/`, headed
//!   `## views-2: A title {#views-2}`, holding the statement, the starter
//!   (a `rust,exercise` block that includes `starter.rs`; written
//!   `rust,exercise,compile_fail,E0502` when the starter must fail to compile
//!   with E0502), and two collapsed hints, `<summary>Hint 1</summary>` and
//!   `<summary>Hint 2</summary>`. Some page (a solutions page) includes
//!   `solution.rs` the same way.
//!
//! So the page is the one place for what a student reads (statement, hints),
//! and the folder the one place for code. Exercises come in the order of the
//! pages in `SUMMARY.md`, then of their sections. [`Course::load`] reads it
//! all and reports anything missing or inconsistent as a [`Problem`].

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::book::{Book, Chapter, Problem};
use crate::roles::Role;

/// Where exercise pages live, inside the book folder.
pub const PAGES: &str = "exercises/";

/// The files of an exercise folder.
pub const FILES: [&str; 3] = ["starter.rs", "check.rs", "solution.rs"];

/// Where `mdbook serve` shows the book (`README.md`, "Read the book").
pub const BOOK_URL: &str = "http://localhost:3000/";

/// The address at which `mdbook serve` shows a place of the book's sources:
/// `book/exercises/views.md#views-1` is
/// `http://localhost:3000/exercises/views.html#views-1`.
///
/// ```
/// assert_eq!(workbook::course::rendered("book/exercises/views.md#views-1"),
///            "http://localhost:3000/exercises/views.html#views-1");
/// ```
pub fn rendered(source: &str) -> String {
    let (page, anchor) = source.split_once('#').unwrap_or((source, ""));
    let page = page.strip_prefix("book/").unwrap_or(page);
    let page = page
        .strip_suffix(".md")
        .map_or(page.to_string(), |p| format!("{p}.html"));
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    format!("{BOOK_URL}{page}{anchor}")
}

/// How messages show `path`: relative to `root` when it is under it, with
/// `/` between folders on every system. A relative `path` is shown as it is.
///
/// ```
/// use std::path::Path;
/// use workbook::course::shown_path;
/// let root = Path::new("/home/me/memview");
/// assert_eq!(shown_path(root, &root.join("my-work").join("views-1.rs")), "my-work/views-1.rs");
/// assert_eq!(shown_path(root, Path::new("exercises/views-1/check.rs")), "exercises/views-1/check.rs");
/// ```
pub fn shown_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
        .replace('\\', "/")
}

/// Every exercise, page by page.
#[derive(Debug, Clone)]
pub struct Course {
    /// The repository root (holding `book/` and `exercises/`).
    pub root: PathBuf,
    /// The exercise pages that hold exercises, in the book's order.
    pub pages: Vec<Page>,
}

/// An exercise page: `book/exercises/views.md`.
#[derive(Debug, Clone)]
pub struct Page {
    /// `book/exercises/views.md`
    pub name: String,
    /// Its first heading: `Exercises: views`.
    pub title: String,
    /// Its exercises, in the order of the page.
    pub exercises: Vec<Exercise>,
}

/// One exercise.
#[derive(Debug, Clone)]
pub struct Exercise {
    /// `views-2`: the folder's name, the section's id, what a student types.
    pub name: String,
    /// `Every other byte, backwards`: the section heading after `views-2: `.
    pub title: String,
    /// `book/exercises/views.md#views-2`: where the statement is.
    pub statement: String,
    /// `book/exercises/views-solutions.md#views-2`: where the solution is
    /// shown, if a page includes it.
    pub solution_page: Option<String>,
    /// `exercises/views-2`, relative to the root.
    pub dir: PathBuf,
    /// The error codes the starter must fail to compile with; empty when the
    /// starter compiles and its check fails.
    pub starter_errors: Vec<String>,
    /// The two hints, as markdown.
    pub hints: Vec<String>,
}

impl Exercise {
    /// `exercises/views-2/starter.rs` (relative to the root).
    pub fn starter(&self) -> PathBuf {
        self.dir.join("starter.rs")
    }

    /// `exercises/views-2/check.rs` (relative to the root).
    pub fn check(&self) -> PathBuf {
        self.dir.join("check.rs")
    }

    /// `exercises/views-2/solution.rs` (relative to the root).
    pub fn solution(&self) -> PathBuf {
        self.dir.join("solution.rs")
    }

    /// `http://localhost:3000/exercises/views.html#views-2`: the statement
    /// as a reader sees it, with `mdbook serve` running.
    pub fn statement_url(&self) -> String {
        rendered(&self.statement)
    }

    /// The rendered solutions page, as [`Exercise::statement_url`].
    pub fn solution_url(&self) -> Option<String> {
        self.solution_page.as_deref().map(rendered)
    }

    /// Whether the starter is meant not to compile (a "make it compile"
    /// exercise).
    pub fn about_the_compiler(&self) -> bool {
        !self.starter_errors.is_empty()
    }
}

impl Course {
    /// Reads the exercise pages of `root/book` and the folders of
    /// `root/exercises`. Returns the course as far as it could be read, and
    /// every problem found (none, in a healthy repository).
    ///
    /// # Errors
    /// If the book cannot be read at all.
    pub fn load(root: impl AsRef<Path>) -> std::io::Result<(Course, Vec<Problem>)> {
        let root = root.as_ref().to_path_buf();
        let book = Book::load(root.join("book"))?;
        let mut problems = Vec::new();
        let mut pages = Vec::new();
        let mut solutions: BTreeMap<String, String> = BTreeMap::new();
        for chapter in exercise_pages(&book) {
            let (page, found) = read_page(&root, chapter, &mut solutions, &mut problems);
            if found {
                pages.push(page);
            }
        }
        let mut course = Course { root, pages };
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for page in &mut course.pages {
            for exercise in &mut page.exercises {
                exercise.solution_page = solutions.remove(&exercise.name);
                if exercise.solution_page.is_none() {
                    problems.push(Problem::new(
                        &exercise.statement,
                        format!(
                            "no page shows the solution of {}: add a `rust,exercise` block \
                             `{{{{#include ../../{}/solution.rs}}}}` under its heading on a \
                             solutions page",
                            exercise.name,
                            exercise.dir.display()
                        ),
                    ));
                }
                if let Some(first) = seen.insert(exercise.name.clone(), exercise.statement.clone())
                {
                    problems.push(Problem::new(
                        &exercise.statement,
                        format!("{} has a section here and at {first}", exercise.name),
                    ));
                }
            }
        }
        for (name, at) in solutions {
            problems.push(Problem::new(
                at,
                format!("shows the solution of {name}, but no page states {name}"),
            ));
        }
        problems.extend(course.folder_problems());
        Ok((course, problems))
    }

    /// Every exercise, in course order.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.pages.iter().flat_map(|p| p.exercises.iter())
    }

    /// The exercise called `name`.
    pub fn get(&self, name: &str) -> Option<&Exercise> {
        self.exercises().find(|e| e.name == name)
    }

    /// The exercise after `name`, in course order.
    pub fn after(&self, name: &str) -> Option<&Exercise> {
        self.exercises().skip_while(|e| e.name != name).nth(1)
    }

    /// Folders of `exercises/` with a missing file, or no section on a page.
    fn folder_problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for exercise in self.exercises() {
            for file in FILES {
                let path = exercise.dir.join(file);
                if !self.root.join(&path).is_file() {
                    problems.push(Problem::new(
                        &exercise.statement,
                        format!("{} has no `{}`", exercise.name, path.display()),
                    ));
                }
            }
        }
        let Ok(entries) = fs::read_dir(self.root.join("exercises")) else {
            return problems;
        };
        let mut folders: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        folders.sort();
        for folder in folders {
            let name = folder
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let is_exercise = FILES.iter().any(|f| folder.join(f).is_file());
            if is_exercise && self.get(&name).is_none() {
                problems.push(Problem::new(
                    format!("exercises/{name}"),
                    format!(
                        "no exercise page states {name}: give it a section `## {name}: Title \
                         {{#{name}}}` on a page of book/{PAGES} with a `rust,exercise` block \
                         including its starter.rs"
                    ),
                ));
            }
        }
        problems
    }
}

/// The chapters under `book/exercises/`, in the order `SUMMARY.md` lists
/// them, then any it does not list.
fn exercise_pages(book: &Book) -> Vec<&Chapter> {
    let listed: Vec<String> = book
        .chapter("SUMMARY.md")
        .map(|s| {
            s.links
                .iter()
                .map(|l| l.dest.split('#').next().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default();
    let mut pages: Vec<&Chapter> = book
        .chapters
        .iter()
        .filter(|c| c.rel.starts_with(PAGES))
        .collect();
    let rank = |c: &Chapter| {
        listed
            .iter()
            .position(|l| *l == c.rel)
            .unwrap_or(usize::MAX)
    };
    pages.sort_by_key(|c| rank(c));
    pages
}

/// A heading of a page, with the line it is on.
#[derive(Debug, Clone)]
struct Heading {
    line: usize,
    level: usize,
    id: Option<String>,
    text: String,
}

fn headings(text: &str) -> Vec<Heading> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    options.insert(Options::ENABLE_TABLES);
    let mut out: Vec<Heading> = Vec::new();
    let mut open = false;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading(level, id, _)) => {
                out.push(Heading {
                    line: text[..range.start].matches('\n').count() + 1,
                    level: level as usize,
                    id: id.map(str::to_string),
                    text: String::new(),
                });
                open = true;
            }
            Event::End(Tag::Heading(..)) => open = false,
            Event::Text(t) | Event::Code(t) if open => {
                if let Some(h) = out.last_mut() {
                    h.text.push_str(&t);
                }
            }
            _ => {}
        }
    }
    out
}

/// Reads one exercise page: its exercises, and the solutions it shows
/// (into `solutions`: name -> where). The flag says whether it states any.
fn read_page(
    root: &Path,
    chapter: &Chapter,
    solutions: &mut BTreeMap<String, String>,
    problems: &mut Vec<Problem>,
) -> (Page, bool) {
    let heads = headings(&chapter.text);
    let lines: Vec<&str> = chapter.text.lines().collect();
    let mut page = Page {
        name: chapter.name.clone(),
        title: heads
            .iter()
            .find(|h| h.level == 1)
            .map(|h| h.text.trim().to_string())
            .unwrap_or_else(|| chapter.rel.clone()),
        exercises: Vec::new(),
    };
    let mut found = false;
    for block in &chapter.blocks {
        if block.role() != Some(Role::Exercise) {
            continue;
        }
        let Some(target) = include_target(&block.text) else {
            continue; // the lint reports it
        };
        let Some((name, file)) = exercise_file(&chapter.rel, target) else {
            problems.push(Problem::new(
                &block.at,
                format!("`{target}` is not a file `exercises/NAME/FILE.rs` of the repository"),
            ));
            continue;
        };
        if !root.join("exercises").join(&name).join(&file).is_file() {
            problems.push(Problem::new(
                &block.at,
                format!("there is no exercises/{name}/{file}"),
            ));
        }
        if !FILES.contains(&file.as_str()) {
            continue; // a support file, shown for the curious
        }
        let heading = heads.iter().rev().find(|h| h.line < block.line);
        let anchor = format!("{}#{name}", chapter.name);
        let heading_ok = heading.is_some_and(|h| {
            h.id.as_deref() == Some(name.as_str()) && h.text.starts_with(&format!("{name}: "))
        });
        if !heading_ok {
            problems.push(Problem::new(
                &block.at,
                format!(
                    "a block showing exercises/{name}/{file} belongs under a heading \
                     `## {name}: Title {{#{name}}}`"
                ),
            ));
        }
        match file.as_str() {
            "starter.rs" => {
                found = true;
                let heading = heading.cloned().unwrap_or(Heading {
                    line: 1,
                    level: 2,
                    id: None,
                    text: name.clone(),
                });
                let section = section_text(&lines, &heads, &heading);
                let hints = hints(&section);
                for (n, hint) in (1..).zip(&hints) {
                    if hint.contains("```") || hint.contains("~~~") {
                        problems.push(Problem::new(
                            chapter.at(heading.line),
                            format!(
                                "hint {n} of {name} holds a code block: `cargo exercise hint` \
                                 prints hints as they are, so write them in plain text with \
                                 `inline code`"
                            ),
                        ));
                    }
                }
                if hints.len() != 2 || hints.iter().any(|h| h.trim().is_empty()) {
                    problems.push(Problem::new(
                        chapter.at(heading.line),
                        format!(
                            "{name} needs two hints in its section, each \
                             `<details>\\n<summary>Hint 1</summary>\\n\\ntext\\n\\n</details>` \
                             (then Hint 2); found {}",
                            hints.len()
                        ),
                    ));
                }
                let title = heading
                    .text
                    .strip_prefix(&format!("{name}: "))
                    .unwrap_or(&heading.text)
                    .trim()
                    .to_string();
                page.exercises.push(Exercise {
                    name: name.clone(),
                    title,
                    statement: anchor,
                    solution_page: None,
                    dir: PathBuf::from("exercises").join(&name),
                    starter_errors: block.codes.clone(),
                    hints,
                });
            }
            "solution.rs" => {
                let listed = format!("[{name}](#{name})");
                if !teacher_notes(&chapter.text).contains(&listed) {
                    problems.push(Problem::new(
                        &block.at,
                        format!(
                            "the section `## For teachers` of this page does not name {name}: \
                             give it a row `| {listed} | minutes | what it practises |` in \
                             the table there"
                        ),
                    ));
                }
                if let Some(first) = solutions.insert(name.clone(), anchor) {
                    problems.push(Problem::new(
                        &block.at,
                        format!("the solution of {name} is shown here and at {first}"),
                    ));
                }
            }
            _ => {}
        }
    }
    (page, found)
}

/// The section `## For teachers` of a solutions page (empty if it has none).
fn teacher_notes(text: &str) -> &str {
    let Some(start) = text.find("\n## For teachers") else {
        return "";
    };
    let rest = &text[start + 1..];
    let end = rest[2..].find("\n## ").map_or(rest.len(), |at| at + 2);
    &rest[..end]
}

/// The path of a block that is one `{{#include PATH}}` line.
fn include_target(text: &str) -> Option<&str> {
    text.trim()
        .strip_prefix("{{#include ")?
        .strip_suffix("}}")
        .map(str::trim)
}

/// `(name, file)` for an include path that, from the page at `rel` (inside
/// `book/`), reaches `exercises/NAME/FILE` at the repository root.
fn exercise_file(rel: &str, target: &str) -> Option<(String, String)> {
    let mut parts: Vec<String> = vec!["book".into()];
    parts.extend(rel.split('/').map(str::to_string));
    parts.pop(); // the page's own file name
    for component in Path::new(target).components() {
        match component {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            _ => return None,
        }
    }
    match parts.as_slice() {
        [top, name, file] if top == "exercises" && file.ends_with(".rs") => {
            Some((name.clone(), file.clone()))
        }
        _ => None,
    }
}

/// The lines from `heading` to the next heading of the same or a higher
/// level.
fn section_text(lines: &[&str], heads: &[Heading], heading: &Heading) -> String {
    let end = heads
        .iter()
        .find(|h| h.line > heading.line && h.level <= heading.level)
        .map_or(lines.len(), |h| h.line - 1);
    lines[heading.line.min(lines.len())..end].join("\n")
}

/// The hints of a section, in order: the text of each
/// `<details><summary>Hint N</summary> … </details>`.
///
/// ```
/// let md = "Do it.\n\n<details>\n<summary>Hint 1</summary>\n\nUse `slice`.\n\n</details>\n\n\
///           <details>\n<summary>Hint 2</summary>\n\n`view.slice(-3..)`\n\n</details>\n";
/// assert_eq!(workbook::course::hints(md), ["Use `slice`.", "`view.slice(-3..)`"]);
/// ```
pub fn hints(section: &str) -> Vec<String> {
    let mut found = Vec::new();
    for n in 1.. {
        let summary = format!("<summary>Hint {n}</summary>");
        let Some(start) = section.find(&summary) else {
            break;
        };
        let rest = &section[start + summary.len()..];
        let end = rest.find("</details>").unwrap_or(rest.len());
        found.push(rest[..end].trim().to_string());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A repository in a scratch folder: `files` as (path, text).
    fn repo(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let root = std::env::temp_dir().join(format!("course-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for (path, text) in files {
            let path = root.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        root
    }

    const SECTION: &str = "## x-1: First {#x-1}\n\n```rust,exercise\n\
        {{#include ../../exercises/x-1/starter.rs}}\n```\n\n\
        <details>\n<summary>Hint 1</summary>\n\nLook.\n\n</details>\n\n\
        <details>\n<summary>Hint 2</summary>\n\nLook closer.\n\n</details>\n";
    const SOLUTION: &str = "## x-1: First {#x-1}\n\n```rust,exercise\n\
        {{#include ../../exercises/x-1/solution.rs}}\n```\n";

    #[test]
    fn a_complete_exercise_is_read_from_its_page_and_folder() {
        let root = repo(
            "complete",
            &[
                (
                    "book/SUMMARY.md",
                    "- [X](exercises/x.md)\n- [S](exercises/x-s.md)\n",
                ),
                (
                    "book/exercises/x.md",
                    &format!("# Exercises: x\n\n{SECTION}"),
                ),
                (
                    "book/exercises/x-s.md",
                    &format!("# Solutions\n\n## For teachers\n\n| [x-1](#x-1) | 5 |\n\n{SOLUTION}"),
                ),
                ("exercises/x-1/starter.rs", ""),
                ("exercises/x-1/check.rs", ""),
                ("exercises/x-1/solution.rs", ""),
            ],
        );
        let (course, problems) = Course::load(&root).unwrap();
        assert!(problems.is_empty(), "{problems:#?}");
        let x = course.get("x-1").unwrap();
        assert_eq!(x.title, "First");
        assert_eq!(x.statement, "book/exercises/x.md#x-1");
        assert_eq!(
            x.solution_page.as_deref(),
            Some("book/exercises/x-s.md#x-1")
        );
        assert_eq!(x.hints, ["Look.", "Look closer."]);
        assert_eq!(course.pages[0].title, "Exercises: x");
    }

    #[test]
    fn each_gap_is_a_problem_naming_the_exercise() {
        let section = SECTION.replace("{#x-1}", "").replace("Hint 2", "Hint two");
        let root = repo(
            "gaps",
            &[
                ("book/SUMMARY.md", "- [X](exercises/x.md)\n"),
                (
                    "book/exercises/x.md",
                    &format!("# Exercises: x\n\n{section}"),
                ),
                ("exercises/x-1/starter.rs", ""),
                ("exercises/x-1/check.rs", ""),
                ("exercises/x-2/starter.rs", ""),
            ],
        );
        let (_, problems) = Course::load(&root).unwrap();
        let found: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let has = |part: &str| found.iter().any(|p| p.contains(part));
        assert!(
            has("belongs under a heading `## x-1: Title {#x-1}`"),
            "{found:#?}"
        );
        assert!(has("x-1 needs two hints"), "{found:#?}");
        assert!(has("no page shows the solution of x-1"), "{found:#?}");
        assert!(has("x-1 has no `exercises/x-1/solution.rs`"), "{found:#?}");
        assert!(has("no exercise page states x-2"), "{found:#?}");
        assert_eq!(found.len(), 5, "{found:#?}");
    }

    #[test]
    fn a_code_block_in_a_hint_and_a_missing_teacher_row_are_problems() {
        let section = SECTION.replace("Look closer.", "```rust\nlet x = 1;\n```");
        let root = repo(
            "teachers",
            &[
                (
                    "book/SUMMARY.md",
                    "- [X](exercises/x.md)\n- [S](exercises/x-s.md)\n",
                ),
                (
                    "book/exercises/x.md",
                    &format!("# Exercises: x\n\n{section}"),
                ),
                (
                    "book/exercises/x-s.md",
                    &format!("# Solutions\n\n## For teachers\n\nNo table.\n\n{SOLUTION}"),
                ),
                ("exercises/x-1/starter.rs", ""),
                ("exercises/x-1/check.rs", ""),
                ("exercises/x-1/solution.rs", ""),
            ],
        );
        let (_, problems) = Course::load(&root).unwrap();
        let found: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(
            found[0].contains("hint 2 of x-1 holds a code block"),
            "{found:#?}"
        );
        assert!(
            found[1].contains("`## For teachers` of this page does not name x-1"),
            "{found:#?}"
        );
    }

    #[test]
    fn include_paths_resolve_from_the_page() {
        assert_eq!(
            exercise_file("exercises/views.md", "../../exercises/views-2/check.rs"),
            Some(("views-2".into(), "check.rs".into()))
        );
        assert_eq!(
            exercise_file("views.md", "../exercises/views-2/starter.rs"),
            Some(("views-2".into(), "starter.rs".into()))
        );
        assert_eq!(
            exercise_file("exercises/views.md", "../../src/lib.rs"),
            None
        );
        assert_eq!(
            exercise_file("exercises/views.md", "../../../x/a/b.rs"),
            None
        );
    }

    #[test]
    fn sections_end_at_the_next_heading_of_their_level() {
        let md = "# Page\n\n## a-1: One {#a-1}\n\ntext\n\n### Detail\n\nmore\n\n## a-2: Two {#a-2}\n\nother\n";
        let heads = headings(md);
        assert_eq!(heads.len(), 4);
        assert_eq!(heads[1].id.as_deref(), Some("a-1"));
        assert_eq!(heads[1].text, "a-1: One");
        let lines: Vec<&str> = md.lines().collect();
        let section = section_text(&lines, &heads, &heads[1]);
        assert!(
            section.contains("more") && !section.contains("other"),
            "{section}"
        );
    }
}
