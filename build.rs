//! Turns every chapter of the book into tests, with skeptic 0.14.2.
//!
//! Every `*.md` under `book/` (sub-folders too) is copied to `OUT_DIR/book/`
//! and handed to skeptic, which writes one `#[test]` per Rust block into
//! `OUT_DIR/skeptic-tests.rs` (included by `tests/skeptic.rs`). The copies
//! differ from the chapters in one way: the blocks the book test runs itself
//! (`compile_fail` blocks, and `rust` blocks whose printed output follows)
//! are retagged `text`; see `workbook::skeptic` for why. Nothing here names
//! a chapter, so a new one is picked up without touching this file.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    // skeptic watches only the files that exist now; watching the folder
    // makes cargo rerun this when a chapter is added or removed.
    println!("cargo:rerun-if-changed=book");

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("book");
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
        let template = PathBuf::from(format!("{}.skt.md", chapter.path.display()));
        if template.exists() {
            let text = fs::read_to_string(&template).expect("read a skeptic template");
            write_backdated(
                &PathBuf::from(format!("{}.skt.md", copy.display())),
                &text,
                &template,
            );
        }
        docs.push(copy);
    }
    skeptic::generate_doc_tests(&docs);
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
