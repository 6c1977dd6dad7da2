//! The one way to hold a secret string: [`secret_type!`](crate::secret_type) declares a newtype
//! whose `Debug` is redacted (as oauth2-rs's `new_secret_type!` does) and whose text is read only
//! through `expose()`, a name that says the caller handles a secret. Nothing in this crate stores
//! or sends one; the app's `services` module reads it only to write an `Authorization` header.

/// Declares `pub struct $name(String)`: `Clone`, `Default`, `PartialEq`, `Eq`, a `Debug` that
/// prints `$name([redacted])`, `expose()` and `is_empty()`. Constructors are the declaring
/// module's (the field is private to it).
#[macro_export]
macro_rules! secret_type {
    ($(#[$attr:meta])* $name:ident) => {
        $(#[$attr])*
        #[derive(Clone, Default, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            /// The secret text. The name says it: the caller handles a secret.
            pub fn expose(&self) -> &str {
                &self.0
            }

            /// Whether the text is empty.
            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(concat!(stringify!($name), "([redacted])"))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::secret_type!(
        /// A test secret.
        Example
    );

    #[test]
    fn debug_is_redacted_and_expose_reads_it() {
        let s = Example("hunter2".to_owned());
        assert_eq!(format!("{s:?}"), "Example([redacted])");
        assert_eq!(
            format!("{:?}", Some(vec![s.clone()])),
            "Some([Example([redacted])])"
        );
        assert_eq!(s.expose(), "hunter2");
        assert!(!s.is_empty() && Example::default().is_empty());
    }
}
