//! Hash-based routes, so direct links work on any static host:
//! `#/`, `#/q/<step>`, `#/review`, `#/results`, `#/procedure/<id>`, `#/summary`.

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
    /// A results link: `#/shared/<code>`; the code is read from the hash.
    Shared,
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
            ("shared", Some(code)) if !code.is_empty() => Route::Shared,
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
            Route::Shared => "#/shared/".to_string(),
            Route::Clinics => "#/clinics".to_string(),
            Route::Procedure(p) => format!("#/procedure/{}", p.id()),
        }
    }
}

/// The code of a results link in a location hash, if it is one.
pub fn shared_code(hash: &str) -> Option<&str> {
    hash.strip_prefix("#/shared/").filter(|c| !c.is_empty())
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
}
