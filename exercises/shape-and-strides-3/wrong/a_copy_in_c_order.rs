// Wrong: copies the matrix into C order and views the copy, leaked so it may be returned.
// Caught by: it_is_fortran_contiguous

use memview::{Bytes, Order, Result, View, ViewMut};

pub fn fortran_matrix(data: &[u8], rows: usize, cols: usize) -> Result<View<'_>> {
    let columns = View::new(data)?.cast_with("d", &[cols, rows])?;
    let copy = columns.transpose().to_bytes()?.into_vec();
    View::new(Box::leak(copy.into_boxed_slice()))?.cast_with("d", &[rows, cols])
}

pub fn to_c_order(matrix: &View) -> Result<Bytes> {
    matrix.to_bytes()
}

pub fn scale_row(data: &mut [u8], rows: usize, cols: usize, i: isize, factor: f64) -> Result<()> {
    let columns = ViewMut::new(data)?.into_cast_with("d", &[cols, rows])?;
    let mut matrix = columns.into_transpose();
    for j in 0..cols as isize {
        let x = matrix.get_at(&[i, j])?.as_float().unwrap_or_default();
        matrix.set_at(&[i, j], x * factor)?;
    }
    Ok(())
}
