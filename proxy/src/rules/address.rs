//! Which IP addresses the proxy may connect to without an explicit `--allow-upstream`.
//!
//! Only globally routable unicast addresses are public. Everything else (loopback, RFC 1918
//! private ranges, link-local, cloud metadata endpoints, unique-local IPv6, carrier-grade NAT,
//! multicast, documentation and reserved blocks) is refused, so that neither a crafted URL nor a
//! DNS answer can turn the proxy against the machine it runs on or its network (SSRF).
//!
//! IPv6 addresses that embed an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`,
//! 6to4 `2002::/16`) are judged by the IPv4 address they lead to.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The class of an IP address, as far as the proxy cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressClass {
    /// Globally routable unicast: the only class forwarded to by default.
    Public,
    /// `0.0.0.0/8`, `::`: "this host/network", reaches the local machine on many systems.
    Unspecified,
    /// `127.0.0.0/8`, `::1`.
    Loopback,
    /// RFC 1918 (`10/8`, `172.16/12`, `192.168/16`), IPv6 site-local and local-use NAT64.
    Private,
    /// `169.254.0.0/16`, `fe80::/10`.
    LinkLocal,
    /// A cloud instance metadata or platform endpoint: `169.254.169.254`, `169.254.170.2`,
    /// `168.63.129.16` (Azure), `100.100.100.200` (Alibaba), `fd00:ec2::254` (AWS IPv6).
    Metadata,
    /// `100.64.0.0/10`, carrier-grade NAT shared address space.
    SharedAddressSpace,
    /// `fc00::/7` (includes `fd00::/8`).
    UniqueLocal,
    /// `224.0.0.0/4`, `ff00::/8`.
    Multicast,
    /// Documentation ranges (`192.0.2/24`, `198.51.100/24`, `203.0.113/24`, `2001:db8::/32`).
    Documentation,
    /// Anything else that is not globally routable unicast: `240/4`, broadcast, benchmarking,
    /// IETF protocol assignments, Teredo, ORCHID, deprecated IPv4-compatible IPv6, …
    Reserved,
}

impl AddressClass {
    /// Whether the proxy may connect to an address of this class without an explicit allowlist
    /// entry for the exact origin.
    pub fn is_public(self) -> bool {
        self == AddressClass::Public
    }

    /// A phrase for error messages: "a loopback address".
    pub fn describe(self) -> &'static str {
        match self {
            AddressClass::Public => "a public address",
            AddressClass::Unspecified => "an unspecified (this-host) address",
            AddressClass::Loopback => "a loopback address",
            AddressClass::Private => "a private-network address",
            AddressClass::LinkLocal => "a link-local address",
            AddressClass::Metadata => "a cloud metadata endpoint",
            AddressClass::SharedAddressSpace => "a carrier-grade NAT (shared) address",
            AddressClass::UniqueLocal => "a unique-local IPv6 address",
            AddressClass::Multicast => "a multicast address",
            AddressClass::Documentation => "a documentation address",
            AddressClass::Reserved => "a reserved, non-routable address",
        }
    }
}

