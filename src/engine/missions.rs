//! The CTO's missions (seed 004: every CTO's daily missions, whatever the type) and how the needs are
//! grouped on the form. The type sets each mission's tier (carried personally first, also part of the
//! job, or later / through managers); a ticked need always brings its missions to the first tier.
//! Missions are an enum: texts are keyed by it, and the ids are the contract's, stable across languages.

use super::profile::{Need, NeedSet, Profile, Stage};
use super::scoring::{CtoType, TEAM_LARGE};

/// Whom the CTO works with on a mission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Overall,
    TechTeam,
    Departments,
    Leadership,
    Outside,
}

impl Group {
    pub const ALL: [Group; 5] = [Group::Overall, Group::TechTeam, Group::Departments, Group::Leadership, Group::Outside];
}

/// How a mission weighs for a type: `First`, carried personally from the start; `Also`, part of the
/// job; `Later`, as the team grows (or, for the industrializer, carried through managers); `Asked`,
/// shown only when a ticked need calls for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    First,
    Also,
    Later,
    Asked,
}

impl Tier {
    /// The tiers shown, in order.
    pub const SHOWN: [Tier; 3] = [Tier::First, Tier::Also, Tier::Later];

    pub fn id(self) -> &'static str {
        match self {
            Tier::First => "first",
            Tier::Also => "also",
            Tier::Later => "later",
            Tier::Asked => "asked",
        }
    }
}

macro_rules! missions {
    ($($variant:ident $id:literal $group:ident [$($need:ident),*] $h:ident $s:ident $i:ident;)*) => {
        /// One mission of the catalogue, in display order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Mission { $($variant,)* }

        impl Mission {
            pub const ALL: &'static [Mission] = &[$(Mission::$variant,)*];

            /// The contract's id (`data-mission`).
            pub fn id(self) -> &'static str {
                match self { $(Mission::$variant => $id,)* }
            }

            pub fn group(self) -> Group {
                match self { $(Mission::$variant => Group::$group,)* }
            }

            /// The needs this mission answers.
            pub fn needs(self) -> &'static [Need] {
                match self { $(Mission::$variant => &[$(Need::$need),*],)* }
            }

            /// Its tier for each type, before the ticked needs and the stage move it up.
            pub fn tier(self, ty: CtoType) -> Tier {
                let [h, s, i] = match self { $(Mission::$variant => [Tier::$h, Tier::$s, Tier::$i],)* };
                match ty {
                    CtoType::Hacker => h,
                    CtoType::Stabilizer => s,
                    CtoType::Industrializer => i,
                }
            }
        }
    };
}

missions! {
    BuildFirstVersion "build-first-version" Overall [FirstVersion, Product] First Asked Asked;
    Architecture "architecture" Overall [TechChoices, Scalability, FirstVersion] First First Also;
    TechAudit "tech-audit" Overall [TechChoices, QualitySecurity] Also Also Also;
    RunInfrastructure "run-infrastructure" Overall [Infrastructure] First Also Later;
    QualitySecurity "quality-security" Overall [QualitySecurity, Scalability] Also First Also;
    Data "data" Overall [Data] Also Also Also;
    TechBudget "tech-budget" Overall [Budget] Also Also First;
    RecruitTeam "recruit-team" TechTeam [HireTeam] Also First First;
    AssignWork "assign-work" TechTeam [OrganizeDelivery] Later Also Later;
    DailyStandup "daily-standup" TechTeam [OrganizeDelivery] Later Also Later;
    OneToOnes "one-to-ones" TechTeam [HireTeam] Later First Also;
    SprintPlanning "sprint-planning" TechTeam [OrganizeDelivery] Later First Later;
    Dashboard "dashboard" TechTeam [OrganizeDelivery, Processes] Later Also Also;
    ReleaseCoordination "release-coordination" TechTeam [OrganizeDelivery, QualitySecurity] Also Also Later;
    WeeklyReview "weekly-review" TechTeam [OrganizeDelivery] Later Also Later;
    BusinessPriorities "business-priorities" Departments [Product, Roadmap] First Also Also;
    CrossTeamRollout "cross-team-rollout" Departments [Product, Data] Later Also Also;
    SalesTraining "sales-training" Departments [Clients] Later Also Also;
    EngineeringProcesses "engineering-processes" Departments [Processes] Asked Also First;
    LeadChange "lead-change" Departments [Change] Later Also Also;
    StrategyRoadmap "strategy-roadmap" Leadership [Roadmap] Also Also First;
    CeoCheckin "ceo-checkin" Leadership [Roadmap, HireTeam] Also First First;
    InvestorsBoard "investors-board" Outside [Investors] Also Also First;
    ClientsPartners "clients-partners" Outside [Clients] Also Also Also;
}

