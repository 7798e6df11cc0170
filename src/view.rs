//! Views: a window onto an exporter's bytes, read through a layout.
//!
//! `memoryview(obj)` in Python asks `obj` for its buffer and keeps it. The
//! view holds no copy: reading `mv[0]` reads the exporter's own memory, and
//! writing `mv[0] = 1` changes it.
//!
//! memview has one view type, [`ViewOf`], in two flavours decided at compile
//! time by what it borrows:
//!
//! - [`View`] borrows `&[u8]`: read-only, like `memoryview(b'...')`. It has no
//!   method that writes, so writing through it does not compile.
//! - [`ViewMut`] borrows `&mut [u8]`: writable, like
//!   `memoryview(bytearray(...))`. While it lives, nothing else can touch the
//!   exporter, so the exporter cannot be resized, moved or dropped under it:
//!   the borrow checker does the job of CPython's export count.
//!
//! Dropping a view is `release()`: the borrow ends and the exporter is free.

use crate::error::{Error, Result};
use crate::export::Exporter;
use crate::layout::Layout;
use std::fmt;

/// A view of an exporter's bytes, generic over how it borrows them: see
/// [`View`] (read-only) and [`ViewMut`] (writable).
///
/// Every method that only reads is available on both; the methods that write
/// exist only on [`ViewMut`].
///
/// ```
/// use memview::{View, ViewMut};
/// fn first_item<B: memview::Storage>(view: &memview::ViewOf<B>) -> String {
///     view.get(0).map(|v| v.to_string()).unwrap_or_default() // reads: either kind
/// }
/// let mut data = vec![7u8, 8];
/// assert_eq!(first_item(&View::new(&data)?), "7");
/// assert_eq!(first_item(&ViewMut::new(&mut data)?), "7");
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Clone)]
pub struct ViewOf<B> {
    /// The exporter's whole buffer, not only the part this view shows.
    pub(crate) bytes: B,
    /// Where in `bytes` the items are, and how to read them.
    pub(crate) layout: Layout,
}

/// A read-only view: Python's `memoryview` of a `bytes` object, or
/// `mv.toreadonly()`.
///
/// ```
/// use memview::View;
///
/// let data = b"abcdef";
/// let view = View::new(data)?;            // mv = memoryview(b'abcdef')
/// assert_eq!(view.get(-1)?.to_string(), "102");           // mv[-1]
/// assert_eq!(view.slice((.., 2))?.to_bytes()?.to_string(), "b'ace'"); // mv[::2].tobytes()
/// assert!(view.readonly());
/// # Ok::<(), memview::Error>(())
/// ```
///
/// Writing through a `View` does not compile: it has no `set`
/// (`mv[0] = 98` on a read-only view is Python's run-time `TypeError`).
///
/// ```compile_fail,E0599
/// use memview::View;
///
/// fn main() -> memview::Result<()> {
///     let data = b"Bytes!".to_vec();
///     let view = View::new(&data)?;
///     view.set(0, 98)?;
///     Ok(())
/// }
/// ```
///
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
/// Nor dropped, nor moved away, while the view is in use.
///
/// ```compile_fail,E0505
/// use memview::View;
///
/// fn main() -> memview::Result<()> {
///     let data = b"abc".to_vec();
///     let view = View::new(&data)?;
///     drop(data);
///     println!("{}", view.get(0)?);
///     Ok(())
/// }
/// ```
///
/// The fix, in every case, is Python's: finish with the view first
/// (`mv.release()` is `drop(view)`).
///
/// ```
/// use memview::View;
///
/// fn main() -> memview::Result<()> {
///     let mut data = b"abc".to_vec();
///     let view = View::new(&data)?;
///     println!("{}", view.get(0)?);
///     view.release();
///     data.push(b'd');
///     Ok(())
/// }
/// ```
pub type View<'a> = ViewOf<&'a [u8]>;

/// A writable view: Python's `memoryview` of a `bytearray`.
///
/// ```
/// use memview::ViewMut;
///
/// let mut data = b"ABC".to_vec();          // ba = bytearray(b'ABC')
/// let mut view = ViewMut::new(&mut data)?; // mv = memoryview(ba)
/// view.set(1, 90)?;                        // mv[1] = 90
/// drop(view);                              // mv.release()
/// assert_eq!(data, b"AZC");
/// # Ok::<(), memview::Error>(())
/// ```
///
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
///     let mut second = ViewMut::new(&mut data)?;
///     first.set(0, 1)?;
///     second.set(0, 2)?;
///     Ok(())
/// }
/// ```
pub type ViewMut<'a> = ViewOf<&'a mut [u8]>;