/// Classifies an IPv4 or IPv6 address.
pub fn classify(ip: IpAddr) -> AddressClass {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

const fn in_v4(ip: u32, net: [u8; 4], prefix: u32) -> bool {
    let net = u32::from_be_bytes(net);
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    ip & mask == net & mask
}

/// Classifies an IPv4 address.
pub fn classify_v4(ip: Ipv4Addr) -> AddressClass {
    use AddressClass::*;
    const METADATA: [[u8; 4]; 4] = [
        [169, 254, 169, 254],
        [169, 254, 170, 2],
        [168, 63, 129, 16],
        [100, 100, 100, 200],
    ];
    if METADATA.contains(&ip.octets()) {
        return Metadata;
    }
    let n = u32::from(ip);
    let table: &[([u8; 4], u32, AddressClass)] = &[
        ([0, 0, 0, 0], 8, Unspecified),
        ([10, 0, 0, 0], 8, Private),
        ([100, 64, 0, 0], 10, SharedAddressSpace),
        ([127, 0, 0, 0], 8, Loopback),
        ([169, 254, 0, 0], 16, LinkLocal),
        ([172, 16, 0, 0], 12, Private),
        ([192, 0, 0, 0], 24, Reserved),
        ([192, 0, 2, 0], 24, Documentation),
        ([192, 88, 99, 0], 24, Reserved),
        ([192, 168, 0, 0], 16, Private),
        ([198, 18, 0, 0], 15, Reserved),
        ([198, 51, 100, 0], 24, Documentation),
        ([203, 0, 113, 0], 24, Documentation),
        ([224, 0, 0, 0], 4, Multicast),
        ([240, 0, 0, 0], 4, Reserved),
    ];
    table
        .iter()
        .find(|(net, prefix, _)| in_v4(n, *net, *prefix))
        .map_or(Public, |(_, _, class)| *class)
}

fn in_v6(ip: u128, net: u128, prefix: u32) -> bool {
    let mask = if prefix == 0 {
        0
    } else {
        u128::MAX << (128 - prefix)
    };
    ip & mask == net & mask
}

/// Classifies an IPv6 address, following embedded IPv4 addresses.
pub fn classify_v6(ip: Ipv6Addr) -> AddressClass {
    use AddressClass::*;
    let n = u128::from(ip);
    if ip.is_unspecified() {
        return Unspecified;
    }
    if ip.is_loopback() {
        return Loopback;
    }
    if ip == Ipv6Addr::new(0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254) {
        return Metadata;
    }
    if let Some(v4) = ip.to_ipv4_mapped() {
        return classify_v4(v4);
    }
    let embedded_low = Ipv4Addr::from((n & 0xffff_ffff) as u32);
    // NAT64 well-known prefix: the IPv4 address it translates to decides.
    if in_v6(n, 0x0064_ff9b_0000_0000_0000_0000_0000_0000, 96) {
        return classify_v4(embedded_low);
    }
    // 6to4: the relay delivers to the IPv4 address in bits 16..48.
    if in_v6(n, 0x2002_0000_0000_0000_0000_0000_0000_0000, 16) {
        return classify_v4(Ipv4Addr::from(((n >> 80) & 0xffff_ffff) as u32));
    }
    let table: &[(u128, u32, AddressClass)] = &[
        (0x0000_0000_0000_0000_0000_0000_0000_0000, 96, Reserved), // IPv4-compatible (deprecated)
        (0x0064_ff9b_0001_0000_0000_0000_0000_0000, 48, Private),  // local-use NAT64
        (0x0100_0000_0000_0000_0000_0000_0000_0000, 64, Reserved), // discard-only
        (0x2001_0000_0000_0000_0000_0000_0000_0000, 32, Reserved), // Teredo
        (0x2001_0002_0000_0000_0000_0000_0000_0000, 48, Reserved), // benchmarking
        (0x2001_0010_0000_0000_0000_0000_0000_0000, 28, Reserved), // ORCHID
        (0x2001_0020_0000_0000_0000_0000_0000_0000, 28, Reserved), // ORCHIDv2
        (0x2001_0db8_0000_0000_0000_0000_0000_0000, 32, Documentation),
        (0x3fff_0000_0000_0000_0000_0000_0000_0000, 20, Documentation),
        (0xfc00_0000_0000_0000_0000_0000_0000_0000, 7, UniqueLocal),
        (0xfe80_0000_0000_0000_0000_0000_0000_0000, 10, LinkLocal),
        (0xfec0_0000_0000_0000_0000_0000_0000_0000, 10, Private), // site-local (deprecated)
        (0xff00_0000_0000_0000_0000_0000_0000_0000, 8, Multicast),
    ];
    if let Some((_, _, class)) = table
        .iter()
        .find(|(net, prefix, _)| in_v6(n, *net, *prefix))
    {
        return *class;
    }
    // Global unicast is 2000::/3; the rest of the space is unassigned or special.
    if in_v6(n, 0x2000_0000_0000_0000_0000_0000_0000_0000, 3) {
        Public
    } else {
        Reserved
    }
}

/// The first address of a DNS answer that is not public, with its class. The resolver refuses
/// the whole answer if there is one: a mix of public and private addresses is a misconfiguration
/// or an attack (DNS rebinding), never something to filter and carry on with.
pub fn first_non_public(ips: impl IntoIterator<Item = IpAddr>) -> Option<(IpAddr, AddressClass)> {
    ips.into_iter()
        .map(|ip| (ip, classify(ip)))
        .find(|(_, class)| !class.is_public())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(s: &str) -> AddressClass {
        classify(s.parse().expect("test address"))
    }

    #[test]
    fn ipv4_table() {
        use AddressClass::*;
        let cases = [
            ("0.0.0.0", Unspecified),
            ("0.1.2.3", Unspecified),
            ("10.1.2.3", Private),
            ("100.64.0.1", SharedAddressSpace),
            ("100.127.255.255", SharedAddressSpace),
            ("100.128.0.1", Public),
            ("100.100.100.200", Metadata),
            ("127.0.0.1", Loopback),
            ("127.255.255.254", Loopback),
            ("169.254.169.254", Metadata),
            ("169.254.170.2", Metadata),
            ("169.254.1.1", LinkLocal),
            ("168.63.129.16", Metadata),
            ("172.15.255.255", Public),
            ("172.16.0.1", Private),
            ("172.31.255.255", Private),
            ("172.32.0.1", Public),
            ("192.0.0.8", Reserved),
            ("192.0.2.1", Documentation),
            ("192.168.1.1", Private),
            ("198.18.0.1", Reserved),
            ("198.19.255.255", Reserved),
            ("198.51.100.7", Documentation),
            ("203.0.113.9", Documentation),
            ("224.0.0.1", Multicast),
            ("239.255.255.250", Multicast),
            ("240.0.0.1", Reserved),
            ("255.255.255.255", Reserved),
            ("8.8.8.8", Public),
            ("20.190.128.1", Public),
            ("52.239.1.1", Public),
        ];
        for (ip, want) in cases {
            assert_eq!(class(ip), want, "{ip}");
        }
    }

    #[test]
    fn ipv6_table() {
        use AddressClass::*;
        let cases = [
            ("::", Unspecified),
            ("::1", Loopback),
            ("::ffff:127.0.0.1", Loopback),
            ("::ffff:169.254.169.254", Metadata),
            ("::ffff:10.0.0.1", Private),
            ("::ffff:8.8.8.8", Public),
            ("::127.0.0.1", Reserved),
            ("64:ff9b::a9fe:a9fe", Metadata),
            ("64:ff9b::808:808", Public),
            ("64:ff9b:1::1", Private),
            ("2002:7f00:0001::1", Loopback),
            ("2002:0808:0808::1", Public),
            ("2001:0:4136:e378::1", Reserved),
            ("2001:db8::1", Documentation),
            ("fd00::1", UniqueLocal),
            ("fd12:3456:789a::1", UniqueLocal),
            ("fc00::1", UniqueLocal),
            ("fd00:ec2::254", Metadata),
            ("fe80::1", LinkLocal),
            ("febf::1", LinkLocal),
            ("fec0::1", Private),
            ("ff02::1", Multicast),
            ("100::1", Reserved),
            ("4000::1", Reserved),
            ("2603:1030::1", Public),
            ("2620:1ec:21::14", Public),
        ];
        for (ip, want) in cases {
            assert_eq!(class(ip), want, "{ip}");
        }
    }

    #[test]
    fn one_non_public_address_spoils_the_answer() {
        let ips =
            |list: &[&str]| -> Vec<IpAddr> { list.iter().map(|s| s.parse().unwrap()).collect() };
        assert_eq!(
            first_non_public(ips(&["20.190.128.1", "2603:1030::1"])),
            None
        );
        assert_eq!(
            first_non_public(ips(&["20.190.128.1", "169.254.169.254"])),
            Some(("169.254.169.254".parse().unwrap(), AddressClass::Metadata))
        );
        assert_eq!(
            first_non_public(ips(&["fd00::1"])).map(|(_, c)| c),
            Some(AddressClass::UniqueLocal)
        );
    }

    #[test]
    fn only_public_is_public() {
        assert!(AddressClass::Public.is_public());
        assert!(!AddressClass::Metadata.is_public());
        assert!(AddressClass::Loopback.describe().contains("loopback"));
    }
}
