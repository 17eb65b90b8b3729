//! The candidate reading's table: candidates (the seeds' career stories among them) against companies of
//! every type, each with the expected reading and fit, and one line of reasoning.

use super::*;
use crate::engine::codec::{checked, decode};
use crate::engine::profile::Need;

struct Pair {
    who: &'static str,
    fragment: &'static str,
    reads_as: &'static str,
    fit: Option<&'static str>,
    why: &'static str,
}

const fn pair(who: &'static str, fragment: &'static str, reads_as: &'static str, fit: Option<&'static str>, why: &'static str) -> Pair {
    Pair { who, fragment, reads_as, fit, why }
}

// Companies, as a recruiting page would preset them.
const IDEA: &str = "headcount=3&tech=0&stage=idea&software=product&needs=first-version,tech-choices,product";
const AGENCY: &str = "headcount=5&tech=2&stage=launched&software=product&needs=infrastructure,first-version,product";
const ADRIVER: &str = "headcount=45&tech=8&stage=scaling&software=product&needs=hire-team,scalability,investors";
const SCALEUP: &str = "headcount=250&tech=60&stage=scaling&software=product&needs=processes,roadmap,hire-team";
const OFFICE: &str = "headcount=20&stage=established&needs=internal-it,infrastructure";

// Candidates: seed 000 (project manager in startups, then co-founding CTO of a growing startup), seed 001
// (ran a university's infrastructure, then production at a 5-person agency, hands-on builder), seed 003
// (support and network operations, a 10-person technical desk: IT operations).
const SEED_000: &str = "mode=candidate&led=6&did=first-version,tech-choices,hire-team,organize-delivery,investors,product";
const SEED_001: &str = "mode=candidate&led=3&did=infrastructure,first-version,product,tech-choices";
const SEED_003: &str = "mode=candidate&led=10&did=infrastructure,internal-it,quality-security";
const BUILDER: &str = "mode=candidate&led=0&did=first-version,tech-choices,product";
const TEAM_LEAD: &str = "mode=candidate&led=12&did=hire-team,organize-delivery,scalability,quality-security";
const VP: &str = "mode=candidate&led=80&did=processes,roadmap,hire-team,budget,investors,change";

