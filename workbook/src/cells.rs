//! Checked tables and paragraphs: what a page states outside its code blocks.
//!
//! A table or a paragraph is checked when the line before it is a directive:
//!
//! - `<!-- check: shown "memview" -->` (before a table): every code span in
//!   the named columns (no name: every column) occurs, whole, in the checked
//!   material of the page: the source of a Rust block skeptic runs, the
//!   output it prints, or a Python block. So `m.to_bytes()` in a cell is
//!   refused when the page's code says `m.to_bytes()?` (a `?` left out), and
//!   a cell left stale by a rename is refused once the blocks (which the
//!   compiler checks) are renamed. "Whole" means not inside a longer name,
//!   and, for a cell that ends with a call, not followed by a `?` the cell
//!   leaves out.
//! - `<!-- check: shown -->` (before a paragraph): the same for every code
//!   span of the paragraph.
//! - `<!-- check: errors "Rust" in NAME -->` (before a table): every code
//!   span in the column is an expression that, run in the context `NAME`,
//!   fails with the row's error: `{err:#}` is `<Exception>: <Message>`, the
//!   exception being the row's `Exception` cell or else the heading the table
//!   is under. A context's `errors` cells become one program, which skeptic
//!   runs ([`Page::programs`]).
//! - `<!-- check: compile_fail "Rust" in NAME -->` (before a table): every
//!   code span in the column, added to the context `NAME`, fails to compile
//!   with exactly the error codes of the row's `Error` cell, like a
//!   `compile_fail` block (the book check compiles them).
//!
//! A context is the start of a Rust program that a cell is added to (then
//! `Ok(())` and `}` end it): `use` lines, items, and `fn main() -> … {` with
//! the statements that make the variables the cells use. Two ways to give it:
//!
//! - `<!-- check: context NAME -->` right before a `rust` block of the page:
//!   the block, up to its last `Ok(())` line (so a table's cells can use
//!   what the page's own run sets up);
//! - `<!-- check: context NAME` followed by the Rust, then `-->`: for cells
//!   that need a setup the page does not show (the prose says what it is).
//!
//! Every table of a page under `appendix/` must be checked, so a new table
//! cannot slip in unchecked.

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::book::{Chapter, Problem};
use crate::roles::is_error_code;
use crate::skeptic::{self, Expect};

/// How a table or paragraph is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Its code spans occur in the page's checked material.
    Shown,
    /// Its code spans fail with the error the row states.
    Errors,
    /// Its code spans fail to compile with the codes the row states.
    CompileFail,
}

/// A code span to check, where it is, and what the row says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// `book/appendix/errors.md:37`: the row's (or paragraph's) line.
    pub at: String,
    /// How it is checked.
    pub kind: Kind,
    /// The code span, as it reads on the page.
    pub code: String,
    /// [`Kind::Errors`]: the error it must give, `IndexError: index out of
    /// bounds on dimension 1`. [`Kind::CompileFail`]: the error codes, `E0599`.
    pub expected: Vec<String>,
    /// The context it runs in (not for [`Kind::Shown`]).
    pub context: String,
}

/// The start of a program that cells are added to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// Its name in the directives.
    pub name: String,
    /// The line of its directive.
    pub line: usize,
    /// The Rust, up to where a cell goes.
    pub source: String,
}

/// The checked tables and paragraphs of one page.
#[derive(Debug, Clone)]
pub struct Page {
    /// `book/appendix/errors.md`
    pub name: String,
    /// `appendix/errors.md`
    pub rel: String,
    /// The contexts the page's cells run in.
    pub contexts: Vec<Context>,
    /// Every cell to check, in page order.
    pub cells: Vec<Cell>,
    /// Directives that cannot be read, tables left unchecked, and the like.
    pub problems: Vec<Problem>,
    /// How many tables and paragraphs are checked.
    pub checked: usize,
}

/// Pages whose every table must be checked.
const EVERY_TABLE_CHECKED: &[&str] = &["appendix/"];

