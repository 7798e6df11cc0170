// Wrong: reads and writes each number's bytes by hand, taking the row modulo rows: a row outside wraps around.
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
    let i = i.rem_euclid(rows as isize) as usize;
    for j in 0..cols {
        let at = (j * rows + i) * 8;
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&data[at..at + 8]);
        let x = f64::from_ne_bytes(eight) * factor;
        data[at..at + 8].copy_from_slice(&x.to_ne_bytes());
    }
    Ok(())
}