fn cases() -> Vec<(String, Pair)> {
    let with = |company: &str, candidate: &str| format!("{company}&{candidate}");
    vec![
        (
            with(IDEA, SEED_000),
            pair(
                "seed 000 for a 3-person idea",
                "",
                "stabilizer",
                Some("partial"),
                "000 has built and led 6: more than a first version asks, the builder's needs all covered",
            ),
        ),
        (
            with(ADRIVER, SEED_000),
            pair("seed 000 for Adriver", "", "stabilizer", Some("strong"), "000 grew a team of 6 and faced investors: a stabilizer's record"),
        ),
        (
            with(SCALEUP, SEED_000),
            pair(
                "seed 000 for a 250-person scale-up",
                "",
                "stabilizer",
                Some("partial"),
                "one level short of a department of 60; hiring covered, processes and the roadmap to learn",
            ),
        ),
        (
            with(OFFICE, SEED_000),
            pair("seed 000 for an IT-only office", "", "stabilizer", Some("weak"), "more than the seat asks, and never ran the infrastructure it is about"),
        ),
        (
            with(IDEA, SEED_001),
            pair("seed 001 for a 3-person idea", "", "hacker", Some("strong"), "001 builds with their own hands: exactly the first version's job"),
        ),
        (
            with(AGENCY, SEED_001),
            pair("seed 001 for the 5-person agency", "", "hacker", Some("strong"), "001's own story: production and new products in a very small company"),
        ),
        (
            with(ADRIVER, SEED_001),
            pair("seed 001 for Adriver", "", "hacker", Some("weak"), "a team of 8 to grow and investors to face; none of the three needs done yet"),
        ),
        (with(SCALEUP, SEED_001), pair("seed 001 for a 250-person scale-up", "", "hacker", Some("weak"), "a hands-on builder for a manager of managers")),
        (
            with(OFFICE, SEED_001),
            pair("seed 001 for an IT-only office", "", "hacker", Some("partial"), "can run the servers, but the seat is IT operations, not a CTO's"),
        ),
        (
            with(IDEA, SEED_003),
            pair("seed 003 for a 3-person idea", "", "none", Some("weak"), "003's path is IT operations: building a first version is another trade"),
        ),
        (with(ADRIVER, SEED_003), pair("seed 003 for Adriver", "", "none", Some("weak"), "operations and support, not a stabilizer's record")),
        (
            with(SCALEUP, SEED_003),
            pair("seed 003 for a 250-person scale-up", "", "none", Some("weak"), "operations and support, not an industrializer's record"),
        ),
        (with(OFFICE, SEED_003), pair("seed 003 for an IT-only office", "", "none", Some("strong"), "exactly what a company that needs no CTO is looking for")),
        (with(IDEA, BUILDER), pair("a hands-on builder for a 3-person idea", "", "hacker", Some("strong"), "builds alone: the first version")),
        (with(ADRIVER, BUILDER), pair("a hands-on builder for Adriver", "", "hacker", Some("weak"), "has built but never led, and none of the needs covered")),
        (with(SCALEUP, BUILDER), pair("a hands-on builder for a scale-up", "", "hacker", Some("weak"), "a builder for a manager of managers")),
        (
            with(IDEA, TEAM_LEAD),
            pair(
                "a team lead for a 3-person idea",
                "",
                "stabilizer",
                Some("weak"),
                "structures a team but has not built a first version, which is all the role asks",
            ),
        ),
        (with(ADRIVER, TEAM_LEAD), pair("a team lead for Adriver", "", "stabilizer", Some("strong"), "led 12, hired and scaled: the stabilizer's record")),
        (with(SCALEUP, TEAM_LEAD), pair("a team lead for a scale-up", "", "stabilizer", Some("partial"), "one level short of a department, hiring covered")),
        (
            with(OFFICE, TEAM_LEAD),
            pair("a team lead for an IT-only office", "", "stabilizer", Some("weak"), "more than the seat asks, and no infrastructure run"),
        ),
        (with(IDEA, VP), pair("an executive for a 3-person idea", "", "industrializer", Some("weak"), "an executive for a team that needs code written")),
        (with(ADRIVER, VP), pair("an executive for Adriver", "", "industrializer", Some("partial"), "one level above; hiring and investors covered")),
        (
            with(SCALEUP, VP),
            pair("an executive for a scale-up", "", "industrializer", Some("strong"), "led 80 through processes and a roadmap: the industrializer's record"),
        ),
        (
            with(OFFICE, VP),
            pair("an executive for an IT-only office", "", "industrializer", Some("weak"), "far more than the seat asks, and no infrastructure run"),
        ),
        (SEED_000.to_owned(), pair("seed 000 with no company", "", "stabilizer", None, "no company preset: the reading alone")),
        (SEED_003.to_owned(), pair("seed 003 with no company", "", "none", None, "IT operations, said plainly")),
        ("mode=candidate&led=25".to_owned(), pair("a manager who only gave a team size", "", "industrializer", None, "25 people led reads as a department")),
        (
            "headcount=2500&tech=70&stage=established&org=public&software=internal&cto=in-place&needs=quality-security&mode=candidate&led=6&did=quality-security,processes,roadmap,budget"
                .to_owned(),
            pair("a CISO for a county council's CISO seat", "", "none", Some("strong"), "the seat beside the CIO leads no IT team: no step in scale"),
        ),
        (
            "headcount=60&tech=0&stage=established&org=nonprofit&software=internal&needs=data,budget&mode=candidate&led=3&did=data,infrastructure,scalability"
                .to_owned(),
            pair("a data engineer for a foundation's data seat", "", "none", Some("strong"), "a data record (pipes and servers included) for a data seat"),
        ),
        (
            with(ADRIVER, "mode=candidate&led=10&did=hire-team"),
            pair("a team lead who only hired, for Adriver", "", "stabilizer", Some("partial"), "the right level, but only one of the three needs covered"),
        ),
    ]
}

#[test]
fn candidate_table() {
    let cases = cases();
    assert!(cases.len() >= 25);
    let mut misses = Vec::new();
    for (fragment, p) in &cases {
        let decoded = decode(fragment);
        assert_eq!(decoded.errors, vec![], "{fragment}");
        let r = read(&decoded.profile).expect("a record was given");
        let got = (r.reads_as.id(), r.fit.map(Fit::id));
        if got != (p.reads_as, p.fit) {
            misses.push(format!("{}: expected {} / {:?}, got {:?} — {} (scores {:?}, role {:?})", p.who, p.reads_as, p.fit, got, p.why, r.scores, r.role));
        }
        assert!(p.fragment.is_empty());
    }
    assert!(misses.is_empty(), "{} of {} disagree:\n{}", misses.len(), cases.len(), misses.join("\n"));
}

#[test]
fn nothing_said_no_reading() {
    assert_eq!(read(&checked(&format!("{ADRIVER}&mode=candidate"))), None);
}

#[test]
fn matches_and_gaps_are_the_companys_needs() {
    let r = read(&checked(&format!("{ADRIVER}&{SEED_000}"))).expect("a reading");
    assert_eq!(r.matched.iter().collect::<Vec<_>>(), vec![Need::HireTeam, Need::Investors]);
    assert_eq!(r.gaps.iter().collect::<Vec<_>>(), vec![Need::Scalability]);
    assert_eq!((r.role, r.direction), (Some(Outcome::Cto(CtoType::Stabilizer)), None));
}

#[test]
fn a_mismatch_says_which_way() {
    let under = read(&checked(&format!("{SCALEUP}&{SEED_001}"))).expect("a reading");
    assert_eq!(under.direction, Some(Direction::Under));
    let over = read(&checked(&format!("{IDEA}&{VP}"))).expect("a reading");
    assert_eq!(over.direction, Some(Direction::Over));
}

