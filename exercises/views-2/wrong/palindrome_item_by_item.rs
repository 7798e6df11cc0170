// Wrong: compares item i with item n - 1 - i: right for a row, an error for a grid.
// Caught by: a_grid_reads_backwards_row_by_row

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
    let n = view.len() as isize;
    for i in 0..n / 2 {
        if view.get(i)? != view.get(n - 1 - i)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn reversed_list(view: &View) -> Result<String> {
    let items: Vec<Value> = view.try_iter()?.rev().collect();
    Ok(Value::List(items).to_string())
}