/// Seed 002: past the first version, the roadmap, the overall architecture and sizing the team come first.
const PAST_MVP_FIRST: [Mission; 3] = [Mission::StrategyRoadmap, Mission::Architecture, Mission::RecruitTeam];

/// The team's rituals: with a department (`TEAM_LARGE` or more in tech) they go through the managers,
/// even when a ticked need asks for them.
const TEAM_RITUALS: [Mission; 5] = [Mission::AssignWork, Mission::DailyStandup, Mission::SprintPlanning, Mission::WeeklyReview, Mission::ReleaseCoordination];

/// How the needs are grouped on the form, so the list reads as a few questions, not sixteen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeedGroup {
    Build,
    Grow,
    Steer,
    Outside,
    Everyday,
}

impl NeedGroup {
    pub const ALL: [NeedGroup; 5] = [NeedGroup::Build, NeedGroup::Grow, NeedGroup::Steer, NeedGroup::Outside, NeedGroup::Everyday];

    pub fn id(self) -> &'static str {
        match self {
            NeedGroup::Build => "build",
            NeedGroup::Grow => "grow",
            NeedGroup::Steer => "steer",
            NeedGroup::Outside => "outside",
            NeedGroup::Everyday => "everyday",
        }
    }

    pub fn needs(self) -> &'static [Need] {
        use Need::*;
        match self {
            NeedGroup::Build => &[FirstVersion, TechChoices, Product, Data],
            NeedGroup::Grow => &[HireTeam, OrganizeDelivery, QualitySecurity, Scalability],
            NeedGroup::Steer => &[Roadmap, Budget, Processes, Change],
            NeedGroup::Outside => &[Investors, Clients],
            NeedGroup::Everyday => &[Infrastructure, InternalIt],
        }
    }
}

/// Whether the company is past its first version (the stage says so).
pub fn past_mvp(stage: Option<Stage>) -> bool {
    matches!(stage, Some(Stage::Launched | Stage::Scaling | Stage::Established))
}

/// Just past the first version (launched or scaling), where the source's three priorities apply; not a
/// long-established organisation.
pub fn just_past_mvp(stage: Option<Stage>) -> bool {
    matches!(stage, Some(Stage::Launched | Stage::Scaling))
}

/// A mission picked for a result: its tier, and the first ticked need it answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick {
    pub mission: Mission,
    pub tier: Tier,
    pub matched: Option<Need>,
}

