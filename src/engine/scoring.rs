//! Which type of CTO a profile calls for, and why.
//! By design a score is nothing but a sum of `Point`s, each one tied to the answer that gave it, so the
//! explanation is the score itself. What tips the balance is found by re-scoring changed profiles.

use super::profile::{Need, NeedSet, Profile, Stage, HEADCOUNT_MAX};

/// The three CTO types of the source's typology, smallest company first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CtoType {
    Hacker,
    Stabilizer,
    Industrializer,
}

impl CtoType {
    pub const ALL: [CtoType; 3] = [CtoType::Hacker, CtoType::Stabilizer, CtoType::Industrializer];

    pub fn id(self) -> &'static str {
        match self {
            CtoType::Hacker => "hacker",
            CtoType::Stabilizer => "stabilizer",
            CtoType::Industrializer => "industrializer",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The source's bounds: under 10 people a hacker, 10 to 50 a stabilizer, over 50 an industrializer.
    pub fn for_headcount(headcount: u32) -> CtoType {
        match headcount {
            0..=9 => CtoType::Hacker,
            10..=50 => CtoType::Stabilizer,
            _ => CtoType::Industrializer,
        }
    }

    /// The headcounts, both ends included, that the source gives to this type.
    pub fn size_range(self) -> (u32, u32) {
        match self {
            CtoType::Hacker => (1, 9),
            CtoType::Stabilizer => (10, 50),
            CtoType::Industrializer => (51, HEADCOUNT_MAX),
        }
    }

    /// The type a need calls for; `None` for a need that is no CTO's job (equipment and IT support).
    pub fn for_need(need: Need) -> Option<CtoType> {
        use Need::*;
        match need {
            FirstVersion | TechChoices | Product | Infrastructure => Some(CtoType::Hacker),
            HireTeam | OrganizeDelivery | Scalability | QualitySecurity | Data => Some(CtoType::Stabilizer),
            Processes | Roadmap | Budget | Investors | Clients | Change => Some(CtoType::Industrializer),
            InternalIt => None,
        }
    }

    pub fn for_stage(stage: Stage) -> CtoType {
        match stage {
            Stage::Idea | Stage::Mvp => CtoType::Hacker,
            Stage::Launched | Stage::Scaling => CtoType::Stabilizer,
            Stage::Established => CtoType::Industrializer,
        }
    }

    /// The needs that call for this type, in contract order.
    pub fn needs(self) -> impl Iterator<Item = Need> {
        Need::ALL.into_iter().filter(move |need| CtoType::for_need(*need) == Some(self))
    }
}

/// What the widget concludes: one of the three types, or that the needs call for no CTO at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Cto(CtoType),
    NoCto,
}

impl Outcome {
    /// The contract's outcome id (`data-cto-type`).
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Cto(ty) => ty.id(),
            Outcome::NoCto => "none",
        }
    }
}

/// The answer a point comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The headcount is in the type's range.
    SizeRange(u32),
    /// The headcount is close to the bound of this (neighbouring) type's range.
    NearBound(u32),
    /// A tech team of this many people.
    TechTeam(u32),
    Stage(Stage),
    Need(Need),
}

/// Points for one type, from one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub to: CtoType,
    pub points: u32,
    pub reason: Reason,
}

pub const SIZE_POINTS: u32 = 4;
pub const NEAR_BOUND_POINTS: u32 = 2;
pub const ANSWER_POINTS: u32 = 1;
/// A type this many points or fewer behind the winner is within reach.
pub const REACH: u32 = 2;
/// At most this many needs ticked or unticked count as "what would tip the balance".
pub const MAX_TIP_NEEDS: usize = 3;

/// About a fifth either side of each bound: 8 to 12 around 10, 40 to 60 around 50.
/// Each zone: (first headcount, last headcount, the type on the far side of the bound).
const NEAR_ZONES: [(u32, u32, CtoType); 4] = [
    (8, 9, CtoType::Stabilizer),
    (10, 12, CtoType::Hacker),
    (40, 50, CtoType::Industrializer),
    (51, 60, CtoType::Stabilizer),
];

/// The tech team sizes that lean to each type: nobody or one person, a team, a department.
fn type_for_tech(tech: u32) -> CtoType {
    match tech {
        0..=1 => CtoType::Hacker,
        2..=14 => CtoType::Stabilizer,
        _ => CtoType::Industrializer,
    }
}

