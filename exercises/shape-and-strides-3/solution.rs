// shape-and-strides-3: A matrix from Fortran
// Check your work with `cargo exercise shape-and-strides-3`.

use memview::{Bytes, Result, View, ViewMut};

// A Fortran library hands over a matrix of `f64` as raw bytes, stored
// column after column: for 2 rows and 3 columns,
//
//     [[1, 2, 3],
//      [4, 5, 6]]   is stored as   1 4 2 5 3 6
//
// Give it a view that reads it the way it is meant, without copying it.

/// A `rows` × `cols` view of the matrix in `data`, so that item `[i, j]` is
/// row `i`, column `j`. No copy: the view reads `data` where it lies.
pub fn fortran_matrix(data: &[u8], rows: usize, cols: usize) -> Result<View<'_>> {
    // In C order, the bytes are `cols` rows of `rows` numbers: the columns.
    let columns = View::new(data)?.cast_with("d", &[cols, rows])?;
    Ok(columns.transpose())
}

/// The matrix's bytes row after row, as a C library wants them (a copy).
pub fn to_c_order(matrix: &View) -> Result<Bytes> {
    matrix.to_bytes() // C order is the default
}

/// Multiplies row `i` of the matrix in `data` by `factor`, in place.
/// A negative `i` counts from the end.
pub fn scale_row(data: &mut [u8], rows: usize, cols: usize, i: isize, factor: f64) -> Result<()> {
    let columns = ViewMut::new(data)?.into_cast_with("d", &[cols, rows])?;
    let mut matrix = columns.into_transpose();
    for j in 0..cols as isize {
        let x = matrix.get_at(&[i, j])?.as_float().unwrap_or_default();
        matrix.set_at(&[i, j], x * factor)?;
    }
    Ok(())
}
