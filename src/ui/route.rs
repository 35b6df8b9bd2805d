//! Hash-based routes, so direct links work on any static host:
//! `#/`, `#/q/<step>`, `#/review`, `#/results`, `#/procedure/<id>`, `#/summary`,
//! `#/shared/<code>`, `#/clinics`.

use std::fmt;

use crate::platform::location;
use painpath_core::assessment::Procedure;
use painpath_core::questionnaire::{step_by_id, Step};

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Route {
    Welcome,
    Step(&'static str),
    Review,
    Results,
    Procedure(Procedure),
    Summary,
    /// A results link: `#/shared/<code>`.
    Shared(SharedCode),
    /// The page for clinics: link, QR code and embed snippet.
    Clinics,
    NotFound,
}

impl Route {
    /// Parse a location hash such as `#/q/where`. Unknown paths are `NotFound`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.split(['?', '&']).next().unwrap_or("");
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("", None) => Route::Welcome,
            ("q", Some(id)) => step_by_id(id).map_or(Route::NotFound, |s: &Step| Route::Step(s.id)),
            ("review", None) => Route::Review,
            ("results", None) => Route::Results,
            ("summary", None) => Route::Summary,
            ("shared", Some(code)) if !code.is_empty() => Route::Shared(SharedCode::new(code)),
            ("clinics", None) => Route::Clinics,
            ("procedure", Some(id)) => Procedure::ALL
                .iter()
                .find(|p| p.id() == id)
                .map_or(Route::NotFound, |p| Route::Procedure(*p)),
            _ => Route::NotFound,
        }
    }

    /// The hash for this route.
    pub fn hash(self) -> String {
        match self {
            Route::Welcome | Route::NotFound => "#/".to_string(),
            Route::Step(id) => format!("#/q/{id}"),
            Route::Review => "#/review".to_string(),
            Route::Results => "#/results".to_string(),
            Route::Summary => "#/summary".to_string(),
            Route::Shared(code) => format!("#/shared/{}", code.text().unwrap_or_default()),
            Route::Clinics => "#/clinics".to_string(),
            Route::Procedure(p) => format!("#/procedure/{}", p.id()),
        }
    }
}

/// Added to a step's hash by "Change" on the review page (`#/q/<step>?review`):
/// that step's Next then returns to the review page instead of walking
/// through every later step. [`Route::parse`] ignores it.
pub const FROM_REVIEW: &str = "?review";

/// Go to a route by changing the location hash, in place of the current
/// history entry; the app listens for it.
pub fn navigate(route: Route) {
    location::set_hash(&route.hash());
}

/// The code of a results link, held inline so that routes stay `Copy`.
/// The codec writes at most 64 characters of base64url (a property test in
/// core checks); a locked link's code is 60 characters longer (prefix,
/// version, salt, nonce and tag); the room here leaves more for later
/// versions. A longer
/// code, or one with characters outside ASCII, cannot be one PainPath wrote
/// and reads as a damaged link.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SharedCode {
    /// `None` for a code that cannot be real.
    len: Option<u8>,
    bytes: [u8; SharedCode::ROOM],
}

impl SharedCode {
    const ROOM: usize = 160;

    pub fn new(code: &str) -> SharedCode {
        let mut bytes = [0; SharedCode::ROOM];
        let len = bytes
            .get_mut(..code.len())
            .filter(|_| code.is_ascii())
            .map(|room| {
                room.copy_from_slice(code.as_bytes());
                code.len() as u8
            });
        SharedCode { len, bytes }
    }

    /// The code, or `None` when it cannot be one PainPath wrote.
    pub fn text(&self) -> Option<String> {
        let len = usize::from(self.len?);
        Some(
            self.bytes
                .get(..len)?
                .iter()
                .map(|b| char::from(*b))
                .collect(),
        )
    }
}

impl fmt::Debug for SharedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SharedCode({:?})", self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips() {
        let routes = [
            Route::Welcome,
            Route::Step("where"),
            Route::Review,
            Route::Results,
            Route::Summary,
            Route::Procedure(Procedure::SpinalCordStimulation),
            Route::Shared(SharedCode::new("AQxyz-_")),
            Route::Clinics,
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.hash()), r);
        }
    }

    #[test]
    fn unknown_or_hostile_paths_are_not_found() {
        for h in ["#/q/nope", "#/procedure/<script>", "#/admin", "#/q/", "#//"] {
            assert_eq!(Route::parse(h), Route::NotFound, "{h}");
        }
        assert_eq!(Route::parse(""), Route::Welcome);
        assert_eq!(Route::parse("#"), Route::Welcome);
    }

    #[test]
    fn a_results_link_carries_its_code() {
        let Route::Shared(code) = Route::parse("#/shared/AQxyz") else {
            panic!("not a results link");
        };
        assert_eq!(code.text().as_deref(), Some("AQxyz"));
        let long = format!("#/shared/{}", "A".repeat(161));
        let Route::Shared(code) = Route::parse(&long) else {
            panic!("not a results link");
        };
        assert_eq!(code.text(), None);
        assert_eq!(Route::parse("#/shared/"), Route::NotFound);
    }
}
