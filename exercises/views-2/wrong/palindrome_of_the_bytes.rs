// Wrong: compares a copy of the bytes with the same bytes reversed.
// Caught by: palindromes_of_numbers_compare_numbers, a_grid_reads_backwards_row_by_row, palindromes_of_floats_compare_values

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
    let bytes = view.to_bytes()?.into_vec();
    let mut reversed = bytes.clone();
    reversed.reverse();
    Ok(bytes == reversed)
}

pub fn reversed_list(view: &View) -> Result<String> {
    let items: Vec<Value> = view.try_iter()?.rev().collect();
    Ok(Value::List(items).to_string())
}
