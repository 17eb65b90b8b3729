//! Whom to hire: the seniority the answers suggest, which sets the pay band (seed 004's bands are by
//! seniority, junior, senior or expert, and size is one factor of four). The band is this widget's
//! reading of the answers (size, team, stage), and says which answer set it. Facing investors is every
//! CTO's job (seed 004), so it does not raise the band.

use super::profile::{Profile, Stage};
use super::scoring::{LARGE_BOUND, SMALL_BOUND, TEAM_LARGE, TEAM_SMALL, TYPOLOGY_END};

/// From this headcount, the post calls for an expert.
pub const EXPERT_HEADCOUNT: u32 = 200;

/// Seed 004's three pay bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seniority {
    Junior,
    Senior,
    Expert,
}

impl Seniority {
    pub const ALL: [Seniority; 3] = [Seniority::Junior, Seniority::Senior, Seniority::Expert];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// The answer that set the seniority.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Because {
    /// Nothing asks for more: a small company, a small team, early on.
    Small,
    Headcount(u32),
    Team(u32),
    Stage(Stage),
    /// Past the startup typology.
    Beyond(u32),
    /// A builder's seat over a handful at most, in a larger organisation: hands on, the senior band at most.
    HandsOn,
}

/// The seniority the answers call for, and the first answer that calls for it.
/// The band for a type: a hands-on builder (the hacker) tops out at the senior band, whatever the
/// organisation's size (a large firm's first product is built by a senior, not an executive).
/// The band an outside hire calls for: where the route promotes a lead over a handful (paid from that team),
/// the ad is for the senior the route names if nobody fits, paid as the answers call for.
pub fn seniority_hired(ty: crate::engine::scoring::CtoType, profile: &Profile) -> (Seniority, Because) {
    match seniority_for(ty, profile) {
        (Seniority::Junior, Because::Team(_)) if promoted_over_a_handful(ty, profile) => seniority_for(ty, &Profile { tech: None, ..*profile }),
        // (A lead promoted over a larger team: whoever is hired from outside, at the band the answers call for;
        // cto97 #19.)
        (Seniority::Senior, Because::Team(_))
            if crate::engine::route::route(profile, crate::engine::scoring::Outcome::Cto(ty)) == crate::engine::route::Route::Promote =>
        {
            unpromoted(ty, profile)
        }
        other => other,
    }
}

/// The route promotes the lead developer over a handful: paid from that team, a raise with a real stake.
fn promoted_over_a_handful(ty: crate::engine::scoring::CtoType, profile: &Profile) -> bool {
    crate::engine::route::route(profile, crate::engine::scoring::Outcome::Cto(ty)) == crate::engine::route::Route::Promote
        && profile.tech.is_some_and(|t| t <= TEAM_SMALL)
}

pub fn seniority_for(ty: crate::engine::scoring::CtoType, profile: &Profile) -> (Seniority, Because) {
    // A lead developer promoted over a handful is paid from that team; a VP of Engineering under
    // the CTO, a band below the executive's.
    match crate::engine::route::route(profile, crate::engine::scoring::Outcome::Cto(ty)) {
        crate::engine::route::Route::Promote => {
            if let Some(t) = profile.tech.filter(|t| *t <= TEAM_SMALL) {
                return (Seniority::Junior, Because::Team(t));
            }
            // A lead promoted over a team of twenty or more, in a small firm: a senior's pay, from that team.
            // (Whatever the type: a stabilizer promoted over thirty-five in a firm of thirty-five too.)
            if let Some(t) = profile
                .tech
                .filter(|t| ty == crate::engine::scoring::CtoType::Industrializer || (*t >= TEAM_LARGE && profile.headcount.is_some_and(|h| h <= LARGE_BOUND)))
            {
                return (Seniority::Senior, Because::Team(t));
            }
        }
        // A VP of Engineering from thirty engineers leads through managers: the expert band (under thirty, the seat is
        // a head of engineering's, paid as a senior; fr106 C1).
        // (From a large organisation too: a VP there answers to an executive CTO, paid as one a band below.)
        crate::engine::route::Route::VpEngineering
            if profile.tech.is_some_and(|t| t >= crate::engine::route::VP_FROM) || profile.headcount.is_some_and(|h| h >= 200) =>
        {
            return (Seniority::Expert, because_team(profile, Because::Small));
        }
        crate::engine::route::Route::VpEngineering => return (Seniority::Senior, because_team(profile, Because::Small)),
        _ => {}
    }
    unpromoted(ty, profile)
}

