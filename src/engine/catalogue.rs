//! The content catalogue: the CTO's missions (who they are carried out with, which needs they answer,
//! which types usually carry them) and how the needs are grouped on the form. Ids are the contract's,
//! stable across languages; every sentence lives in the text tables, indexed by `index()`.

use super::profile::Need;
use super::scoring::CtoType;

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

    pub fn id(self) -> &'static str {
        match self {
            Group::Overall => "overall",
            Group::TechTeam => "tech-team",
            Group::Departments => "departments",
            Group::Leadership => "leadership",
            Group::Outside => "outside",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One mission of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mission {
    pub id: &'static str,
    pub group: Group,
    /// The needs this mission answers: a ticked one puts the mission first.
    pub needs: &'static [Need],
    /// The types that usually carry it.
    pub types: &'static [CtoType],
}

use CtoType::{Hacker as H, Industrializer as I, Stabilizer as S};
use Need::*;

const fn mission(id: &'static str, group: Group, needs: &'static [Need], types: &'static [CtoType]) -> Mission {
    Mission { id, group, needs, types }
}

/// Every mission, by group. The text tables hold one entry per mission, in this order.
pub const MISSIONS: [Mission; 24] = [
    mission("build-first-version", Group::Overall, &[FirstVersion, Product], &[H]),
    mission("architecture", Group::Overall, &[TechChoices, Scalability, FirstVersion], &[H, S]),
    mission("tech-audit", Group::Overall, &[TechChoices, QualitySecurity], &[S, I]),
    mission("run-infrastructure", Group::Overall, &[Infrastructure], &[H, S]),
    mission("quality-security", Group::Overall, &[QualitySecurity, Scalability], &[S]),
    mission("data", Group::Overall, &[Data], &[S, I]),
    mission("tech-budget", Group::Overall, &[Budget], &[S, I]),
    mission("recruit-team", Group::TechTeam, &[HireTeam], &[S, I]),
    mission("assign-work", Group::TechTeam, &[OrganizeDelivery], &[S]),
    mission("daily-standup", Group::TechTeam, &[OrganizeDelivery], &[S]),
    mission("one-to-ones", Group::TechTeam, &[HireTeam], &[S, I]),
    mission("sprint-planning", Group::TechTeam, &[OrganizeDelivery], &[S]),
    mission("dashboard", Group::TechTeam, &[OrganizeDelivery, Processes], &[S, I]),
    mission("release-coordination", Group::TechTeam, &[OrganizeDelivery, QualitySecurity], &[S]),
    mission("weekly-review", Group::TechTeam, &[OrganizeDelivery], &[S]),
    mission("business-priorities", Group::Departments, &[Product, Roadmap], &[H, S, I]),
    mission("cross-team-rollout", Group::Departments, &[Product, Data], &[S, I]),
    mission("sales-training", Group::Departments, &[Clients, Data], &[I]),
    mission("engineering-processes", Group::Departments, &[Processes], &[I]),
    mission("lead-change", Group::Departments, &[Change], &[I]),
    mission("strategy-roadmap", Group::Leadership, &[Roadmap], &[S, I]),
    mission("ceo-checkin", Group::Leadership, &[Roadmap, HireTeam], &[H, S, I]),
    mission("investors-board", Group::Outside, &[Investors], &[I]),
    mission("clients-partners", Group::Outside, &[Clients], &[S, I]),
];

/// How the needs are grouped on the form, so the list reads as a few questions, not sixteen.
pub const NEED_GROUPS: [&[Need]; 5] = [
    &[FirstVersion, TechChoices, Product, Infrastructure, Data],
    &[HireTeam, OrganizeDelivery, QualitySecurity, Scalability],
    &[Roadmap, Budget, Processes, Change],
    &[Investors, Clients],
    &[InternalIt],
];

/// A mission picked for a result, with the ticked needs it answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick {
    pub index: usize,
    pub mission: Mission,
    /// The first ticked need this mission answers, if any.
    pub matched: Option<Need>,
}

/// The missions for a type: its usual ones plus any that answer a ticked need, in catalogue order
/// within each group, those answering a ticked need first.
pub fn missions_for(ty: CtoType, ticked: super::profile::NeedSet) -> Vec<Pick> {
    let mut picks: Vec<Pick> = MISSIONS
        .iter()
        .enumerate()
        .map(|(index, mission)| Pick { index, mission: *mission, matched: mission.needs.iter().copied().find(|n| ticked.contains(*n)) })
        .filter(|pick| pick.mission.types.contains(&ty) || pick.matched.is_some())
        .collect();
    picks.sort_by_key(|pick| (pick.mission.group, pick.matched.is_none()));
    picks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::profile::NeedSet;

    #[test]
    fn mission_ids_are_unique_and_url_safe() {
        for (i, a) in MISSIONS.iter().enumerate() {
            assert!(a.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", a.id);
            assert!(MISSIONS[i + 1..].iter().all(|b| b.id != a.id), "duplicate {}", a.id);
        }
    }

    #[test]
    fn every_type_has_missions_in_several_groups() {
        for ty in CtoType::ALL {
            let picks = missions_for(ty, NeedSet::default());
            let groups: Vec<Group> = picks.iter().map(|p| p.mission.group).collect();
            assert!(picks.len() >= 5, "{ty:?} has {} missions", picks.len());
            assert!(Group::ALL.iter().filter(|g| groups.contains(g)).count() >= 3, "{ty:?}");
        }
    }

    #[test]
    fn every_cto_need_is_answered_by_a_mission() {
        for need in Need::ALL.into_iter().filter(|n| *n != InternalIt) {
            assert!(MISSIONS.iter().any(|m| m.needs.contains(&need)), "{need:?}");
        }
        assert!(MISSIONS.iter().all(|m| !m.needs.contains(&InternalIt)), "equipment and support is no CTO mission");
    }

    #[test]
    fn need_groups_hold_each_need_once() {
        let mut all: Vec<Need> = NEED_GROUPS.iter().flat_map(|g| g.iter().copied()).collect();
        all.sort();
        assert_eq!(all, Need::ALL.to_vec());
    }

    #[test]
    fn ticked_needs_come_first_in_their_group_and_add_missions() {
        let ticked = NeedSet::default().with(Investors).with(OrganizeDelivery);
        let picks = missions_for(H, ticked);
        let ids: Vec<&str> = picks.iter().map(|p| p.mission.id).collect();
        assert!(ids.contains(&"investors-board"), "a ticked need brings its mission even to a hacker");
        let tech_team: Vec<&Pick> = picks.iter().filter(|p| p.mission.group == Group::TechTeam).collect();
        assert!(tech_team.iter().all(|p| p.matched == Some(OrganizeDelivery)));
        let stabilizer = missions_for(S, ticked);
        let team: Vec<bool> =
            stabilizer.iter().filter(|p| p.mission.group == Group::TechTeam).map(|p| p.matched.is_some()).collect();
        assert!(team.windows(2).all(|w| w[0] >= w[1]), "matched first: {team:?}");
        assert_eq!(team.first(), Some(&true));
    }
}
