// Wrong: right code, but the rule named is (c), about writable views.
// Caught by: the_rule

use memview::View;

pub fn add_and_peek(log: &mut Vec<u8>, extra: &[u8]) -> memview::Result<String> {
    let view = View::new(log)?;
    let first = view.get(0)?;
    log.extend_from_slice(extra);
    Ok(first.to_string())
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `log` is alive, `log` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'c';
