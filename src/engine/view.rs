//! The view model: everything the result shows, already in words, for one profile and one language.
//! Components only lay it out (as Crux's `view`), so what a visitor reads is tested natively here.

use std::rc::Rc;

use super::catalogue::{missions_for, Group};
use super::deeper::{hat_role, job_description, job_file_name, past_mvp, pay_band, Hat, HatRole};
use super::profile::{InputError, Lang, Need, Problem, Profile};
use super::scoring::{assess, Assessment, CtoType, Outcome, Reason, RunnerUp, Tip};
use super::text::{capitalized, fill, Texts};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreView {
    pub ty: CtoType,
    pub label: &'static str,
    pub score: u32,
    /// Share of the best score, 0 to 100, for the bar's length.
    pub percent: u32,
    pub value: String,
    pub leading: bool,
}

/// One answer that moved the result, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonView {
    pub text: String,
    /// "+4 stabilizer"; none for an answer that gives no points.
    pub badge: Option<String>,
    pub toward: Option<CtoType>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunnerUpView {
    pub ty: CtoType,
    pub heading: String,
    pub intro: String,
    pub tips: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissionView {
    pub id: &'static str,
    pub title: &'static str,
    pub detail: &'static str,
    /// Said when the mission answers a ticked need.
    pub matched: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    pub id: &'static str,
    pub title: &'static str,
    pub missions: Vec<MissionView>,
}

/// A hat, and whether it is one of the three that weigh most past the first version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HatView {
    pub name: &'static str,
    pub detail: &'static str,
    pub priority: bool,
}

/// The hats the CTO wears, shares or hands over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HatGroupView {
    pub title: &'static str,
    pub hats: Vec<HatView>,
}

/// A titled list ("To hand over: ...").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListView {
    pub title: &'static str,
    pub items: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayView {
    pub label: &'static str,
    pub amount: &'static str,
    /// The band this widget associates with the type.
    pub highlighted: bool,
}

/// What comes after the match: hats, growth, the profile to hire, a job draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeeperView {
    pub hats: Vec<HatGroupView>,
    /// Said when the company is past its first version.
    pub priorities_note: Option<&'static str>,
    pub next: &'static str,
    pub growth: Vec<ListView>,
    pub skills: Vec<&'static str>,
    pub ladder: Vec<&'static str>,
    pub position: &'static str,
    pub pay: Vec<PayView>,
    pub job: String,
    pub job_file: String,
}

/// The whole result, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultView {
    pub outcome: Outcome,
    pub label: &'static str,
    pub name: &'static str,
    pub tagline: &'static str,
    pub portrait: &'static str,
    pub scores: Vec<ScoreView>,
    pub reasons: Vec<ReasonView>,
    pub runner_up: Option<RunnerUpView>,
    pub groups: Vec<GroupView>,
    /// What to look for instead of a CTO; empty unless the outcome is `NoCto`.
    pub instead: &'static [&'static str],
    /// For a CTO outcome: hats, growth, profile and job draft.
    pub deeper: Option<Rc<DeeperView>>,
    pub assessment: Assessment,
}

impl ResultView {
    /// The ids of the missions shown, in order (the result event's `missions`).
    pub fn mission_ids(&self) -> Vec<&'static str> {
        self.groups.iter().flat_map(|g| g.missions.iter().map(|m| m.id)).collect()
    }
}

/// The result for a profile in a language; `None` until a headcount is known.
pub fn result_view(profile: &Profile, lang: Lang) -> Option<ResultView> {
    let t = lang.texts();
    let assessment = assess(profile)?;
    let portrait = match assessment.outcome {
        Outcome::Cto(ty) => &t.types[ty.index()],
        Outcome::NoCto => &t.no_cto,
    };
    Some(ResultView {
        outcome: assessment.outcome,
        label: t.you_need,
        name: portrait.name,
        tagline: portrait.tagline,
        portrait: portrait.portrait,
        scores: scores(&assessment, t, lang),
        reasons: reasons(profile, &assessment, t, lang),
        runner_up: assessment.runner_up.as_ref().map(|r| runner_up(r, assessment.outcome, t, lang)),
        groups: match assessment.outcome {
            Outcome::Cto(ty) => groups(ty, profile, t),
            Outcome::NoCto => Vec::new(),
        },
        instead: match assessment.outcome {
            Outcome::Cto(_) => &[],
            Outcome::NoCto => &t.instead,
        },
        deeper: match assessment.outcome {
            Outcome::Cto(ty) => Some(Rc::new(deeper(ty, profile, lang))),
            Outcome::NoCto => None,
        },
        assessment,
    })
}

