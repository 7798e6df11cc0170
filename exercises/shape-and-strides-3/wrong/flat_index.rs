// Wrong: finds each number with one flat index, j * rows + i: a row past the last lands in the next column.
// Caught by: a_row_outside_the_matrix_is_an_error

use memview::{Bytes, Order, Result, View, ViewMut};

pub fn fortran_matrix(data: &[u8], rows: usize, cols: usize) -> Result<View<'_>> {
    let columns = View::new(data)?.cast_with("d", &[cols, rows])?;
    Ok(columns.transpose())
}

pub fn to_c_order(matrix: &View) -> Result<Bytes> {
    matrix.to_bytes()
}

pub fn scale_row(data: &mut [u8], rows: usize, cols: usize, i: isize, factor: f64) -> Result<()> {
    let mut flat = ViewMut::new(data)?.into_cast("d")?;
    for j in 0..cols as isize {
        let at = j * rows as isize + i;
        let x = flat.get(at)?.as_float().unwrap_or_default();
        flat.set(at, x * factor)?;
    }
    Ok(())
}
