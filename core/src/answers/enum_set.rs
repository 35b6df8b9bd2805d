//! A set of values of a small closed enum, kept as a bitmask.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::Choice;

/// A set of values of a small closed enum, as a bitmask: the order of
/// `T::ALL`, one bit each. In JSON, an array of ids.
pub struct EnumSet<T> {
    bits: u32,
    kind: PhantomData<T>,
}

impl<T: Choice> EnumSet<T> {
    pub fn new() -> Self {
        EnumSet {
            bits: 0,
            kind: PhantomData,
        }
    }
    fn bit(v: &T) -> u32 {
        T::ALL.iter().position(|x| x == v).map_or(0, |i| 1 << i)
    }
    pub fn contains(&self, v: &T) -> bool {
        self.bits & Self::bit(v) != 0
    }
    /// Add a value; `true` if it was not there.
    pub fn insert(&mut self, v: T) -> bool {
        let was = self.contains(&v);
        self.bits |= Self::bit(&v);
        !was
    }
    /// Remove a value; `true` if it was there.
    pub fn remove(&mut self, v: &T) -> bool {
        let was = self.contains(v);
        self.bits &= !Self::bit(v);
        was
    }
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }
    /// The values, in `T::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| self.bits & (1 << i) != 0)
            .map(|(_, v)| *v)
    }
    pub fn bits(&self) -> u32 {
        self.bits
    }
    /// A set from its bitmask; `None` if a bit names no value.
    pub fn from_bits(bits: u32) -> Option<Self> {
        let all = if T::ALL.len() >= 32 {
            u32::MAX
        } else {
            (1u32 << T::ALL.len()) - 1
        };
        (bits & !all == 0).then_some(EnumSet {
            bits,
            kind: PhantomData,
        })
    }
}

impl<T> Clone for EnumSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for EnumSet<T> {}
impl<T> PartialEq for EnumSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for EnumSet<T> {}
impl<T: Choice> Default for EnumSet<T> {
    fn default() -> Self {
        Self::new()
    }
}
impl<T: Choice> FromIterator<T> for EnumSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        for v in iter {
            set.insert(v);
        }
        set
    }
}
impl<T: Choice> std::fmt::Debug for EnumSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter().map(|v| v.id())).finish()
    }
}
impl<T: Choice + Serialize> Serialize for EnumSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}
impl<'de, T: Choice + Deserialize<'de>> Deserialize<'de> for EnumSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
    }
}