#[test]
fn thin_coverage_lowers_the_fit_and_says_so() {
    let r = read(&checked(&format!("{ADRIVER}&mode=candidate&led=10&did=hire-team"))).expect("a reading");
    assert!(r.thin_coverage);
    assert_eq!(r.fit, Some(Fit::Partial));
}

/// A recruiter's reading (issue 19): a support path with clients stays IT operations, said as one; hiring
/// and sprints read as the stabilizer's work whatever the team's size; every need of the role done is
/// never a weak fit on scale alone.
#[test]
fn a_record_reads_as_a_recruiter_reads_it() {
    let mvp = "headcount=5&tech=1&stage=mvp&needs=first-version";
    let support = read(&checked(&format!("{mvp}&mode=candidate&led=10&did=internal-it,infrastructure,quality-security,clients"))).expect("a reading");
    assert_eq!(support.reads_as, Outcome::NoCto, "a support desk that also met clients is still IT operations");
    let view = crate::engine::candidate_view::candidate_view(
        &checked(&format!("{mvp}&mode=candidate&led=10&did=internal-it,infrastructure,clients")),
        crate::engine::profile::Lang::En,
    )
    .expect("a view");
    assert!(view.reasons.iter().all(|r| !r.contains("the hacker does")), "no builder's record beside IT operations: {:?}", view.reasons);

    let lead = read(&checked("mode=candidate&led=25&did=hire-team,organize-delivery")).expect("a reading");
    assert_eq!(lead.scores[CtoType::Stabilizer.index()], 4, "hiring and sprints: the stabilizer's work");

    let executive =
        read(&checked("headcount=6&tech=1&stage=mvp&needs=first-version,hire-team&mode=candidate&led=200&did=first-version,hire-team,processes,roadmap"))
            .expect("a reading");
    assert_eq!((executive.fit, executive.direction), (Some(Fit::Partial), Some(Direction::Over)), "built before, both needs done: partial, over");
}

/// Only what every leader does beside the work (a budget): no reading yet, the form asks for more.
#[test]
fn a_budget_alone_is_no_record() {
    assert!(read(&decode("headcount=30&mode=candidate&did=budget").profile).is_none());
    assert!(read(&decode("headcount=30&mode=candidate&led=4&did=budget").profile).is_some());
}

/// The seventy-third CTO reading: a freelancer who led nobody facing a part-time seat that guides four
/// developers and hires is a partial fit, told what to show; one who led four keeps a strong fit; a
/// foundation's MVP steered with an agency (nobody in tech, no hiring) stays strong for the freelancer.
#[test]
fn a_part_time_seat_over_a_team_asks_for_a_team_led() {
    let seat = "headcount=220&tech=4&stage=established&org=sme&software=support&needs=first-version,tech-choices,hire-team&mode=candidate";
    let freelancer = read(&checked(&format!("{seat}&led=0&did=first-version,tech-choices,product"))).expect("a reading");
    assert!(freelancer.steer_step);
    assert_eq!(freelancer.fit, Some(Fit::Partial));
    let view = crate::engine::candidate_view::candidate_view(
        &checked(&format!("{seat}&led=0&did=first-version,tech-choices,product&lang=fr")),
        crate::engine::profile::Lang::Fr,
    )
    .expect("a view");
    assert!(view.advice.iter().any(|a| a.contains("guidée")), "{:?}", view.advice);
    assert!(view.reasons.iter().any(|r| r.contains("guide une équipe de quatre")), "{:?}", view.reasons);
    let no_hiring = read(&checked("headcount=220&tech=4&stage=established&org=sme&software=support&needs=first-version,tech-choices&mode=candidate&led=0&did=first-version,tech-choices,product")).expect("a reading");
    assert_eq!(no_hiring.fit, Some(Fit::Partial));
    let lead = read(&checked(&format!("{seat}&led=4&did=first-version,tech-choices,product"))).expect("a reading");
    assert!(!lead.steer_step);
    assert_eq!(lead.fit, Some(Fit::Strong));
    let agency = read(&checked("headcount=25&tech=0&stage=mvp&org=nonprofit&software=support&needs=first-version,tech-choices&mode=candidate&led=0&did=first-version,tech-choices,product")).expect("a reading");
    assert!(!agency.steer_step, "steering an agency is a freelancer's work");
}

/// The seventy-fifth CTO reading: a record whose only match is investors is no cover of an executive
/// seat's own work (weak); with the roadmap too, partial.
#[test]
fn an_investors_only_match_is_no_cover_of_an_executive_seat() {
    let seat = "headcount=320&tech=90&stage=scaling&org=startup&software=product&cto=none&needs=processes,budget,investors,roadmap&mode=candidate";
    let investors = read(&checked(&format!("{seat}&led=12&did=first-version,hire-team,investors,scalability"))).expect("a reading");
    assert_eq!(investors.fit, Some(Fit::Weak));
    let roadmap = read(&checked(&format!("{seat}&led=12&did=first-version,hire-team,investors,scalability,roadmap"))).expect("a reading");
    assert_eq!(roadmap.fit, Some(Fit::Partial));
}
