//! The only ways to name a text. Neither type can be made outside
//! `crate::text`: a key is either a constant generated from `locales/en.txt`
//! (`text::k`) or comes from a typed family function (`text::keys`), both
//! checked against both locale files when the app is built.

/// A text key known when the app is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(&'static str);

impl Key {
    pub(super) const fn new(key: &'static str) -> Key {
        Key(key)
    }
}

/// A text key built from ids at run time (`procedure.<id>.name`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DynKey(String);

impl DynKey {
    pub(super) fn new(key: String) -> DynKey {
        DynKey(key)
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::Key {}
    impl Sealed for super::DynKey {}
    impl Sealed for &super::DynKey {}
}

/// What `t`, `lookup` and `say` accept: a [`Key`] or a [`DynKey`], never a
/// bare string. Sealed, so no other type can stand in for a key.
pub trait AsKey: sealed::Sealed {
    /// The key as written in the locale files.
    fn as_str(&self) -> &str;
}

impl AsKey for Key {
    fn as_str(&self) -> &str {
        self.0
    }
}

impl AsKey for DynKey {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsKey for &DynKey {
    fn as_str(&self) -> &str {
        &self.0
    }
}