impl<'a> View<'a> {
    /// A read-only view of everything `exporter` lends: `memoryview(obj)`.
    ///
    /// # Errors
    /// Whatever the exporter's [`layout`](Exporter::layout) returns, and
    /// `BufferError` if that layout reaches outside the exporter's bytes.
    ///
    /// ```
    /// use memview::View;
    /// let numbers = vec![1i32, 2, 3];
    /// let view = View::new(&numbers)?; // memoryview(array('i', [1, 2, 3]))
    /// assert_eq!((view.format(), view.itemsize(), view.nbytes()), ("i", 4, 12));
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn new<E: Exporter + ?Sized>(exporter: &'a E) -> Result<View<'a>> {
        let layout = exporter.layout()?;
        let bytes = exporter.bytes();
        layout.check_fits(bytes.len())?;
        Ok(ViewOf { bytes, layout })
    }
}

impl<'a> ViewMut<'a> {
    /// A writable view of everything `exporter` lends: `memoryview(obj)` for
    /// an object that allows writing.
    ///
    /// # Errors
    /// `BufferError: Object is not writable.` if the exporter refuses to
    /// lend its bytes for writing, as well as [`View::new`]'s errors.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut flags = vec![true, false];
    /// let err = ViewMut::new(&mut flags).unwrap_err(); // bools are lent read-only
    /// assert_eq!(format!("{err:#}"), "BufferError: Object is not writable.");
    /// ```
    pub fn new<E: Exporter + ?Sized>(exporter: &'a mut E) -> Result<ViewMut<'a>> {
        let layout = exporter.layout()?;
        let bytes = exporter.bytes_mut()?;
        layout.check_fits(bytes.len())?;
        Ok(ViewOf { bytes, layout })
    }

    /// A writable view of the same items that borrows this one for a while,
    /// leaving this one usable afterwards.
    ///
    /// ```
    /// use memview::ViewMut;
    /// fn zero_first(mut v: ViewMut<'_>) -> memview::Result<()> { v.set(0, 0) }
    /// let mut data = vec![9u8, 9];
    /// let mut view = ViewMut::new(&mut data)?;
    /// zero_first(view.reborrow())?;
    /// view.set(1, 0)?;
    /// assert_eq!(view.to_bytes()?, [0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn reborrow(&mut self) -> ViewMut<'_> {
        ViewOf {
            bytes: &mut *self.bytes,
            layout: self.layout.clone(),
        }
    }
}

/// What a view can borrow: `&[u8]` (read-only) or `&mut [u8]` (writable).
/// Sealed: these two are the only kinds of view.
///
/// ```
/// use memview::{Storage, View, ViewMut};
/// assert!(!<&[u8] as Storage>::WRITABLE);
/// assert!(<&mut [u8] as Storage>::WRITABLE);
/// // A slice of a `View<'a>` borrows the bytes for all of 'a, not just
/// // while the view lives: it can outlive the view it came from.
/// let data = b"abc";
/// let tail = View::new(data)?.slice(1..)?;
/// assert_eq!(tail.to_bytes()?, b"bc");
/// # Ok::<(), memview::Error>(())
/// ```
pub trait Storage: AsRef<[u8]> + sealed::Sealed {
    /// Whether views over this storage may write.
    const WRITABLE: bool;

    /// What a read-only view made from this one borrows. A [`View`] can
    /// share its `&'a [u8]` for all of `'a`; a [`ViewMut`] can share its
    /// bytes only while it is itself borrowed.
    type Shared<'s>: Storage
    where
        Self: 's;

    /// The bytes, shared for reading.
    fn share(&self) -> Self::Shared<'_>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for &[u8] {}
    impl Sealed for &mut [u8] {}
}

impl<'a> Storage for &'a [u8] {
    const WRITABLE: bool = false;
    type Shared<'s>
        = &'a [u8]
    where
        Self: 's;

    fn share(&self) -> &'a [u8] {
        self
    }
}

impl Storage for &mut [u8] {
    const WRITABLE: bool = true;
    type Shared<'s>
        = &'s [u8]
    where
        Self: 's;

    fn share(&self) -> &[u8] {
        self
    }
}

impl<B: Storage> ViewOf<B> {
    /// The layout this view reads its exporter's bytes through.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;
    /// let back = view.slice((.., -2))?; // mv[::-2]
    /// assert_eq!((back.layout().offset(), back.strides()), (5, &[-2][..]));
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// All the bytes the exporter lent, including any this view does not
    /// show: the nearest Rust has to Python's `mv.obj`.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abc")?;
    /// assert_eq!(view.slice(1..)?.obj(), b"abc"); // mv[1:].obj is b'abc'
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn obj(&self) -> &[u8] {
        self.bytes.as_ref()
    }

