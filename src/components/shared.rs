//! `Shared<T>`: props that compare by pointer, for large read-only data.

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` whose `==` is pointer identity: props holding 10 000 incidents compare in O(1)
/// instead of field by field on every render.
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    /// Wraps `value`.
    pub fn new(value: Rc<T>) -> Shared<T> {
        Shared(value)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
