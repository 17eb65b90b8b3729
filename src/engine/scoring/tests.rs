//! The scoring model's tests: the source's bounds, the rule for "no CTO", runner-ups and tips, and the
//! calibration table of realistic companies, each expected outcome argued from the sources.

use super::*;
use crate::engine::codec::checked;
use CtoType::*;

fn profile(fragment: &str) -> Profile {
    checked(fragment)
}

fn assessed(fragment: &str) -> Assessment {
    assess(&profile(fragment)).expect("a headcount gives a result")
}

fn ids(a: &Assessment) -> (&'static str, Option<&'static str>) {
    (a.outcome.id(), a.runner_up.as_ref().map(|r| r.ty.id()))
}

/// One company: its answers as a link, the expected outcome and runner-up, and why.
struct Case {
    company: &'static str,
    fragment: &'static str,
    outcome: &'static str,
    runner_up: Option<&'static str>,
    why: &'static str,
}

const fn case(company: &'static str, fragment: &'static str, outcome: &'static str, runner_up: Option<&'static str>, why: &'static str) -> Case {
    Case { company, fragment, outcome, runner_up, why }
}

/// Realistic companies beyond textbook startups (the README summarizes this table).
const CALIBRATION: &[Case] = &[
    // Textbook startups and the seeds' own stories.
    case(
        "solo founder with an idea",
        "headcount=2&stage=idea&software=product&needs=first-version,tech-choices",
        "hacker",
        None,
        "004: under 10, the CTO builds the first version alone",
    ),
    case(
        "seed 000: co-founder CTO, product to build",
        "headcount=3&tech=0&stage=idea&software=product&needs=first-version,tech-choices,product",
        "hacker",
        None,
        "000 co-founded as CTO with everything to build",
    ),
    case(
        "seed 001: 5-person cooperative web agency",
        "headcount=5&tech=2&stage=launched&software=product&needs=infrastructure,first-version,product",
        "hacker",
        None,
        "001 ran production hands-on in a very small company",
    ),
    case(
        "Adriver (004): 45 people, 2M raised, scaling",
        "headcount=45&tech=8&stage=scaling&software=product&needs=hire-team,scalability,investors",
        "stabilizer",
        None,
        "004: 10 to 50 people, a growing team to build and train; 45 is near 50, said in the reasons",
    ),
    case(
        "120-person company wanting vision and processes",
        "headcount=120&tech=25&stage=established&needs=processes,roadmap,budget",
        "industrializer",
        None,
        "004: past 50, a management post: strategy and processes",
    ),
    case(
        "MVP with investors and clients to face",
        "headcount=3&tech=0&stage=mvp&software=product&needs=first-version,investors,clients",
        "hacker",
        None,
        "004: investors and clients are every CTO's missions; they do not make a 3-person startup an industrializer",
    ),
    case(
        "IoT startup, 3 engineers at MVP",
        "headcount=6&tech=3&stage=mvp&software=product&needs=first-version,product,data",
        "hacker",
        None,
        "a 6-person team still building: the CTO codes",
    ),
    case(
        "launched startup, 10 people, 3 developers",
        "headcount=10&tech=3&stage=launched",
        "hacker",
        Some("stabilizer"),
        "10 is the source's bound, but with 3 developers the CTO still codes; the headcount keeps the stabilizer in view",
    ),
    case(
        "startup of 8 with 5 engineers, delivery and quality",
        "headcount=8&tech=5&stage=launched&needs=organize-delivery,quality-security",
        "stabilizer",
        Some("hacker"),
        "5 engineers to organise is a stabilizer's team; the headcount alone says hacker",
    ),
    case(
        "established 8-person SaaS, 5 developers",
        "headcount=8&tech=5&stage=established&software=product&needs=quality-security,scalability",
        "stabilizer",
        Some("hacker"),
        "a mature product and a team of 5 call for rigour, not for more hands",
    ),
    case(
        "marketplace, 18 people, 4 engineers, growing",
        "headcount=18&tech=4&stage=launched&software=product&needs=scalability,hire-team,roadmap",
        "stabilizer",
        None,
        "004: 10 to 50 people, a team to grow and an architecture to make scalable",
    ),
    case(
        "SaaS, 60 people, 12 engineers, scaling",
        "headcount=60&tech=12&stage=scaling&software=product&needs=hire-team,organize-delivery",
        "stabilizer",
        Some("industrializer"),
        "12 engineers is one team to structure; the headcount alone says industrializer",
    ),
    case(
        "SaaS, 150 people, 45 engineers",
        "headcount=150&tech=45&stage=scaling&software=product&needs=hire-team,processes,scalability",
        "industrializer",
        None,
        "45 engineers are led through managers, with company-wide processes",
    ),
    case(
        "scale-up, 250 people, 60 engineers",
        "headcount=250&tech=60&stage=scaling&software=product&needs=hire-team,organize-delivery,scalability",
        "industrializer",
        None,
        "with 60 engineers, hiring, delivery and scale are organization design, led through managers",
    ),
    // Fast raises still at MVP, and companies with a team out of proportion.
    case(
        "fast raise still at MVP: 35 people, 6 engineers",
        "headcount=35&tech=6&stage=mvp&software=product&needs=first-version,hire-team,scalability",
        "stabilizer",
        None,
        "the money is there: the job is to grow a team while shipping",
    ),
    case(
        "funded idea: 15 people, nobody in tech yet",
        "headcount=15&tech=0&stage=idea&software=product&needs=first-version,hire-team",
        "hacker",
        Some("stabilizer"),
        "nothing built and nobody to lead: a builder first, who will hire",
    ),
    case(
        "corporate spin-off, 20 people, no tech team",
        "headcount=20&tech=0&stage=idea&software=product&needs=first-version,tech-choices,investors",
        "hacker",
        Some("stabilizer"),
        "the product does not exist yet: a builder, whatever the headcount",
    ),
    case(
        "dev studio of 12 with 10 engineers",
        "headcount=12&tech=10&stage=launched&software=product&needs=organize-delivery",
        "stabilizer",
        None,
        "10 engineers to organise, in a tiny company",
    ),
    case(
        "tiny team of engineers: 4 people, all engineers",
        "headcount=4&tech=4&stage=mvp&software=product&needs=infrastructure,quality-security",
        "hacker",
        None,
        "everyone codes, the CTO included",
    ),
    case(
        "40-person software house with 30 engineers",
        "headcount=40&tech=30&stage=established&software=product&needs=organize-delivery,quality-security",
        "industrializer",
        Some("stabilizer"),
        "30 engineers need managers between them and the CTO; the headcount and the needs keep the stabilizer close",
    ),
    case(
        "40-person company with 2 developers",
        "headcount=40&tech=2&stage=launched&software=product",
        "hacker",
        Some("stabilizer"),
        "the CTO will build with 2 developers before leading a team; the headcount says stabilizer",
    ),
    case(
        "game studio, 45 people, 35 developers",
        "headcount=45&tech=35&stage=launched&software=product&needs=organize-delivery,hire-team",
        "industrializer",
        Some("stabilizer"),
        "35 developers are four or five teams with leads: hiring and delivery go through managers; the headcount says stabilizer",
    ),
    // Agencies and firms whose software is not the product.
    case(
        "web agency, 25 people, 15 developers",
        "headcount=25&tech=15&stage=established&software=product&needs=organize-delivery,clients,quality-security",
        "stabilizer",
        None,
        "a delivery team to run with rigour; clients are every CTO's mission",
    ),
    case(
        "digital agency, 120 people, 80 developers",
        "headcount=120&tech=80&stage=established&software=product&needs=processes,hire-team,clients",
        "industrializer",
        None,
        "a department of 80 run through managers and processes",
    ),
    case(
        "retailer of 200 with a 6-person e-commerce team",
        "headcount=200&tech=6&stage=launched&software=support&needs=scalability,data,roadmap",
        "stabilizer",
        Some("industrializer"),
        "the CTO leads 6 people and makes the shop scale; the headcount alone says industrializer",
    ),
    case(
        "160-person firm, no tech team, wants its first app",
        "headcount=160&tech=0&stage=established&software=support&needs=first-version,product",
        "hacker",
        Some("industrializer"),
        "a process manager for a team that does not exist is the wrong hire: someone builds first",
    ),
    case(
        "manufacturer of 500, digital transformation, no tech team",
        "headcount=500&tech=0&stage=established&software=support&needs=roadmap,change,processes",
        "none",
        Some("industrializer"),
        "a change across a business that sells no software, with nobody building: a CIO (DSI), not a startup CTO",
    ),
    case(
        "400-person firm building a data team from scratch",
        "headcount=400&tech=0&stage=established&software=support&needs=data,hire-team",
        "stabilizer",
        Some("industrializer"),
        "with nobody yet and a team to hire, the first lead builds the data platform and the team; the size keeps the industrializer in view",
    ),
    case(
        "consulting firm of 70 with 3 developers on an internal tool",
        "headcount=70&tech=3&stage=launched&software=internal&needs=first-version",
        "hacker",
        Some("industrializer"),
        "something to build with 3 developers: a hands-on lead, not a department head",
    ),
    case(
        "e-commerce SME of 25 with 1 developer",
        "headcount=25&tech=1&stage=launched&software=support&needs=infrastructure,quality-security",
        "hacker",
        Some("stabilizer"),
        "one developer and a shop to keep running: a hands-on lead",
    ),
    case(
        "public agency of 600, 20 in tech",
        "headcount=600&tech=20&stage=established&software=support&needs=processes,quality-security,change",
        "none",
        Some("industrializer"),
        "twenty in IT beside the business, a change to lead: its IT department's, under a CIO (cto30: a change in an organisation that sells no software is a CIO's)",
    ),
    // IT operations only: no CTO.
    case(
        "seed 003: a firm needing equipment and IT support only",
        "headcount=20&stage=established&needs=internal-it",
        "none",
        Some("hacker"),
        "003's path is IT operations, not a CTO's; a build would start with nobody in tech, so with a builder",
    ),
    case(
        "small office, no tech team: servers and staff IT",
        "headcount=12&tech=0&stage=established&needs=infrastructure,internal-it",
        "none",
        Some("hacker"),
        "servers and laptops are a managed IT provider's job; a build would start with a builder, as nobody is in tech",
    ),
    case(
        "the same office adding security",
        "headcount=12&tech=0&stage=established&needs=infrastructure,internal-it,quality-security",
        "none",
        Some("hacker"),
        "security of the office's IT is still IT operations",
    ),
    case(
        "accounting firm of 80, staff tools only",
        "headcount=80&stage=established&software=internal",
        "none",
        Some("hacker"),
        "no product, no tech team: an IT manager and a provider; a build would start with a builder",
    ),
    case(
        "logistics company of 300, IT staff of 4",
        "headcount=300&tech=4&stage=established&software=internal&needs=infrastructure,quality-security,budget,internal-it",
        "none",
        Some("hacker"),
        "its 4 IT staff run operations: an IT director (DSI), not a CTO",
    ),
    case(
        "hotel group of 250, booking site run by an agency",
        "headcount=250&tech=0&stage=established&software=support&needs=internal-it,infrastructure",
        "none",
        Some("hacker"),
        "nothing to build and nobody to lead: an IT manager",
    ),
    case("nonprofit of 40, staff tools only", "headcount=40&tech=0&software=internal&needs=internal-it", "none", Some("hacker"), "a managed IT provider"),
    case(
        "law firm of 150",
        "headcount=150&stage=established&software=internal&needs=internal-it,quality-security,budget",
        "none",
        Some("hacker"),
        "an IT manager with a budget and security to keep",
    ),
    case(
        "industrial group of 3,000, no product team",
        "headcount=3000&tech=0&stage=established&software=support&needs=internal-it,infrastructure,quality-security",
        "none",
        Some("hacker"),
        "a DSI runs this, with an IT team",
    ),
    // Size alone follows the source's bounds; near a bound the other side is named.
    case("9 people, nothing else said", "headcount=9", "hacker", Some("stabilizer"), "004: under 10; 9 is near the bound"),
    case("11 people, nothing else said", "headcount=11", "stabilizer", Some("hacker"), "004: 10 to 50; 11 is near the bound"),
    case("30 people, nothing else said", "headcount=30", "stabilizer", None, "004: 10 to 50"),
    case("55 people, nothing else said", "headcount=55", "industrializer", Some("stabilizer"), "004: over 50; 55 is near the bound"),
    case("1 person at the idea stage", "headcount=1&stage=idea", "hacker", None, "004: under 10, nothing built"),
    // Far past the startup typology.
    case(
        "bank of 2,000, 300 in tech",
        "headcount=2000&tech=300&stage=established&software=support&needs=processes,roadmap,budget,change",
        "industrializer",
        None,
        "a group CTO's job, past the typology, said so",
    ),
    case(
        "software vendor of 5,000",
        "headcount=5000&tech=1500&stage=established&software=product&needs=roadmap,investors,processes",
        "industrializer",
        None,
        "a group CTO's job, past the typology, said so",
    ),
    case("a million people, nothing else said", "headcount=1000000", "industrializer", None, "past the typology, said so"),
    case(
        "corporate of 2,000 building its first product",
        "headcount=2000&tech=0&stage=idea&software=product&needs=first-version,product",
        "hacker",
        Some("industrializer"),
        "a new venture inside a group: a builder, and the note that the group's own CTO is another job",
    ),
];