    /// `len(mv)`: the length of the first dimension. Like CPython 3.11, a
    /// 0-dimensional view has length 1.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"abc")?.len(), 3);
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.layout.shape.first().copied().unwrap_or(1)
    }

    /// Whether `len(mv) == 0`.
    ///
    /// ```
    /// use memview::View;
    /// assert!(View::new(b"abc")?.slice(3..)?.is_empty());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `mv.ndim`: the number of dimensions.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"abcdef")?.cast_shape("B", &[2, 3])?.ndim(), 2);
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn ndim(&self) -> usize {
        self.layout.ndim()
    }

    /// `mv.shape`: the number of items along each dimension.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"abcdef")?.cast_shape("B", &[2, 3])?.shape(), &[2, 3]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn shape(&self) -> &[usize] {
        self.layout.shape()
    }

    /// `mv.strides`: bytes to move for one step along each dimension.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"abcdef")?.slice((1..5, 2))?.strides(), &[2]); // mv[1:5:2].strides
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn strides(&self) -> &[isize] {
        self.layout.strides()
    }

    /// `mv.suboffsets`: always empty, since memview has no PIL-style
    /// indirect buffers.
    ///
    /// ```
    /// use memview::View;
    /// assert!(View::new(b"abc")?.suboffsets().is_empty()); // mv.suboffsets == ()
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn suboffsets(&self) -> &[isize] {
        &[]
    }

    /// `mv.itemsize`: the size of one item in bytes.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(&[1.0f64, 2.0])?.itemsize(), 8);
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn itemsize(&self) -> usize {
        self.layout.itemsize()
    }

    /// `mv.nbytes`: `product(shape) * itemsize`, the size of a copy.
    ///
    /// ```
    /// use memview::View;
    /// let every_other = View::new(&[1i32, 2, 3, 4])?.slice((.., 2))?.nbytes();
    /// assert_eq!(every_other, 8); // memoryview(array('i', [1, 2, 3, 4]))[::2].nbytes
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn nbytes(&self) -> usize {
        self.layout.nbytes()
    }

    /// `mv.format`: the struct format of one item.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"abc")?.format(), "B");
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn format(&self) -> &'static str {
        self.layout.format()
    }

    /// `mv.readonly`: true for a [`View`], false for a [`ViewMut`]. The
    /// type already says so at compile time; this says it at run time.
    ///
    /// ```
    /// use memview::{View, ViewMut};
    /// let mut data = vec![0u8];
    /// assert!(View::new(&data)?.readonly());
    /// assert!(!ViewMut::new(&mut data)?.readonly());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn readonly(&self) -> bool {
        !B::WRITABLE
    }

    /// `mv.c_contiguous`: items back to back in C order.
    ///
    /// ```
    /// use memview::View;
    /// assert!(!View::new(b"abcdef")?.slice((.., 2))?.c_contiguous());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn c_contiguous(&self) -> bool {
        self.layout.c_contiguous()
    }

    /// `mv.f_contiguous`: items back to back in Fortran order.
    ///
    /// ```
    /// use memview::View;
    /// assert!(View::new(b"abc")?.f_contiguous());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn f_contiguous(&self) -> bool {
        self.layout.f_contiguous()
    }

    /// `mv.contiguous`: back to back in either order.
    ///
    /// ```
    /// use memview::View;
    /// assert!(!View::new(b"abcdef")?.slice((.., -1))?.contiguous());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn contiguous(&self) -> bool {
        self.layout.contiguous()
    }

    /// `mv.toreadonly()`: a read-only view of the same items.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![1u8, 2];
    /// let view = ViewMut::new(&mut data)?;
    /// let ro = view.to_readonly();
    /// assert!(ro.readonly() && !view.readonly());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_readonly(&self) -> ViewOf<B::Shared<'_>> {
        ViewOf {
            bytes: self.bytes.share(),
            layout: self.layout.clone(),
        }
    }

    /// `mv.release()`: gives the exporter back. The same as dropping the
    /// view, which is what ends a borrow in Rust.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![1u8];
    /// let view = ViewMut::new(&mut data)?;
    /// view.release();
    /// data.push(2); // free to resize again
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn release(self) {}

    /// The view's items as one plain byte slice, without copying, if they lie
    /// back to back in C order: what `f.write(mv)` asks a view for.
    ///
    /// # Errors
    /// `BufferError: memoryview: underlying buffer is not C-contiguous`.
    ///
    /// ```
    /// use std::io::Write;
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;
    /// let mut out = Vec::new();
    /// out.write_all(view.slice(1..4)?.as_contiguous()?).unwrap(); // f.write(mv[1:4])
    /// assert_eq!(out, b"bcd");
    /// let err = view.slice((.., 2))?.as_contiguous().unwrap_err();
    /// assert_eq!(format!("{err:#}"), "BufferError: memoryview: underlying buffer is not C-contiguous");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn as_contiguous(&self) -> Result<&[u8]> {
        // An empty view's offset may lie past the end; it covers no bytes.
        let range = contiguous_range(&self.layout)?;
        Ok(self.bytes.as_ref().get(range).unwrap_or_default())
    }

    /// Reverses the order of the dimensions: item `[i, j]` of the result is
    /// item `[j, i]` of this view. Only the shape and strides are reversed;
    /// nothing is copied, so a C-contiguous view becomes a Fortran-contiguous
    /// one. An extension: memoryview has no transpose (NumPy's `.T` is this).
    ///
    /// ```
    /// use memview::View;
    /// let grid = View::new(b"abcdef")?.cast_shape("B", &[2, 3])?;
    /// let t = grid.transpose();
    /// assert_eq!((t.shape(), t.strides()), (&[3, 2][..], &[1, 3][..]));
    /// assert_eq!(t.to_bytes()?, b"adbecf");
    /// assert!(t.f_contiguous() && !t.c_contiguous());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn transpose(&self) -> ViewOf<B::Shared<'_>> {
        ViewOf {
            bytes: self.bytes.share(),
            layout: transposed(&self.layout),
        }
    }

    /// [`transpose`](ViewOf::transpose), consuming the view and keeping its
    /// kind: a [`ViewMut`] stays writable.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let grid = ViewMut::new(&mut data)?.into_cast_shape("B", &[2, 3])?;
    /// let mut t = grid.into_transpose();
    /// t.set_at(&[2, 0], 7)?; // row 0, column 2 of the grid
    /// assert_eq!(data, [0, 0, 7, 0, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_transpose(self) -> ViewOf<B> {
        ViewOf {
            layout: transposed(&self.layout),
            bytes: self.bytes,
        }
    }
}

