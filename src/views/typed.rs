//! Typed items: reading a view whose format you know, as Rust numbers.
//!
//! Python hands every item back as an object, so `mv[i]` must look at the
//! format each time it is called. memview's [`get`](crate::ViewOf::get) does
//! the same and returns a [`Value`](crate::Value). When a program knows the
//! format already (the view holds `d` items, so they are `f64`s), it can say
//! so once, with [`ViewOf::typed`], and then read plain `f64`s: the format is
//! checked when the typed view is made, not on every read. This is PyO3's
//! `PyBuffer<T>` idea, and an extension: CPython has nothing like it.

use super::{Storage, ViewOf};
use crate::copy::rows::room;
use crate::error::{Error, Result};
use crate::formats::ItemFormat;
use crate::formats::native::Kind;
use crate::protocol::Element;
use crate::shape::Layout;
use crate::shape::offset::bytes_at;
use crate::shape::walk::{Order, Stepper, for_each_offset};
use std::marker::PhantomData;

/// A view's items read as `T`: made by [`ViewOf::typed`].
///
/// ```
/// use memview::View;
/// let samples = vec![0.5f64, -1.0, 2.0];
/// let view = View::new(&samples)?;
/// let floats = view.typed::<f64>()?;
/// assert_eq!(floats.get(-1)?, 2.0);
/// assert_eq!(floats.try_iter()?.sum::<f64>(), 1.5);
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug)]
pub struct Typed<'a, T> {
    bytes: &'a [u8],
    layout: &'a Layout,
    item: PhantomData<T>,
}

impl<T> Clone for Typed<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Typed<'_, T> {}

impl<B: Storage> ViewOf<B> {
    /// The items as `T`, checked once: `T` must be the kind of number the
    /// view's format describes, with the same size (`u8` for `B` or `c`,
    /// `i32` for `i`, `f64` for `d`, `i64` for `q` and, where a C `long` is
    /// 8 bytes, `l`). An extension: CPython has no typed access.
    ///
    /// # Errors
    /// `TypeError` if the format is not `T`'s; `NotImplementedError` for a
    /// format memoryview cannot read (`<i`).
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abc")?;
    /// assert_eq!(view.typed::<u8>()?.get(0)?, 97);
    /// let err = view.typed::<i32>().unwrap_err();
    /// assert_eq!(format!("{err:#}"), "TypeError: memview: a view of format 'B' cannot be read as i32");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn typed<T: Element>(&self) -> Result<Typed<'_, T>> {
        let format = ItemFormat::for_item_access(self.format())?;
        if !reads_as::<T>(format) {
            return Err(Error::type_error(format!(
                "memview: a view of format '{}' cannot be read as {}",
                self.format(),
                std::any::type_name::<T>()
            )));
        }
        Ok(Typed {
            bytes: self.bytes.as_ref(),
            layout: &self.layout,
            item: PhantomData,
        })
    }
}

/// Whether items of `format` are `T`s: the same kind of number, the same
/// size. `c` bytes and `P` addresses read as unsigned; half floats (`e`)
/// have no Rust type.
fn reads_as<T: Element>(format: ItemFormat) -> bool {
    let number = |f: ItemFormat| match f.kind() {
        Kind::Char | Kind::Pointer => Some(Kind::Unsigned),
        _ if f == ItemFormat::Half => None,
        kind => Some(kind),
    };
    format.size() == size_of::<T>()
        && number(format).is_some()
        && number(format) == number(T::FORMAT)
}