/// A directive, as read from its comment.
#[derive(Debug, Clone)]
enum Directive {
    /// `check: shown|errors|compile_fail "COLUMN"… [in CONTEXT]`
    Check(Check),
    /// `check: context NAME` with the Rust inside the comment.
    Context(Context),
    /// `check: context NAME` alone: the next block is the context.
    ContextBlock(String),
}

/// How a table or paragraph is checked: the kind, the columns, the context.
#[derive(Debug, Clone)]
struct Check {
    kind: Kind,
    columns: Vec<String>,
    context: String,
}

#[derive(Debug, Default)]
struct TableState {
    check: Option<Check>,
    line: usize,
    header: Vec<String>,
    in_head: bool,
    /// The cells of the current row: their text, and their code spans.
    row: Vec<(String, Vec<String>)>,
    row_line: usize,
    heading: String,
    has_code: bool,
}

const MISPLACED: &str = "a check directive must come right before a table or a paragraph \
                         (`check: context NAME` without Rust: right before a `rust` block)";

impl Page {
    /// Reads the directives of `chapter` and the cells they check.
    pub fn read(chapter: &Chapter) -> Page {
        let mut page = Page {
            name: chapter.name.clone(),
            rel: chapter.rel.clone(),
            contexts: Vec::new(),
            cells: Vec::new(),
            problems: Vec::new(),
            checked: 0,
        };
        let text = &chapter.text;
        let mut html = String::new();
        let mut html_line = 0;
        let mut pending: Option<(usize, Directive)> = None;
        let mut block_contexts: Vec<(String, usize, usize)> = Vec::new();
        let mut table: Option<TableState> = None;
        let mut paragraph: Option<(usize, Vec<String>)> = None;
        let mut heading: Option<String> = None;
        let mut last_heading = String::new();
        let mut in_cell = false;
        let mut cell_text = String::new();
        let mut cell_code: Vec<String> = Vec::new();

        let mut html_end = 0;
        for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
            // An HTML block comes as one event per line; a gap between two
            // events means two blocks (two comments, say).
            let html_goes_on = matches!(event, Event::Html(_)) && range.start == html_end;
            if !html.is_empty() && !html_goes_on {
                let found = std::mem::take(&mut html);
                match page.directive(&found, html_line) {
                    Some(Directive::Context(context)) => page.contexts.push(context),
                    Some(directive) => {
                        if let Some((line, _)) = pending.take() {
                            page.problem(line, MISPLACED);
                        }
                        pending = Some((html_line, directive));
                    }
                    None => {}
                }
            }
            if let Event::Html(h) = &event {
                if html.is_empty() {
                    html_line = chapter.line_of(range.start);
                }
                html.push_str(h);
                html_end = range.end;
                continue;
            }
            match event {
                Event::Start(Tag::CodeBlock(_)) => match pending.take() {
                    Some((line, Directive::ContextBlock(name))) => {
                        block_contexts.push((name, line, chapter.line_of(range.start)));
                    }
                    Some((line, _)) => page.problem(line, MISPLACED),
                    None => {}
                },
                Event::Start(Tag::Heading(..)) => {
                    if let Some((line, _)) = pending.take() {
                        page.problem(line, MISPLACED);
                    }
                    heading = Some(String::new());
                }
                Event::End(Tag::Heading(..)) => last_heading = heading.take().unwrap_or_default(),
                Event::Start(Tag::Table(_)) => {
                    let check = match pending.take() {
                        Some((_, Directive::Check(check))) => Some(check),
                        Some((line, _)) => {
                            page.problem(line, MISPLACED);
                            None
                        }
                        None => None,
                    };
                    table = Some(TableState {
                        check,
                        line: chapter.line_of(range.start),
                        heading: last_heading.clone(),
                        ..TableState::default()
                    });
                }
                Event::Start(Tag::TableHead) => {
                    if let Some(t) = &mut table {
                        t.in_head = true;
                    }
                }
                Event::End(Tag::TableHead) => {
                    if let Some(t) = &mut table {
                        t.in_head = false;
                        t.header = t.row.drain(..).map(|(text, _)| text).collect();
                    }
                }
                Event::Start(Tag::TableRow) => {
                    if let Some(t) = &mut table {
                        t.row_line = chapter.line_of(range.start);
                    }
                }
                Event::End(Tag::TableRow) => {
                    if let Some(t) = &mut table {
                        let row = std::mem::take(&mut t.row);
                        if let Some(check) = &t.check {
                            page.row(check, &t.header, &row, t.row_line, &t.heading);
                        }
                    }
                }
                Event::Start(Tag::TableCell) => {
                    in_cell = true;
                    cell_text.clear();
                    cell_code.clear();
                }
                Event::End(Tag::TableCell) => {
                    in_cell = false;
                    if let Some(t) = &mut table {
                        t.has_code |= !cell_code.is_empty() && !t.in_head;
                        t.row
                            .push((cell_text.trim().to_string(), cell_code.clone()));
                    }
                }
                Event::End(Tag::Table(_)) => {
                    if let Some(t) = table.take() {
                        page.table_done(&t);
                    }
                }
                Event::Start(Tag::Paragraph) => match pending.take() {
                    Some((_, Directive::Check(check))) if check.kind == Kind::Shown => {
                        paragraph = Some((chapter.line_of(range.start), Vec::new()));
                    }
                    Some((line, _)) => {
                        page.problem(line, "only `check: shown` can check a paragraph")
                    }
                    None => {}
                },
                Event::End(Tag::Paragraph) => {
                    if let Some((line, spans)) = paragraph.take() {
                        page.checked += 1;
                        for code in spans {
                            page.cells.push(Cell {
                                at: format!("{}:{line}", page.name),
                                kind: Kind::Shown,
                                code,
                                expected: Vec::new(),
                                context: String::new(),
                            });
                        }
                    }
                }
                Event::Code(code) => {
                    if in_cell {
                        // A `|` in a table's code span is written `\|`; the
                        // parser skeptic shares (0.9) leaves the `\`, mdBook's
                        // (0.13) does not.
                        let code = code.replace("\\|", "|");
                        cell_text.push_str(&code);
                        cell_code.push(code);
                    } else if let Some((_, spans)) = &mut paragraph {
                        spans.push(code.to_string());
                    } else if let Some(h) = &mut heading {
                        h.push_str(&code);
                    }
                }
                Event::Text(t) => {
                    if in_cell {
                        cell_text.push_str(&t);
                    } else if let Some(h) = &mut heading {
                        h.push_str(&t);
                    }
                }
                _ => {}
            }
        }
        if let Some((line, _)) = pending {
            page.problem(line, MISPLACED);
        }
        for (name, line, fence) in block_contexts {
            page.block_context(chapter, name, line, fence);
        }
        let cells = std::mem::take(&mut page.cells);
        for cell in &cells {
            if cell.kind != Kind::Shown && page.context(&cell.context).is_none() {
                page.problems.push(Problem::new(
                    &cell.at,
                    format!("the page has no `check: context {}`", cell.context),
                ));
            }
        }
        page.cells = cells;
        page
    }

    fn problem(&mut self, line: usize, message: impl Into<String>) {
        self.problems
            .push(Problem::new(format!("{}:{line}", self.name), message));
    }

    /// The context named `name`.
    pub fn context(&self, name: &str) -> Option<&Context> {
        self.contexts.iter().find(|c| c.name == name)
    }

    /// The context made of the block whose fence is on line `fence`: its
    /// source up to its last `Ok(())` line.
    fn block_context(&mut self, chapter: &Chapter, name: String, line: usize, fence: usize) {
        let block = chapter.blocks.iter().find(|b| b.line == fence);
        let source = block.map(|b| b.rust_source()).unwrap_or_default();
        let lines: Vec<&str> = source.lines().collect();
        match lines.iter().rposition(|l| l.trim() == "Ok(())") {
            Some(end) => self.contexts.push(Context {
                name,
                line,
                source: lines[..end].iter().map(|l| format!("{l}\n")).collect(),
            }),
            None => self.problem(
                line,
                "a `check: context` block must be a `rust` block whose `main` ends with `Ok(())`",
            ),
        }
    }

    /// Reads a `<!-- check: … -->` comment; `None` if it is another comment.
    fn directive(&mut self, html: &str, line: usize) -> Option<Directive> {
        let inner = html.trim().strip_prefix("<!--")?.strip_suffix("-->")?;
        let rest = inner.trim_start().strip_prefix("check:")?.trim_start();
        if let Some(context) = rest.strip_prefix("context ") {
            let (name, source) = context.split_once('\n').unwrap_or((context, ""));
            let name = name.trim().to_string();
            if self.contexts.iter().any(|c| c.name == name) {
                self.problem(line, format!("a second `check: context {name}`"));
            }
            return Some(if source.trim().is_empty() {
                Directive::ContextBlock(name)
            } else {
                Directive::Context(Context {
                    name,
                    line,
                    source: source.trim_matches('\n').to_string() + "\n",
                })
            });
        }
        let (kind, rest) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let kind = match kind {
            "shown" => Kind::Shown,
            "errors" => Kind::Errors,
            "compile_fail" => Kind::CompileFail,
            other => {
                self.problem(
                    line,
                    format!("unknown check `{other}`: use shown, errors, compile_fail or context"),
                );
                return None;
            }
        };
        let (columns, context) = match rest.rsplit_once(" in ") {
            Some((columns, context)) => (columns, context.trim().to_string()),
            None => (rest, String::new()),
        };
        let columns: Vec<String> = columns
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        if kind != Kind::Shown && (columns.len() != 1 || context.is_empty()) {
            self.problem(
                line,
                "`errors` and `compile_fail` name the Rust column and a context: \
                 `check: errors \"Rust\" in NAME`",
            );
        }
        Some(Directive::Check(Check {
            kind,
            columns,
            context,
        }))
    }

    fn row(
        &mut self,
        check: &Check,
        header: &[String],
        row: &[(String, Vec<String>)],
        line: usize,
        heading: &str,
    ) {
        let kind = check.kind;
        let at = format!("{}:{line}", self.name);
        let column = |name: &str| header.iter().position(|h| h == name);
        // `check: shown` with no column names every column.
        let columns = if check.columns.is_empty() {
            header.to_vec()
        } else {
            check.columns.clone()
        };
        for name in &columns {
            if column(name).is_none() {
                self.problem(
                    line,
                    format!("the table has no column `{name}` (it has {header:?})"),
                );
            }
        }
        let text = |name: &str| {
            column(name)
                .and_then(|c| row.get(c))
                .map(|(t, _)| t.clone())
        };
        let expected = match kind {
            Kind::Shown => Vec::new(),
            Kind::Errors => {
                let exception = text("Exception").unwrap_or_else(|| heading.trim().to_string());
                match text("Message") {
                    Some(message) => vec![format!("{exception}: {message}")],
                    None => {
                        self.problem(line, "an `errors` table needs a `Message` column");
                        return;
                    }
                }
            }
            Kind::CompileFail => text("Error")
                .unwrap_or_default()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| is_error_code(w))
                .map(str::to_string)
                .collect(),
        };
        for name in &columns {
            let Some((_, spans)) = column(name).and_then(|c| row.get(c)) else {
                continue;
            };
            if kind == Kind::CompileFail && !spans.is_empty() && expected.is_empty() {
                self.problem(
                    line,
                    "a `compile_fail` row needs its error code(s) in its `Error` column",
                );
            }
            for code in spans {
                self.cells.push(Cell {
                    at: at.clone(),
                    kind,
                    code: code.clone(),
                    expected: expected.clone(),
                    context: check.context.clone(),
                });
            }
        }
    }

    fn table_done(&mut self, table: &TableState) {
        match &table.check {
            Some(_) => self.checked += 1,
            None if table.has_code
                && EVERY_TABLE_CHECKED.iter().any(|p| self.rel.starts_with(p)) =>
            {
                self.problem(
                    table.line,
                    "every table of the appendix is checked: put `<!-- check: shown \"COLUMN\" -->` \
                     (or `errors`, `compile_fail`) on the line before it (see workbook/src/cells.rs)",
                );
            }
            None => {}
        }
    }

    /// The cells of one kind.
    pub fn cells_of(&self, kind: Kind) -> impl Iterator<Item = &Cell> {
        self.cells.iter().filter(move |c| c.kind == kind)
    }

    /// The programs that check the page's `errors` cells, one per context:
    /// each as a markdown document for skeptic, its name
    /// (`appendix/errors-cpython.md`, so skeptic's test is
    /// `appendix_errors_cpython_line_<context line>`), and its `.skt.md`
    /// (the block's template).
    pub fn programs(&self) -> Vec<Program> {
        let mut programs = Vec::new();
        for context in &self.contexts {
            let mut cells = self
                .cells_of(Kind::Errors)
                .filter(|c| c.context == context.name)
                .peekable();
            if cells.peek().is_none() {
                continue;
            }
            let mut program = context.source.clone();
            program.push_str("    let mut __cells = ::bookrt::Cells::default();\n");
            for cell in cells {
                program.push_str(&format!(
                    "    __cells.error({:?}, {:?}, {:?}, (|| ({}).map(|_| ()))());\n",
                    cell.at, cell.code, cell.expected[0], cell.code
                ));
            }
            program.push_str("    __cells.finish();\n    Ok(())\n}\n");
            let at = format!("{}:{}", self.name, context.line);
            // The fence on the context's line names skeptic's test after it.
            let markdown = format!(
                "{}`````rust,skt-cells\n{program}`````\n",
                "\n".repeat(context.line.saturating_sub(1))
            );
            let template = skeptic::template(&self.name, &at, None, Expect::Cells);
            programs.push(Program {
                name: format!("{}-{}.md", self.rel.trim_end_matches(".md"), context.name),
                markdown,
                templates: skeptic::template_block("skt-cells", &template),
            });
        }
        programs
    }

    /// One source that checks every `compile_fail` cell of `context` at
    /// once, so that they cost one compilation, not one each: the context's
    /// `main` again for each cell (renamed, the cell added), and once alone.
    /// Returns the source and, for each of those functions, its [`Part`].
    /// rustc checks each function's body by itself, so an error belongs to
    /// the function whose lines it points at.
    ///
    /// ```
    /// let md = "<!-- check: context c\nuse std::fmt;\nfn main() -> Result<(), ()> {\n    let s = 1;\n-->\n\n\
    ///           <!-- check: compile_fail \"Rust\" in c -->\n| Rust | Error |\n|---|---|\n| `s.x()` | E0599 |\n";
    /// let chapter = workbook::Chapter::parse("x.md".into(), "x.md".into(), "x.md".into(), md.into());
    /// let page = workbook::cells::Page::read(&chapter);
    /// let (source, parts) = page.compile_fail_batch(&page.contexts[0]);
    /// assert!(source.starts_with("use std::fmt;\nfn __cell_0() -> Result<(), ()> {\n    let s = 1;\n    s.x();\n"));
    /// assert_eq!(parts[0].0, 2..7); // `fn __cell_0` to its `}`
    /// assert_eq!(parts[0].1.unwrap().code, "s.x()");
    /// assert!(parts[1].1.is_none()); // the context alone
    /// assert!(source.ends_with("fn main() {}\n"));
    /// ```
    pub fn compile_fail_batch(&self, context: &Context) -> (String, Vec<Part<'_>>) {
        let lines: Vec<&str> = context.source.lines().collect();
        let main = lines
            .iter()
            .position(|l| l.trim_start().starts_with("fn main("))
            .unwrap_or(lines.len());
        let mut source: String = lines[..main].iter().map(|l| format!("{l}\n")).collect();
        let body: String = lines[main..].iter().map(|l| format!("{l}\n")).collect();
        let cells = self
            .cells_of(Kind::CompileFail)
            .filter(|c| c.context == context.name)
            .map(Some)
            .chain([None]);
        let mut parts = Vec::new();
        for (i, cell) in cells.enumerate() {
            let start = source.lines().count() + 1;
            source.push_str(&body.replacen("fn main(", &format!("fn __cell_{i}("), 1));
            if let Some(cell) = cell {
                source.push_str(&statement(&cell.code));
            }
            source.push_str("    Ok(())\n}\n");
            parts.push((start..source.lines().count() + 1, cell));
        }
        source.push_str("fn main() {}\n");
        (source, parts)
    }
}