impl ViewMut<'_> {
    /// The view's items as one plain mutable byte slice, without copying, if
    /// they lie back to back in C order: what `f.readinto(mv)` asks a view
    /// for, so that `reader.read(mv.as_contiguous_mut()?)` is Python's
    /// `f.readinto(mv)`.
    ///
    /// # Errors
    /// `BufferError: memoryview: underlying buffer is not C-contiguous`.
    ///
    /// ```
    /// use std::io::Read;
    /// use memview::ViewMut;
    /// let mut buffer = vec![0u8; 8];
    /// let mut mv = ViewMut::new(&mut buffer)?;
    /// let mut file: &[u8] = b"data";                // f = io.BytesIO(b'data')
    /// let n = file.read(mv.slice_mut(2..)?.as_contiguous_mut()?).unwrap(); // f.readinto(mv[2:])
    /// assert_eq!((n, &buffer[..]), (4, &b"\0\0data\0\0"[..]));
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn as_contiguous_mut(&mut self) -> Result<&mut [u8]> {
        let range = contiguous_range(&self.layout)?;
        Ok(self.bytes.get_mut(range).unwrap_or_default())
    }
}

/// Where the items of a C-contiguous layout lie in the exporter's bytes.
fn contiguous_range(layout: &Layout) -> Result<std::ops::Range<usize>> {
    if !layout.c_contiguous() {
        return Err(Error::buffer_error(
            "memoryview: underlying buffer is not C-contiguous",
        ));
    }
    Ok(layout.offset()..layout.offset() + layout.nbytes())
}

/// The layout with its dimensions in reverse order.
fn transposed(layout: &Layout) -> Layout {
    let mut out = layout.clone();
    out.shape.reverse();
    out.strides.reverse();
    out.update_flags();
    out
}

/// Shows the layout and how many bytes the exporter lent, not the bytes
/// themselves: a view of a gigabyte prints one line.
///
/// ```
/// use memview::View;
/// let view = View::new(b"abcdef")?.slice((.., -2))?;
/// assert_eq!(
///     format!("{view:?}"),
///     r#"View { format: "B", itemsize: 1, shape: [3], strides: [-2], offset: 5, obj: "6 bytes" }"#
/// );
/// # Ok::<(), memview::Error>(())
/// ```
impl<B: Storage> fmt::Debug for ViewOf<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct(if B::WRITABLE { "ViewMut" } else { "View" })
            .field("format", &self.layout.format())
            .field("itemsize", &self.layout.itemsize())
            .field("shape", &self.layout.shape())
            .field("strides", &self.layout.strides())
            .field("offset", &self.layout.offset())
            .field("obj", &format!("{} bytes", self.bytes.as_ref().len()))
            .finish()
    }
}
