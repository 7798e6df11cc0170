// Wrong: answers 0 for an empty log instead of passing the error on.
// Caught by: an_empty_log_has_no_first_byte

use memview::View;

pub fn add_and_peek(log: &mut Vec<u8>, extra: &[u8]) -> memview::Result<String> {
    let view = View::new(log)?;
    let first = view.get(0).map(|item| item.to_string());
    log.extend_from_slice(extra);
    Ok(first.unwrap_or_else(|_| "0".to_string()))
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `log` is alive, `log` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'b';