#[test]
fn calibration_table() {
    assert!(CALIBRATION.len() >= 40);
    let mut misses = Vec::new();
    for c in CALIBRATION {
        let a = assessed(c.fragment);
        if ids(&a) != (c.outcome, c.runner_up) {
            misses.push(format!("{}: expected {} / {:?}, got {:?} — {} (scores {:?})", c.company, c.outcome, c.runner_up, ids(&a), c.why, a.scores));
        }
    }
    assert!(misses.is_empty(), "{} of {} disagree:\n{}", misses.len(), CALIBRATION.len(), misses.join("\n"));
}

#[test]
fn no_headcount_no_result() {
    assert_eq!(assess(&profile("stage=mvp&needs=budget")), None);
}

#[test]
fn size_alone_follows_the_source_bounds() {
    let cases: &[(u32, CtoType, Option<CtoType>)] = &[
        (1, Hacker, None),
        (7, Hacker, None),
        (8, Hacker, Some(Stabilizer)),
        (9, Hacker, Some(Stabilizer)),
        (10, Stabilizer, Some(Hacker)),
        (12, Stabilizer, Some(Hacker)),
        (13, Stabilizer, None),
        (39, Stabilizer, None),
        (40, Stabilizer, Some(Industrializer)),
        (50, Stabilizer, Some(Industrializer)),
        (51, Industrializer, Some(Stabilizer)),
        (60, Industrializer, Some(Stabilizer)),
        (61, Industrializer, None),
        (1_000_000, Industrializer, None),
    ];
    for (headcount, ty, runner_up) in cases {
        let a = assessed(&format!("headcount={headcount}"));
        assert_eq!(a.outcome, Outcome::Cto(*ty), "{headcount} people");
        assert_eq!(a.runner_up.map(|r| r.ty), *runner_up, "runner-up at {headcount} people");
    }
}

