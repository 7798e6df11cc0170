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
//! This folder is the book's chapters *Views* and *Read-only rules*: the
//! view types and their attributes (here and in [`attributes`]), views made
//! from views ([`derive`](mod@derive), [`derive_mut`]), items ([`index`], [`iter`], [`typed`]), copies
//! out ([`convert`]), `==` and `hash` ([`compare`]), slice assignment
//! ([`assign`]) and the rules the compiler enforces ([`rules`]).

pub mod assign;
pub mod attributes;
pub mod compare;
pub mod convert;
pub mod derive;
pub mod derive_mut;
pub mod index;
pub mod iter;
pub mod rules;
pub mod typed;

use crate::error::{Error, Result};
use crate::protocol::{Exporter, Unhashable};
use crate::shape::Layout;
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
    /// How `hash()` refuses the exporter, as it lent its bytes (see
    /// [`Exporter::unhashable`]): CPython will not hash any view of it then.
    pub(crate) unhashable: Option<Unhashable>,
}

/// A read-only view: Python's `memoryview` of a `bytes` object, or
/// `mv.toreadonly()`. Writing through it does not compile (see
/// [`rules::ViewCannotWrite`]).
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
pub type View<'a> = ViewOf<&'a [u8]>;

/// A writable view: Python's `memoryview` of a `bytearray`. While it lives,
/// it is the only way to its exporter (see [`rules::OneWriterAtATime`]).
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
        Ok(ViewOf {
            bytes,
            layout,
            unhashable: exporter.unhashable(false),
        })
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
        let unhashable = exporter.unhashable(true);
        let bytes = exporter.bytes_mut()?;
        layout.check_fits(bytes.len())?;
        Ok(ViewOf {
            bytes,
            layout,
            unhashable,
        })
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

    /// The bytes, lent for writing, or CPython's refusal.
    #[doc(hidden)]
    fn lend_mut(&mut self) -> Result<&mut [u8]>;
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

    fn lend_mut(&mut self) -> Result<&mut [u8]> {
        Err(Error::buffer_error(
            "memoryview: underlying buffer is not writable",
        ))
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

    fn lend_mut(&mut self) -> Result<&mut [u8]> {
        Ok(self)
    }
}

impl<B: Storage> ViewOf<B> {
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
}

/// The three ways a view makes another view of the same bytes with a new
/// layout; every operation of [`derive`] is one of them.
impl<B: Storage> ViewOf<B> {
    /// A read-only view borrowing this one.
    #[inline]
    fn shared(&self, layout: Layout) -> ViewOf<B::Shared<'_>> {
        ViewOf {
            bytes: self.bytes.share(),
            layout,
            unhashable: self.unhashable,
        }
    }

    /// This view, consumed, with a new layout: same kind, same lifetime.
    #[inline]
    fn moved(self, layout: Layout) -> ViewOf<B> {
        ViewOf {
            bytes: self.bytes,
            layout,
            unhashable: self.unhashable,
        }
    }
}

impl ViewMut<'_> {
    /// A writable view borrowing this one.
    #[inline]
    fn reborrowed(&mut self, layout: Layout) -> ViewMut<'_> {
        ViewOf {
            bytes: &mut *self.bytes,
            layout,
            unhashable: self.unhashable,
        }
    }
}

/// A view is an exporter too: it lends the same bytes through its own
/// layout, as `memoryview(mv)` makes a new view of what `mv` shows. This is
/// how a view is the source of a slice assignment (`mv[0:2] = other[::2]`)
/// or is compared with [`eq_exporter`](ViewOf::eq_exporter).
///
/// ```
/// use memview::{View, ViewMut};
/// let data = b"abcdef";
/// let evens = View::new(data)?.slice((.., 2))?;  // other = memoryview(b'abcdef')[::2]
/// let again = View::new(&evens)?;                  // memoryview(other)
/// assert_eq!((again.strides(), again.to_bytes()?), (&[2][..], b"ace".to_vec().into()));
/// let mut target = vec![0u8; 3];
/// ViewMut::new(&mut target)?.set_slice(.., &evens)?; // mv[:] = other
/// assert_eq!(target, b"ace");
/// # Ok::<(), memview::Error>(())
/// ```
///
/// A read-only view refuses to lend its bytes for writing, with the message
/// CPython's memoryview gives; a writable one lends them: `ViewMut::new(&mut
/// view)` is a writable `memoryview(mv)`.
impl<B: Storage> Exporter for ViewOf<B> {
    // The same bytes: all the exporter lent, not only what this view shows.
    fn bytes(&self) -> &[u8] {
        self.bytes.as_ref()
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        self.bytes.lend_mut()
    }

    // Through this view's own layout.
    fn layout(&self) -> Result<Layout> {
        Ok(self.layout.clone())
    }

    fn type_name(&self) -> &'static str {
        "memoryview"
    }

    // CPython's `memoryview(mv)` keeps `mv`'s exporter as its `obj`, and
    // hashes that: the answer this view was made with.
    fn unhashable(&self, _lent_for_writing: bool) -> Option<Unhashable> {
        self.unhashable
    }
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
