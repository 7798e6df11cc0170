// Wrong: reverses the bytes, not the items.
// Caught by: backwards_as_a_list

use memview::{Result, Value, View};

pub fn count(view: &View, value: impl Into<Value>) -> Result<usize> {
    let value = value.into();
    Ok(view.try_iter()?.filter(|item| *item == value).count())
}

pub fn contains(view: &View, value: impl Into<Value>) -> Result<bool> {
    let value = value.into();
    Ok(view.try_iter()?.any(|item| item == value))
}

pub fn is_palindrome(view: &View) -> Result<bool> {
    Ok(*view == view.slice((.., -1))?)
}

pub fn reversed_list(view: &View) -> Result<String> {
    let items: Vec<Value> = view.obj().iter().rev().map(|&b| Value::from(b)).collect();
    Ok(Value::List(items).to_string())
}