/// A function of [`Page::compile_fail_batch`]'s source: its lines (the
/// first is 1), and its cell (`None`: the context alone, which must compile).
pub type Part<'a> = (std::ops::Range<usize>, Option<&'a Cell>);

/// A cell as a statement of `main`.
fn statement(code: &str) -> String {
    let code = code.trim_end();
    let end = if code.ends_with(';') || code.ends_with('}') {
        ""
    } else {
        ";"
    };
    format!("    {code}{end}\n")
}

/// A generated program that checks a page's `errors` cells.
#[derive(Debug, Clone)]
pub struct Program {
    /// Its document's path, like a chapter's (`appendix/errors-cpython.md`).
    pub name: String,
    /// The document: one `rust` block.
    pub markdown: String,
    /// Its `.skt.md`: the block's template.
    pub templates: String,
}

/// Whether `span` occurs, whole, in `text`: not inside a longer name, and,
/// when the span ends with a call or an index, not followed by a `?` it
/// leaves out.
///
/// ```
/// use workbook::cells::occurs;
/// let code = "let b = m.to_bytes()?;\nlet h = m.hex_with(\":\", 2)?;\nlet s: &[usize] = m.shape();";
/// assert!(occurs("m.to_bytes()?", code));
/// assert!(!occurs("m.to_bytes()", code)); // the `?` is left out
/// assert!(occurs("hex_with", code));
/// assert!(!occurs("hex", code));          // only inside a longer name
/// assert!(occurs("&[usize]", code));
/// assert!(occurs("m.shape()", code));
/// ```
pub fn occurs(span: &str, text: &str) -> bool {
    let is_name = |c: char| c.is_alphanumeric() || c == '_';
    let starts_name = span.chars().next().is_some_and(is_name);
    let ends_name = span.chars().last().is_some_and(is_name);
    let ends_call = span.ends_with(')') || span.ends_with(']');
    text.match_indices(span).any(|(i, _)| {
        let before = text[..i].chars().last();
        let after = text[i + span.len()..].chars().next();
        let inside_a_name = (starts_name && before.is_some_and(is_name))
            || (ends_name && after.is_some_and(is_name));
        let question_mark_left_out = ends_call && after == Some('?');
        !inside_a_name && !question_mark_left_out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(md: &str) -> Page {
        let chapter = Chapter::parse(
            "book/appendix/x.md".into(),
            "appendix/x.md".into(),
            "book/appendix/x.md".into(),
            md.into(),
        );
        Page::read(&chapter)
    }

    /// The function of `compile_fail_batch` that checks the page's first
    /// cell, in its context (the page's first).
    fn compile_fail_function(p: &Page) -> String {
        let (source, parts) = p.compile_fail_batch(&p.contexts[0]);
        let (lines, cell) = &parts[0];
        assert!(cell.is_some_and(|c| std::ptr::eq(c, &p.cells[0])));
        let lines = source.lines().skip(lines.start - 1).take(lines.len());
        lines.map(|l| format!("{l}\n")).collect()
    }

    const CONTEXT: &str = "<!-- check: context view\nuse memview::View;\nfn main() -> memview::Result<()> {\n    let m = View::new(b\"abc\")?;\n-->\n\n";

    #[test]
    fn errors_cells_take_the_exception_from_the_heading_or_the_column() {
        let md = format!(
            "{CONTEXT}### IndexError\n\n<!-- check: errors \"Rust\" in view -->\n\n| Message | Rust |\n|---|---|\n\
             | `index out of bounds on dimension 1` | `m.get(3)`, `m.get(-4)` |\n\n\
             <!-- check: errors \"Rust\" in view -->\n| Exception | Message | Rust |\n|---|---|---|\n\
             | `TypeError` | `x` | `m.cast(\"\\|\")` |\n"
        );
        let p = page(&md);
        assert_eq!(p.problems, []);
        let cells: Vec<_> = p
            .cells
            .iter()
            .map(|c| (c.at.as_str(), c.code.as_str(), c.expected[0].as_str()))
            .collect();
        assert_eq!(
            cells,
            [
                (
                    "book/appendix/x.md:13",
                    "m.get(3)",
                    "IndexError: index out of bounds on dimension 1"
                ),
                (
                    "book/appendix/x.md:13",
                    "m.get(-4)",
                    "IndexError: index out of bounds on dimension 1"
                ),
                ("book/appendix/x.md:18", "m.cast(\"|\")", "TypeError: x"),
            ]
        );
        let programs = p.programs();
        assert_eq!(programs.len(), 1);
        assert_eq!(programs[0].name, "appendix/x-view.md");
        let markdown = &programs[0].markdown;
        assert_eq!(
            markdown.lines().position(|l| l.starts_with("`````rust")),
            Some(0)
        );
        assert!(
            markdown.contains("__cells.error(\"book/appendix/x.md:13\", \"m.get(3)\""),
            "{markdown}"
        );
        assert!(
            programs[0]
                .templates
                .contains("//@book book/appendix/x.md:1\n")
        );
    }

    #[test]
    fn compile_fail_cells_read_their_codes() {
        let md = format!(
            "{CONTEXT}<!-- check: compile_fail \"Rust\" in view -->\n| Python | Rust | Error |\n|---|---|---|\n\
             | `m < m` | `m < m` | views are not ordered: E0369 |\n| `m[...]` | | no syntax for it |\n"
        );
        let p = page(&md);
        assert_eq!(p.problems, []);
        assert_eq!(p.cells.len(), 1);
        assert_eq!(p.cells[0].expected, ["E0369"]);
        let source = compile_fail_function(&p);
        assert!(
            source.ends_with("    let m = View::new(b\"abc\")?;\n    m < m;\n    Ok(())\n}\n"),
            "{source}"
        );
    }

    #[test]
    fn a_block_can_be_the_context() {
        let md = "<!-- check: context run -->\n```rust\nuse memview::View;\n\n# fn main() -> memview::Result<()> {\n\
                  let m = View::new(b\"abc\")?;\nprintln!(\"{}\", m.len());\n# Ok(())\n# }\n```\n\n\
                  <!-- check: compile_fail \"Rust\" in run -->\n| Rust | Error |\n|---|---|\n| `m < m` | E0369 |\n";
        let p = page(md);
        assert_eq!(p.problems, []);
        let source = compile_fail_function(&p);
        assert!(
            source.ends_with("println!(\"{}\", m.len());\n    m < m;\n    Ok(())\n}\n"),
            "{source}"
        );
        assert_eq!(p.contexts[0].line, 1);
    }

    #[test]
    fn shown_tables_and_paragraphs_list_their_spans() {
        let md = "<!-- check: shown \"memview\" -->\n| Python | memview |\n|---|---|\n| `m.hex()` | `m.hex()?` |\n\n\
                  <!-- check: shown -->\nThe view is `{m:?}` and `m.len()` is `3`.\n";
        let p = page(md);
        assert_eq!(p.problems, []);
        let spans: Vec<_> = p
            .cells
            .iter()
            .map(|c| (c.at.as_str(), c.code.as_str()))
            .collect();
        assert_eq!(
            spans,
            [
                ("book/appendix/x.md:4", "m.hex()?"),
                ("book/appendix/x.md:7", "{m:?}"),
                ("book/appendix/x.md:7", "m.len()"),
                ("book/appendix/x.md:7", "3"),
            ]
        );
        assert_eq!(p.checked, 2);
    }

    #[test]
    fn unchecked_tables_stray_directives_and_missing_contexts_are_problems() {
        let md = "| a | b |\n|---|---|\n| `x` | y |\n\n<!-- check: shown \"b\" -->\n\n# Heading\n\n\
                  <!-- check: errors \"b\" in nowhere -->\n| Message | b |\n|---|---|\n| `m` | `x()` |\n";
        let p = page(md);
        let found: Vec<_> = p.problems.iter().map(ToString::to_string).collect();
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(
            found[0].starts_with("book/appendix/x.md:1: every table of the appendix is checked")
        );
        assert!(
            found[1].starts_with("book/appendix/x.md:5: a check directive must come right before")
        );
        assert!(
            found[2].starts_with("book/appendix/x.md:12: the page has no `check: context nowhere`")
        );
    }
}
