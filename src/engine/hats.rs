//! The twelve hats of an early-stage CTO (Simon Creuchet, SELF & INNOV, seed 002). At the start the CTO
//! wears all twelve; as the tech team grows, hats are shared and then handed over. What is delegated
//! follows the tech team's size, not a type label; the thresholds are this widget's reading.

use super::missions::just_past_mvp;
use super::profile::{Need, Profile};
use super::scoring::CtoType;

/// The twelve hats, in the source's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hat {
    ProductManager,
    ProjectManager,
    Architect,
    Developer,
    Manager,
    SystemAdministrator,
    Security,
    Quality,
    Innovation,
    DataOfficer,
    Designer,
    InternalIt,
}

/// What the CTO does with a hat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HatRole {
    Wear,
    Share,
    HandOver,
}

impl HatRole {
    pub const ALL: [HatRole; 3] = [HatRole::Wear, HatRole::Share, HatRole::HandOver];

    pub fn index(self) -> usize {
        self as usize
    }
}

impl Hat {
    pub const ALL: [Hat; 12] = [
        Hat::ProductManager,
        Hat::ProjectManager,
        Hat::Architect,
        Hat::Developer,
        Hat::Manager,
        Hat::SystemAdministrator,
        Hat::Security,
        Hat::Quality,
        Hat::Innovation,
        Hat::DataOfficer,
        Hat::Designer,
        Hat::InternalIt,
    ];

    /// Past the first version, three hats weigh most: the roadmap, the overall architecture, and sizing
    /// the team.
    pub fn is_growth_priority(self) -> bool {
        matches!(self, Hat::Innovation | Hat::Architect | Hat::Manager)
    }

    /// The need that asks for this hat's work: a hat the company asked for is never handed over.
    pub fn need(self) -> Need {
        match self {
            Hat::ProductManager | Hat::Designer => Need::Product,
            Hat::ProjectManager => Need::OrganizeDelivery,
            Hat::Architect => Need::TechChoices,
            Hat::Developer => Need::FirstVersion,
            Hat::Manager => Need::HireTeam,
            Hat::SystemAdministrator => Need::Infrastructure,
            Hat::Security | Hat::Quality => Need::QualitySecurity,
            Hat::Innovation => Need::Roadmap,
            Hat::DataOfficer => Need::Data,
            Hat::InternalIt => Need::InternalIt,
        }
    }

    /// The tech team sizes from which this hat is shared, then handed over (`None`: the CTO keeps it).
    fn thresholds(self) -> (Option<u32>, Option<u32>) {
        match self {
            Hat::InternalIt => (Some(2), Some(5)),
            Hat::Developer => (Some(2), Some(15)),
            Hat::SystemAdministrator => (Some(3), Some(8)),
            Hat::Designer => (Some(3), Some(8)),
            Hat::ProjectManager => (Some(4), Some(10)),
            Hat::Quality => (Some(4), Some(15)),
            Hat::ProductManager => (Some(5), Some(20)),
            Hat::DataOfficer => (Some(5), Some(20)),
            Hat::Security => (Some(6), Some(30)),
            Hat::Architect => (Some(15), None),
            Hat::Manager | Hat::Innovation => (None, None),
        }
    }

    /// What the CTO does with this hat, for a tech team of `team` people.
    pub fn role(self, team: u32) -> HatRole {
        match self.thresholds() {
            (_, Some(hand_over)) if team >= hand_over => HatRole::HandOver,
            (Some(share), _) if team >= share => HatRole::Share,
            _ => HatRole::Wear,
        }
    }
}

