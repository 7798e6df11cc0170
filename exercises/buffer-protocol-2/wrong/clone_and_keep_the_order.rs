// Wrong: views a clone, keeping the starter's order: copies, and grows an empty log before failing.
// Caught by: an_empty_log_has_no_first_byte, the_log_is_not_copied

use memview::View;

pub fn add_and_peek(log: &mut Vec<u8>, extra: &[u8]) -> memview::Result<String> {
    let before = log.to_vec();
    let view = View::new(&before)?;
    log.extend_from_slice(extra);
    let first = view.get(0)?;
    Ok(first.to_string())
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `log` is alive, `log` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'b';