impl<'a, T: Element> Typed<'a, T> {
    /// `mv[index]` on a 1-D view, as a `T`.
    ///
    /// # Errors
    /// `IndexError: index out of bounds on dimension 1`; `NotImplementedError:
    /// multi-dimensional sub-views are not implemented` on an N-D view;
    /// `TypeError: invalid indexing of 0-dim memory` on a 0-d view.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(&[10u16, 20, 30])?;
    /// let items = view.typed::<u16>()?;
    /// assert_eq!((items.get(0)?, items.get(-1)?), (10, 30));
    /// assert!(items.get(3).is_err());
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline(always)]
    pub fn get(&self, index: isize) -> Result<T> {
        match self.layout.find_1d(index) {
            Some(at) => Ok(self.read(at)),
            None => Err(one_index_error(self.layout, index)),
        }
    }

    /// `mv[i, j, ...]` as a `T`: the item at a full index.
    ///
    /// # Errors
    /// The errors of [`ViewOf::get_at`].
    ///
    /// ```
    /// use memview::View;
    /// let grid = View::new(b"abcdef")?.cast_with("B", &[2, 3])?;
    /// assert_eq!(grid.typed::<u8>()?.get_at(&[1, -1])?, b'f');
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn get_at(&self, index: &[isize]) -> Result<T> {
        // The format was checked when `self` was made: only the index is left.
        Ok(self.read(self.layout.offset_of(index)?))
    }

    /// `iter(mv)` as `T`s: the items of a 1-D view, in order, read in place.
    ///
    /// # Errors
    /// `TypeError: invalid indexing of 0-dim memory`; `NotImplementedError:
    /// multi-dimensional sub-views are not implemented`, as
    /// [`ViewOf::try_iter`]. [`to_vec`](Typed::to_vec) reads any view.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(&[1i32, 2, 3, 4])?.slice((.., -1))?;
    /// let reversed: Vec<i32> = view.typed::<i32>()?.try_iter()?.collect();
    /// assert_eq!(reversed, [4, 3, 2, 1]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn try_iter(&self) -> Result<TypedIter<'a, T>> {
        self.layout.require_1d(Error::multi_dim_sub_views)?;
        Ok(TypedIter {
            bytes: self.bytes,
            steps: Stepper::first_dim(self.layout),
            item: PhantomData,
        })
    }

    /// Every item in C order, copied into a `Vec<T>`: the typed `tolist()`.
    ///
    /// ```
    /// use memview::View;
    /// let grid = View::new(b"abcdef")?.cast_with("B", &[2, 3])?;
    /// assert_eq!(grid.transpose().typed::<u8>()?.to_vec()?, b"adbecf"); // x.T.tobytes()
    /// # Ok::<(), memview::Error>(())
    /// ```
    ///
    /// # Errors
    /// `MemoryError` if the copy does not fit in memory.
    pub fn to_vec(&self) -> Result<Vec<T>> {
        let mut out = room(self.layout.item_count())?;
        if let Some(items) = self.layout.run_bytes(self.bytes, Order::C) {
            out.extend(items.chunks_exact(size_of::<T>()).map(T::read));
        } else {
            for_each_offset(self.layout, false, |at| out.push(self.read(at)));
        }
        Ok(out)
    }

    #[inline]
    fn read(&self, at: usize) -> T {
        read_at(self.bytes, at)
    }
}

/// Why `mv[index]` has no item: not 1-D, or out of bounds (CPython's order).
#[cold]
#[inline(never)]
fn one_index_error(layout: &Layout, index: isize) -> Error {
    match layout.require_1d(Error::multi_dim_sub_views) {
        Err(err) => err,
        Ok(()) => layout.index_error(&[index]),
    }
}

/// The `T` whose bytes start at `at`.
#[inline]
fn read_at<T: Element>(bytes: &[u8], at: usize) -> T {
    T::read(bytes_at(bytes, at, size_of::<T>()))
}

/// The items of a 1-D view as `T`s, read in place: made by [`Typed::try_iter`].
///
/// ```
/// use memview::View;
/// let view = View::new(b"abc")?;
/// let mut items = view.typed::<u8>()?.try_iter()?;
/// assert_eq!((items.next(), items.next_back(), items.len()), (Some(b'a'), Some(b'c'), 1));
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct TypedIter<'a, T> {
    bytes: &'a [u8],
    steps: Stepper,
    item: PhantomData<T>,
}

