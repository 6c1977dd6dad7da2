//! The incident enums (severity, status, classification, determination), tolerant by design.
//!
//! Both APIs send the same concepts with different spellings (XDR `InProgress`, Graph
//! `inProgress`; XDR `UnSpecified`, Graph `unknown`) and the documentation itself disagrees
//! (`CompromisedUser` vs `CompromisedAccount`). Values are matched ignoring case and punctuation,
//! aliases included, and a value the services add later becomes `Unrecognized(text)`, shown as
//! itself, instead of failing the page.

/// Lower-cases and keeps only ASCII letters and digits: `"Informational, expected activity"` →
/// `"informationalexpectedactivity"`.
pub(crate) fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether `normalized` (already [`normalize`]d) equals `spelling` once normalized, without
/// allocating.
fn same_letters(normalized: &str, spelling: &str) -> bool {
    let mut letters = spelling
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase());
    normalized.bytes().all(|b| letters.next() == Some(b)) && letters.next().is_none()
}

macro_rules! tolerant_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => ($xdr:literal, $graph:literal $(, $alias:literal)* ) ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version does not know, kept as the service sent it.
            Unrecognized(String),
        }

        impl $name {
            /// Every known value, in display order.
            pub const KNOWN: &'static [$name] = &[ $( $name::$variant ),* ];

            /// Reads a value in either API's spelling (or a documented alias), ignoring case and
            /// punctuation; anything else is kept as [`Self::Unrecognized`].
            pub fn parse(text: &str) -> $name {
                // One table and one loop (rather than a comparison per spelling) keeps the
                // WebAssembly small.
                const SPELLINGS: &[&[&str]] = &[ $( &[$xdr, $graph $(, $alias)*] ),* ];
                let n = normalize(text);
                match SPELLINGS.iter().position(|names| names.iter().any(|s| same_letters(&n, s))) {
                    Some(i) => Self::KNOWN[i].clone(),
                    None => $name::Unrecognized(text.trim().to_owned()),
                }
            }

            /// The spelling the Defender XDR API uses (PascalCase), or the unrecognized text.
            pub fn xdr_code(&self) -> &str {
                match self {
                    $( $name::$variant => $xdr, )*
                    $name::Unrecognized(text) => text,
                }
            }

            /// The spelling the Graph security API uses (camelCase), or the unrecognized text.
            pub fn graph_code(&self) -> &str {
                match self {
                    $( $name::$variant => $graph, )*
                    $name::Unrecognized(text) => text,
                }
            }

            /// The spelling `api` uses.
            pub fn code_for(&self, api: crate::cloud::Api) -> &str {
                match api {
                    crate::cloud::Api::Graph => self.graph_code(),
                    _ => self.xdr_code(),
                }
            }

            /// Position in [`Self::KNOWN`] (unrecognized values sort last).
            pub fn rank(&self) -> usize {
                Self::KNOWN.iter().position(|k| k == self).unwrap_or(Self::KNOWN.len())
            }
        }
    };
}

tolerant_enum! {
    /// How severe an incident is. Ordered from least to most severe.
    Severity {
        /// XDR `UnSpecified`, Graph `unknown`.
        Unspecified => ("UnSpecified", "unknown"),
        /// Informational.
        Informational => ("Informational", "informational"),
        /// Low.
        Low => ("Low", "low"),
        /// Medium.
        Medium => ("Medium", "medium"),
        /// High.
        High => ("High", "high"),
    }
}

tolerant_enum! {
    /// Where an incident stands in its handling.
    Status {
        /// Open.
        Active => ("Active", "active"),
        /// Being worked on.
        InProgress => ("InProgress", "inProgress"),
        /// Graph only (needs `Prefer: include-unknown-enum-members`).
        AwaitingAction => ("AwaitingAction", "awaitingAction"),
        /// Closed.
        Resolved => ("Resolved", "resolved"),
        /// Merged into another incident.
        Redirected => ("Redirected", "redirected"),
    }
}

tolerant_enum! {
    /// The analyst's verdict on an incident.
    Classification {
        /// Not classified yet.
        Unknown => ("Unknown", "unknown"),
        /// A real threat.
        TruePositive => ("TruePositive", "truePositive"),
        /// Activity that is expected ("Informational, expected activity").
        InformationalExpectedActivity => ("InformationalExpectedActivity", "informationalExpectedActivity"),
        /// Not a threat.
        FalsePositive => ("FalsePositive", "falsePositive"),
    }
}

