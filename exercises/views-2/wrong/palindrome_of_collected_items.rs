// Wrong: collects the items into a Vec to compare it with itself reversed.
// Caught by: a_grid_reads_backwards_row_by_row, nothing_is_copied

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
    let items: Vec<Value> = view.try_iter()?.collect();
    Ok(items.iter().eq(items.iter().rev()))
}

pub fn reversed_list(view: &View) -> Result<String> {
    let items: Vec<Value> = view.try_iter()?.rev().collect();
    Ok(Value::List(items).to_string())
}