/// The tech team the hats are read from: the one given, else a typical team for the type (said so).
/// The typical team is capped at a third of the company, so 11 people do not get a team of 8.
pub fn team_for_hats(profile: &Profile, ty: CtoType) -> (u32, bool) {
    // (A first version asked past fifty people, the team blank: none yet, as the scores read it.)
    match super::scoring::team_read(profile) {
        Some(tech) => (tech, true),
        None => {
            let typical = match ty {
                CtoType::Hacker => 1,
                CtoType::Stabilizer => 8,
                CtoType::Industrializer => 30,
            };
            // (A public body or a non-profit that said only its size: a twentieth of its staff, not a third.)
            let share = if super::result::unsaid_body(profile) { 20 } else { 3 };
            (typical.min((profile.headcount.unwrap_or(u32::MAX) / share).max(1)), false)
        }
    }
}

/// The hats by role, with whether each is one of the post-MVP priorities (only once past the MVP). A
/// hat whose need the company ticked stays shared at least: the CTO still answers for it.
pub fn hats_by_role(profile: &Profile, ty: CtoType) -> [Vec<(Hat, bool)>; 3] {
    let (team, _) = team_for_hats(profile, ty);
    let past = just_past_mvp(profile.stage);
    let mut roles: [Vec<(Hat, bool)>; 3] = Default::default();
    for hat in Hat::ALL {
        let role = match hat.role(team) {
            // (Staff IT ticked: the result's note gives it to a provider rather than to the CTO.)
            _ if hat == Hat::InternalIt && profile.needs.contains(Need::InternalIt) => HatRole::HandOver,
            HatRole::HandOver if profile.needs.contains(hat.need()) => HatRole::Share,
            role => role,
        };
        roles[role.index()].push((hat, past && hat.is_growth_priority()));
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_start_the_cto_wears_all_twelve() {
        for team in [0, 1] {
            assert!(Hat::ALL.iter().all(|h| h.role(team) == HatRole::Wear), "team of {team}");
        }
    }

    #[test]
    fn hats_go_as_the_team_grows_and_never_come_back() {
        for hat in Hat::ALL {
            let roles: Vec<HatRole> = (0..200).map(|team| hat.role(team)).collect();
            assert!(roles.windows(2).all(|w| w[0] <= w[1]), "{hat:?}");
        }
        let worn = |team| Hat::ALL.iter().filter(|h| h.role(team) == HatRole::Wear).count();
        assert!(worn(0) > worn(6) && worn(6) > worn(40));
    }

    #[test]
    fn the_priorities_stay_with_the_cto() {
        for team in [0, 8, 40, 500] {
            assert!(Hat::ALL.iter().filter(|h| h.is_growth_priority()).all(|h| h.role(team) != HatRole::HandOver));
        }
        assert_eq!(Hat::InternalIt.role(40), HatRole::HandOver);
        assert_eq!(Hat::Developer.role(40), HatRole::HandOver);
    }

    #[test]
    fn without_a_team_size_a_typical_one_is_assumed_and_said() {
        let p = Profile::default();
        assert_eq!(team_for_hats(&p, CtoType::Hacker), (1, false));
        let given = Profile { tech: Some(12), ..Profile::default() };
        assert_eq!(team_for_hats(&given, CtoType::Hacker), (12, true));
        let small = Profile { headcount: Some(11), ..Profile::default() };
        assert_eq!(team_for_hats(&small, CtoType::Stabilizer), (3, false), "a third of 11 people");
    }

    #[test]
    fn a_hat_the_company_asked_for_is_never_handed_over() {
        let asked = Profile { tech: Some(40), needs: [Need::QualitySecurity, Need::Data].into_iter().collect(), ..Profile::default() };
        let roles = hats_by_role(&asked, CtoType::Industrializer);
        let role_of = |hat: Hat| roles.iter().position(|hats| hats.iter().any(|(h, _)| *h == hat));
        for hat in [Hat::Security, Hat::Quality, Hat::DataOfficer] {
            assert_eq!(role_of(hat), Some(HatRole::Share.index()), "{hat:?} was asked for");
        }
        assert_eq!(role_of(Hat::InternalIt), Some(HatRole::HandOver.index()), "not asked: handed over");
    }
}