impl<T: Element> Iterator for TypedIter<'_, T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        self.steps.next().map(|at| read_at(self.bytes, at))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.steps.remaining(), Some(self.steps.remaining()))
    }
}

impl<T: Element> DoubleEndedIterator for TypedIter<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        self.steps.next_back().map(|at| read_at(self.bytes, at))
    }
}

impl<T: Element> ExactSizeIterator for TypedIter<'_, T> {}

#[cfg(test)]
mod tests {
    use crate::{Error, View};

    #[test]
    fn formats_read_as_the_numbers_they_describe() -> Result<(), Error> {
        let bytes = [1u8, 0, 0, 0, 0, 0, 0, 0];
        let view = View::new(&bytes)?;
        assert_eq!(view.cast("c")?.typed::<u8>()?.get(0)?, 1);
        assert_eq!(view.cast("b")?.typed::<i8>()?.get(0)?, 1);
        assert_eq!(
            view.cast("?")?.typed::<bool>()?.to_vec()?[..2],
            [true, false]
        );
        assert_eq!(view.cast("q")?.typed::<i64>()?.get(0)?, 1);
        assert_eq!(view.cast("@d")?.typed::<f64>()?.get(0)?, f64::from_bits(1));
        if std::mem::size_of::<std::ffi::c_long>() == 8 {
            assert_eq!(view.cast("l")?.typed::<i64>()?.get(0)?, 1);
            assert_eq!(view.cast("L")?.typed::<u64>()?.get(0)?, 1);
        }
        assert_eq!(view.cast("P")?.typed::<usize>()?.get(0)?, 1);
        let refused = [
            view.cast("B")?.typed::<i8>().err(),
            view.cast("b")?.typed::<u8>().err(),
            view.cast("i")?.typed::<u32>().err(),
            view.cast("f")?.typed::<i32>().err(),
            view.cast("?")?.typed::<u8>().err(),
        ];
        for err in refused {
            assert!(err.is_some_and(|e| e.message().contains("cannot be read as")));
        }
        assert!(view.cast("e")?.typed::<u16>().is_err());
        assert!(view.cast("d")?.typed::<i64>().is_err());
        Ok(())
    }

    #[test]
    fn typed_reads_agree_with_values_and_keep_cpythons_errors() -> Result<(), Error> {
        let data: Vec<u8> = (0..24).collect();
        let x = View::new(&data)?.cast_with("B", &[2, 3, 4])?;
        let typed = x.typed::<u8>()?;
        let from_values: Vec<u8> = (0..24).collect();
        assert_eq!(typed.to_vec()?, from_values);
        assert_eq!(
            x.slice((.., -1))?.typed::<u8>()?.to_vec()?[..4],
            [12, 13, 14, 15]
        );
        assert_eq!(typed.get_at(&[1, -1, -1])?, 23);
        assert_eq!(
            typed.get_at(&[1, 2, 4]).unwrap_err().to_string(),
            "index out of bounds on dimension 3"
        );
        assert_eq!(
            typed.get(0).unwrap_err().to_string(),
            "multi-dimensional sub-views are not implemented"
        );
        assert!(typed.try_iter().is_err());
        let scalar = View::new(&data[..4])?.cast_with("i", &[])?;
        assert_eq!(
            scalar.typed::<i32>()?.get_at(&[])?,
            i32::from_ne_bytes([0, 1, 2, 3])
        );
        assert_eq!(
            scalar.typed::<i32>()?.get(0).unwrap_err().to_string(),
            "invalid indexing of 0-dim memory"
        );
        let every_third = View::new(&data)?.slice((1.., 3))?;
        let items: Vec<u8> = every_third.typed::<u8>()?.try_iter()?.rev().collect();
        assert_eq!(items, [22, 19, 16, 13, 10, 7, 4, 1]);
        assert_eq!(every_third.typed::<u8>()?.get(-8)?, 1);
        assert!(every_third.typed::<u8>()?.get(8).is_err());
        Ok(())
    }
}