/// One change of the profile that would make the runner-up win.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tip {
    /// With this headcount (the nearest in the runner-up's range), and `add` more of `from` when the
    /// headcount alone is not enough.
    Headcount { headcount: u32, add: usize, from: Vec<Need> },
    /// Ticking `count` more of these needs (any of them).
    AddNeeds { count: usize, from: Vec<Need> },
    /// Unticking `count` of these ticked needs (any of them).
    DropNeeds { count: usize, from: Vec<Need> },
}

/// The type that comes second and is within reach, with what would make it win.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunnerUp {
    pub ty: CtoType,
    pub tips: Vec<Tip>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub outcome: Outcome,
    /// The type the headcount alone gives.
    pub size_type: CtoType,
    /// Indexed by `CtoType::index`.
    pub scores: [u32; 3],
    /// Every point given, in the order of the answers (size, team, stage, needs).
    pub points: Vec<Point>,
    pub runner_up: Option<RunnerUp>,
}

impl Assessment {
    pub fn score(&self, ty: CtoType) -> u32 {
        self.scores[ty.index()]
    }
}

/// Every point a profile earns, in the order of the answers.
pub fn points(profile: &Profile, headcount: u32) -> Vec<Point> {
    let mut points = vec![Point {
        to: CtoType::for_headcount(headcount),
        points: SIZE_POINTS,
        reason: Reason::SizeRange(headcount),
    }];
    points.extend(NEAR_ZONES.iter().filter(|(from, to, _)| (*from..=*to).contains(&headcount)).map(|(_, _, ty)| {
        Point { to: *ty, points: NEAR_BOUND_POINTS, reason: Reason::NearBound(headcount) }
    }));
    if let Some(tech) = profile.tech {
        points.push(Point { to: type_for_tech(tech), points: ANSWER_POINTS, reason: Reason::TechTeam(tech) });
    }
    if let Some(stage) = profile.stage {
        points.push(Point { to: CtoType::for_stage(stage), points: ANSWER_POINTS, reason: Reason::Stage(stage) });
    }
    points.extend(profile.needs.iter().filter_map(|need| {
        CtoType::for_need(need).map(|to| Point { to, points: ANSWER_POINTS, reason: Reason::Need(need) })
    }));
    points
}

/// Scores a profile; `None` until a headcount is known.
pub fn assess(profile: &Profile) -> Option<Assessment> {
    let (outcome, size_type, scores, points) = rank(profile)?;
    let runner_up = runner_up(profile, outcome, size_type, &scores, &points);
    Some(Assessment { outcome, size_type, scores, points, runner_up })
}

/// The outcome alone, without looking for a runner-up (used to test what-ifs).
pub fn outcome(profile: &Profile) -> Option<Outcome> {
    rank(profile).map(|(outcome, ..)| outcome)
}

/// The types best first: highest score; on a tie, the one nearest the headcount's own type, then the
/// smaller company's type.
fn order(scores: &[u32; 3], size_type: CtoType) -> [CtoType; 3] {
    let mut types = CtoType::ALL;
    types.sort_by_key(|ty| (std::cmp::Reverse(scores[ty.index()]), ty.index().abs_diff(size_type.index()), ty.index()));
    types
}

fn rank(profile: &Profile) -> Option<(Outcome, CtoType, [u32; 3], Vec<Point>)> {
    let headcount = profile.headcount?;
    let points = points(profile, headcount);
    let mut scores = [0; 3];
    for point in &points {
        scores[point.to.index()] += point.points;
    }
    let size_type = CtoType::for_headcount(headcount);
    let only_no_cto_needs = !profile.needs.is_empty() && profile.needs.iter().all(|n| CtoType::for_need(n).is_none());
    let outcome = if only_no_cto_needs { Outcome::NoCto } else { Outcome::Cto(order(&scores, size_type)[0]) };
    Some((outcome, size_type, scores, points))
}