/// The band for a type whoever takes the seat, no promotion nor VP's seat read: the answers' band, a builder's
/// or a team's lead under twenty capped at the senior's.
fn unpromoted(ty: crate::engine::scoring::CtoType, profile: &Profile) -> (Seniority, Because) {
    // The head of an internal-tools team is paid from the team they lead, not the organisation's size.
    let (level, because) =
        if crate::engine::job::internal_seat(ty, profile) { seniority(&Profile { headcount: None, ..*profile }) } else { seniority(profile) };
    // A builder, or the leader of a team under twenty (the stabilizer), is paid as a senior whatever the
    // organisation's size: the band follows the team led.
    if ty != crate::engine::scoring::CtoType::Industrializer && level == Seniority::Expert && !matches!(because, Because::Team(_)) {
        // Said from the team when there is one ("the tech team the CTO leads has 8 people"); a handful or
        // fewer would say a junior's band: the seat builds by hand, which caps it.
        match profile.tech {
            Some(t) if t > TEAM_SMALL => (Seniority::Senior, Because::Team(t)),
            _ if ty == crate::engine::scoring::CtoType::Hacker => (Seniority::Senior, Because::HandsOn),
            _ => (Seniority::Senior, because_team(profile, because)),
        }
    } else {
        (level, because)
    }
}

/// The team as the reason when there is one, else `otherwise`.
fn because_team(profile: &Profile, otherwise: Because) -> Because {
    profile.tech.filter(|t| *t > 0).map_or(otherwise, Because::Team)
}

pub fn seniority(profile: &Profile) -> (Seniority, Because) {
    let mut calls: Vec<(Seniority, Because)> = Vec::new();
    if let Some(h) = profile.headcount {
        if h > TYPOLOGY_END {
            calls.push((Seniority::Expert, Because::Beyond(h)));
        } else if h >= EXPERT_HEADCOUNT {
            calls.push((Seniority::Expert, Because::Headcount(h)));
        } else if h >= SMALL_BOUND {
            calls.push((Seniority::Senior, Because::Headcount(h)));
        }
    }
    match profile.tech {
        Some(t) if t >= TEAM_LARGE => calls.push((Seniority::Expert, Because::Team(t))),
        Some(t) if t > TEAM_SMALL => calls.push((Seniority::Senior, Because::Team(t))),
        _ => {}
    }
    if let Some(stage @ (Stage::Scaling | Stage::Established)) = profile.stage {
        calls.push((Seniority::Senior, Because::Stage(stage)));
    }
    // The highest call wins; among equals, the first answer (size, team, stage, needs).
    calls.into_iter().fold((Seniority::Junior, Because::Small), |best, call| if call.0 > best.0 { call } else { best })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::codec::checked;

    fn read(fragment: &str) -> (Seniority, Because) {
        seniority(&checked(fragment))
    }

    #[test]
    fn pay_follows_seniority_from_the_answers() {
        let cases: &[(&str, Seniority, Because)] = &[
            ("headcount=3&stage=idea", Seniority::Junior, Because::Small),
            ("headcount=3&needs=investors", Seniority::Junior, Because::Small),
            ("headcount=45&stage=scaling", Seniority::Senior, Because::Headcount(45)),
            ("headcount=8&tech=6", Seniority::Senior, Because::Team(6)),
            ("headcount=160&tech=0&needs=first-version", Seniority::Senior, Because::Headcount(160)),
            ("headcount=120&tech=25", Seniority::Expert, Because::Team(25)),
            ("headcount=400", Seniority::Expert, Because::Headcount(400)),
            ("headcount=8&stage=established", Seniority::Senior, Because::Stage(Stage::Established)),
            ("headcount=45120", Seniority::Expert, Because::Beyond(45120)),
        ];
        for (fragment, level, because) in cases {
            assert_eq!(read(fragment), (*level, *because), "{fragment}");
        }
    }

    #[test]
    fn a_hacker_at_a_large_company_is_not_paid_as_a_junior() {
        // Pay is not tied to the type: a 160-person firm's first tech lead is a senior hire.
        assert_eq!(read("headcount=160&tech=0").0, Seniority::Senior);
    }
}
