// buffer-protocol-2: Finish with the view first
// This file does not compile yet: making it compile is the exercise.
// Check your work with `cargo exercise buffer-protocol-2`.

use memview::View;

/// Adds `extra` to the end of `log`, and returns the first byte `log` had
/// *before*, as Python prints it: `"115"` for a log that starts with `s`.
/// An empty log has no first byte: return the error the view gives, and
/// leave `log` as it was.
///
/// Make it compile without copying `log` (no `.clone()`, no `.to_vec()`).
pub fn add_and_peek(log: &mut Vec<u8>, extra: &[u8]) -> memview::Result<String> {
    let view = View::new(log)?;
    let first = view.get(0)?; // the view's last use: its borrow of `log` ends here
    log.extend_from_slice(extra);
    Ok(first.to_string())
}

// Which rule did the compiler enforce? Replace '?' with the letter of one:
//
// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `log` is alive, `log` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'b';