fn runner_up(
    profile: &Profile,
    outcome: Outcome,
    size_type: CtoType,
    scores: &[u32; 3],
    points: &[Point],
) -> Option<RunnerUp> {
    let winner = match outcome {
        // With no CTO needed, the closest is the type a CTO would be, given one CTO need.
        Outcome::NoCto => None,
        Outcome::Cto(ty) => Some(ty),
    };
    let near_bound = |ty: CtoType| points.iter().any(|p| p.to == ty && matches!(p.reason, Reason::NearBound(_)));
    let within_reach = |ty: CtoType| match winner {
        None => true,
        Some(w) => ty != w && scores[ty.index()] > 0 && (scores[w.index()] - scores[ty.index()] <= REACH || near_bound(ty)),
    };
    order(scores, size_type).into_iter().filter(|ty| within_reach(*ty)).find_map(|ty| {
        let tips = tips(profile, winner, ty);
        (!tips.is_empty()).then_some(RunnerUp { ty, tips })
    })
}

/// Each kind of change that makes `target` the outcome, checked by scoring the changed profile.
fn tips(profile: &Profile, winner: Option<CtoType>, target: CtoType) -> Vec<Tip> {
    let wins = |changed: &Profile| outcome(changed) == Some(Outcome::Cto(target));
    let to_add: Vec<Need> = target.needs().filter(|n| !profile.needs.contains(*n)).collect();
    let mut tips = Vec::new();
    if let Some(headcount) = profile.headcount {
        let (low, high) = target.size_range();
        let nearest = headcount.clamp(low, high);
        let moved = Profile { headcount: Some(nearest), ..*profile };
        if nearest != headcount && profile.tech.is_none_or(|tech| tech <= nearest) {
            if let Some(add) = fewest(&moved, &to_add, NeedSet::with, wins) {
                tips.push(Tip::Headcount { headcount: nearest, add, from: to_add.clone() });
            }
        }
    }
    if let Some(count) = fewest(profile, &to_add, NeedSet::with, wins) {
        tips.push(Tip::AddNeeds { count, from: to_add });
    }
    if let Some(winner) = winner {
        let to_drop: Vec<Need> = winner.needs().filter(|n| profile.needs.contains(*n)).collect();
        if let Some(count) = fewest(profile, &to_drop, NeedSet::without, wins) {
            tips.push(Tip::DropNeeds { count, from: to_drop });
        }
    }
    tips
}

