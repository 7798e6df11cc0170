// views-2: Count, find, compare
// Check your work with `cargo exercise views-2`.

use memview::{Result, Value, View};

/// `list(mv).count(value)`: how many items equal `value`.
pub fn count(view: &View, value: impl Into<Value>) -> Result<usize> {
    let value = value.into();
    Ok(view.try_iter()?.filter(|item| *item == value).count())
}

/// `value in mv`: whether some item equals `value`.
pub fn contains(view: &View, value: impl Into<Value>) -> Result<bool> {
    let value = value.into();
    Ok(view.try_iter()?.any(|item| item == value))
}

/// `mv == mv[::-1]`: whether the view reads the same backwards, for a view
/// of any shape and format. Make no list and no copy of your own.
pub fn is_palindrome(view: &View) -> Result<bool> {
    Ok(*view == view.slice((.., -1))?)
}

/// `list(reversed(mv))`, as Python prints it: `"[3, 2, 1]"`.
pub fn reversed_list(view: &View) -> Result<String> {
    let items: Vec<Value> = view.try_iter()?.rev().collect();
    Ok(Value::List(items).to_string())
}