#[test]
fn near_a_bound_the_tip_is_the_bound_itself() {
    let tips = |headcount: u32| assessed(&format!("headcount={headcount}")).runner_up.map(|r| r.tips).unwrap_or_default();
    for (headcount, bound) in [(9, 10), (10, 9), (50, 51), (51, 50), (45, 51), (58, 50)] {
        assert!(tips(headcount).contains(&Tip::Headcount(bound)), "{headcount}: {:?}", tips(headcount));
    }
}

#[test]
fn headcount_tips_stay_within_a_quarter() {
    // 70 people would be a stabilizer at 50, but that is no plan for a company of 70.
    let a = assessed("headcount=70&needs=hire-team,organize-delivery");
    assert_eq!(a.outcome, Outcome::Cto(Stabilizer), "{:?}", a.scores);
    let r = a.runner_up.expect("the headcount's own type is named when overridden");
    assert!((r.ty, r.by_size) == (Industrializer, true));
    assert!(!r.tips.iter().any(|t| matches!(t, Tip::Headcount(_))), "{:?}", r.tips);
    let big = assessed("headcount=45120");
    assert!(big.runner_up.is_none(), "nothing near 45,120 people changes the type");
}

#[test]
fn the_headcounts_type_is_named_when_other_answers_override_it() {
    let a = assessed("headcount=160&tech=0&needs=first-version");
    assert_eq!(a.outcome, Outcome::Cto(Hacker));
    let r = a.runner_up.expect("runner-up");
    assert_eq!((r.ty, r.by_size), (Industrializer, true));
}

