//! Lending through another layout: references to exporters, and [`Lent`],
//! any exporter's bytes through a layout of your choosing.

use super::{Exporter, Unhashable};
use crate::error::Result;
use crate::shape::Layout;

/// A shared reference lends for reading only: `View::new` of `&exporter`
/// sees its bytes, `ViewMut::new` of it is refused, as a `bytes` object
/// refuses (`BufferError: Object is not writable.`).
///
/// ```
/// use memview::{Lent, Layout, View, ViewMut};
/// let data = vec![1u8, 2, 3, 4];
/// let mut pairs = Lent::new(&data, Layout::new("H", &[2])?);
/// assert_eq!(View::new(&pairs)?.len(), 2);
/// assert!(ViewMut::new(&mut pairs).is_err());
/// # Ok::<(), memview::Error>(())
/// ```
impl<E: Exporter + ?Sized> Exporter for &E {
    fn layout(&self) -> Result<Layout> {
        (**self).layout()
    }

    fn bytes(&self) -> &[u8] {
        (**self).bytes()
    }

    fn type_name(&self) -> &'static str {
        (**self).type_name()
    }

    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        (**self).unhashable(lent_for_writing)
    }
}

/// A mutable reference lends whatever the exporter lends, writing included.
///
/// ```
/// use memview::{Lent, Layout, ViewMut};
/// let mut data = vec![0u8; 4];
/// let mut pairs = Lent::new(&mut data, Layout::new("H", &[2])?);
/// ViewMut::new(&mut pairs)?.set(1, 0xffff)?;
/// assert_eq!(data, [0, 0, 255, 255]);
/// # Ok::<(), memview::Error>(())
/// ```
impl<E: Exporter + ?Sized> Exporter for &mut E {
    fn layout(&self) -> Result<Layout> {
        (**self).layout()
    }

    fn bytes(&self) -> &[u8] {
        (**self).bytes()
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        (**self).bytes_mut()
    }

    fn type_name(&self) -> &'static str {
        (**self).type_name()
    }

    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        (**self).unhashable(lent_for_writing)
    }
}

/// An exporter's bytes, lent through a layout of your choosing: a
/// `Py_buffer` filled in by hand. Whether the layout fits the bytes is
/// checked when a view is made, as for every exporter.
///
/// The exporter may be owned (`Vec<u8>`) or borrowed (`&data` lends for
/// reading, `&mut data` for writing too).
///
/// ```
/// use memview::{Lent, Layout, View};
/// // ndarray's `a.T` of a 2×3 grid: the same six bytes, read column by column.
/// let grid = Lent::new(b"abcdef".to_vec(), Layout::strided("B", 1, &[3, 2], &[1, 3], 0)?);
/// assert_eq!(View::new(&grid)?.to_list()?.to_string(), "[[97, 100], [98, 101], [99, 102]]");
/// let outside = Lent::new(vec![0u8; 4], Layout::new("i", &[2])?);
/// assert!(View::new(&outside).is_err()); // 8 bytes of items in 4 bytes
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Lent<E> {
    exporter: E,
    layout: Layout,
}

impl<E: Exporter> Lent<E> {
    /// Lends the bytes of `exporter` through `layout`.
    ///
    /// ```
    /// use memview::{Lent, Layout, View};
    /// let lent = Lent::new(vec![7u8; 6], Layout::new("B", &[2, 3])?);
    /// assert_eq!(View::new(&lent)?.shape(), &[2, 3]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn new(exporter: E, layout: Layout) -> Lent<E> {
        Lent { exporter, layout }
    }

    /// Gives the exporter back.
    ///
    /// ```
    /// use memview::{Lent, Layout};
    /// let lent = Lent::new(vec![1u8, 2], Layout::for_bytes(2));
    /// assert_eq!(lent.into_inner(), [1, 2]);
    /// ```
    pub fn into_inner(self) -> E {
        self.exporter
    }
}

impl<E: Exporter> Exporter for Lent<E> {
    fn layout(&self) -> Result<Layout> {
        Ok(self.layout.clone())
    }

    fn bytes(&self) -> &[u8] {
        self.exporter.bytes()
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        self.exporter.bytes_mut()
    }

    fn type_name(&self) -> &'static str {
        self.exporter.type_name()
    }

    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        self.exporter.unhashable(lent_for_writing)
    }
}
