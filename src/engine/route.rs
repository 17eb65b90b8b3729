//! How the seat is usually filled for this company (domain.md, "Where the typology stops"): a
//! technical co-founder at the idea stage, a part-time CTO or an agency when the need is real but the
//! budget is not, a first senior hire, promoting the lead engineer who grew with the product, an
//! executive hire past the startup stage, and for IT operations a managed provider or an IT manager.
//! Ids are the contract's (`data-route`), stable across languages; the set may grow.

use super::missions::past_mvp;
use super::profile::{Profile, Software, Stage};
use super::scoring::{CtoType, Outcome, LARGE_BOUND, SMALL_BOUND, TEAM_SMALL};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Cofounder,
    Fractional,
    FirstHire,
    Promote,
    Executive,
    ManagedIt,
    ItManager,
}

impl Route {
    pub const ALL: [Route; 7] =
        [Route::Cofounder, Route::Fractional, Route::FirstHire, Route::Promote, Route::Executive, Route::ManagedIt, Route::ItManager];

    /// The contract's id (`data-route`, the event's `route`).
    pub fn id(self) -> &'static str {
        match self {
            Route::Cofounder => "cofounder",
            Route::Fractional => "fractional",
            Route::FirstHire => "first-hire",
            Route::Promote => "promote",
            Route::Executive => "executive",
            Route::ManagedIt => "managed-it",
            Route::ItManager => "it-manager",
        }
    }
}

/// The usual way to fill the seat, for an outcome and the answers behind it.
pub fn route(profile: &Profile, outcome: Outcome) -> Route {
    let headcount = profile.headcount.unwrap_or(1);
    let tech = profile.tech.unwrap_or(0);
    let early = matches!(profile.stage, None | Some(Stage::Idea | Stage::Mvp));
    match outcome {
        Outcome::NoCto if headcount < LARGE_BOUND => Route::ManagedIt,
        Outcome::NoCto => Route::ItManager,
        Outcome::Cto(CtoType::Industrializer) => Route::Executive,
        // A team that grew with the product often has its leader already.
        Outcome::Cto(CtoType::Stabilizer) if tech > TEAM_SMALL && past_mvp(profile.stage) => Route::Promote,
        Outcome::Cto(CtoType::Stabilizer) => Route::FirstHire,
        // Nothing built, a handful of people, nobody in tech: a co-founder shares the risk and the equity.
        Outcome::Cto(CtoType::Hacker) if early && headcount < SMALL_BOUND && tech <= 1 => Route::Cofounder,
        // A real need without a full-time seat: internal tools, or a small firm with at most one developer.
        Outcome::Cto(CtoType::Hacker) if profile.software == Some(Software::Internal) || (!early && tech <= 1 && headcount < LARGE_BOUND) => {
            Route::Fractional
        }
        Outcome::Cto(CtoType::Hacker) if tech >= 2 && headcount < 2 * SMALL_BOUND => Route::Promote,
        Outcome::Cto(CtoType::Hacker) => Route::FirstHire,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::codec::decode;
    use crate::engine::scoring::outcome;

    fn route_of(fragment: &str) -> Route {
        let p = decode(fragment).profile;
        route(&p, outcome(&p).expect("a headcount"))
    }

    #[test]
    fn the_route_differs_where_the_companies_differ() {
        let cases: &[(&str, Route, &str)] = &[
            ("headcount=3&stage=idea&needs=first-version", Route::Cofounder, "a 3-person idea: a technical co-founder"),
            ("headcount=300&tech=40&stage=scaling", Route::Executive, "a 300-person firm: an executive hire"),
            ("headcount=12&needs=infrastructure,internal-it", Route::ManagedIt, "an IT-only office: a managed IT provider"),
            ("headcount=150&software=internal", Route::ItManager, "a larger firm with staff tools only: an IT manager"),
            ("headcount=25&tech=1&stage=launched&software=support&needs=infrastructure", Route::Fractional, "one developer, a real need, no full-time seat"),
            ("headcount=70&tech=3&stage=launched&software=internal&needs=first-version", Route::Fractional, "an internal tool"),
            ("headcount=60&tech=12&stage=scaling&needs=hire-team", Route::Promote, "a team of 12 that grew with the product"),
            ("headcount=35&tech=6&stage=mvp&needs=hire-team", Route::FirstHire, "a fast raise at MVP: a senior hire"),
            ("headcount=160&tech=0&stage=established&needs=first-version", Route::FirstHire, "a large firm's first product: a senior hands-on hire"),
            ("headcount=10&tech=3&stage=launched", Route::Promote, "a small team with a developer who grew with it"),
        ];
        for (fragment, expected, why) in cases {
            assert_eq!(route_of(fragment), *expected, "{fragment}: {why}");
        }
    }

    #[test]
    fn every_route_is_reachable_and_ids_are_unique() {
        for (i, a) in Route::ALL.iter().enumerate() {
            assert!(Route::ALL[i + 1..].iter().all(|b| b.id() != a.id()));
        }
        let reached: Vec<Route> = [
            "headcount=3&stage=idea",
            "headcount=25&tech=1&stage=launched",
            "headcount=160&tech=0",
            "headcount=60&tech=12&stage=scaling",
            "headcount=300",
            "headcount=12&needs=internal-it",
            "headcount=150&needs=internal-it",
        ]
        .iter()
        .map(|f| route_of(f))
        .collect();
        for r in Route::ALL {
            assert!(reached.contains(&r), "{r:?} never reached");
        }
    }
}