#[test]
fn a_type_far_behind_is_never_named_even_near_a_bound() {
    // 45 people is near 50, but a team of 8 and three stabilizer needs leave the industrializer far behind.
    let a = assessed("headcount=45&tech=8&stage=scaling&needs=hire-team,scalability,organize-delivery");
    assert_eq!(a.outcome, Outcome::Cto(Stabilizer));
    assert_eq!(a.runner_up, None, "{:?}", a.scores);
    assert!(a.points.iter().any(|p| matches!(p.reason, Reason::NearBound { headcount: 45, bound: 50 })), "the bound is still said");
}

#[test]
fn the_team_the_cto_leads_weighs_more_than_the_headcount() {
    let house = assessed("headcount=40&tech=30");
    let thin = assessed("headcount=40&tech=2");
    assert_eq!(house.outcome, Outcome::Cto(Industrializer));
    assert_eq!(thin.outcome, Outcome::Cto(Hacker));
    const { assert!(TEAM_POINTS >= SIZE_POINTS) };
}

#[test]
fn a_tech_team_within_reach_is_a_tip() {
    let a = assessed("headcount=40&tech=2&stage=launched");
    let r = a.runner_up.expect("the headcount's stabilizer");
    assert_eq!(r.ty, Stabilizer);
    assert!(r.tips.contains(&Tip::TechTeam(5)), "{:?}", r.tips);
    assert!(r.tips.iter().any(|t| matches!(t, Tip::AddNeeds { needs, .. } if needs.contains(&Need::HireTeam))), "{:?}", r.tips);
}

#[test]
fn untick_tips_name_needs_that_pull_to_the_winner() {
    let a = assessed("headcount=9&stage=scaling&needs=hire-team,organize-delivery");
    assert_eq!(a.outcome, Outcome::Cto(Stabilizer));
    let r = a.runner_up.expect("hacker is the headcount's type");
    assert_eq!(r.ty, Hacker);
    let drop = r.tips.iter().find_map(|t| match t {
        Tip::DropNeeds { needs, .. } => Some(needs.clone()),
        _ => None,
    });
    let drop = drop.expect("a drop tip");
    assert!(drop.iter().all(|n| [Need::HireTeam, Need::OrganizeDelivery].contains(n)), "{drop:?}");
}

#[test]
fn every_need_pulls_by_what_it_implies() {
    // Building, structuring, steering: every need but the universal missions pulls somewhere.
    let universal = [Need::Budget, Need::Investors, Need::Clients, Need::InternalIt];
    for need in Need::ALL {
        for tech in [None, Some(0), Some(TEAM_LARGE)] {
            assert_eq!(need_pulls(need, tech).is_empty(), universal.contains(&need), "{need:?}");
        }
    }
    assert_eq!(need_pulls(Need::Roadmap, None).len(), 2, "seed 002: the roadmap matters from right after the MVP");
    assert_eq!(need_pulls(Need::HireTeam, Some(TEAM_LARGE - 1)), &[(Stabilizer, 2)]);
    assert_eq!(need_pulls(Need::HireTeam, Some(TEAM_LARGE)), &[(Industrializer, 2)], "hiring at department scale goes through managers");
}

#[test]
fn it_operations_needs_with_nothing_to_build_call_for_no_cto() {
    let none = [
        "headcount=12&tech=0&needs=infrastructure,internal-it",
        "headcount=12&needs=infrastructure,internal-it,quality-security",
        "headcount=400&stage=established&needs=internal-it",
        "headcount=40&software=internal",
        "headcount=300&tech=6&software=internal&needs=infrastructure,budget",
    ];
    for fragment in none {
        assert_eq!(assessed(fragment).outcome, Outcome::NoCto, "{fragment}");
    }
    let cto = [
        ("headcount=12&tech=3&needs=infrastructure,internal-it", "a tech team to lead"),
        ("headcount=12&software=product&needs=infrastructure", "software is the product"),
        ("headcount=12&stage=mvp&needs=infrastructure", "a first version being built"),
        ("headcount=12&needs=infrastructure,first-version", "something to build"),
        ("headcount=12&needs=budget", "a budget alone is no IT operations need"),
        ("headcount=5&needs=internal-it,first-version", "staff IT beside a build"),
    ];
    for (fragment, why) in cto {
        assert_ne!(assessed(fragment).outcome, Outcome::NoCto, "{fragment}: {why}");
    }
}