/// The fewest of `needs` (none up to `MAX_TIP_NEEDS`, taken in order) that `change` must apply to
/// `base` for `wins` to hold. Every need of one type weighs the same, so any `count` of them does what
/// the first `count` do.
fn fewest(
    base: &Profile,
    needs: &[Need],
    change: fn(NeedSet, Need) -> NeedSet,
    wins: impl Fn(&Profile) -> bool,
) -> Option<usize> {
    (0..=needs.len().min(MAX_TIP_NEEDS)).find(|count| {
        wins(&Profile { needs: needs[..*count].iter().copied().fold(base.needs, change), ..*base })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::profile::NeedSet;
    use CtoType::*;

    fn profile(headcount: u32, stage: Option<Stage>, needs: &[Need]) -> Profile {
        Profile { headcount: Some(headcount), stage, needs: needs.iter().copied().collect(), ..Profile::default() }
    }

    fn assessed(p: &Profile) -> Assessment {
        assess(p).expect("a headcount gives a result")
    }

    #[test]
    fn no_headcount_no_result() {
        let p = Profile { stage: Some(Stage::Mvp), needs: NeedSet::default().with(Need::Budget), ..Profile::default() };
        assert_eq!(assess(&p), None);
    }

    #[test]
    fn size_alone_follows_the_source_bounds() {
        let cases: &[(u32, CtoType, Option<CtoType>)] = &[
            (1, Hacker, None),
            (7, Hacker, None),
            (8, Hacker, Some(Stabilizer)),
            (9, Hacker, Some(Stabilizer)),
            (10, Stabilizer, Some(Hacker)),
            (11, Stabilizer, Some(Hacker)),
            (13, Stabilizer, None),
            (30, Stabilizer, None),
            (45, Stabilizer, Some(Industrializer)),
            (50, Stabilizer, Some(Industrializer)),
            (51, Industrializer, Some(Stabilizer)),
            (55, Industrializer, Some(Stabilizer)),
            (61, Industrializer, None),
            (1_000_000, Industrializer, None),
        ];
        for (headcount, ty, runner_up) in cases {
            let a = assessed(&profile(*headcount, None, &[]));
            assert_eq!(a.outcome, Outcome::Cto(*ty), "{headcount} people");
            assert_eq!(a.runner_up.map(|r| r.ty), *runner_up, "runner-up at {headcount} people");
        }
    }

    #[test]
    fn near_a_bound_the_tip_is_the_bound_itself() {
        let tips = |headcount| assessed(&profile(headcount, None, &[])).runner_up.map(|r| r.tips);
        assert!(matches!(tips(9).as_deref(), Some([Tip::Headcount { headcount: 10, add: 0, .. }, ..])), "9");
        assert!(matches!(tips(10).as_deref(), Some([Tip::Headcount { headcount: 9, add: 0, .. }, ..])), "10");
        assert!(matches!(tips(50).as_deref(), Some([Tip::Headcount { headcount: 51, add: 0, .. }, ..])), "50");
        assert!(matches!(tips(51).as_deref(), Some([Tip::Headcount { headcount: 50, add: 0, .. }, ..])), "51");
    }

    #[test]
    fn every_point_comes_from_a_named_answer() {
        let p = Profile {
            headcount: Some(45),
            tech: Some(6),
            stage: Some(Stage::Scaling),
            needs: [Need::Investors, Need::Processes, Need::InternalIt].into_iter().collect(),
            lang: None,
        };
        let a = assessed(&p);
        let reasons: Vec<(CtoType, u32, Reason)> = a.points.iter().map(|p| (p.to, p.points, p.reason)).collect();
        assert_eq!(
            reasons,
            vec![
                (Stabilizer, 4, Reason::SizeRange(45)),
                (Industrializer, 2, Reason::NearBound(45)),
                (Stabilizer, 1, Reason::TechTeam(6)),
                (Stabilizer, 1, Reason::Stage(Stage::Scaling)),
                (Industrializer, 1, Reason::Need(Need::Processes)),
                (Industrializer, 1, Reason::Need(Need::Investors)),
            ]
        );
        for ty in CtoType::ALL {
            let sum: u32 = a.points.iter().filter(|p| p.to == ty).map(|p| p.points).sum();
            assert_eq!(a.score(ty), sum, "{ty:?}'s score is the sum of its points");
        }
    }

    #[test]
    fn needs_can_outweigh_size() {
        let p = profile(45, None, &[Need::Investors, Need::Processes, Need::Budget]);
        let a = assessed(&p);
        assert_eq!(a.outcome, Outcome::Cto(Industrializer));
        assert_eq!(a.runner_up.map(|r| r.ty), Some(Stabilizer));
    }

    #[test]
    fn a_tie_goes_to_the_headcount_type() {
        let a = assessed(&profile(45, None, &[Need::Investors, Need::Processes]));
        assert_eq!((a.score(Stabilizer), a.score(Industrializer)), (4, 4));
        assert_eq!(a.outcome, Outcome::Cto(Stabilizer));
        let runner_up = a.runner_up.expect("industrializer is one need away");
        assert_eq!(runner_up.ty, Industrializer);
        assert!(matches!(runner_up.tips[0], Tip::Headcount { headcount: 51, add: 0, .. }));
        assert!(runner_up.tips.iter().any(|t| matches!(t, Tip::AddNeeds { count: 1, from } if from.contains(&Need::Budget))));
        assert!(!runner_up.tips.iter().any(|t| matches!(t, Tip::DropNeeds { .. })), "no stabilizer need is ticked");
    }

    #[test]
    fn drop_tips_name_the_winners_needs() {
        // 9 people (a hacker's size), pulled to stabilizer by the stage and three stabilizer needs.
        let p = profile(9, Some(Stage::Scaling), &[Need::HireTeam, Need::OrganizeDelivery, Need::Scalability]);
        let a = assessed(&p);
        assert_eq!(a.outcome, Outcome::Cto(Stabilizer));
        let runner_up = a.runner_up.expect("hacker is within reach");
        assert_eq!(runner_up.ty, Hacker);
        assert!(runner_up.tips.iter().any(|t| matches!(t, Tip::DropNeeds { count, from } if *count >= 1 && from.contains(&Need::HireTeam))));
    }

    #[test]
    fn only_equipment_and_support_needs_call_for_no_cto() {
        for headcount in [3, 20, 400] {
            let a = assessed(&profile(headcount, Some(Stage::Established), &[Need::InternalIt]));
            assert_eq!(a.outcome, Outcome::NoCto, "{headcount} people");
            let runner_up = a.runner_up.expect("a CTO need would change it");
            assert_eq!(runner_up.ty, CtoType::for_headcount(headcount), "{headcount} people");
            assert!(matches!(&runner_up.tips[..], [Tip::AddNeeds { count: 1, .. }]), "{:?}", runner_up.tips);
        }
    }

    #[test]
    fn internal_it_beside_a_cto_need_still_calls_for_a_cto() {
        let a = assessed(&profile(5, None, &[Need::InternalIt, Need::FirstVersion]));
        assert_eq!(a.outcome, Outcome::Cto(Hacker));
    }

    #[test]
    fn a_clear_result_has_no_runner_up() {
        let a = assessed(&profile(30, Some(Stage::Launched), &[Need::HireTeam]));
        assert_eq!((a.outcome, a.runner_up), (Outcome::Cto(Stabilizer), None));
    }

    #[test]
    fn every_tip_really_tips() {
        for headcount in [1, 5, 8, 9, 10, 12, 25, 40, 45, 50, 51, 58, 70, 5000] {
            for stage in [None, Some(Stage::Idea), Some(Stage::Scaling), Some(Stage::Established)] {
                for needs in [&[][..], &[Need::Budget], &[Need::FirstVersion, Need::Product], &[Need::InternalIt]] {
                    let p = profile(headcount, stage, needs);
                    let Some(runner_up) = assessed(&p).runner_up else { continue };
                    for tip in &runner_up.tips {
                        let changed = match tip {
                            Tip::Headcount { headcount, add, from } => Profile {
                                headcount: Some(*headcount),
                                needs: from.iter().take(*add).fold(p.needs, |s, n| s.with(*n)),
                                ..p
                            },
                            Tip::AddNeeds { count, from } => Profile { needs: from.iter().take(*count).fold(p.needs, |s, n| s.with(*n)), ..p },
                            Tip::DropNeeds { count, from } => Profile { needs: from.iter().rev().take(*count).fold(p.needs, |s, n| s.without(*n)), ..p },
                        };
                        assert_eq!(outcome(&changed), Some(Outcome::Cto(runner_up.ty)), "{tip:?} for {p:?}");
                    }
                }
            }
        }
    }

    /// The career stories of domain.md, as profiles a visitor in their shoes would enter.
    #[test]
    fn persona_stories() {
        let cases: &[(&str, Profile, Outcome)] = &[
            (
                "000: co-founding a startup as its first CTO, product still to build",
                profile(3, Some(Stage::Idea), &[Need::FirstVersion, Need::TechChoices, Need::Product]),
                Outcome::Cto(Hacker),
            ),
            (
                "001: a five-person cooperative web agency growing new products, hands-on",
                Profile { tech: Some(2), ..profile(5, Some(Stage::Launched), &[Need::Infrastructure, Need::FirstVersion, Need::Product]) },
                Outcome::Cto(Hacker),
            ),
            (
                "004: Adriver, 45 employees, 2M EUR raised, scaling its team",
                Profile { tech: Some(8), ..profile(45, Some(Stage::Scaling), &[Need::HireTeam, Need::Scalability, Need::Investors]) },
                Outcome::Cto(Stabilizer),
            ),
            (
                "004: a company past 50 people wanting vision and processes",
                Profile { tech: Some(25), ..profile(120, Some(Stage::Established), &[Need::Processes, Need::Roadmap, Need::Budget]) },
                Outcome::Cto(Industrializer),
            ),
            (
                "003: a firm whose needs are equipment and IT support only",
                profile(20, Some(Stage::Established), &[Need::InternalIt]),
                Outcome::NoCto,
            ),
        ];
        for (story, p, expected) in cases {
            assert_eq!(assessed(p).outcome, *expected, "{story}");
        }
        let adriver = assessed(&cases[2].1);
        let runner_up = adriver.runner_up.expect("45 is near the 50 bound");
        assert_eq!(runner_up.ty, Industrializer);
        assert!(matches!(runner_up.tips[..], [Tip::Headcount { headcount: 51, add: 1, .. }]), "{:?}", runner_up.tips);
    }
}