tolerant_enum! {
    /// What the threat was (or why it was not one). XDR update spellings first; the
    /// api-incident/Graph spellings are aliases.
    Determination {
        /// XDR `NotAvailable`, Graph `unknown`.
        NotAvailable => ("NotAvailable", "unknown"),
        /// Multi-staged attack (true positive).
        MultiStagedAttack => ("MultiStagedAttack", "multiStagedAttack"),
        /// Malicious user activity (true positive).
        MaliciousUserActivity => ("MaliciousUserActivity", "maliciousUserActivity"),
        /// Compromised account (true positive); also spelled `CompromisedUser`.
        CompromisedAccount => ("CompromisedAccount", "compromisedAccount", "CompromisedUser"),
        /// Malware (true positive).
        Malware => ("Malware", "malware"),
        /// Phishing (true positive).
        Phishing => ("Phishing", "phishing"),
        /// Unwanted software (true positive).
        UnwantedSoftware => ("UnwantedSoftware", "unwantedSoftware"),
        /// Security testing (expected activity).
        SecurityTesting => ("SecurityTesting", "securityTesting"),
        /// Line-of-business application (expected activity).
        LineOfBusinessApplication => ("LineOfBusinessApplication", "lineOfBusinessApplication"),
        /// Confirmed activity (expected activity). Graph `confirmedActivity` (v1.0 metadata,
        /// `alertDetermination` = 130); `ConfirmedUserActivity` is the older prose spelling, still read.
        ConfirmedActivity => ("ConfirmedActivity", "confirmedActivity", "ConfirmedUserActivity"),
        /// Not malicious (false positive); Graph `notMalicious`.
        Clean => ("Clean", "notMalicious"),
        /// Not enough data to validate (false positive); also `InsufficientData`.
        InsufficientData => ("NoEnoughDataToValidate", "notEnoughDataToValidate", "InsufficientData"),
        /// Other (any classification).
        Other => ("Other", "other"),
        /// Legacy: advanced persistent threat (deprecated 2022).
        Apt => ("Apt", "apt"),
        /// Legacy: security personnel (deprecated 2022).
        SecurityPersonnel => ("SecurityPersonnel", "securityPersonnel"),
    }
}

impl Status {
    /// The statuses an update may set. `AwaitingAction` is read but never offered: only
    /// Microsoft's experts set it (Graph incident resource, `status`); `Redirected` is the
    /// result of a merge, never a choice.
    pub const SETTABLE: [Status; 3] = [Status::Active, Status::InProgress, Status::Resolved];

    /// Whether an update may set this status.
    pub fn is_settable(&self) -> bool {
        Self::SETTABLE.contains(self)
    }
}