#[test]
fn no_cto_names_the_type_a_build_would_need_and_how() {
    let a = assessed("headcount=20&stage=established&needs=internal-it");
    let r = a.runner_up.expect("a build would call for a CTO");
    assert_eq!((r.ty, r.assumes_no_team), (Hacker, true), "starting with nobody in tech");
    let given = assessed("headcount=20&tech=0&stage=established&needs=internal-it").runner_up.expect("runner-up");
    assert_eq!((given.ty, given.assumes_no_team), (Hacker, false));
    assert!(matches!(&r.tips[..], [Tip::AddNeeds { all: false, needs }, ..] if needs[0] == Need::FirstVersion), "{:?}", r.tips);
}

#[test]
fn past_the_typology_is_flagged() {
    assert!(!assessed(&format!("headcount={TYPOLOGY_END}")).beyond_typology);
    assert!(assessed(&format!("headcount={}", TYPOLOGY_END + 1)).beyond_typology);
}

#[test]
fn every_point_comes_from_a_named_answer() {
    let a = assessed("headcount=45&tech=6&stage=scaling&needs=investors,processes,roadmap,internal-it");
    let reasons: Vec<(CtoType, u32, Reason)> = a.points.iter().map(|p| (p.to, p.points, p.reason)).collect();
    assert_eq!(
        reasons,
        vec![
            (Stabilizer, 3, Reason::Size(45)),
            (Industrializer, 1, Reason::NearBound { headcount: 45, bound: 50 }),
            (Stabilizer, 4, Reason::Team(6)),
            (Stabilizer, 1, Reason::Stage(Stage::Scaling)),
            (Industrializer, 2, Reason::Need(Need::Processes)),
            (Stabilizer, 1, Reason::Need(Need::Roadmap)),
            (Industrializer, 1, Reason::Need(Need::Roadmap)),
        ]
    );
    for ty in CtoType::ALL {
        let sum: u32 = a.points.iter().filter(|p| p.to == ty).map(|p| p.points).sum();
        assert_eq!(a.score(ty), sum, "{ty:?}'s score is the sum of its points");
    }
}

/// Applies a tip to a profile, as a visitor would.
fn apply(p: &Profile, tip: &Tip) -> Vec<Profile> {
    match tip {
        Tip::AddNeeds { needs, all: false } => needs.iter().map(|n| Profile { needs: p.needs.with(*n), ..*p }).collect(),
        Tip::AddNeeds { needs, all: true } => vec![Profile { needs: needs.iter().fold(p.needs, |s, n| s.with(*n)), ..*p }],
        Tip::DropNeeds { needs, all: false } => needs.iter().map(|n| Profile { needs: p.needs.without(*n), ..*p }).collect(),
        Tip::DropNeeds { needs, all: true } => vec![Profile { needs: needs.iter().fold(p.needs, |s, n| s.without(*n)), ..*p }],
        Tip::Headcount(h) => vec![Profile { headcount: Some(*h), ..*p }],
        Tip::TechTeam(t) => vec![Profile { tech: Some(*t), ..*p }],
    }
}