fn deeper(ty: CtoType, profile: &Profile, lang: Lang) -> DeeperView {
    let t = lang.texts();
    let (g, past) = (&t.grow, past_mvp(profile.stage));
    let hats = HatRole::ALL
        .into_iter()
        .map(|role| HatGroupView {
            title: t.hats.roles[role.index()],
            hats: Hat::ALL
                .into_iter()
                .filter(|hat| hat_role(ty, *hat) == role)
                .map(|hat| HatView {
                    name: t.hats.names[hat.index()].label,
                    detail: t.hats.names[hat.index()].help,
                    priority: past && hat.is_growth_priority(),
                })
                .collect(),
        })
        .collect();
    let step = |next: usize| {
        vec![
            ListView { title: g.hand_over_title, items: g.hand_over[next].to_vec() },
            ListView { title: g.take_on_title, items: g.take_on[next].to_vec() },
        ]
    };
    let growth = match ty {
        CtoType::Hacker => step(0),
        CtoType::Stabilizer => step(1),
        CtoType::Industrializer => vec![ListView { title: g.keeps_title, items: g.keeps.to_vec() }],
    };
    let mut skills = vec![g.skills_dev];
    if profile.needs.contains(Need::Data) {
        skills.push(g.skill_data);
    }
    skills.push(g.skills_human);
    DeeperView {
        hats,
        priorities_note: past.then_some(t.hats.priorities_note),
        next: g.next[ty.index()],
        growth,
        skills,
        ladder: g.ladder.to_vec(),
        position: g.position[ty.index()],
        pay: g
            .pay_bands
            .iter()
            .enumerate()
            .map(|(i, band)| PayView { label: band.label, amount: band.amount, highlighted: i == pay_band(ty) })
            .collect(),
        job: job_description(ty, profile, lang),
        job_file: job_file_name(ty, lang),
    }
}

fn scores(a: &Assessment, t: &Texts, lang: Lang) -> Vec<ScoreView> {
    let best = a.scores.iter().copied().max().unwrap_or(0).max(1);
    CtoType::ALL
        .into_iter()
        .map(|ty| ScoreView {
            ty,
            label: t.types[ty.index()].label,
            score: a.score(ty),
            percent: a.score(ty) * 100 / best,
            value: fill(t.score_value, &[("n", &lang.number(a.score(ty).into()))]),
            leading: a.outcome == Outcome::Cto(ty),
        })
        .collect()
}

fn reasons(profile: &Profile, a: &Assessment, t: &Texts, lang: Lang) -> Vec<ReasonView> {
    let number = |n: u32| lang.number(n.into());
    let badge = |ty: CtoType, points: u32| Some(fill(t.points_badge, &[("n", &number(points)), ("type", t.types[ty.index()].label)]));
    let mut out: Vec<(u32, ReasonView)> = Vec::new();
    for point in &a.points {
        let text = match point.reason {
            Reason::SizeRange(n) => fill(t.size_range[point.to.index()], &[("n", &number(n)), ("people", lang.people(n.into()))]),
            Reason::NearBound(n) => {
                let zone = match (point.to, n < 10) {
                    (CtoType::Hacker, _) => 0,
                    (CtoType::Stabilizer, true) => 1,
                    (CtoType::Stabilizer, false) => 2,
                    (CtoType::Industrializer, _) => 3,
                };
                fill(t.near_bound[zone], &[("n", &number(n)), ("people", lang.people(n.into()))])
            }
            Reason::TechTeam(0) => t.tech_none.to_owned(),
            Reason::TechTeam(n) => fill(t.tech_team[point.to.index()], &[("n", &number(n))]),
            Reason::Stage(stage) => t.stage_reasons[stage.index()].to_owned(),
            Reason::Need(_) => continue,
        };
        out.push((point.points, ReasonView { text, badge: badge(point.to, point.points), toward: Some(point.to) }));
    }
    // The needs of one type read as one sentence: "Investors and company processes are ...".
    for ty in CtoType::ALL {
        let needs: Vec<&str> = profile.needs.iter().filter(|n| CtoType::for_need(*n) == Some(ty)).map(|n| t.need(n).short).collect();
        if let Some(template) = match needs.len() {
            0 => None,
            1 => Some(t.need_one[ty.index()]),
            _ => Some(t.need_many[ty.index()]),
        } {
            let points = needs.len() as u32;
            let text = capitalized(&fill(template, &[("needs", &t.list(&needs, t.and))]));
            out.push((points, ReasonView { text, badge: badge(ty, points), toward: Some(ty) }));
        }
    }
    let winner = match a.outcome {
        Outcome::Cto(ty) => Some(ty),
        Outcome::NoCto => None,
    };
    // The winner's reasons first, biggest first; the stable sort keeps the answers' order otherwise.
    out.sort_by_key(|(points, reason)| (reason.toward != winner, std::cmp::Reverse(*points)));
    let mut views: Vec<ReasonView> = out.into_iter().map(|(_, reason)| reason).collect();
    if winner.is_none() {
        views.insert(0, ReasonView { text: t.no_cto_need.to_owned(), badge: None, toward: None });
    }
    views
}

