//! Turns every Rust block of the book into a test, with skeptic 0.14.2.
//!
//! Every `*.md` under `book/` (sub-folders too) is copied to `OUT_DIR/book/`
//! and handed to skeptic, which writes one `#[test]` per Rust block into
//! `OUT_DIR/skeptic-tests.rs`. The copies differ from the chapters only in
//! fence lines: each compiled block names its own template, which
//! `workbook::skeptic::templates` writes into the copy's `.skt.md` (it
//! compares what the block prints with the page, and names the page and line
//! when the block fails). The tables of the appendix that state an error
//! become one more generated program per page (`workbook::cells`).
//!
//! skeptic's calls are then renamed (`workbook::skeptic::wrapped_tests`) so
//! that `tests/skeptic.rs`, which includes the result, reports a failure by
//! page instead of by skeptic's 14 KB rustc command line. Nothing here names
//! a chapter, so a new one is picked up without touching this file.

use std::fs;
use std::path::{Path, PathBuf};

/// Blocks that prove the book's blocks are compiled as edition 2024.
const EDITION_PROOF: &str = "tests/edition-2024.md";

fn main() {
    // skeptic watches only the files it is given (the copies); watching the
    // folder makes cargo rerun this when a chapter is added, removed or edited.
    println!("cargo:rerun-if-changed=book");
    println!("cargo:rerun-if-changed={EDITION_PROOF}");

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let out = out_dir.join("book");
    let _ = fs::remove_dir_all(&out); // a removed chapter must take its tests with it
    fs::create_dir_all(&out).expect("create OUT_DIR/book");
    let book = workbook::Book::load("book").expect("read the chapters in book/");

    let mut docs = Vec::new();
    for chapter in &book.chapters {
        let copy = out.join(workbook::skeptic::flat_name(&chapter.rel));
        write_backdated(
            &copy,
            &workbook::skeptic::for_skeptic(chapter),
            &chapter.path,
        );
        write_backdated(
            &PathBuf::from(format!("{}.skt.md", copy.display())),
            &workbook::skeptic::templates(chapter),
            &chapter.path,
        );
        docs.push(copy);

        for program in workbook::cells::Page::read(chapter).programs() {
            let doc = out.join(workbook::skeptic::flat_name(&program.name));
            write_backdated(&doc, &program.markdown, &chapter.path);
            write_backdated(
                &PathBuf::from(format!("{}.skt.md", doc.display())),
                &program.templates,
                &chapter.path,
            );
            docs.push(doc);
        }
    }
    let proof = out_dir.join("edition-2024.md");
    let text = fs::read_to_string(EDITION_PROOF).expect("read the edition proof");
    write_backdated(&proof, &text, Path::new(EDITION_PROOF));
    docs.push(proof);

    skeptic::generate_doc_tests(&docs);

    let generated = fs::read_to_string(out_dir.join("skeptic-tests.rs"))
        .expect("skeptic wrote skeptic-tests.rs");
    let tests = workbook::skeptic::wrapped_tests(&generated).unwrap_or_else(|e| panic!("{e}"));
    let path = out_dir.join("book-tests.rs");
    // Written only when it changed, as skeptic does: a newer file would make
    // cargo rebuild tests/skeptic.rs for nothing.
    if fs::read_to_string(&path).ok().as_deref() != Some(tests.as_str()) {
        fs::write(&path, tests).expect("write book-tests.rs");
    }
}

/// Writes `text` to `path` with the modification time of `source`.
///
/// skeptic prints `rerun-if-changed` for each copy. A copy newer than this
/// run would make cargo rerun the script, and rebuild the library, on every
/// `cargo test`.
fn write_backdated(path: &Path, text: &str, source: &Path) {
    fs::write(path, text).expect("write a chapter copy");
    let mtime = fs::metadata(source)
        .and_then(|m| m.modified())
        .expect("read a chapter's mtime");
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(mtime))
        .expect("backdate a chapter copy");
}