impl Determination {
    /// The determinations that may accompany `classification` when updating an incident (the
    /// update doc's lists; legacy values are not offered).
    pub fn for_classification(classification: &Classification) -> &'static [Determination] {
        use Determination as D;
        match classification {
            Classification::TruePositive => &[
                D::MultiStagedAttack,
                D::MaliciousUserActivity,
                D::CompromisedAccount,
                D::Malware,
                D::Phishing,
                D::UnwantedSoftware,
                D::Other,
            ],
            Classification::InformationalExpectedActivity => &[
                D::SecurityTesting,
                D::LineOfBusinessApplication,
                D::ConfirmedActivity,
                D::Other,
            ],
            Classification::FalsePositive => &[D::Clean, D::InsufficientData, D::Other],
            Classification::Unknown | Classification::Unrecognized(_) => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cloud::Api;

    #[test]
    fn both_spellings_and_aliases_are_read() {
        assert_eq!(Status::parse("InProgress"), Status::InProgress);
        assert_eq!(Status::parse("inProgress"), Status::InProgress);
        assert_eq!(Severity::parse("UnSpecified"), Severity::Unspecified);
        assert_eq!(Severity::parse("unknown"), Severity::Unspecified);
        assert_eq!(
            Classification::parse("Informational, expected activity"),
            Classification::InformationalExpectedActivity
        );
        assert_eq!(
            Determination::parse("CompromisedUser"),
            Determination::CompromisedAccount
        );
        assert_eq!(
            Determination::parse("notEnoughDataToValidate"),
            Determination::InsufficientData
        );
    }

    #[test]
    fn new_values_show_as_themselves() {
        let s = Status::parse("  underReview ");
        assert_eq!(s, Status::Unrecognized("underReview".into()));
        assert_eq!(s.xdr_code(), "underReview");
        assert_eq!(s.graph_code(), "underReview");
        assert_eq!(s.rank(), Status::KNOWN.len());
        assert_eq!(
            Severity::parse("unknownFutureValue"),
            Severity::Unrecognized("unknownFutureValue".into())
        );
    }

    #[test]
    fn codes_per_api() {
        assert_eq!(Status::InProgress.code_for(Api::Xdr), "InProgress");
        assert_eq!(Status::InProgress.code_for(Api::Graph), "inProgress");
        assert_eq!(Determination::Clean.code_for(Api::Graph), "notMalicious");
        assert_eq!(
            Determination::InsufficientData.code_for(Api::Xdr),
            "NoEnoughDataToValidate"
        );
        assert!(Severity::High.rank() > Severity::Low.rank());
    }

    /// The members of the Graph v1.0 enums the page reads and sends, as the metadata lists them:
    /// github.com/microsoftgraph/msgraph-metadata @ f54f11b6 (2026-08-20),
    /// `schemas/v1.0-Prod.csdl` and `clean_v10_metadata/cleanMetadata.xml`, namespace
    /// `microsoft.graph.security`: `incidentStatus`, `alertSeverity`, `alertClassification`,
    /// `alertDetermination` (`unknownFutureValue` omitted: a sentinel, never sent).
    const GRAPH_V1_INCIDENT_STATUS: &[&str] = &[
        "active",
        "resolved",
        "inProgress",
        "redirected",
        "awaitingAction",
    ];
    const GRAPH_V1_ALERT_SEVERITY: &[&str] = &["unknown", "informational", "low", "medium", "high"];
    const GRAPH_V1_ALERT_CLASSIFICATION: &[&str] = &[
        "unknown",
        "falsePositive",
        "truePositive",
        "informationalExpectedActivity",
    ];
    const GRAPH_V1_ALERT_DETERMINATION: &[&str] = &[
        "unknown",
        "apt",
        "malware",
        "securityPersonnel",
        "securityTesting",
        "unwantedSoftware",
        "other",
        "multiStagedAttack",
        "compromisedAccount",
        "phishing",
        "maliciousUserActivity",
        "notMalicious",
        "notEnoughDataToValidate",
        "confirmedActivity",
        "lineOfBusinessApplication",
    ];

    #[test]
    fn every_graph_code_is_a_member_of_the_v1_metadata_enum() {
        fn check(codes: Vec<&str>, members: &[&str], name: &str) {
            for c in &codes {
                assert!(
                    members.contains(c),
                    "{name}: `{c}` is not in the v1.0 metadata"
                );
            }
            for m in members {
                assert!(
                    codes.contains(m),
                    "{name}: member `{m}` is not known to the page"
                );
            }
        }
        check(
            Status::KNOWN.iter().map(Status::graph_code).collect(),
            GRAPH_V1_INCIDENT_STATUS,
            "incidentStatus",
        );
        check(
            Severity::KNOWN.iter().map(Severity::graph_code).collect(),
            GRAPH_V1_ALERT_SEVERITY,
            "alertSeverity",
        );
        check(
            Classification::KNOWN
                .iter()
                .map(Classification::graph_code)
                .collect(),
            GRAPH_V1_ALERT_CLASSIFICATION,
            "alertClassification",
        );
        check(
            Determination::KNOWN
                .iter()
                .map(Determination::graph_code)
                .collect(),
            GRAPH_V1_ALERT_DETERMINATION,
            "alertDetermination",
        );
        assert_eq!(
            Determination::ConfirmedActivity.code_for(Api::Graph),
            "confirmedActivity"
        );
        assert_eq!(
            Determination::parse("confirmedUserActivity"),
            Determination::ConfirmedActivity,
            "the older spelling is still read"
        );
    }

    #[test]
    fn awaiting_action_is_read_but_never_settable() {
        assert_eq!(Status::parse("awaitingAction"), Status::AwaitingAction);
        assert!(!Status::AwaitingAction.is_settable());
        assert!(!Status::Redirected.is_settable());
        assert!(Status::SETTABLE.iter().all(Status::is_settable));
    }

    #[test]
    fn determinations_follow_classification() {
        assert!(
            Determination::for_classification(&Classification::TruePositive)
                .contains(&Determination::Malware)
        );
        assert!(
            !Determination::for_classification(&Classification::FalsePositive)
                .contains(&Determination::Malware)
        );
        assert!(Determination::for_classification(&Classification::Unknown).is_empty());
    }
}
