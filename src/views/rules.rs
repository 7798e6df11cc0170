//! The rules the compiler enforces, each with a name you can search for.
//!
//! CPython checks at run time what memview's types check when compiling:
//! writing through a read-only view, resizing an exporter while it is
//! viewed, letting an exporter go while a view still reads it. Each rule
//! below is an empty type (it has no values and is never used) whose
//! documentation holds the rule in one sentence and code that breaks it,
//! with the compiler's error code; `cargo test` checks that the code fails
//! with exactly that error.

/// A [`View`](crate::View) cannot write: it has no `set`, so writing
/// through it does not compile (CPython's run-time `TypeError: cannot modify
/// read-only memory`).
///
/// ```compile_fail,E0599
/// use memview::View;
///
/// fn main() -> memview::Result<()> {
///     let data = b"Bytes!".to_vec();
///     let view = View::new(&data)?;
///     view.set(0, 98)?; // mv[0] = 98 on a read-only view
///     Ok(())
/// }
/// ```
#[derive(Debug)]
pub enum ViewCannotWrite {}

/// While a view lives, its owner cannot be resized: the compile-time form of
/// `BufferError: Existing exports of data: object cannot be re-sized`.
///
/// ```compile_fail,E0502
/// use memview::View;
///
/// fn main() -> memview::Result<()> {
///     let mut data = b"abc".to_vec();
///     let view = View::new(&data)?;
///     data.push(b'd'); // ba.append(100) while mv is alive
///     println!("{}", view.get(0)?);
///     Ok(())
/// }
/// ```
///
/// The fix is Python's: finish with the view first (`mv.release()` is
/// `drop(view)`).
///
/// ```
/// use memview::View;
///
/// fn main() -> memview::Result<()> {
///     let mut data = b"abc".to_vec();
///     let view = View::new(&data)?;
///     println!("{}", view.get(0)?);
///     view.release(); // mv.release()
///     data.push(b'd'); // ba.append(100)
///     Ok(())
/// }
/// ```
#[derive(Debug)]
pub enum OwnerCannotResizeWhileViewed {}

/// While a view is in use, its owner can be neither dropped nor moved away:
/// in Python the view keeps the owner alive; in Rust the owner must outlive
/// the view.
///
/// ```compile_fail,E0505
/// use memview::View;
///
/// fn main() -> memview::Result<()> {
///     let data = b"abc".to_vec();
///     let view = View::new(&data)?;
///     drop(data); // del ba, while mv still reads it
///     println!("{}", view.get(0)?);
///     Ok(())
/// }
/// ```
#[derive(Debug)]
pub enum OwnerOutlivesView {}

/// A writable view is exclusive: while it lives, nothing else may read or
/// write its owner, not even another view (Python allows both, and leaves
/// the two writers to race).
///
/// ```compile_fail,E0499
/// use memview::ViewMut;
///
/// fn main() -> memview::Result<()> {
///     let mut data = vec![0u8; 4];
///     let mut first = ViewMut::new(&mut data)?;
///     let mut second = ViewMut::new(&mut data)?; // a second memoryview(ba)
///     first.set(0, 1)?;
///     second.set(0, 2)?;
///     Ok(())
/// }
/// ```
#[derive(Debug)]
pub enum OneWriterAtATime {}