/// The missions for a type and a profile, by tier (first, also, later), catalogue order within a tier,
/// those answering a ticked need first. A ticked need always shows its missions, in the first tier.
pub fn missions_for(ty: CtoType, profile: &Profile) -> Vec<Pick> {
    let ticked: NeedSet = profile.needs;
    // (A stabilizer's or an industrializer's company that left its stage blank has its first version: product
    // design is its next versions, not a first build.)
    let past = profile.in_service();
    let built = past || (profile.stage.is_none() && ty != CtoType::Hacker);
    // A department, said or read from the type when the team is not given: its rituals go through managers.
    // Three quarters of the way to a department (15 engineers before 20), the rituals are handed over
    // already, as the growth view says.
    let department = profile.tech.map_or(ty == CtoType::Industrializer, |t| t >= TEAM_LARGE || (ty == CtoType::Stabilizer && t * 4 >= TEAM_LARGE * 3));
    let picks: Vec<Pick> = Mission::ALL
        .iter()
        .map(|&mission| {
            // Once the first version exists, only the need to build one anew brings that mission back
            // (product design points to the other missions that answer it).
            let matched = mission
                .needs()
                .iter()
                .copied()
                .filter(|n| !(built && mission == Mission::BuildFirstVersion && *n != Need::FirstVersion))
                .find(|n| ticked.contains(*n));
            let tier = if department && TEAM_RITUALS.contains(&mission) {
                Tier::Later
            } else if matched.is_some() || (past && PAST_MVP_FIRST.contains(&mission)) {
                Tier::First
            } else if built && mission == Mission::BuildFirstVersion {
                // The first version exists: building it again is no mission unless asked.
                Tier::Asked
            } else {
                mission.tier(ty)
            };
            Pick { mission, tier, matched }
        })
        .filter(|pick| pick.tier != Tier::Asked)
        // Where everyone is in tech, there is no sales team to train.
        .filter(|pick| !(pick.mission == Mission::SalesTraining && profile.tech.is_some_and(|t| profile.headcount.is_some_and(|h| t >= h))))
        // Staff tools only: no sales team to train, nor clients to face unless asked.
        .filter(|pick| {
            !(profile.software == Some(crate::engine::profile::Software::Internal)
                && (pick.mission == Mission::SalesTraining || (pick.mission == Mission::ClientsPartners && pick.matched.is_none())))
        })
        // A one-person company's CTO is its CEO: no check-in with one.
        .filter(|pick| !(pick.mission == Mission::CeoCheckin && profile.headcount == Some(1)))
        .collect();
    // By tier, matched first, catalogue order otherwise (no sort: it would ship a sort routine).
    let mut ordered = Vec::with_capacity(picks.len());
    for tier in Tier::SHOWN {
        for matched in [true, false] {
            ordered.extend(picks.iter().filter(|p| p.tier == tier && p.matched.is_some() == matched));
        }
    }
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::codec::checked;

    fn picks(ty: CtoType, fragment: &str) -> Vec<Pick> {
        missions_for(ty, &checked(fragment))
    }

    fn tier_of(picks: &[Pick], mission: Mission) -> Option<Tier> {
        picks.iter().find(|p| p.mission == mission).map(|p| p.tier)
    }

    #[test]
    fn mission_ids_are_unique_and_url_safe() {
        for (i, a) in Mission::ALL.iter().enumerate() {
            assert!(a.id().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", a.id());
            assert!(Mission::ALL[i + 1..].iter().all(|b| b.id() != a.id()), "duplicate {}", a.id());
        }
    }

    #[test]
    fn every_cto_has_seed_004s_daily_missions_whatever_the_type() {
        // Investors, clients and the technical budget are every CTO's: a 3-person startup included.
        for ty in CtoType::ALL {
            let shown = picks(ty, "headcount=3");
            for mission in [Mission::InvestorsBoard, Mission::ClientsPartners, Mission::TechBudget, Mission::StrategyRoadmap, Mission::CeoCheckin] {
                assert!(tier_of(&shown, mission).is_some(), "{ty:?} lacks {mission:?}");
            }
        }
    }

    #[test]
    fn the_type_sets_what_comes_first() {
        let hacker = picks(CtoType::Hacker, "headcount=3");
        let industrializer = picks(CtoType::Industrializer, "headcount=300");
        assert_eq!(tier_of(&hacker, Mission::BuildFirstVersion), Some(Tier::First));
        assert_eq!(tier_of(&hacker, Mission::DailyStandup), Some(Tier::Later));
        assert_eq!(tier_of(&hacker, Mission::EngineeringProcesses), None, "company-wide processes are not a 3-person startup's");
        assert_eq!(tier_of(&industrializer, Mission::InvestorsBoard), Some(Tier::First));
        assert_eq!(tier_of(&industrializer, Mission::BuildFirstVersion), None);
        assert_eq!(tier_of(&industrializer, Mission::DailyStandup), Some(Tier::Later));
    }

    #[test]
    fn a_ticked_need_always_shows_its_missions_first() {
        for ty in CtoType::ALL {
            for need in Need::ALL.into_iter().filter(|n| *n != Need::InternalIt) {
                let shown = missions_for(ty, &crate::engine::profile::Profile { needs: NeedSet::default().with(need), ..Default::default() });
                // A department's leader runs the team's rituals through managers: shown, matched, later.
                let through_managers = |p: &&Pick| ty == CtoType::Industrializer && TEAM_RITUALS.contains(&p.mission);
                let answering: Vec<&Pick> = shown.iter().filter(|p| p.mission.needs().contains(&need) && !through_managers(p)).collect();
                assert!(!answering.is_empty(), "{ty:?}: nothing answers {need:?}");
                assert!(answering.iter().all(|p| p.tier == Tier::First && p.matched == Some(need)), "{ty:?} {need:?}");
                assert_eq!(shown[0].matched, Some(need), "matched missions lead");
            }
        }
    }

    #[test]
    fn past_the_first_version_seed_002s_priorities_come_first() {
        let early = picks(CtoType::Hacker, "headcount=4&stage=mvp");
        let later = picks(CtoType::Hacker, "headcount=4&stage=launched");
        assert_eq!(tier_of(&early, Mission::StrategyRoadmap), Some(Tier::Also));
        for mission in PAST_MVP_FIRST {
            assert_eq!(tier_of(&later, mission), Some(Tier::First), "{mission:?}");
        }
    }

    #[test]
    fn the_first_tier_stays_short() {
        for ty in CtoType::ALL {
            let first = picks(ty, "headcount=30").iter().filter(|p| p.tier == Tier::First).count();
            assert!((4..=6).contains(&first), "{ty:?} carries {first} missions first");
        }
    }

    #[test]
    fn a_department_runs_its_rituals_through_managers() {
        let shown = picks(CtoType::Industrializer, "headcount=45&tech=35&needs=organize-delivery");
        assert_eq!(tier_of(&shown, Mission::DailyStandup), Some(Tier::Later));
        assert!(shown.iter().any(|p| p.mission == Mission::DailyStandup && p.matched == Some(Need::OrganizeDelivery)), "still shown, still matched");
        assert_eq!(tier_of(&shown, Mission::Dashboard), Some(Tier::First));
    }

    #[test]
    fn past_the_first_version_it_is_not_built_again_unless_asked() {
        assert_eq!(tier_of(&picks(CtoType::Hacker, "headcount=10&tech=3&stage=launched"), Mission::BuildFirstVersion), None);
        assert_eq!(tier_of(&picks(CtoType::Hacker, "headcount=10&stage=launched&needs=first-version"), Mission::BuildFirstVersion), Some(Tier::First));
    }

    #[test]
    fn tiers_are_in_order() {
        let shown = picks(CtoType::Stabilizer, "headcount=30&needs=investors");
        assert!(shown.windows(2).all(|w| w[0].tier <= w[1].tier));
    }

    #[test]
    fn need_groups_hold_each_need_once() {
        let mut all: Vec<Need> = NeedGroup::ALL.iter().flat_map(|g| g.needs().iter().copied()).collect();
        all.sort();
        assert_eq!(all, Need::ALL.to_vec());
    }

    #[test]
    fn staff_it_is_no_cto_mission() {
        assert!(Mission::ALL.iter().all(|m| !m.needs().contains(&Need::InternalIt)));
    }
}
