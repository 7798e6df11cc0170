// Wrong: copies the items into a list to count them.
// Caught by: nothing_is_copied

use memview::{Result, Value, View};

pub fn count(view: &View, value: impl Into<Value>) -> Result<usize> {
    let value = value.into();
    match view.to_list()?.to_value() {
        Value::List(items) => Ok(items.iter().filter(|item| **item == value).count()),
        _ => Ok(0),
    }
}

pub fn contains(view: &View, value: impl Into<Value>) -> Result<bool> {
    let value = value.into();
    Ok(view.try_iter()?.any(|item| item == value))
}

pub fn is_palindrome(view: &View) -> Result<bool> {
    Ok(*view == view.slice((.., -1))?)
}

pub fn reversed_list(view: &View) -> Result<String> {
    let items: Vec<Value> = view.try_iter()?.rev().collect();
    Ok(Value::List(items).to_string())
}
