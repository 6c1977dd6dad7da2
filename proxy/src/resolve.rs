//! DNS resolution for catalog upstreams: resolve, then refuse the whole answer if any address is
//! not public.
//!
//! This runs at connect time inside the HTTP client, so the addresses checked are the addresses
//! connected to: a host that resolves to a public address for the check and to `127.0.0.1` for
//! the connection (DNS rebinding) cannot slip through. An answer mixing public and private
//! addresses is refused outright rather than filtered: it is a misconfiguration or an attack.

use std::net::{IpAddr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use crate::rules::address::{AddressClass, first_non_public};
use crate::rules::refusal::Refusal;

/// The error a refused resolution carries through the HTTP client, so the server can answer
/// with [`Refusal::AddressRefused`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NonPublicAddress {
    /// The host name that was resolved.
    pub host: String,
    /// The first non-public address in the answer.
    pub ip: IpAddr,
    /// Its class.
    pub class: AddressClass,
}

impl NonPublicAddress {
    /// The refusal to answer with.
    pub fn refusal(&self) -> Refusal {
        Refusal::AddressRefused {
            host: self.host.clone(),
            ip: self.ip,
            class: self.class,
        }
    }
}

impl std::fmt::Display for NonPublicAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} resolves to {}, {}",
            self.host,
            self.ip,
            self.class.describe()
        )
    }
}

impl std::error::Error for NonPublicAddress {}

/// A resolver that only returns answers made entirely of public addresses.
#[derive(Debug, Clone, Copy, Default)]
pub struct PublicOnlyResolver;

impl Resolve for PublicOnlyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some((ip, class)) = first_non_public(addrs.iter().map(SocketAddr::ip)) {
                return Err(Box::new(NonPublicAddress { host, ip, class }) as _);
            }
            let addrs: Addrs = Box::new(addrs.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_names_host_address_and_class() {
        let err = NonPublicAddress {
            host: "rebind.example".into(),
            ip: "127.0.0.1".parse().unwrap(),
            class: AddressClass::Loopback,
        };
        assert_eq!(
            err.to_string(),
            "rebind.example resolves to 127.0.0.1, a loopback address"
        );
        assert_eq!(err.refusal().code(), "upstream_address_refused");
    }
}