fn runner_up(r: &RunnerUp, outcome: Outcome, t: &Texts, lang: Lang) -> RunnerUpView {
    let the = t.types[r.ty.index()].the;
    let heading = match outcome {
        Outcome::Cto(_) => t.runner_up_heading,
        Outcome::NoCto => t.runner_up_none_heading,
    };
    // Tips never ask for more needs than the tables have words for (one, two, three).
    const _: () = assert!(super::scoring::MAX_TIP_NEEDS <= 3);
    let count = |n: usize| t.counts.get(n.wrapping_sub(1)).copied().unwrap_or("");
    let needs = |from: &[Need]| t.list(&from.iter().map(|n| t.need(*n).short).collect::<Vec<_>>(), t.or);
    let tips = r
        .tips
        .iter()
        .map(|tip| match tip {
            Tip::Headcount { headcount, add: 0, .. } => fill(t.tip_headcount, &[("n", &lang.number((*headcount).into()))]),
            Tip::Headcount { headcount, add, from } => fill(
                t.tip_headcount_plus,
                &[("n", &lang.number((*headcount).into())), ("count", count(*add)), ("needs", &needs(from))],
            ),
            Tip::AddNeeds { count: n, from } => fill(t.tip_add, &[("count", count(*n)), ("needs", &needs(from))]),
            Tip::DropNeeds { count: n, from } => fill(t.tip_drop, &[("count", count(*n)), ("needs", &needs(from))]),
        })
        .collect();
    RunnerUpView {
        ty: r.ty,
        heading: fill(heading, &[("type", the)]),
        intro: fill(t.tips_intro, &[("type", the)]),
        tips,
    }
}

fn groups(ty: CtoType, profile: &Profile, t: &Texts) -> Vec<GroupView> {
    let picks = missions_for(ty, profile.needs);
    Group::ALL
        .into_iter()
        .map(|group| GroupView {
            id: group.id(),
            title: t.groups[group.index()],
            missions: picks
                .iter()
                .filter(|p| p.mission.group == group)
                .map(|p| MissionView {
                    id: p.mission.id,
                    title: t.missions[p.index].title,
                    detail: t.missions[p.index].detail,
                    matched: p.matched.map(|need| fill(t.matched, &[("need", t.need(need).label)])),
                })
                .collect(),
        })
        .filter(|g| !g.missions.is_empty())
        .collect()
}

