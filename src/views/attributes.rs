//! A view's attributes, each one of Python's: `len(mv)`, `mv.shape`,
//! `mv.format`, `mv.readonly`, `mv.c_contiguous`, …

use super::{Storage, ViewMut, ViewOf};
use crate::error::{Error, Result};
use crate::shape::Layout;
use crate::shape::walk::Order;

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
        self.layout.shape().first().copied().unwrap_or(1)
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
    /// assert_eq!(View::new(b"abcdef")?.cast_with("B", &[2, 3])?.ndim(), 2);
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
    /// assert_eq!(View::new(b"abcdef")?.cast_with("B", &[2, 3])?.shape(), &[2, 3]);
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
    pub fn format(&self) -> &str {
        self.layout.format()
    }

    /// `mv.readonly`: true for a [`View`](crate::View), false for a [`ViewMut`]. The
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
        self.layout
            .run_bytes(self.bytes.as_ref(), Order::C)
            .ok_or_else(Error::not_c_contiguous)
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
        self.layout
            .run_bytes_mut(self.bytes, Order::C)
            .ok_or_else(Error::not_c_contiguous)
    }
}
