//! The one way an enum gets its stable text code: [`codes!`](crate::codes) writes `code()`,
//! `from_code()` and `FromStr` from one table, so the two directions cannot drift apart.

/// What `FromStr` returns for a text that is no enum's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownCode;

/// `codes! { /// doc of code()  Type { Variant => "code", … } }` implements, for a `Copy` enum:
/// `code(self) -> &'static str`; `from_code(&str) -> Option<Type>`, which ignores surrounding
/// whitespace and is otherwise exact; and `FromStr` (its error is [`UnknownCode`]).
#[macro_export]
macro_rules! codes {
    ($(#[$doc:meta])* $ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            $(#[$doc])*
            pub fn code(self) -> &'static str {
                match self {
                    $($ty::$variant => $code,)+
                }
            }

            /// Parses [`code`](Self::code) (surrounding whitespace ignored); `None` for anything else.
            pub fn from_code(code: &str) -> Option<$ty> {
                match code.trim() {
                    $($code => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::codes::UnknownCode;

            fn from_str(s: &str) -> Result<$ty, $crate::codes::UnknownCode> {
                $ty::from_code(s).ok_or($crate::codes::UnknownCode)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::UnknownCode;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Fruit {
        Apple,
        Kiwi,
    }

    crate::codes! {
        /// The fruit's code.
        Fruit { Apple => "apple", Kiwi => "kiwi" }
    }

    #[test]
    fn both_directions_come_from_one_table() {
        for f in [Fruit::Apple, Fruit::Kiwi] {
            assert_eq!(Fruit::from_code(f.code()), Some(f));
            assert_eq!(f.code().parse::<Fruit>(), Ok(f));
        }
        assert_eq!(Fruit::from_code(" kiwi\n"), Some(Fruit::Kiwi));
        assert_eq!(Fruit::from_code("Kiwi"), None);
        assert_eq!("pear".parse::<Fruit>(), Err(UnknownCode));
    }
}