/// A rejected value, said plainly: "People in the company: “abc” is not a whole number."
pub fn error_message(error: &InputError, lang: Lang) -> String {
    let t = lang.texts();
    let number = |n: u32| lang.number(n.into());
    let (template, extra): (&str, Option<(&str, String)>) = match error.problem {
        Problem::NotWholeNumber => (t.not_whole_number, None),
        Problem::BelowMin(min) => (t.below_min, Some(("min", number(min)))),
        Problem::AboveMax(max) => (t.above_max, Some(("max", number(max)))),
        Problem::TechAboveHeadcount(h) => (t.tech_above_headcount, Some(("headcount", number(h)))),
        Problem::UnknownStage => (t.unknown_stage, None),
        Problem::UnknownNeed => (t.unknown_need, None),
        Problem::UnknownLang => (t.unknown_lang, None),
    };
    let mut values = vec![("field", t.fields[error.field.index()].to_owned()), ("given", error.given.clone())];
    values.extend(extra);
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::codec::decode;

    fn view(fragment: &str) -> ResultView {
        let decoded = decode(fragment);
        result_view(&decoded.profile, decoded.profile.lang.unwrap_or_default()).expect("a result")
    }

    fn texts(reasons: &[ReasonView]) -> Vec<&str> {
        reasons.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn no_result_before_a_headcount() {
        assert_eq!(result_view(&decode("stage=mvp").profile, Lang::En), None);
    }

    #[test]
    fn why_speaks_of_the_answers() {
        let v = view("headcount=45&needs=investors,processes");
        assert_eq!(v.name, "The stabilizer");
        assert_eq!(
            texts(&v.reasons),
            vec![
                "45 people: 10 to 50 is the stabilizer's range",
                "45 people is close to 50: beyond that, an industrializer fits",
                "Setting company-wide processes and facing investors are an industrializer's missions",
            ]
        );
        assert_eq!(v.reasons[0].badge.as_deref(), Some("+4 stabilizer"));
    }

    #[test]
    fn the_winners_reasons_come_first() {
        let v = view("headcount=45&stage=established&needs=investors,processes,budget,hire-team");
        assert_eq!(v.outcome, Outcome::Cto(CtoType::Industrializer));
        let toward: Vec<Option<CtoType>> = v.reasons.iter().map(|r| r.toward).collect();
        let first_other = toward.iter().position(|t| *t != Some(CtoType::Industrializer)).unwrap_or(toward.len());
        assert!(toward[first_other..].iter().all(|t| *t != Some(CtoType::Industrializer)), "{toward:?}");
    }

    #[test]
    fn runner_up_says_what_would_tip_it() {
        let v = view("headcount=45&needs=investors,processes");
        let r = v.runner_up.expect("industrializer is within reach");
        assert_eq!(r.heading, "Close behind: the industrializer");
        assert_eq!(r.intro, "It would be the industrializer if:");
        assert_eq!(r.tips[0], "the company had 51 people");
        assert_eq!(r.tips[1], "you ticked one more of: drawing the roadmap, managing budgets, defending the technology to clients or leading change");
    }

    #[test]
    fn adriver_is_told_how_far_the_next_type_is() {
        let v = view("headcount=45&tech=8&stage=scaling&needs=hire-team,scalability,investors");
        assert_eq!(v.outcome, Outcome::Cto(CtoType::Stabilizer));
        let tips = v.runner_up.expect("45 is near 50").tips;
        assert_eq!(tips, vec!["the company had 51 people and you ticked one more of: setting company-wide processes, drawing the roadmap, managing budgets, defending the technology to clients or leading change"]);
    }

    #[test]
    fn no_cto_says_what_to_look_for_instead() {
        let v = view("headcount=20&needs=internal-it");
        assert_eq!((v.outcome, v.name), (Outcome::NoCto, "No CTO, for now"));
        assert_eq!(v.reasons[0].text, "Equipment and IT support for staff are not a CTO's job");
        assert!(v.instead[0].contains("IT service provider"));
        assert!(v.groups.is_empty());
        let r = v.runner_up.expect("a CTO need away from a stabilizer");
        assert_eq!(r.heading, "If you also build technology: the stabilizer");
    }

    #[test]
    fn missions_are_grouped_and_ticked_ones_come_first() {
        let v = view("headcount=30&needs=organize-delivery");
        let ids: Vec<&str> = v.groups.iter().map(|g| g.id).collect();
        assert_eq!(ids, vec!["overall", "tech-team", "departments", "leadership", "outside"]);
        let team = &v.groups[1].missions;
        assert_eq!(team[0].id, "assign-work");
        assert_eq!(team[0].matched.as_deref(), Some("Answers your need: Organise delivery"));
        assert_eq!(team.last().map(|m| m.matched.is_none()), Some(true));
        assert!(v.mission_ids().contains(&"recruit-team"));
    }

    #[test]
    fn scores_are_bars_relative_to_the_best() {
        let v = view("headcount=9");
        let bars: Vec<(&str, u32, u32, bool)> = v.scores.iter().map(|s| (s.label, s.score, s.percent, s.leading)).collect();
        assert_eq!(bars, vec![("hacker", 4, 100, true), ("stabilizer", 2, 50, false), ("industrializer", 0, 0, false)]);
        assert_eq!(v.scores[0].value, "4 points");
    }

    #[test]
    fn french_result_reads_in_french() {
        let v = view("headcount=1200&needs=investors&lang=fr");
        assert_eq!(v.name, "L'industrialisateur");
        assert_eq!(v.reasons[0].text, "1\u{202f}200 personnes\u{a0}: plus de 50, c'est le terrain de l'industrialisateur");
        assert_eq!(v.reasons[1].text, "Les investisseurs\u{a0}: une mission d'industrialisateur");
    }

    #[test]
    fn a_cto_result_goes_deeper_and_no_cto_does_not() {
        let v = view("headcount=45&stage=scaling&needs=data");
        let d = v.deeper.expect("a stabilizer result has hats, growth, profile and a job draft");
        assert_eq!(d.hats.iter().map(|g| g.title).collect::<Vec<_>>(), vec!["Wear it yourself", "Share it with the team", "Hand it over"]);
        let priorities: Vec<&str> = d.hats.iter().flat_map(|g| &g.hats).filter(|h| h.priority).map(|h| h.name).collect();
        assert_eq!(priorities, vec!["Architect", "Manager", "Innovation director"], "past the MVP");
        assert!(d.priorities_note.is_some());
        assert_eq!(d.next, "Around 50 people, the stabilizer's job turns into the industrializer's.");
        assert_eq!(d.growth.iter().map(|l| l.title).collect::<Vec<_>>(), vec!["To hand over", "To take on"]);
        assert_eq!(d.skills.len(), 3, "the data need adds data skills");
        assert_eq!(d.pay.iter().filter(|p| p.highlighted).map(|p| p.amount).collect::<Vec<_>>(), vec!["80k EUR"]);
        assert!(d.job.starts_with("# CTO (stabilizer profile)"));
        assert_eq!(d.job_file, "cto-stabilizer-en.md");
        assert!(view("headcount=20&needs=internal-it").deeper.is_none());
        let early = view("headcount=4&stage=mvp").deeper.expect("a hacker result");
        assert!(early.priorities_note.is_none() && early.hats.iter().flat_map(|g| &g.hats).all(|h| !h.priority));
        let top = view("headcount=400").deeper.expect("an industrializer result");
        assert_eq!(top.growth[0].title, "What the role keeps from the earlier steps");
    }

    #[test]
    fn one_person_is_singular() {
        assert_eq!(view("headcount=1").reasons[0].text, "1 person: under 10 is the hacker's range");
        assert_eq!(view("headcount=1&lang=fr").reasons[0].text, "1 personne\u{a0}: moins de 10, c'est le terrain du hacker");
        assert_eq!(view("headcount=10").reasons[1].text, "10 people is at or just past 10: below that, a hacker fits");
        let job = view("headcount=1&tech=1").deeper.expect("a hacker").job.clone();
        assert!(job.contains("We are a company of 1 person, with a tech team of 1 person."), "{job}");
    }

    #[test]
    fn error_messages_name_field_value_and_rule() {
        let cases: &[(&str, Lang, &str)] = &[
            ("headcount=abc", Lang::En, "People in the company: “abc” is not a whole number."),
            ("headcount=0", Lang::En, "People in the company: 0 is less than 1."),
            ("headcount=2000000", Lang::En, "People in the company: 2000000 is more than 1,000,000."),
            ("headcount=5&tech=9", Lang::En, "Tech team: 9 is more than the 5 people in the whole company."),
            ("stage=rocket", Lang::En, "Stage: “rocket” is not a stage; the stages are idea, mvp, launched, scaling and established."),
            ("needs=coffee", Lang::En, "Needs: “coffee” is not a need this widget knows."),
            ("lang=de", Lang::En, "Language: “de” is not available; the widget speaks en and fr."),
            ("headcount=abc", Lang::Fr, "Effectif de l'entreprise\u{a0}: «\u{a0}abc\u{a0}» n'est pas un nombre entier."),
        ];
        for (fragment, lang, message) in cases {
            let decoded = decode(fragment);
            assert_eq!(error_message(&decoded.errors[0], *lang), *message, "{fragment}");
        }
    }
}