#[test]
fn every_tip_really_tips_and_is_within_reach() {
    let mut checked = 0;
    for headcount in [1, 5, 8, 9, 10, 12, 25, 40, 45, 50, 51, 58, 70, 160, 5000] {
        for tech in [None, Some(0), Some(2), Some(6), Some(30)] {
            if tech.is_some_and(|t| t > headcount) {
                continue;
            }
            for stage in [None, Some(Stage::Idea), Some(Stage::Scaling), Some(Stage::Established)] {
                for needs in [&[][..], &[Need::Budget], &[Need::FirstVersion, Need::Product], &[Need::InternalIt], &[Need::HireTeam, Need::Processes]] {
                    let p = Profile { headcount: Some(headcount), tech, stage, needs: needs.iter().copied().collect(), ..Profile::default() };
                    let Some(r) = assess(&p).and_then(|a| a.runner_up) else { continue };
                    let p = if r.assumes_no_team { Profile { tech: Some(0), ..p } } else { p };
                    for tip in &r.tips {
                        match tip {
                            Tip::Headcount(h) => assert!(h.abs_diff(headcount) <= headcount / 4 + 1, "{tip:?} for {p:?}"),
                            Tip::TechTeam(t) => assert!(*t > tech.unwrap_or(0) && *t <= headcount, "{tip:?} for {p:?}"),
                            Tip::AddNeeds { needs, .. } | Tip::DropNeeds { needs, .. } => assert!(needs.len() <= 16 && !needs.is_empty()),
                        }
                        for changed in apply(&p, tip) {
                            assert_eq!(outcome(&changed), Some(Outcome::Cto(r.ty)), "{tip:?} for {p:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} tips checked");
}

/// Organisations that are not software startups and need another role than a CTO: their answers, the
/// route that names the role (`data-route`), and why (domain.md, "When the answer is not a CTO").
const OTHER_ROLES: &[(&str, &str, &str, &str)] = &[
    (
        "regional council, 120 in IT on staff tools, hiring and a roadmap",
        "headcount=4000&tech=120&stage=established&org=public&software=internal&needs=hire-team,roadmap",
        "cio",
        "an IT department of 120 hiring for itself: a CIO's seat, not an executive CTO",
    ),
    (
        "consultancy of 15, two in IT, data and a change",
        "headcount=15&tech=2&stage=established&org=sme&software=internal&needs=data,change",
        "audit",
        "two already run IT: a few days of an adviser and an analyst, not a CIO's seat",
    ),
    (
        "travel agency of 25, three developers on its booking site, hosting only",
        "headcount=25&tech=3&stage=established&org=sme&software=support&needs=infrastructure",
        "managed-hosting",
        "software that exists and runs: managed hosting or a DevOps freelancer, the senior developer as lead",
    ),
    (
        "charity of 12, nobody in tech, a donation site: a roadmap and a budget",
        "headcount=12&tech=0&stage=established&org=nonprofit&software=support&needs=roadmap,budget",
        "audit",
        "a few days of an experienced adviser to write and cost the roadmap, not a monthly CIO",
    ),
    (
        "construction firm of 50, nobody in tech, software unsaid: processes and a budget",
        "headcount=50&tech=0&stage=established&org=sme&needs=processes,budget",
        "cio",
        "nothing says there is a product: how the firm works is a CIO's (part time at this size), not a builder's",
    ),
    (
        "manufacturer of 200, nobody in tech, a budget only",
        "headcount=200&tech=0&stage=established&org=sme&needs=budget",
        "audit",
        "a cost review is a few days of an expert, not an 80 k€ builder",
    ),
    (
        "a group's distributor of 60, 3 in IT beside the business, staff IT and processes",
        "headcount=60&tech=3&stage=established&org=group&software=support&needs=internal-it,processes",
        "it-manager",
        "IT beside what it sells, steered by three people: an IT manager, backed by the group's IT or a part-time CIO, not an executive CTO",
    ),
    (
        "manufacturer of 300, 12 in IT, software unsaid: staff IT, a change and a roadmap",
        "headcount=300&tech=12&stage=established&org=sme&needs=change,roadmap,internal-it",
        "cio",
        "an IT department steering the business's tools: a CIO (DSI), not an executive CTO",
    ),
    (
        "online shop of 40, nobody in tech, wants its figures",
        "headcount=40&tech=0&stage=established&software=support&needs=data",
        "data-analyst",
        "reports and dashboards: a data analyst or a BI consultancy, not an 80 k€ stabilizer",
    ),
    (
        "family-owned retailer of 300, staff tools, data and a budget",
        "headcount=300&tech=0&stage=established&software=internal&needs=data,budget",
        "data-analyst",
        "nobody in IT even at 300: a senior analyst or a BI project first, the head of data once data is a team (cto86)",
    ),
    (
        "family-owned retailer of 300 with its IT team of four, data and a budget",
        "headcount=300&tech=4&stage=established&software=internal&needs=data,budget",
        "data-analyst",
        "its first dashboards beside an IT team of four: an analyst or a BI project first, the head of data once data is a team (fr102 C1)",
    ),
    (
        "non-profit of 60, donor reporting",
        "headcount=60&software=support&needs=data,clients",
        "data-analyst",
        "donors want figures: a data analyst, not a technology executive",
    ),
    (
        "health clinic of 30, health-data hosting compliance",
        "headcount=30&tech=0&stage=established&software=support&needs=quality-security",
        "security-consultant",
        "compliance for health data: a security consultant or a part-time CISO",
    ),
    (
        "SME of 80 preparing ISO 27001 for a client",
        "headcount=80&tech=0&stage=established&software=internal&needs=quality-security,clients",
        "security-consultant",
        "a certification a client asks for: a consultant for a few days a month",
    ),
    (
        "public body of 2,000, security and compliance",
        "headcount=2000&stage=established&software=internal&needs=quality-security,budget",
        "ciso",
        "at that size security is a full-time seat: a CISO (RSSI) beside the IT director",
    ),
    (
        "firm of 400 with staff tools, leading change",
        "headcount=400&tech=0&stage=established&software=internal&needs=change",
        "cio",
        "a change in how the firm works: a CIO (DSI), not an executive CTO \"before the board\"",
    ),
    (
        "local authority of 900, paperless processes and a roadmap",
        "headcount=900&stage=established&software=internal&needs=processes,roadmap,budget",
        "cio",
        "new processes across a public body: a DSI",
    ),
    (
        "family manufacturer of 150, ERP project",
        "headcount=150&tech=0&stage=established&software=support&needs=change,tech-choices",
        "cio",
        "choosing and rolling out an ERP is a CIO's project",
    ),
    (
        "retailer of 60 with 3 IT staff on its tools, new tools for the shops",
        "headcount=60&tech=3&stage=established&software=internal&needs=change,internal-it",
        "it-manager",
        "its 3 people run staff IT: an IT manager leads them, a part-time CIO backs the change; not a product team",
    ),
    (
        "agency-built app of a 15-person firm, hosting outgrown",
        "headcount=15&tech=0&stage=launched&software=product&needs=infrastructure",
        "managed-hosting",
        "the software exists and nobody builds it in-house: managed hosting or a DevOps freelancer",
    ),
    (
        "SaaS run by 8 non-technical founders, deployments hurt",
        "headcount=8&tech=0&stage=launched&software=product&needs=infrastructure,budget",
        "managed-hosting",
        "running what an agency built is an operations job",
    ),
    (
        "company of 20 about to raise, wants its stack reviewed",
        "headcount=20&tech=0&stage=launched&software=support&needs=tech-choices,investors",
        "audit",
        "a one-off review before a raise: a CTO for a few days, paid by the day",
    ),
    (
        "agency-built product, a due diligence coming",
        "headcount=12&tech=0&stage=launched&software=product&needs=tech-choices",
        "audit",
        "a question, not a seat: a few days of an experienced CTO",
    ),
    (
        "cooperative of 25, staff laptops and backups",
        "headcount=25&software=internal&needs=internal-it,infrastructure",
        "managed-it",
        "staff IT in a small cooperative: a managed IT provider",
    ),
    (
        "hospital of 1,200 with an IT team of 15",
        "headcount=1200&tech=15&stage=established&software=internal&needs=internal-it,infrastructure,data",
        "it-director",
        "an IT team running staff tools and reporting: an IT director with his team, not a CTO",
    ),
    (
        "online shop of 3, its platform and its figures",
        "headcount=3&tech=0&stage=launched&org=sme&software=support&needs=product,data",
        "audit",
        "a ready-made platform and a few days of advice; the figures come with it",
    ),
    (
        "plumbing firm of 6 that ticked nothing",
        "headcount=6&org=sme&software=support",
        "audit",
        "a small business whose software serves its trade and asks for nothing: a ready-made service",
    ),
    (
        "organisation of 350, staff IT and figures, nothing said of software",
        "headcount=350&needs=data,internal-it",
        "it-director",
        "two needs that each call for IT or data do not make a CTO together",
    ),
    (
        "retail chain of 1,800, 40 in IT beside the shops, its IT head gone, roadmap, budget, servers and change",
        "headcount=1800&tech=40&stage=established&org=sme&software=support&cto=left&needs=roadmap,budget,infrastructure,change",
        "cio",
        "forty IT staff are a small part of 1,800 people: a CIO's department to fill again, not an interim CTO",
    ),
    (
        "restaurant group of 260, nobody in IT, staff IT and its security",
        "headcount=260&tech=0&stage=established&org=sme&software=internal&needs=internal-it,quality-security",
        "it-manager",
        "nobody in IT yet at 260 people: an IT manager who takes the providers in hand, not a director with a department",
    ),
    ("organisation of 5,000, security only, nothing else said", "headcount=5000&needs=quality-security", "ciso", "security alone at that size: a CISO's seat"),
    (
        "bakery of 18 in three shops, nobody in IT, tills, click-and-collect",
        "headcount=18&tech=0&stage=established&org=sme&software=support&needs=internal-it,clients,first-version",
        "audit",
        "a ready-made till and ordering service and a provider for the shops' computers, not a part-time CTO",
    ),
    (
        "foundation of 12, nobody in IT, its donors' figures and budget",
        "headcount=12&tech=0&stage=established&org=nonprofit&software=support&needs=data,budget",
        "data-analyst",
        "figures that live in its software: their exports first, a BI project if needed, no full-time analyst",
    ),
    (
        "home-care association of 400, two in IT, leading a change of tools",
        "headcount=400&tech=2&stage=established&org=nonprofit&software=internal&needs=change,internal-it",
        "it-manager",
        "two IT staff at 400 people: an IT manager backed by a part-time DSI, not a DSI's department",
    ),
];

#[test]
fn organisations_that_need_another_role_are_told_which() {
    let mut wrong = Vec::new();
    for (company, fragment, expected, why) in OTHER_ROLES {
        let p = profile(fragment);
        let a = assess(&p).expect("a headcount");
        let got = crate::engine::route::route(&p, a.outcome).id();
        if a.outcome != Outcome::NoCto || got != *expected {
            wrong.push(format!("{company}: expected none / {expected}, got {} / {got} ({why})", a.outcome.id()));
        }
    }
    assert!(wrong.is_empty(), "{} of {} disagree:\n{}", wrong.len(), OTHER_ROLES.len(), wrong.join("\n"));
}

/// Organisations that are not startups but do need a CTO: they build, or lead people who build.
const STILL_A_CTO: &[(&str, &str, &str)] = &[
    (
        "non-profit of 30 building a volunteer app with 4 developers",
        "headcount=30&tech=4&stage=mvp&software=support&needs=first-version,product",
        "a product being built with its team",
    ),
    (
        "public body of 800 with a 25-person digital service team",
        "headcount=800&tech=25&stage=established&software=support&needs=organize-delivery,quality-security",
        "a product team to lead",
    ),
    (
        "software company of 40 with 10 engineers wanting data",
        "headcount=40&tech=10&stage=scaling&software=product&needs=data",
        "a product with engineers is never none",
    ),
    (
        "SaaS of 15 whose engineers need security",
        "headcount=15&tech=6&software=product&needs=quality-security",
        "the CTO owns security when there is a product team",
    ),
];

#[test]
fn organisations_that_build_still_need_a_cto() {
    for (company, fragment, why) in STILL_A_CTO {
        assert_ne!(assessed(fragment).outcome, Outcome::NoCto, "{company}: {why}");
    }
}

#[test]
fn a_product_with_engineers_is_never_none() {
    for headcount in [1, 5, 9, 10, 30, 50, 51, 200, 5000] {
        for tech in [1, 3, 5, 20] {
            for need in Need::ALL {
                let p = Profile {
                    headcount: Some(headcount),
                    tech: Some(tech.min(headcount)),
                    software: Some(Software::Product),
                    needs: [need].into_iter().collect(),
                    ..Profile::default()
                };
                assert_ne!(outcome(&p), Some(Outcome::NoCto), "{p:?}");
            }
        }
    }
}

#[test]
fn the_runner_up_is_the_next_type_by_score() {
    // Stabilizer 5, hacker 4, industrializer 3 (the headcount's): the hacker is named, a close call.
    let a = assessed("headcount=60&tech=3&stage=launched&needs=hire-team,data");
    assert_eq!(a.scores, [4, 5, 3]);
    let r = a.runner_up.expect("a runner-up");
    assert_eq!((r.ty, r.close, r.by_size), (Hacker, true, false));
    // Far behind, the headcount's own type is still named when it was overridden.
    let far = assessed("headcount=60&tech=2&stage=idea&needs=first-version").runner_up.expect("by size");
    assert_eq!((far.ty, far.close, far.by_size), (Industrializer, false, true));
}

/// Organisations that said what they are (the `org` question): the outcome and the route a seasoned CTO
/// would give, and why.
const ORGANISATIONS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "public body of 2,000 with a 40-person digital service to run",
        "headcount=2000&tech=40&stage=established&org=public&software=support&needs=organize-delivery,hire-team",
        "industrializer",
        "executive",
        "a department of engineers to lead through managers, public or not",
    ),
    (
        "association of 12 that wants its donor CRM chosen",
        "headcount=12&tech=0&stage=established&org=nonprofit&needs=tech-choices",
        "none",
        "audit",
        "one question, not a seat: a few days of an experienced CTO",
    ),
    (
        "family SME of 35 with an agency-run shop, wants its figures",
        "headcount=35&tech=0&stage=established&org=sme&software=support&needs=data",
        "none",
        "data-analyst",
        "dashboards, not a technology leader",
    ),
    (
        "group company of 120 on staff tools, leading change",
        "headcount=120&tech=0&stage=established&org=group&software=internal&needs=change",
        "none",
        "cio",
        "a change in how the company works: a CIO, often the group's",
    ),
    (
        "town hall of 300, staff IT and security",
        "headcount=300&tech=0&stage=established&org=public&needs=internal-it,quality-security",
        "none",
        "it-manager",
        "IT operations at that size with nobody in IT yet: an IT manager who takes the providers in hand, a shared CISO beside",
    ),
    (
        "association of 8 with an idea of an app for its beneficiaries",
        "headcount=8&tech=0&stage=idea&org=nonprofit&needs=first-version",
        "hacker",
        "fractional",
        "a real build without the budget for a full-time seat nor equity to share: a part-time CTO or an agency",
    ),
    (
        "bootstrapped SaaS of 6 with 2 developers, launched",
        "headcount=6&tech=2&stage=launched&org=sme&software=product&needs=scalability,quality-security",
        "hacker",
        "promote",
        "a CTO who still codes; the lead developer is the natural candidate",
    ),
    (
        "hospital of 1,500 whose need is health-data security",
        "headcount=1500&tech=0&stage=established&org=public&needs=quality-security",
        "none",
        "ciso",
        "a full-time security seat (RSSI) beside the IT director",
    ),
    (
        "group of 5,000 with 300 engineers, processes and roadmap",
        "headcount=5000&tech=300&stage=established&org=group&software=product&needs=processes,roadmap",
        "industrializer",
        "executive",
        "a group CTO, past the typology: said so",
    ),
    (
        "non-profit of 50 with 2 IT staff, new intranet and change",
        "headcount=50&tech=2&stage=established&org=nonprofit&software=internal&needs=change,internal-it",
        "none",
        "it-manager",
        "two IT staff on staff tools leading change: an IT manager, a part-time DSI beside them, not a product CTO",
    ),
    (
        "manufacturer SME of 200 with 6 developers on a customer portal",
        "headcount=200&tech=6&stage=launched&org=sme&software=support&needs=hire-team,quality-security",
        "stabilizer",
        "promote",
        "a team of 6 to structure, whatever the headcount",
    ),
    (
        "association of 70 that wants reporting for its funders",
        "headcount=70&tech=0&stage=established&org=nonprofit&needs=data,budget",
        "none",
        "data-analyst",
        "a non-profit's figures: an analyst, not an executive",
    ),
];

#[test]
fn organisations_that_said_what_they_are() {
    let mut wrong = Vec::new();
    for (company, fragment, outcome, route, why) in ORGANISATIONS {
        let p = profile(fragment);
        let a = assess(&p).expect("a headcount");
        let got = crate::engine::route::route(&p, a.outcome).id();
        if a.outcome.id() != *outcome || got != *route {
            wrong.push(format!("{company}: expected {outcome} / {route}, got {} / {got} ({why})", a.outcome.id()));
        }
    }
    assert!(wrong.is_empty(), "{} of {} disagree:\n{}", wrong.len(), ORGANISATIONS.len(), wrong.join("\n"));
}
