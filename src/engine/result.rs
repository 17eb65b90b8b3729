//! The view model of a result: everything the result shows, already in words, for one profile and one
//! language. Components only lay it out (as Crux's `view`), so what a visitor reads is tested natively.

use std::rc::Rc;

use super::hats::{hats_by_role, team_for_hats, Hat, HatRole};
use super::hiring::{seniority_for, seniority_hired, Because, Seniority};
use super::job::{job_ad, job_file_name, part_time_lasts, small_team, SMALL_DEPARTMENT};
use super::missions::{just_past_mvp, missions_for, past_mvp, Group, Mission, Pick, Tier};
use super::profile::{Incumbent, InputError, Lang, Need, Org, Problem, Profile, Software, Stage};
use super::route::{route, Route};
use super::scoring::{
    asked, assess, it_department_app, need_pulls, Assessment, CtoType, ItOperations, Outcome, Reason, Role, RunnerUp, Tip, LARGE_BOUND, LARGE_ORG, SMALL_BOUND,
    TEAM_LARGE, TEAM_SMALL, TYPOLOGY_END,
};
use super::text::{capitalized, fill, MissionText, Texts, TypeText};

#[derive(Clone, Debug)]
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
#[derive(Clone, Debug)]
pub struct ReasonView {
    pub text: String,
    /// "+4 stabilizer"; none for an answer that gives no points.
    pub badge: Option<String>,
    pub toward: Option<CtoType>,
}

#[derive(Clone, Debug)]
pub struct RunnerUpView {
    pub ty: CtoType,
    pub heading: String,
    pub intro: String,
    pub tips: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct MissionView {
    pub id: &'static str,
    pub title: &'static str,
    pub detail: &'static str,
    /// Whom the CTO works with on it.
    pub group: &'static str,
    /// Said when the mission answers a ticked need.
    pub matched: Option<String>,
}

/// The missions of one tier: carried first, also part of the job, later or through managers.
#[derive(Clone, Debug)]
pub struct TierView {
    pub id: &'static str,
    pub title: &'static str,
    pub missions: Vec<MissionView>,
}

/// A hat, and whether it is one of the three that weigh most past the first version.
#[derive(Clone, Debug)]
pub struct HatView {
    pub name: &'static str,
    pub detail: &'static str,
    pub priority: bool,
}

/// The hats the CTO wears, shares or hands over.
#[derive(Clone, Debug)]
pub struct HatGroupView {
    pub title: &'static str,
    pub hats: Vec<HatView>,
}

/// A titled list ("To hand over: ...").
#[derive(Clone, Debug)]
pub struct ListView {
    pub title: &'static str,
    pub items: Vec<&'static str>,
}

#[derive(Clone, Debug)]
pub struct PayView {
    pub label: &'static str,
    pub amount: &'static str,
    /// The band the answers call for (the widget's reading).
    pub highlighted: bool,
}

/// What comes after the match: hats, growth, the profile to hire, a job draft.
#[derive(Clone, Debug)]
pub struct DeeperView {
    /// The hats' heading, for the company's size.
    pub hats_heading: &'static str,
    pub hats: Vec<HatGroupView>,
    /// The tech team the hats are read from, given or assumed.
    pub hats_team: String,
    /// Said when the company is past its first version.
    pub priorities_note: Option<&'static str>,
    pub next: String,
    pub growth: Vec<ListView>,
    pub skills: Vec<&'static str>,
    pub ladder: Vec<&'static str>,
    pub position: &'static str,
    pub seniority: Seniority,
    pub pay: Vec<PayView>,
    pub pay_reading: String,
    /// The job ad as plain text (shown and copied) and as Markdown (downloaded).
    pub job: String,
    pub job_markdown: String,
    pub job_file: String,
}

/// How the seat is usually filled, and why for this company.
#[derive(Clone, Debug)]
pub struct RouteView {
    pub route: Route,
    pub name: &'static str,
    pub why: &'static str,
    /// Where such a seat is searched for, when that is not the usual way (a large organisation's).
    pub search: Option<&'static str>,
}

/// The whole result, ready to show. Two views are equal when they were made from the same profile in
/// the same language: a view is a pure function of that key, so comparing it is exact, and cheap for
/// the components that re-render on a change (a derived deep comparison would also ship kilobytes).
#[derive(Clone, Debug)]
pub struct ResultView {
    pub key: (Profile, Lang),
    pub outcome: Outcome,
    pub label: &'static str,
    pub name: &'static str,
    pub tagline: &'static str,
    pub portrait: &'static str,
    /// Empty when no CTO is needed (the bars would compare jobs nobody is hiring for).
    pub scores: Vec<ScoreView>,
    /// What points to the outcome, biggest first.
    pub reasons: Vec<ReasonView>,
    /// What pulls toward another type.
    pub against: Vec<ReasonView>,
    /// Answers that shape the missions but not the type.
    pub notes: Vec<String>,
    pub runner_up: Option<RunnerUpView>,
    pub tiers: Vec<TierView>,
    /// What to look for instead of a CTO; empty unless the outcome is `NoCto`.
    pub instead: Vec<&'static str>,
    /// Said past the startup typology.
    pub beyond: Option<String>,
    pub route: RouteView,
    /// For a CTO outcome: hats, growth, profile and job draft.
    pub deeper: Option<Rc<DeeperView>>,
    pub assessment: Assessment,
}

impl PartialEq for ResultView {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl ResultView {
    /// The language the view is written in.
    pub fn lang(&self) -> Lang {
        self.key.1
    }

    /// The ids of the missions shown, in order (the result event's `missions`).
    pub fn mission_ids(&self) -> Vec<&'static str> {
        self.tiers.iter().flat_map(|t| t.missions.iter().map(|m| m.id)).collect()
    }
}

/// The result for a profile in a language; `None` until a headcount is known.
pub fn result_view(profile: &Profile, lang: Lang) -> Option<ResultView> {
    let t = lang.texts();
    let assessment = assess(profile)?;
    let headcount = profile.headcount.unwrap_or_default();
    let role = assessment.it_operations.map(|o| o.role);
    // How the seat is filled: said in the route section, and it sets how the pay is read.
    let how = route(profile, assessment.outcome);
    // Who runs IT today, for an IT seat: read once for the first advice, the route and the reasons.
    let held = it_held(profile, how).filter(|_| matches!(role, Some(Role::ItOperations | Role::DigitalChange)));
    // (The question on who leads left blank over an IT team: its head is likely there, for the first advice
    // and the search alike.)
    let head_unsaid = head_unsaid(profile, how, held);
    let portrait = match (assessment.outcome, role) {
        // A product already out: the hacker keeps it running and moving rather than building a first version.
        // (A first version asked is still built, not taken over.)
        // A part-time seat beside an IT person in place: it steers the build, it does not code it.
        (Outcome::Cto(ty), _) if steering(profile, how) => {
            let p = pilot_words(profile, how, t);
            TypeText { tagline: p[0], portrait: p[1], ..(t.cto)(ty) }
        }
        (Outcome::Cto(CtoType::Hacker), _)
            if (just_past_mvp(profile.stage) || profile.stage == Some(Stage::Established) || (profile.stage.is_none() && profile.in_service()))
                && !profile.needs.contains(Need::FirstVersion) =>
        {
            TypeText { tagline: t.hacker_running[0], portrait: t.hacker_running[1], ..(t.cto)(CtoType::Hacker) }
        }
        // An IT department's head: a CIO's seat, said in its words.
        (Outcome::Cto(ty), _) if it_department_seat(profile, how) => TypeText { tagline: t.cio_seat[0], portrait: t.cio_seat[1], ..(t.cto)(ty) },
        // (Software that serves the business: its applications, not a product, made to last.)
        (Outcome::Cto(CtoType::Stabilizer), _) if matches!(profile.software, Some(Software::Support | Software::Internal)) => {
            TypeText { tagline: t.stabilizer_app[0], portrait: t.stabilizer_app[1], ..(t.cto)(CtoType::Stabilizer) }
        }
        (Outcome::Cto(ty), _) => (t.cto)(ty),
        (Outcome::NoCto, role) => {
            // A large organisation's IT is a department to lead: a CIO's seat, said in its words; a change
            // an IT manager leads is said as IT work, in theirs.
            let role = match role.unwrap_or(Role::ItOperations) {
                Role::ItOperations if headcount >= LARGE_ORG && how != Route::ItManager => Role::DigitalChange,
                Role::DigitalChange if how == Route::ItManager => Role::ItOperations,
                role => role,
            };
            // A raise and a due diligence are a funded startup's questions.
            let n = &t.why_no_cto;
            let (tagline, portrait) = match role {
                // A small shop's site: a ready-made service, not a question for an expert.
                Role::Audit if shop_site(profile) && headcount < SMALL_BOUND => (n.shop_tagline, n.shop_portrait_small),
                // (A non-profit's members, sign-ups and ticketing; a public body's, its procedures.)
                Role::Audit if shop_site(profile) && profile.org == Some(Org::Public) => (n.shop_tagline, n.shop_portrait_public),
                Role::Audit if shop_site(profile) && profile.org == Some(Org::Nonprofit) => (n.shop_tagline, n.shop_portrait_service),
                Role::Audit if shop_site(profile) => (n.shop_tagline, n.shop_portrait),
                Role::Audit if !profile.equity() => ((n.tagline)(role), n.audit_plain),
                // A small organisation's figures: its software's exports, not a seat.
                Role::Data if small_with_it(profile, 1) => (n.data_small_tagline, n.data_small_portrait),
                // (A small organisation's tools with their vendor: no CIO's seat either.)
                Role::DigitalChange
                    if vendor_project(profile, how)
                        && headcount < 2 * SMALL_BOUND
                        && !profile.needs.contains(Need::Processes)
                        && profile.org != Some(Org::Public) =>
                {
                    (n.vendor_project_tagline, n.vendor_project_portrait)
                }
                // (A public body's: pooled services or support bought by tender.)
                Role::DigitalChange if vendor_project(profile, how) && profile.org == Some(Org::Public) => {
                    (n.vendor_project_tagline, n.vendor_project_portrait_public)
                }
                Role::DigitalChange if vendor_project(profile, how) => (n.vendor_project_tagline, n.vendor_project_portrait_mid),
                // (Its projects, processes, data or roadmap asked, nothing of its computers, servers or security: those
                // in the words, not equipment and accounts.)
                Role::ItOperations if !profile.needs.iter().any(|n| matches!(n, Need::InternalIt | Need::Infrastructure | Need::QualitySecurity)) => {
                    ((n.tagline)(role), n.it_projects_portrait)
                }
                _ => ((n.tagline)(role), (n.portrait)(role)),
            };
            TypeText { tagline, portrait, ..t.no_cto }
        }
    };
    let (reasons, against, notes) = match assessment.outcome {
        Outcome::Cto(ty) => why(profile, &assessment, ty, how, t, lang),
        Outcome::NoCto => (why_no_cto(profile, assessment.it_operations.as_ref(), how, held, t), Vec::new(), Vec::new()),
    };
    let mut view = ResultView {
        key: (*profile, lang),
        outcome: assessment.outcome,
        label: t.you_need,
        name: portrait.name,
        tagline: portrait.tagline,
        portrait: portrait.portrait,
        scores: match assessment.outcome {
            Outcome::Cto(_) => scores(&assessment, t, lang),
            Outcome::NoCto => Vec::new(),
        },
        reasons,
        against,
        notes,
        // A business of a few with no product in sight: ticking needs is no road to a CTO, so no tips.
        // ...nor one whose one person in tech runs its staff tools.
        // (An IT department's app: its CIO's project, no type to reach by ticking more.)
        // (Nor a department of a hundred or more: it builds already.)
        runner_up: assessment
            .runner_up
            .as_ref()
            .filter(|_| !(it_department_app(profile) || (assessment.outcome == Outcome::NoCto && profile.tech.is_some_and(|n| n >= LARGE_DEPARTMENT))))
            .map(|r| {
                // ...nor one with nobody in tech whose software serves its trade, when the answer is not a CTO.
                let few = headcount < SMALL_BOUND
                    || profile.software == Some(Software::Internal)
                    || profile.org == Some(Org::Public)
                    || (profile.software == Some(Software::Support) && profile.tech.is_none_or(|n| n == 0) && assessment.outcome == Outcome::NoCto);
                // (A first version or a design asked: not said to be absent from the answers.)
                let building = profile.needs.contains(Need::FirstVersion) || profile.needs.contains(Need::Product);
                runner_up(r, assessment.outcome, few, building, profile.org, t, lang)
            }),
        tiers: assessment.outcome.cto().map(|ty| tiers(ty, profile, how, t)).unwrap_or_default(),
        instead: instead(profile, &assessment, role, how, held, head_unsaid, t),
        beyond: match (assessment.beyond_typology, assessment.outcome) {
            (true, Outcome::Cto(CtoType::Industrializer)) if it_department_seat(profile, how) => Some(t.beyond_it_department),
            (true, Outcome::Cto(CtoType::Industrializer)) => Some(t.beyond_typology),
            (true, Outcome::Cto(_)) => Some(t.beyond_team),
            _ => None,
        }
        .map(|note| fill(note, &[("n", &lang.number(headcount.into()))])),
        route: route_view(profile, how, held, head_unsaid, t),
        deeper: assessment.outcome.cto().map(|ty| Rc::new(deeper(ty, profile, lang, how))),
        assessment,
    };
    // A non-profit told a day rate before tax hears that the VAT on top is usually its cost (fr99 to fr101).
    let before_tax = |text: &str| text.contains(t.why_no_cto.before_tax);
    // (Said after the line that quotes the rate, or before the closing line when only the route does.)
    // (A CTO's page says it in its pay block.)
    if profile.org == Some(Org::Nonprofit) && view.outcome == Outcome::NoCto {
        let at = view.instead.iter().position(|line| before_tax(line)).map(|i| i + 1);
        if let Some(at) = at.or_else(|| before_tax(view.route.why).then_some(view.instead.len().saturating_sub(1))) {
            view.instead.insert(at, t.why_no_cto.vat_nonprofit);
        }
    }
    Some(view)
}

/// What to look for instead of a CTO, in order: its own function, so that a browser compiles it apart from the
/// rest of the result (issue 22: one huge function takes several times longer to compile than its parts).
#[inline(never)]
fn instead(
    profile: &Profile,
    assessment: &Assessment,
    role: Option<Role>,
    how: Route,
    held: Option<ItHeld>,
    head_unsaid: bool,
    t: &Texts,
) -> Vec<&'static str> {
    let headcount = profile.headcount.unwrap_or_default();
    match assessment.outcome {
        Outcome::Cto(_) => Vec::new(),
        Outcome::NoCto => {
            let n = &t.why_no_cto;
            // A small organisation's figures, in its own words (a non-profit's donors and members).
            let public = profile.org == Some(Org::Public);
            let data_small = match profile.org {
                Some(Org::Nonprofit) => n.data_small_members,
                // (A firm's site or app: its sales and orders, not quotes on file servers; fr101 M8.)
                Some(Org::Sme | Org::Startup | Org::Group) | None if profile.software == Some(Software::Support) => n.data_small_site,
                _ => n.data_small,
            };
            // A large public body's data: a hospital's medical information department beside it.
            // (Past five thousand, a data office under its chief data officer: a ministry's.)
            let data_team = match headcount {
                h if h >= 5 * TYPOLOGY_END && profile.org == Some(Org::Public) => n.data_office_public,
                h if h >= 5 * TYPOLOGY_END => n.data_office,
                h if h > TYPOLOGY_END && profile.org == Some(Org::Public) => n.data_team_public,
                // (Past a thousand: a team of its own, not a small one; cto103 #19.)
                h if h > TYPOLOGY_END => n.data_team_large,
                _ => n.data_team,
            };
            // (The question on who leads left blank over an IT team: its head is likely there: kept, or the
            // seat filled first if it is empty: a metropolis's digital department.)
            let mut instead = vec![match role {
                _ if head_unsaid && profile.tech.is_none() => n.head_unsaid_org,
                _ if head_unsaid => n.head_unsaid,
                // Someone already holds IT: strengthen that seat rather than fill it again.
                // (Two in IT, one of them its manager: that pair kept, not one contact.)
                _ if held == Some(ItHeld::One) && profile.tech == Some(2) && profile.cto == Some(Incumbent::InPlace) => n.in_place_two,
                _ if held == Some(ItHeld::One) && profile.tech == Some(2) => n.in_place_two_unsaid,
                _ if held == Some(ItHeld::One) => n.in_place_one,
                _ if held == Some(ItHeld::Cio) => n.in_place_dept,
                _ if held == Some(ItHeld::Lead) && profile.org == Some(Org::Group) => n.in_place_it_group,
                _ if held == Some(ItHeld::Lead) => n.in_place_it,
                // A small organisation's change with nobody in IT: a project with the vendor.
                Some(Role::DigitalChange) if vendor_project(profile, how) && profile.org == Some(Org::Public) => n.change_no_it_public,
                Some(Role::DigitalChange) if vendor_project(profile, how) => n.change_no_it,
                // Figures at a large organisation: a head of data's seat.
                Some(Role::Data) if how == Route::HeadOfData => data_team,
                // A change an IT manager leads: that seat, not a CIO's.
                Some(Role::DigitalChange) if how == Route::ItManager && profile.org == Some(Org::Public) => n.it_manager_change_public,
                Some(Role::DigitalChange) if how == Route::ItManager => n.it_manager_change,
                // A small shop's site: a ready-made service first, advice only if torn.
                // (Under ten people, a subscription of their own, no agency.)
                Some(Role::Audit) if shop_site(profile) && headcount < SMALL_BOUND => n.shop_platform_small,
                // (A public body's or a non-profit's: a portal, by tender for a public body.)
                Some(Role::Audit) if shop_site(profile) && profile.org == Some(Org::Public) => n.shop_platform_service_public,
                Some(Role::Audit) if shop_site(profile) && profile.org == Some(Org::Nonprofit) => n.shop_platform_service,
                Some(Role::Audit) if shop_site(profile) => n.shop_platform,
                // (The first advice follows the route: an IT manager past 250 people with a few in IT.)
                // (...over a team of five or more: its lead, not a provider's contact.)
                None | Some(Role::ItOperations) if how == Route::ItManager && profile.tech.is_some_and(|t| t >= 2) => n.it_manager_team_first,
                None | Some(Role::ItOperations) if how == Route::ItManager => n.instead[1],
                // A small public body: pooling first, or a provider by tender.
                // (...its one IT person the referent, pooling or a provider behind.)
                None | Some(Role::ItOperations) if how == Route::ManagedIt && profile.org == Some(Org::Public) && profile.tech == Some(1) => {
                    n.managed_it_public_referent
                }
                None | Some(Role::ItOperations) if how == Route::ManagedIt && profile.org == Some(Org::Public) => n.managed_it_public_first,
                // (An IT department already there: its head, not a team to build.)
                None | Some(Role::ItOperations) if instead_tier(headcount) == 2 && profile.tech.is_some_and(|t| t > TEAM_SMALL) => n.it_director_team,
                // (A provider on the route, a provider here: a non-profit of fifty-five with nobody in IT.)
                None | Some(Role::ItOperations) if how == Route::ManagedIt => n.instead[0],
                None | Some(Role::ItOperations) => n.instead[instead_tier(headcount)],
                // (A group's company: its CIO answers to its management and to the group's CIO. Past a
                // thousand people or twenty in IT, the group itself: its CIO sits on its executive committee.)
                Some(Role::DigitalChange)
                    if profile.org == Some(Org::Group)
                        && profile.headcount.is_some_and(|h| h <= TYPOLOGY_END)
                        && profile.tech.is_none_or(|n| n < TEAM_LARGE) =>
                {
                    n.cio_group
                }
                // (A full-time CISO where the route says so: a shared or part-time one under a thousand people
                // with no IT department.)
                Some(Role::Security) if how == Route::Ciso && profile.org == Some(Org::Public) => n.ciso_full_public,
                Some(Role::Security) if how == Route::Ciso => n.ciso_full,
                // A small organisation's figures: its software's exports first.
                Some(Role::Data) if small_with_it(profile, 1) => data_small,
                // (Its IT costs alone: an IT consultant's few days, not a CTO's.)
                Some(Role::Audit) if it_costs(profile) => n.it_costs,
                // (Its trade's software chosen: its vendors, peers and accountant first.)
                // (A public body's: pooled services and a tender, not its accountant.)
                Some(Role::Audit) if business_software(profile) && profile.org == Some(Org::Public) => n.business_software_public_first,
                // (A non-profit's: similar non-profits and its federation, not peers and an accountant; fr102 M4.)
                Some(Role::Audit) if business_software(profile) && profile.org == Some(Org::Nonprofit) => n.business_software_first_nonprofit,
                Some(Role::Audit) if business_software(profile) => n.business_software_first,
                // (A mid-sized firm's business software chosen, nobody in IT: an IT consultant's days, not a CTO's.)
                // (With an IT team: that team runs the choice, a consultant's days beside it.)
                Some(Role::Audit) if software_choice(profile) && profile.tech.is_some_and(|n| n > 0) => n.business_software_team,
                // (A group's company: the group's IT first, its listed vendors and framework contracts; fr98 C1.)
                Some(Role::Audit) if software_choice(profile) && profile.org == Some(Org::Group) => n.business_software_group,
                Some(Role::Audit) if software_choice(profile) => n.business_software_consultant,
                // (Past a thousand people: a seat on the executive committee.)
                Some(Role::DigitalChange) if headcount > TYPOLOGY_END => n.cio_large,
                Some(role) => (n.instead_role)(role),
            }];
            // (A small firm's: its chamber of trades' or of commerce's digital check-up first; a shop's budget too.)
            if role == Some(Role::Audit)
                && (it_costs(profile) || business_software(profile) || (shop_site(profile) && profile.needs.contains(Need::Budget)))
                && profile.org == Some(Org::Sme)
                && headcount < LARGE_BOUND
            {
                instead.push(n.it_costs_chamber);
            }
            // (The CRM or reporting tool chosen by an IT team in place: a project lead and an integrator.)
            if role == Some(Role::Data) && profile.needs.contains(Need::TechChoices) && profile.tech.is_some_and(|n| n > 1) {
                instead.push(n.data_tool_project);
            } else if role == Some(Role::Data) && profile.needs.contains(Need::TechChoices) && profile.tech.is_none_or(|n| n == 0) {
                // (Nobody in IT: the tool chosen among the sector's, its first dashboards with it.)
                instead.push(n.data_tool_choose);
            }
            if role == Some(Role::Audit) && shop_site(profile) {
                instead.push(n.shop_advice);
                // (A first version asked: if no service fits, a brief and a freelancer, not "come back"; cto103 #35.)
                if profile.needs.contains(Need::FirstVersion) && profile.tech.is_none_or(|t| t == 0) {
                    instead.push(n.shop_none_fits);
                } else if profile.needs.contains(Need::FirstVersion) && profile.tech == Some(1) {
                    // (One IT person: they or a freelancer build it, a part-time CTO writing the brief; cto108 #2.)
                    instead.push(n.shop_none_fits_one);
                }
                // (Its season's load: the platform's higher plan or managed hosting, load-tested.)
                if profile.needs.contains(Need::Scalability) {
                    instead.push(n.shop_load);
                }
                // Its tills, computers and network: a provider or the till's vendor, monthly.
                // (An association's: its computers and its ticketing.)
                if profile.needs.contains(Need::InternalIt) {
                    instead.push(match profile.org {
                        Some(Org::Nonprofit) => n.venue_it,
                        // (A public body's computers: pooling, or a provider by tender.)
                        Some(Org::Public) if profile.tech == Some(1) => n.managed_it_public_referent,
                        Some(Org::Public) => n.managed_it_public_first,
                        _ => n.shop_it,
                    });
                }
            }
            // A group's company: its group's IT before anything else.
            // (Not the group's IT company itself: half its people or more in tech.)
            let it_role = matches!(role, Some(Role::ItOperations | Role::DigitalChange | Role::Security | Role::Data));
            let group_first = profile.org == Some(Org::Group) && it_role && headcount <= TYPOLOGY_END && profile.tech.is_none_or(|t| 2 * t < headcount);
            // (A CIO with a department may lead the group itself: "if you are a subsidiary".)
            if group_first {
                instead.insert(0, if held == Some(ItHeld::Cio) { n.group_it_held } else { n.group_it });
            }
            // Where the first advice now stands.
            let first = usize::from(group_first);
            // (A platform beside the business run by one person or none: most often a vendor's service,
            // its load the vendor's: a theatre's ticketing.)
            // (...up to a public body's or a non-profit's handful, as the route reads them.)
            if role == Some(Role::Hosting)
                && profile.software == Some(Software::Support)
                && profile.tech.is_none_or(|t| t <= 1 || (t <= TEAM_SMALL && matches!(profile.org, Some(Org::Public | Org::Nonprofit))))
            {
                instead.insert(first, n.platform_vendor_first);
            }
            // A first online service beside a small IT team's work: ready-made or its software's module
            // first. (An IT department's app is its CIO's project, said below.)
            if matches!(role, Some(Role::ItOperations | Role::DigitalChange))
                && profile.needs.contains(Need::FirstVersion)
                && !profile.needs.contains(Need::Product)
                && profile.tech.is_some_and(|t| t <= TEAM_SMALL)
                && !it_department_app(profile)
            {
                instead.insert(first + 1, if profile.org == Some(Org::Public) { n.online_service_public } else { n.online_service });
            }
            // Nobody in IT, staff IT asked beside a change, from fifty people: its computers to a provider.
            if role == Some(Role::DigitalChange)
                && profile.tech.is_none_or(|t| t == 0)
                && (LARGE_BOUND..2 * LARGE_ORG).contains(&headcount)
                && profile.needs.contains(Need::InternalIt)
            {
                instead.push(if profile.org == Some(Org::Public) { n.change_no_it_public } else { n.change_no_it });
            }
            // The team hired or the platform grown: read once for the developers' head and the app's owner.
            let grows = profile.needs.contains(Need::HireTeam) || profile.needs.contains(Need::Scalability);
            let dev_head = dev_head_named(profile, role).then(|| {
                // (A department of a hundred developers or more: their director is an executive too.)
                // (From forty developers beside the business, led through team leads: a ministry's sixty;
                // an IT department on staff tools counts its operations too: from a hundred.)
                // (...beside the business, from forty only where it hires or grows its platform: forty in IT
                // building an app with an agency are the whole department, its developers a dozen.)
                let large = if profile.software == Some(Software::Internal) || !grows { LARGE_DEPARTMENT } else { 2 * TEAM_LARGE };
                // (A public body's on its scale: a senior management post.)
                // (Under an IT manager, no IT director: a lead developer among them.)
                match profile.tech.is_some_and(|t| t >= large) {
                    false if how == Route::ItManager => n.dev_lead_it_manager,
                    true if profile.org == Some(Org::Public) => n.dev_head_it_large_public,
                    true => n.dev_head_it_large,
                    false if profile.org == Some(Org::Public) => n.dev_head_it_public,
                    false => n.dev_head_it,
                }
            });
            // An IT department's app: a product owner under the CIO; its developers' head first where they are
            // to be hired or the platform grown (a retail group's e-commerce).
            // (...or a public body's or a non-profit's platform its IT head keeps: a product owner beside them.)
            let app = role == Some(Role::DigitalChange) && (it_department_app(profile) || super::scoring::headed_platform(profile));
            // (Five or more in IT beside it: the product owner works with them, not only an agency; cto105 #37.)
            if app && !grows {
                instead.push(if profile.tech.is_some_and(|t| t > TEAM_SMALL) { n.app_project_team } else { n.app_project });
            }
            // (Developers who build, their head named: not told to come back once they build.)
            let builds = dev_head.is_some();
            instead.extend(dev_head);
            // (Its developers build it with the product owner: not an agency's or a vendor's project.)
            if app && grows {
                instead.push(if builds { n.app_project_team } else { n.app_project });
            }
            // (A client platform under load beside the business, no developers' head named: its architect.)
            if role == Some(Role::DigitalChange) && profile.software == Some(Software::Support) && profile.needs.contains(Need::Scalability) && !builds {
                instead.push(n.scale_beside_cio);
            }
            // A change beside one or a lead who runs IT: the project itself needs its director; under fifty
            // people, whoever runs IT leads it with the vendor, a part-time CIO only if it is heavy.
            let change_beside = role == Some(Role::DigitalChange) && matches!(held, Some(ItHeld::One | ItHeld::Lead));
            // (No change asked: its roadmap or budget written with that person, or its rules set, not a project.)
            if change_beside {
                let asked = |need| profile.needs.contains(need);
                instead.push(match headcount {
                    h if asked(Need::Change) && h < LARGE_BOUND => n.change_small_it,
                    _ if asked(Need::Change) && public => n.change_project_lead_public,
                    _ if asked(Need::Change) => n.change_project_lead,
                    _ if asked(Need::Roadmap) || asked(Need::Budget) => n.roadmap_beside_it,
                    _ => n.processes_beside_it,
                });
            }
            // (A CIO in place leading a change (an ERP, going paperless): a project director beside them.)
            // (...or a large organisation's change under an IT manager still to name: the same.)
            if role == Some(Role::DigitalChange)
                && profile.needs.contains(Need::Change)
                && (held == Some(ItHeld::Cio) || (held.is_none() && how == Route::ItManager && headcount >= LARGE_ORG))
            {
                instead.push(match (held.is_none(), public) {
                    (true, true) => n.change_project_lead_to_name_public,
                    (true, false) => n.change_project_lead_to_name,
                    (false, true) => n.change_project_lead_public,
                    (false, false) => n.change_project_lead,
                });
            }
            // A public body past a few dozen: what its hospital group or local authorities already pool.
            // (Security beside a CIO in place too: a hospital group often shares its CISO.)
            // (Nor where its head is likely there, the question left blank.)
            // (A team under twenty whose head is likely there still hears of what is pooled.)
            let department = profile.tech.is_some_and(|t| t >= TEAM_LARGE);
            // (A department of twenty or more whose head left: the seat is defined, and vacant; what is
            // pooled already draws its scope.)
            let vacant_department = profile.cto == Some(Incumbent::Left) && department;
            let pooled_seat = (profile.cto != Some(Incumbent::InPlace) && !(head_unsaid && department)) || role == Some(Role::Security);
            // (Not where the route itself sends it to pooled services first: said once; fr104 M4.)
            if profile.org == Some(Org::Public) && it_role && headcount >= LARGE_BOUND && pooled_seat && how != Route::ManagedIt {
                instead.push(if vacant_department && role != Some(Role::Security) { n.public_pooled_scope } else { n.public_pooled });
            }
            // (A hosted platform's figures too: its back office and its till.)
            if matches!(role, Some(Role::ItOperations | Role::DigitalChange | Role::Audit | Role::Hosting)) && profile.needs.contains(Need::Data) {
                instead.push(match headcount {
                    // (Its software being chosen: its reports first, before any BI project; the candidate's
                    // reading asks the same.)
                    _ if figures_from_chosen(profile) => n.data_from_chosen,
                    // (Nobody in IT yet: an analyst or a BI project under the first CIO, not a data team beside
                    // them; cto108 #21.)
                    h if h >= 2 * LARGE_ORG && profile.tech != Some(0) => data_team,
                    // A shop's sales figures: its shop service and its till.
                    // (A non-profit's or a public body's platform has no till: its software's figures.)
                    // (A ready-made service's under fifty: an industrial firm of 110 has no till.)
                    h if ((role == Some(Role::Audit) && shop_site(profile)) || role == Some(Role::Hosting))
                        && h < LARGE_BOUND
                        && !matches!(profile.org, Some(Org::Nonprofit | Org::Public)) =>
                    {
                        n.shop_data
                    }
                    // A firm of a few with nobody in tech: its figures live in its business software.
                    _ if small_with_it(profile, 1) => data_small,
                    // (A public body's figures and their opening: a data officer.)
                    _ if profile.org == Some(Org::Public) => n.data_too_public,
                    _ => n.data_too,
                });
            }
            // Part time is enough only where IT is a person or two, not a team; beside someone who runs
            // IT, or an IT manager to hire, it backs them.
            // (Not where the first advice already said it: a small organisation's project with its vendor,
            // or a roadmap or rules written with the person in place.)
            if role == Some(Role::DigitalChange)
                && !small_with_it(profile, 0)
                && !vendor_project(profile, how)
                && !(change_beside && (headcount < LARGE_BOUND || !profile.needs.contains(Need::Change)))
                && (headcount < LARGE_ORG || how == Route::ItManager)
                && profile.tech.is_none_or(|t| t <= TEAM_SMALL)
            {
                instead.push(match held {
                    Some(_) => n.cio_backing,
                    // (An IT manager still to hire: the one you hire.)
                    // (Software being chosen: its specification and the vendors' demos first; a public
                    // body's bought by tender.)
                    None if how == Route::ItManager => match (profile.needs.contains(Need::TechChoices), public) {
                        (true, true) => n.cio_backing_choice_public,
                        (true, false) => n.cio_backing_choice,
                        (false, true) => n.cio_backing_hire_public,
                        (false, false) => n.cio_backing_hire,
                    },
                    None => n.cio_small,
                });
            }
            // Security asked by a large organisation is a seat of its own beside IT or the CIO.
            if headcount >= LARGE_ORG && profile.needs.contains(Need::QualitySecurity) && role != Some(Role::Security) {
                // Shared with other bodies for a mid-sized one; a seat of its own past a thousand.
                instead.push(match headcount {
                    // (...or beside an IT department of twenty or more, at a thousand too: a department's of a
                    // hundred; the ninety-fifth French reading.)
                    _ if super::route::full_time_ciso(profile) && profile.org == Some(Org::Public) => t.why_no_cto.ciso_full_public,
                    _ if super::route::full_time_ciso(profile) => t.why_no_cto.ciso_full,
                    // A group's company: its group's CISO first, a security contact on site (not beside a
                    // department of its own).
                    // (Not a group's IT of twenty or more, whoever heads it: a CISO of its own; nor a
                    // department's, read as if its head were in place: an ETI's twelve whose CIO left.)
                    _ if group_site_security(profile, how) => t.why_no_cto.ciso_group,
                    // (A company's: part time, outsourced; a public body's or a non-profit's shared with others.)
                    _ if matches!(profile.org, Some(Org::Public | Org::Nonprofit)) => t.why_no_cto.ciso_too,
                    _ => t.why_no_cto.ciso_too_firm,
                });
            }
            // Security in a firm without a CISO of its own: a check-up first, then the provider or the
            // IT staff carry it out.
            // (Nobody in IT: the provider alone; a public body: the national agency's schemes too.)
            if matches!(role, Some(Role::ItOperations | Role::DigitalChange | Role::Hosting))
                && headcount < LARGE_ORG
                && profile.needs.contains(Need::QualitySecurity)
            {
                let nobody = profile.tech.is_none_or(|n| n == 0);
                let checkup = match profile.tech {
                    // (Clients asking: a consultant's few days for their questionnaires, no retainer.)
                    _ if nobody && profile.needs.contains(Need::Clients) => n.security_checkup_clients,
                    _ if nobody => n.security_checkup_provider,
                    // (A platform its developers keep, its host beside: they carry out the plan.)
                    Some(_) if role == Some(Role::Hosting) => n.security_checkup_host,
                    Some(2..) => n.security_checkup_team,
                    _ => n.security_checkup,
                };
                instead.insert(first + 1, checkup);
                // (A small public body: the national agency's free schemes before a paid check-up.)
                if profile.org == Some(Org::Public) {
                    instead.insert(if headcount < LARGE_BOUND { first + 1 } else { first + 2 }, n.security_public);
                }
            }
            // (A security consultant's plan with nobody in IT: the IT provider carries it out; cto103 #10.)
            if role == Some(Role::Security) && how == Route::SecurityConsultant && profile.tech == Some(0) {
                instead.insert(first + 1, n.security_plan_provider);
            }
            // A small organisation choosing its business software: its trade's vendors, not the IT provider.
            // (A small firm's software switch with nobody in IT: its trade's solutions compared first.)
            let vendor_choice = role == Some(Role::DigitalChange) && vendor_project(profile, how) && profile.software == Some(Software::Internal);
            if ((role == Some(Role::ItOperations) && headcount < LARGE_BOUND) || vendor_choice) && profile.needs.contains(Need::TechChoices) {
                // (A non-profit's or a public body's: its sector's, its donors or members.)
                let line = if matches!(profile.org, Some(Org::Nonprofit | Org::Public)) { n.business_software_sector } else { n.business_software };
                instead.insert(if vendor_choice { 0 } else { 1.min(instead.len()) }, line);
            } else if role == Some(Role::ItOperations)
                && profile.needs.contains(Need::TechChoices)
                && headcount < LARGE_ORG
                && profile.tech.is_some_and(|t| (1..=TEAM_SMALL).contains(&t))
            {
                // (A mid-sized one with a few IT people: they run the choice, with advice if torn.)
                instead.insert(1.min(instead.len()), n.business_software_it);
            } else if role == Some(Role::ItOperations)
                && profile.needs.contains(Need::TechChoices)
                && headcount < LARGE_ORG
                && how == Route::ItManager
                && profile.tech.is_none_or(|t| t == 0)
            {
                // (...nobody in IT yet: the person hired runs it; a public body buys by tender.)
                instead.insert(1.min(instead.len()), if profile.org == Some(Org::Public) { n.business_software_hire_public } else { n.business_software_hire });
            }
            // (Not where the app is being built: it is the IT department's project; nor for a department of a
            // hundred or more, which builds already; nor for a public body or past 250 people, whose own
            // software would be its IT department's or a chief digital officer's.)
            if !it_department_app(profile)
                && !builds
                && profile.tech.is_none_or(|n| n < LARGE_DEPARTMENT)
                && profile.org != Some(Org::Public)
                && headcount < LARGE_ORG
            {
                instead.push(t.why_no_cto.instead_build);
            }
            instead
        }
    }
}

/// How the seat is filled, why, and where it is searched for (its own function, as `instead`).
#[inline(never)]
fn route_view(profile: &Profile, how: Route, held: Option<ItHeld>, head_unsaid: bool, t: &Texts) -> RouteView {
    let headcount = profile.headcount.unwrap_or_default();
    let why = match how {
        // An IT department beside the business: its director, likelier (a group's first).
        Route::Executive if it_department_seat(profile, how) && profile.org == Some(Org::Group) => t.route.executive_it_department_group,
        Route::Executive if it_department_seat(profile, how) => t.route.executive_it_department,
        // (One IT person runs the project with the vendor; at a public body, through pooled services
        // or a tender, below.)
        Route::Audit if shop_site(profile) && profile.tech == Some(1) && profile.org != Some(Org::Public) => t.route.shop_why_it_person,
        // (A small firm choosing its business software: its trade's vendors first.)
        Route::Audit if business_software(profile) && profile.org == Some(Org::Public) => t.why_no_cto.business_software_public,
        Route::Audit if business_software(profile) && profile.org == Some(Org::Nonprofit) => t.why_no_cto.business_software_sector,
        Route::Audit if business_software(profile) => t.why_no_cto.business_software,
        // (Only its clients' technical questions asked: said as such, not costs or a roadmap; cto102 #10.)
        Route::Audit
            if super::scoring::asked(profile).is_empty()
                && profile.needs.contains(Need::Clients)
                && !profile.needs.contains(Need::Budget)
                && profile.org != Some(Org::Public)
                && it_costs(profile) =>
        {
            t.route.clients_why
        }
        Route::Audit if it_costs(profile) && profile.org == Some(Org::Public) => t.route.it_costs_why_public,
        Route::Audit if it_costs(profile) => t.route.it_costs_why,
        Route::Audit if software_choice(profile) && profile.org == Some(Org::Group) => t.route.software_choice_why_group,
        Route::Audit if software_choice(profile) => t.route.software_choice_why,
        Route::Audit if shop_site(profile) && profile.org == Some(Org::Public) => t.route.shop_why_public,
        Route::Audit if shop_site(profile) && headcount < SMALL_BOUND => t.route.shop_why_small,
        Route::Audit if shop_site(profile) => t.route.shop_why,
        Route::FirstHire if profile.org == Some(Org::Group) => t.route.first_hire_group,
        Route::FirstHire if profile.tech == Some(0) => t.route.first_hire_none,
        Route::DataAnalyst if small_with_it(profile, 1) => t.route.data_small_why,
        Route::Promote if profile.cto == Some(Incumbent::Left) => t.route.promote_left,
        // Before a raise: a real stake for the one promoted (a first version to build too).
        Route::Promote if matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) && profile.needs.contains(Need::Investors) && profile.equity() => {
            t.route.promote_raise
        }
        // A first version still to build: the project, not the code.
        Route::Promote if profile.needs.contains(Need::FirstVersion) => t.route.promote_early,
        Route::Promote if matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) => t.route.promote_early,
        Route::Promote if profile.org == Some(Org::Public) => t.route.promote_public,
        Route::Interim if profile.tech == Some(0) => t.route.interim_none,
        // (A public body: its deputy, or an interim bought by public tender; the post advertised.)
        Route::Interim if profile.org == Some(Org::Public) => t.route.interim_public[1],
        // A department of forty or more: an acting CTO from its managers, a search firm.
        Route::Interim if profile.tech.is_some_and(|n| n >= 2 * TEAM_LARGE) => t.route.interim_large,
        // (Under twenty people, a seed startup's too: part time, the senior developer helped.)
        Route::Interim if interim_part_time(profile) => t.route.interim_small,
        // (Ten to forty: a lead the team follows may act, helped part time.)
        Route::Interim if profile.tech.is_some_and(|n| n >= SMALL_BOUND) => t.route.interim_team,
        Route::ManagedIt if profile.org == Some(Org::Public) => t.route.managed_it_public,
        // A large public body or non-profit that said nothing else: a CIO is likelier.
        // (Each in its own words and by size: pooled IT or an IT manager under 250 people.)
        Route::Executive if unsaid_body(profile) => match (profile.org, headcount >= LARGE_ORG) {
            (Some(Org::Public), true) => t.route.executive_public_unsaid,
            (Some(Org::Public), false) => t.route.executive_unsaid_small_public,
            (None | Some(Org::Sme | Org::Group | Org::Startup), true) => t.route.executive_unsaid_firm,
            (None | Some(Org::Sme | Org::Group | Org::Startup), false) => t.route.executive_unsaid_small_firm,
            (_, true) => t.route.executive_unsaid_nonprofit,
            (_, false) => t.route.executive_unsaid_small_nonprofit,
        },
        Route::Executive if profile.org == Some(Org::Public) => t.route.executive_public,
        // A freelancer alone whose software serves the trade: no seat, what was asked answered.
        Route::Founder if headcount == 1 && profile.software == Some(Software::Support) && past_mvp(profile.stage) => t.route.founder_solo_trade,
        Route::Founder if headcount == 1 => t.route.founder_solo,
        // A public body's part-time seat: pooled services, or a service bought by public tender.
        // (Its holder gone: the access back first, then the part-time seat.)
        Route::Fractional if profile.cto == Some(Incumbent::Left) && profile.org != Some(Org::Public) => t.route.fractional_left,
        Route::Fractional if profile.org == Some(Org::Public) && !unsaid(profile, how) => t.route.fractional_public,
        // One person in IT in place: they lead on the organisation's side, a part-time CTO beside.
        Route::Fractional if pilots_build(profile, how) => t.route.fractional_in_place,
        // A small firm past its start that said nothing: no seat asserted.
        Route::Fractional if unsaid(profile, how) => t.route.fractional_unsaid,
        // A product an agency built: taken back in house part time.
        Route::Fractional if takeover(profile) => t.route.fractional_takeover,
        // (A product that runs, developers on staff: reviewed and guided, as the ad says.)
        Route::Fractional if super::job::guides_product_in_service(profile, how) => {
            if profile.tech == Some(1) {
                t.route.fractional_team_one
            } else {
                t.route.fractional_team
            }
        }
        // Developers on staff beside the business: they build, the part-time seat frames and guides.
        // (Developers on staff beside the business, one or more, an app to build: guided, an agency when
        // they are not enough.)
        Route::Fractional
            if steers_build(profile, how)
                && (profile.tech.is_some_and(|n| n >= 3)
                    || (profile.tech.is_some_and(|n| n >= 1)
                            // (One IT person at a public body or a non-profit runs its tools: no developer to
                            // guide, as the ad says.)
                            && !(profile.tech == Some(1) && matches!(profile.org, Some(Org::Public | Org::Nonprofit)))
                            && matches!(profile.software, Some(Software::Support | Software::Internal))
                            && (profile.asks_to_build() || matches!(profile.stage, Some(Stage::Idea | Stage::Mvp))))) =>
        {
            t.route.fractional_team_support
        }
        // A part-time seat over developers building the product: it guides them.
        Route::Fractional if profile.tech.is_some_and(|n| n >= 1) && profile.software == Some(Software::Product) => {
            if profile.tech == Some(1) {
                t.route.fractional_team_one
            } else {
                t.route.fractional_team
            }
        }
        Route::Cofounder if profile.cto == Some(Incumbent::Left) && profile.tech == Some(0) => t.route.cofounder_left_alone,
        Route::Cofounder if profile.cto == Some(Incumbent::Left) => t.route.cofounder_left,
        // (Two founders or more who build, not all: the most experienced of them.)
        Route::Founder if profile.tech.is_some_and(|n| n >= 2 && n < headcount) => t.route.founder_some,
        Route::Founder if profile.tech.is_some_and(|n| n < headcount) => t.route.founder_one,
        // (More than five engineers are a team, not founders, whatever the stage; cto107 #20.)
        Route::Founder if !matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) || headcount > FOUNDERS_MAX => t.route.founder_team,
        Route::Executive if small_team(profile) => t.route.executive_small,
        Route::Executive if profile.org == Some(Org::Group) => t.route.executive_group,
        Route::ItManager if profile.tech.is_some_and(|n| n > TEAM_SMALL) => t.route.it_manager_team,
        // A group's company: someone on site, the link with the group's IT.
        Route::ItManager if profile.org == Some(Org::Group) => t.route.it_manager_group,
        Route::Ciso if profile.org == Some(Org::Public) => t.route.ciso_public,
        _ => (t.route.why)(how),
    };
    // Someone already runs IT: that seat strengthened (a provider beside one person, a CIO's
    // means for a lead, more beside a CIO with a department).
    let (name, why) = match (how, held) {
        (Route::Audit, _) if shop_site(profile) && profile.tech == Some(1) && profile.org != Some(Org::Public) => (t.route.shop_name_it_person, why),
        // (A public body's IT: pooling first, as its text says.)
        (Route::ManagedIt, None) if profile.org == Some(Org::Public) => (t.route.managed_it_public_name, why),
        (Route::Audit, _) if business_software(profile) && profile.org == Some(Org::Public) => (t.route.business_software_public_name, why),
        (Route::Audit, _) if business_software(profile) => (t.route.business_software_name, why),
        (Route::Audit, _) if it_costs(profile) || software_choice(profile) => (t.route.it_costs_name, why),
        (Route::Audit, _) if shop_site(profile) && profile.org == Some(Org::Public) => (t.route.shop_name_public, why),
        (Route::Audit, _) if shop_site(profile) && headcount < SMALL_BOUND => (t.route.shop_name_small, why),
        (Route::Audit, _) if shop_site(profile) => (t.route.shop_name, why),
        // The IT lead gone, a few in IT remain: one of them, or a hire, takes the service.
        (Route::ItManager, None) if profile.cto == Some(Incumbent::Left) && profile.tech.is_some_and(|n| n >= 2) => {
            ((t.route.name)(how), t.route.it_manager_left_team)
        }
        // (A public IT syndicate, its technicians half its staff or more: IT is its trade, headed by a
        // technical director of production and infrastructure.)
        (Route::ItManager, None) if profile.org == Some(Org::Public) && profile.tech.is_some_and(|n| n > TEAM_SMALL && n * 2 >= headcount) => {
            (t.route.it_trade_name, why)
        }
        (_, Some(ItHeld::One)) if profile.org == Some(Org::Public) => (t.route.in_place_one[0], t.route.in_place_one_public),
        (_, Some(ItHeld::One)) if profile.tech == Some(2) => (t.route.in_place_two_name, t.route.in_place_two),
        (_, Some(ItHeld::One)) => (t.route.in_place_one[0], t.route.in_place_one[1]),
        (_, Some(ItHeld::Cio)) => (t.route.in_place_cio[0], t.route.in_place_cio[1]),
        (_, Some(ItHeld::Lead)) => (t.route.in_place_lead[0], t.route.in_place_lead[1]),
        // A few people in IT already, nobody said to lead them: one of them, or a hire, takes the service.
        (Route::ItManager, None) if profile.tech.is_some_and(|n| (1..=TEAM_SMALL).contains(&n)) && profile.cto != Some(Incumbent::Left) => {
            ((t.route.name)(how), if profile.tech.is_some_and(|n| n >= 2) { t.route.it_manager_existing_team } else { t.route.it_manager_existing })
        }
        // A small organisation's change with nobody in IT: a project with the vendor.
        (Route::Cio, None) if vendor_project(profile, how) && profile.org == Some(Org::Public) => {
            (t.route.change_project_public[0], t.route.change_project_public[1])
        }
        (Route::Cio, None) if vendor_project(profile, how) && profile.needs.contains(Need::TechChoices) && profile.software == Some(Software::Internal) => {
            // (Its processes reviewed too: the part-time CIO is planned, not conditional.)
            (
                t.route.change_project_choice[0],
                if profile.needs.contains(Need::Processes) { t.route.change_project_choice_processes } else { t.route.change_project_choice[1] },
            )
        }
        // (Under twenty, neither processes to review nor software to choose: the vendor and the IT
        // provider carry it: a notary's office of eleven going paperless.)
        (Route::Cio, None) if vendor_project(profile, how) && !profile.needs.contains(Need::Processes) && headcount < 2 * SMALL_BOUND => {
            (t.route.change_project_light[0], t.route.change_project_light[1])
        }
        (Route::Cio, None) if vendor_project(profile, how) => (t.route.change_project[0], t.route.change_project[1]),
        // (The app's product owner only where an app is asked.)
        (Route::Executive, _) if it_department_seat(profile, how) && !profile.asks_to_build() => (t.route.cio_plain, t.route.executive_it_department_plain),
        (Route::Executive, _) if it_department_seat(profile, how) => (t.route.executive_it_department_name, why),
        (Route::Executive, _) if unsaid_body(profile) => (t.route.seat_to_define, why),
        (Route::Executive, _) if profile.org == Some(Org::Public) => (t.route.executive_public_name, why),
        (Route::Interim, _) if profile.org == Some(Org::Public) && profile.tech != Some(0) => (t.route.interim_public[0], why),
        (Route::Coach, _) if lead_in_place(profile) => (t.route.coach_lead[0], t.route.coach_lead[1]),
        // An IT department's app, nobody said to hold IT: its CIO, with a product owner (a group's IT first).
        (Route::Cio, None) if it_department_app(profile) && profile.org == Some(Org::Group) => {
            (t.route.executive_it_department_name, t.route.executive_it_department_group)
        }
        (Route::Cio, None) if it_department_app(profile) => (t.route.executive_it_department_name, t.route.executive_it_department),
        (Route::Fractional, _) if unsaid(profile, how) => (t.route.fractional_unsaid_name, why),
        (Route::Fractional, _) if profile.org == Some(Org::Public) => (t.route.fractional_public_name, why),
        (Route::Fractional, _) if pilots_build(profile, how) => (t.route.fractional_in_place_name, why),
        // (A product that runs, developers on staff: no agency named.)
        (Route::Fractional, _) if super::job::guides_product_in_service(profile, how) => (t.route.fractional_running_name, why),
        // Under thirty engineers beside a CTO: a head of engineering, not a VP over managers.
        (Route::VpEngineering, _) if profile.tech.is_some_and(|n| n < super::route::VP_FROM) => (t.route.head_of_engineering, t.route.head_of_engineering_why),
        // More than five engineers: one of them, not "one of the founders".
        (Route::Founder, _) if headcount > FOUNDERS_MAX || matches!(profile.org, Some(Org::Public | Org::Nonprofit)) => (t.route.founder_team_name, why),
        // A small organisation's figures: its software first, not a post.
        (Route::DataAnalyst, None) if small_with_it(profile, 1) => (t.route.data_small_name, why),
        // A CIO's seat says "transformation" only where a change is asked.
        (Route::Cio, None) if !profile.needs.contains(Need::Change) => (t.route.cio_plain, why),
        _ => ((t.route.name)(how), why),
    };
    // A large organisation's IT, security or data seat to fill: where such seats are searched for.
    // (An executive's and a large interim's texts say their own search.)
    // (Where the head is likely there, the question left blank, the advice says "if the seat is empty".)
    let hired = held.is_none() && matches!(how, Route::ItDirector | Route::Cio | Route::Ciso | Route::HeadOfData);
    let if_empty = hired && headcount >= LARGE_ORG && head_unsaid;
    let search = match profile.org {
        // (Its head likely there, the question left blank: where to search if the seat is empty.)
        Some(Org::Public) if if_empty => Some(t.route.search_if_empty_public),
        // (A non-profit under a thousand: its sector's boards first, the seat's emptiness said above.)
        Some(Org::Nonprofit) if if_empty && headcount <= TYPOLOGY_END => Some(t.route.search_nonprofit),
        // (Past a thousand: a search firm that knows the sector, the seat's emptiness said above.)
        Some(Org::Nonprofit) if if_empty => Some(t.route.search_nonprofit_large),
        _ if if_empty => Some(t.route.search_if_empty),
        // (A public body's IT manager to hire: its boards at any size.)
        // (A senior grade's vacancy, declared to the national centre, only for a large body's IT head.)
        Some(Org::Public)
            if held.is_none()
                && how == Route::ItManager
                && (profile.tech.is_some_and(|n| n >= TEAM_LARGE) || profile.headcount.is_some_and(|h| h >= TYPOLOGY_END)) =>
        {
            Some(t.route.search_public_it_senior)
        }
        Some(Org::Public) if held.is_none() && how == Route::ItManager => Some(t.route.search_public_it),
        _ if !hired || headcount < LARGE_ORG => None,
        // (A senior grade's vacancy to the national centre: a chief engineer's or an administrator's, in a body past a thousand people.)
        Some(Org::Public) if headcount >= TYPOLOGY_END => Some(t.route.search_public_senior),
        Some(Org::Public) => Some(t.route.search_public),
        // (A non-profit: its sector's job boards first, a search firm second; past a thousand people,
        // a leadership seat: a search firm that knows the sector first.)
        Some(Org::Nonprofit) if headcount > TYPOLOGY_END => Some(t.route.search_nonprofit_large),
        Some(Org::Nonprofit) => Some(t.route.search_nonprofit),
        _ => Some(t.route.search_firm),
    };
    // A CIO in place with a department is the CIO's seat, whatever the size called for (its id too).
    RouteView { route: if held == Some(ItHeld::Cio) { Route::Cio } else { how }, name, why, search }
}

/// The largest all-engineering team read as founders sharing the capital; past it, a hired team whose most
/// experienced member takes the title and a raise (cto107 #20).
const FOUNDERS_MAX: u32 = 5;

/// A large organisation's IT department beside the business, on an executive's route: a CIO's seat,
/// said in every block (route, note, ad).
pub fn it_department_seat(profile: &Profile, how: Route) -> bool {
    how == Route::Executive && profile.software == Some(Software::Support) && super::scoring::it_department_share(profile)
}

/// The question on who leads left blank over an IT team of twenty or more, on an IT director's or a
/// CIO's route: its head is likely in place.
fn head_unsaid(profile: &Profile, how: Route, held: Option<ItHeld>) -> bool {
    // (...or of more than a handful in a large organisation: a water utility's fourteen.)
    // (...or ten and more at any size: an insurance broker's fifteen.)
    let team = profile.tech.is_some_and(|t| t >= 10 || (t > TEAM_SMALL && profile.headcount.is_some_and(|h| h >= LARGE_ORG)))
        // (...or its team left blank from five hundred people: its IT is there, its head likely too.)
        || (profile.tech.is_none() && profile.headcount.is_some_and(|h| h >= 2 * LARGE_ORG));
    profile.cto.is_none() && held.is_none() && team && matches!(how, Route::ItDirector | Route::Cio)
}

/// A public body or a non-profit that said nothing but its size: the seat is to define first. (An
/// established firm too, its team unsaid: it more often needs a CIO than a CTO.)
pub fn unsaid_body(profile: &Profile) -> bool {
    // (...or a firm or a group's company said, its stage unsaid.)
    let firm = (matches!(profile.org, None | Some(Org::Sme | Org::Group)) && profile.stage == Some(Stage::Established)
        || matches!(profile.org, Some(Org::Sme | Org::Group)) && profile.stage.is_none())
        // (...nobody in tech said too: no product to take over is said either.)
        && profile.tech.is_none_or(|t| t == 0);
    (matches!(profile.org, Some(Org::Public | Org::Nonprofit)) || firm) && profile.software.is_none() && profile.needs.is_empty()
}

/// An interim for a small team, a non-profit or a firm under twenty (under fifty with fewer than ten in
/// tech): part time, beside the most senior developer.
pub fn interim_part_time(profile: &Profile) -> bool {
    let (headcount, tech) = (profile.headcount.unwrap_or_default(), profile.tech.unwrap_or_default());
    tech < 5 || profile.org == Some(Org::Nonprofit) || headcount < 2 * SMALL_BOUND || (headcount < LARGE_BOUND && tech < 10)
}

/// A part-time seat that frames and steers a build, beside IT people in place or over software that serves
/// the business: it codes none of it (every block, and a candidate's reading).
pub fn steering(profile: &Profile, how: Route) -> bool {
    pilots_build(profile, how) || steers_build(profile, how)
}

/// The person in place leads a public body's, a non-profit's or a business's own tools: a lead, not a CTO by title.
pub fn lead_in_place(profile: &Profile) -> bool {
    matches!(profile.org, Some(Org::Public | Org::Nonprofit)) || matches!(profile.software, Some(Software::Support | Software::Internal))
}

/// A CTO in place, from ten people to a large organisation (a data team of its own there), asked for data:
/// a data analyst or engineer beside them (a note on the result, the seat to aim for on a data record's page).
pub fn data_beside_cto(profile: &Profile, how: Route) -> bool {
    how == Route::Coach && profile.needs.contains(Need::Data) && profile.headcount.is_some_and(|h| (SMALL_BOUND..LARGE_ORG).contains(&h))
}

/// From this many in tech, an IT department builds (its head of development is an executive).
const LARGE_DEPARTMENT: u32 = 100;

/// A steering seat's words, `[tagline, portrait, position, growth]`: over a product the organisation makes
/// or an application that serves it, with developers on staff or a freelancer or an agency who build it.
fn pilot_words(profile: &Profile, how: Route, t: &Texts) -> [&'static str; 4] {
    let r = &t.route;
    let nobody = profile.tech.is_none_or(|n| n == 0);
    let app = matches!(profile.software, Some(Software::Support | Software::Internal))
        || (profile.software.is_none() && matches!(profile.org, Some(Org::Public | Org::Nonprofit)))
        || pilots_build(profile, how);
    // (A team to hire: the permanent lead comes with it.)
    let next = if how == Route::Fractional && profile.needs.contains(Need::HireTeam) { r.pilot_next_hiring } else { r.pilot_next };
    match (app, nobody) {
        // (A product in service, its next versions built by developers on staff, or reviewed with them.)
        _ if super::job::guides_product_in_service(profile, how) => {
            let [tagline, portrait, position, growth] = r.pilot_next_versions;
            // (One developer on staff: said as one.)
            let portrait = if profile.tech == Some(1) { r.pilot_next_versions_one } else { portrait };
            [tagline, portrait, position, if how == Route::Fractional && profile.needs.contains(Need::HireTeam) { next } else { growth }]
        }
        (true, true) => [r.pilot_tagline, r.pilot_portrait_provider, r.pilot_position, next],
        (true, false) => [r.pilot_tagline, r.pilot_portrait, r.pilot_position, next],
        (false, nobody) => [r.pilot_product[0], r.pilot_product[if nobody { 2 } else { 1 }], r.pilot_product[3], r.pilot_product[4]],
    }
}

/// A part-time seat beside one or two IT people in place: they lead on the organisation's side, the seat
/// steers an agency or a vendor (route, portrait, reasons, ad).
pub fn pilots_build(profile: &Profile, how: Route) -> bool {
    how == Route::Fractional && profile.cto == Some(Incumbent::InPlace)
}

/// A part-time seat over software that is not what the organisation sells, or with a first version to build:
/// it frames and steers the build (the portrait and the profile sought say so), whoever builds it.
pub fn steers_build(profile: &Profile, how: Route) -> bool {
    // (...or product design asked: a small firm's product framed part time, its stage unsaid.)
    how == Route::Fractional
        && (profile.building()
            || (profile.asks_to_build() && profile.stage.is_none())
            || matches!(profile.software, Some(Software::Support | Software::Internal)))
        && !unsaid(profile, how)
}

/// A small firm past its start that said nothing: a part-time route with no seat asserted anywhere (route,
/// pay, a described seat rather than an ad).
pub fn unsaid(profile: &Profile, how: Route) -> bool {
    // (Growing fast is something said: not a firm that said nothing.)
    how == Route::Fractional
        && profile.needs.is_empty()
        && profile.software.is_none()
        && !profile.equity()
        // (A public body or a non-profit, its stage unsaid: as running.)
        && (matches!(profile.stage, Some(Stage::Launched | Stage::Established)) || (profile.stage.is_none() && matches!(profile.org, Some(Org::Public | Org::Nonprofit))))
}

/// Who already runs IT, when someone does: one or two people (kept, a provider behind them), a lead
/// (given a CIO's means), a CIO with a department (reinforced beside them).
#[derive(Clone, Copy, PartialEq)]
enum ItHeld {
    One,
    Lead,
    Cio,
}

/// The page keeps the one or two people who run IT as its contact, a provider behind them.
pub fn keeps_it_contact(profile: &Profile, how: Route) -> bool {
    it_held(profile, how) == Some(ItHeld::One)
}

fn it_held(profile: &Profile, how: Route) -> Option<ItHeld> {
    let tech = profile.tech.filter(|t| *t > 0)?;
    let said = profile.cto == Some(Incumbent::InPlace);
    let headcount = profile.headcount.unwrap_or_default();
    match () {
        _ if !matches!(how, Route::Cio | Route::ItDirector | Route::ItManager | Route::ManagedIt) || profile.cto == Some(Incumbent::Left) => None,
        // One or two in IT, said to hold the seat, or where a provider is the route: kept as the contact.
        _ if tech <= 2 && (said || how == Route::ManagedIt) => Some(ItHeld::One),
        _ if !said => None,
        // (A group's company under five hundred, its IT under twenty: its IT manager, beside the group's CIO.)
        _ if profile.org == Some(Org::Group) && headcount < 2 * LARGE_ORG && tech < TEAM_LARGE => Some(ItHeld::Lead),
        _ if tech >= TEAM_LARGE || (headcount >= LARGE_ORG && tech > TEAM_SMALL) => Some(ItHeld::Cio),
        _ => Some(ItHeld::Lead),
    }
}

/// A group's company of a thousand or fewer whose IT is no department of its own (under twenty, and not a
/// department were its head in place: an ETI's twelve whose CIO left has one): its security is the group's
/// CISO's first. (Past a thousand, a CISO of its own: the page's advice says so before asking this.)
pub fn group_site_security(profile: &Profile, how: Route) -> bool {
    profile.org == Some(Org::Group)
        && profile.headcount.is_some_and(|h| h <= TYPOLOGY_END)
        && it_held(&Profile { cto: Some(Incumbent::InPlace), ..*profile }, how) != Some(ItHeld::Cio)
        && profile.tech.is_none_or(|n| n < TEAM_LARGE)
}

/// A small organisation's change with nobody in IT, on the CIO's route: a project with its vendor (or pooled
/// services), no seat opened: the route's name, and a candidate's reading of the seat.
pub fn vendor_project(profile: &Profile, how: Route) -> bool {
    // (...or its software chosen and changed up to a hundred people, nobody in IT: a foundation of sixty's CRM.)
    // (...or its change led with nobody in IT under a hundred people: an association of sixty's; fr97 M13.)
    how == Route::Cio
        && (small_with_it(profile, 0)
            || (profile.tech == Some(0)
                && (profile.needs.contains(Need::TechChoices) || profile.needs.contains(Need::Change))
                // (Its roadmap asked beside its change, no tool to choose: the roadmap comes before any vendor, a
                // part-time CIO's; cto106 #35.)
                && (!profile.needs.contains(Need::Roadmap) || profile.needs.contains(Need::TechChoices))
                && profile.software == Some(Software::Internal)
                && profile.headcount.is_some_and(|h| h < 2 * LARGE_BOUND)))
}

/// Its figures to come from the business software it is choosing (its reports before any BI project), as
/// the page's advice says: up to five hundred people, or a thousand with IT under ten, nobody few.
pub fn figures_from_chosen(profile: &Profile) -> bool {
    let headcount = profile.headcount.unwrap_or_default();
    profile.needs.contains(Need::TechChoices)
        && profile.needs.contains(Need::Data)
        && profile.software == Some(Software::Internal)
        && !small_with_it(profile, 1)
        && (headcount < 2 * LARGE_ORG || (headcount <= TYPOLOGY_END && profile.tech.is_some_and(|t| t < 10)))
}

/// An IT department's developers whose head the page names, under its CIO or its IT director: on staff tools,
/// hiring or organising their work, or beside the business, building or hiring. (The candidate's reading points
/// an engineering lead's record to that seat.)
pub fn dev_head_named(profile: &Profile, role: Option<Role>) -> bool {
    // An IT department's developers on staff tools, hiring or organising: their head, under the CIO.
    // (A hundred or more asked for processes: a development organisation's, a group's IT company.)
    // (Hiring alongside its computers, servers or security is an operations team's: not
    // developers, at any size: a region hiring for its schools' networks.)
    // (Nor hiring beside its steering alone on staff tools, nothing of delivery or tools asked: a
    // university's IT department; unless half its staff or more is in tech, a group's IT company.)
    let operations = [Need::InternalIt, Need::Infrastructure, Need::QualitySecurity].iter().any(|n| profile.needs.contains(*n));
    let it_company = profile.tech.zip(profile.headcount).is_some_and(|(t, h)| t * 2 >= h);
    let steering_only = profile.software == Some(Software::Internal) && !it_company;
    let hires_developers = profile.needs.contains(Need::HireTeam) && !operations && !steering_only;
    let developers = hires_developers
        || profile.needs.iter().any(|n| matches!(n, Need::OrganizeDelivery | Need::TechChoices))
        || (profile.tech.is_some_and(|n| n >= LARGE_DEPARTMENT) && profile.needs.contains(Need::Processes) && it_company);
    // (...or beside the business, an IT department's developers building or hiring.)
    let beside = role == Some(Role::DigitalChange) && profile.software == Some(Software::Support);
    // (A CIO's seat over them too: a group's in-house software company of a hundred and ten.)
    // (From five in IT on staff tools, their sprints or hiring asked: developers among them.)
    // (...or beside the business, a department of fifteen asked to hire and organise its delivery; fr101 M11.)
    let delivers = matches!(profile.software, Some(Software::Internal | Software::Support))
        && profile.tech.is_some_and(|n| n > TEAM_SMALL)
        && (profile.needs.contains(Need::OrganizeDelivery) || hires_developers);
    (matches!(role, Some(Role::ItOperations | Role::DigitalChange)) && profile.software == Some(Software::Internal) || beside)
        && (profile.tech.is_some_and(|n| n >= TEAM_LARGE) || delivers)
        && developers
}

/// A small organisation (under fifty people) with at most `most` people in IT: its figures live in its
/// software, its changes are projects with its vendors.
pub fn small_with_it(profile: &Profile, most: u32) -> bool {
    profile.headcount.is_some_and(|h| h < LARGE_BOUND) && profile.tech.is_none_or(|t| t <= most)
}

/// A public body's few days of advice that its page sends first to pooled services (its business software, its
/// IT's costs or roadmap, its site or forms).
pub fn pooled_audit(profile: &Profile) -> bool {
    profile.org == Some(Org::Public) && (business_software(profile) || it_costs(profile) || shop_site(profile))
}

/// Only what every leader asks (a budget, clients), of a business that sells no software: a question on its
/// IT costs, an IT consultant's (a joinery's budget). A small firm on staff tools with nobody in IT, not
/// choosing its software, asking a roadmap or processes: its IT too, not a CTO's.
pub fn it_costs(profile: &Profile) -> bool {
    (asked(profile).is_empty()
        && profile.needs.contains(Need::Budget)
        && profile.software != Some(Software::Product)
        && profile.org_read() != Some(Org::Startup))
        || (staff_tools_question(profile) && !profile.needs.contains(Need::TechChoices))
}

/// A small firm on staff tools with nobody in IT choosing its business software: its trade's vendors.
/// A mid-sized or large organisation on staff tools choosing its business software (not a small firm's, with
/// its trade's vendors): an information-systems consultant's few days, not a CTO's.
fn software_choice(profile: &Profile) -> bool {
    // (...or a smaller one's with its IT person or team: they run the choice.)
    profile.needs.contains(Need::TechChoices)
        && profile.software == Some(Software::Internal)
        && (profile.headcount.is_some_and(|h| h >= LARGE_BOUND) || profile.tech.is_some_and(|n| n > 0))
}

fn business_software(profile: &Profile) -> bool {
    staff_tools_question(profile) && profile.needs.contains(Need::TechChoices)
}

fn staff_tools_question(profile: &Profile) -> bool {
    // (A public body or a non-profit that left the software question blank sells none: its staff tools.)
    // (...nor, most likely, a small firm under ten with nobody in tech that left it blank: cto93 #10.)
    let small_firm = profile.org == Some(Org::Sme) && profile.headcount.is_some_and(|h| h < SMALL_BOUND) && profile.tech == Some(0);
    let staff_tools = profile.software == Some(Software::Internal)
        || (profile.software.is_none() && (matches!(profile.org, Some(Org::Public | Org::Nonprofit)) || small_firm));
    staff_tools && small_with_it(profile, 0) && !shop_site(profile)
}

/// Which kind of IT operations fits the size: a managed provider, an IT manager, an IT director.
pub fn instead_tier(headcount: u32) -> usize {
    match headcount {
        h if h < LARGE_BOUND => 0,
        h if h < LARGE_ORG => 1,
        _ => 2,
    }
}

#[inline(never)]
fn deeper(ty: CtoType, profile: &Profile, lang: Lang, how: Route) -> DeeperView {
    let t = lang.texts();
    let g = &t.grow;
    let (team, given) = team_for_hats(profile, ty);
    // A part-time seat that frames and steers a build codes none of it: the developer's hat is handed over,
    // and no type comes next.
    let steering = steering(profile, how);
    let mut by_role = hats_by_role(profile, ty);
    if steering {
        for hats in &mut by_role {
            hats.retain(|(hat, _)| *hat != Hat::Developer);
        }
        by_role[HatRole::HandOver.index()].insert(0, (Hat::Developer, false));
    }
    // A part-time seat, a few days a month, wears only the architect's, the roadmap's and the product's hats
    // and what was asked of it: the rest is the team's, shared, or with nobody in tech a provider's.
    if how == Route::Fractional {
        // (With people in tech, the design is theirs to share: a part-time seat frames the product, it does not draw
        // its screens alone; fr103 M1.)
        let team = profile.tech.is_some_and(|t| t > 0);
        let keeps = |hat: Hat| {
            matches!(hat, Hat::Architect | Hat::Innovation | Hat::ProductManager) || (profile.needs.contains(hat.need()) && !(team && hat == Hat::Designer))
        };
        let (kept, moved): (Vec<_>, Vec<_>) = std::mem::take(&mut by_role[HatRole::Wear.index()]).into_iter().partition(|(hat, _)| keeps(*hat));
        by_role[HatRole::Wear.index()] = kept;
        let to = if profile.tech.is_some_and(|t| t > 0) { HatRole::Share } else { HatRole::HandOver };
        by_role[to.index()].extend(moved);
    }
    // One developer beside a seat hired or covered from outside: the CTO codes with them, as the reason says
    // (fr102 M6).
    if profile.tech == Some(1) && matches!(how, Route::FirstHire | Route::Cofounder | Route::Interim) {
        let wear = &mut by_role[HatRole::Wear.index()];
        if let Some(at) = wear.iter().position(|(hat, _)| *hat == Hat::Developer) {
            let developer = wear.remove(at);
            by_role[HatRole::Share.index()].insert(0, developer);
        }
    }
    let hats = HatRole::ALL
        .into_iter()
        .zip(by_role)
        .filter(|(_, hats)| !hats.is_empty())
        .map(|(role, hats)| HatGroupView {
            title: t.hats.roles[role.index()],
            hats: hats
                .into_iter()
                .map(|(hat, priority)| {
                    let text = (t.hats.hat)(hat);
                    HatView { name: text.label, detail: text.help, priority }
                })
                .collect(),
        })
        .collect();
    let team_note = match (team, given) {
        // (A part-time seat hands most hats to its providers: not "every hat"; cto106 #21.)
        (0, _) if how == Route::Fractional => t.hats.team_none_part_time,
        (0, _) => t.hats.team_none,
        (_, true) => t.hats.team_given,
        (_, false) => t.hats.team_assumed,
    };
    // (The last line to take on names the organisation's own governing bodies.)
    let take_on = |next: usize| {
        let mut items = g.take_on[next].to_vec();
        if next == 1 {
            items.push((g.take_on_board)(profile.org));
        }
        items
    };
    let step =
        |next: usize| vec![ListView { title: g.hand_over_title, items: g.hand_over[next].to_vec() }, ListView { title: g.take_on_title, items: take_on(next) }];
    let (growth, bound, team_step) = match ty {
        CtoType::Hacker => (step(0), SMALL_BOUND, TEAM_SMALL + 1),
        CtoType::Stabilizer => (step(1), LARGE_BOUND, TEAM_LARGE),
        // (Beside a CTO, the last word on architecture stays the CTO's.)
        CtoType::Industrializer => {
            let keeps = if how == Route::VpEngineering { &g.keeps[1..] } else { g.keeps };
            (vec![ListView { title: g.keeps_title, items: keeps.to_vec() }], LARGE_BOUND, TEAM_LARGE)
        }
    };
    // Past the headcount bound already (a hacker at 160 people), the next step comes with the team.
    let headcount = profile.headcount.unwrap_or_default();
    let mut next = if ty != CtoType::Industrializer && headcount > ty.size_range().1 {
        let next_type = (t.cto)(if ty == CtoType::Hacker { CtoType::Stabilizer } else { CtoType::Industrializer }).the;
        fill(g.next_by_team, &[("team", &lang.number(team_step.into())), ("type", next_type)])
    } else if ty != CtoType::Industrializer && given && team > 0 {
        // (A team given: it decides more than the headcount, as the scores do; fr103 C1.)
        let next_type = (t.cto)(if ty == CtoType::Hacker { CtoType::Stabilizer } else { CtoType::Industrializer }).the;
        fill(g.next_given, &[("bound", &lang.number(bound.into())), ("team", &lang.number(team_step.into())), ("type", next_type)])
    } else {
        fill((g.next)(ty), &[("bound", &lang.number(bound.into()))])
    };
    // Three quarters of the way to the next step's team (15 engineers before 20): handing over starts now.
    if ty != CtoType::Industrializer && given && team * 4 >= team_step * 3 {
        next.push(' ');
        next.push_str(&fill(g.next_now, &[("n", &lang.count(team.into())), ("people", lang.people(team.into()))]));
    }
    let mut skills = vec![g.skills_dev];
    if profile.needs.contains(Need::Data) {
        skills.push(g.skill_data);
    }
    skills.push(g.skills_human);
    let (level, because) = seniority_for(ty, profile);
    // (A lead promoted over a handful is paid from that team; the ad, for the senior hired if nobody fits,
    // says the band the answers call for: both said.)
    let hired = seniority_hired(ty, profile).0;
    // (Only where the ad states a band: not a public body's, a non-profit's or a group's own scale.)
    let outside = if hired != level && !matches!(profile.org, Some(Org::Public | Org::Nonprofit | Org::Group)) {
        format!(" {}", fill(t.job.pay_promote_outside, &[("band", g.pay_bands[hired.index()].label)]))
    } else {
        String::new()
    };
    let ad = job_ad(ty, profile, lang);
    let because = match because {
        Because::Small => g.because_small.to_owned(),
        Because::Headcount(n) => {
            fill(g.because_headcount, &[("org", (g.your_org)(profile.org)), ("n", &lang.count(n.into())), ("people", lang.people(n.into()))])
        }
        // (Beside a CTO, the team a VP of Engineering will run.)
        Because::Team(n) => fill(
            // (Under thirty engineers the seat is a head of engineering's, as the ad's title says.)
            match how {
                Route::VpEngineering if profile.tech.is_some_and(|n| n < super::route::VP_FROM) => g.because_team_head,
                Route::VpEngineering => g.because_team_vp,
                Route::Promote => g.because_team_promoted,
                _ => g.because_team,
            },
            &[("n", &lang.count(n.into())), ("people", lang.people(n.into()))],
        ),
        Because::Stage(stage) => (g.because_stage)(stage).to_owned(),
        Because::Beyond(n) => fill(g.because_beyond, &[("org", (g.your_org)(profile.org)), ("n", &lang.number(n.into()))]),
        Because::HandsOn => g.because_hands_on.to_owned(),
    };
    // A pay reading that names the band the answers call for.
    let banded = |text: &str| fill(text, &[("band", g.pay_bands[level.index()].label)]);
    // "An early CTO" speaks to a small startup; a department to lead, or a company past the source's
    // upper bound, reads the same hats shared out.
    let large = team >= TEAM_LARGE || profile.headcount.is_some_and(|h| h > LARGE_BOUND);
    // An IT department's head: the CIO's words for the hats, the next step and the band.
    let cio = it_department_seat(profile, how);
    let reading = if cio { g.pay_reading_cio } else { g.pay_reading };
    DeeperView {
        hats_heading: if cio {
            t.hats.heading_cio
        } else if large {
            t.hats.heading_large
        } else {
            t.hats.heading
        },
        hats,
        hats_team: fill(team_note, &[("n", &lang.count(team.into())), ("people", lang.people(team.into()))]),
        priorities_note: just_past_mvp(profile.stage).then_some(t.hats.priorities_note),
        next: if steering {
            pilot_words(profile, how, t)[3].to_owned()
        } else if cio {
            g.next_cio.to_owned()
        } else {
            next
        },
        growth: if steering { Vec::new() } else { growth },
        skills,
        ladder: g.ladder.to_vec(),
        // (A lead promoted in a small firm: someone who has built a team, not run a department.)
        position: if how == Route::Promote && ty == CtoType::Industrializer {
            (g.position)(CtoType::Stabilizer)
        } else if steering {
            pilot_words(profile, how, t)[2]
        } else if how == Route::Coach {
            (g.coach_position)(ty)
        // (An IT department's head: a CIO's record, not an engineering head's.)
        } else if it_department_seat(profile, how) {
            g.position_cio
        } else if how == Route::Interim && ty == CtoType::Hacker {
            g.position_interim
        // (The interim's record first, then the permanent seat's, as the ad asks; fr103 M2.)
        } else if how == Route::Interim {
            g.position_interim_team[usize::from(ty == CtoType::Industrializer)]
        } else if ty == CtoType::Hacker && profile.org_read().is_some_and(|o| o != Org::Startup) && !matches!(how, Route::Founder | Route::Cofounder) {
            g.position_builder
        } else {
            (g.position)(ty)
        },
        seniority: level,
        pay: Seniority::ALL
            .into_iter()
            .map(|s| PayView { label: g.pay_bands[s.index()].label, amount: g.pay_bands[s.index()].amount, highlighted: s == level })
            .collect(),
        // A co-founder's or a founder's seat is paid in equity first: the band only situates a salary.
        pay_reading: match how {
            // A founder alone holds their own seat; past the start, or with no equity, the one who takes the title gets a raise.
            Route::Founder if profile.headcount == Some(1) => t.job.pay_own_seat.to_owned(),
            Route::Fractional if unsaid(profile, how) => t.job.pay_unsaid.to_owned(),
            Route::Fractional if profile.org == Some(Org::Public) => t.job.pay_public_service.to_owned(),
            Route::Executive if unsaid_body(profile) => t.job.pay_unsaid_body.to_owned(),
            Route::Founder if matches!(profile.org, Some(Org::Public | Org::Nonprofit)) => banded(t.job.pay_title_grid),
            Route::Founder
                if !(profile.equity() && matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) && profile.headcount.is_some_and(|h| h <= FOUNDERS_MAX)) =>
            {
                banded(t.job.pay_title_raise)
            }
            // (A founding CTO in place at the start is paid in equity too.)
            // (A partner replacing a co-founder gone: partly in equity, as that route says.)
            Route::Cofounder if profile.cto == Some(Incumbent::Left) => banded(t.job.seat_equity_partner),
            Route::Cofounder => banded(t.job.seat_equity),
            Route::Founder => banded(t.job.seat_equity),
            Route::Coach if profile.equity() && matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) && profile.headcount.is_some_and(|h| h <= 3) => {
                banded(t.job.seat_equity)
            }
            // Past forty engineers, an interim is paid as a senior; a part-time seat beside the business may stay one.
            // (A public body's or a non-profit's permanent seat that follows is paid on its own scale, below.)
            Route::Interim if profile.tech.is_some_and(|n| n >= 2 * SMALL_DEPARTMENT) && !matches!(profile.org, Some(Org::Public | Org::Nonprofit)) => {
                banded(t.job.pay_day_reading_senior)
            }
            // (A team to hire for it: the permanent lead comes with that team, placed by the band.)
            Route::Fractional if part_time_lasts(profile) && !profile.needs.contains(Need::HireTeam) => t.job.pay_day_lasting.to_owned(),
            // (A young startup's permanent seat after the interim: equity too.)
            Route::Interim if profile.equity() && matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) => banded(t.job.pay_day_reading_equity),
            // (The seat that follows paid on a public body's or a non-profit's own scale.)
            Route::Fractional | Route::Interim if matches!(profile.org, Some(Org::Public | Org::Nonprofit)) => banded(t.job.pay_day_reading_grid),
            Route::Fractional | Route::Interim => banded(t.job.pay_day_reading),
            // The band is the private market's: a public scale or a non-profit's grid sets the pay.
            _ if profile.org == Some(Org::Public) => banded(t.job.pay_reading_public),
            _ if profile.org == Some(Org::Nonprofit) => banded(t.job.pay_reading_nonprofit),
            // (A group's company: the group's own pay scales first.)
            _ if profile.org == Some(Org::Group) => {
                [fill(reading, &[("band", g.pay_bands[level.index()].label), ("because", &because)]), t.job.pay_group.to_owned()].join(" ")
            }
            _ => fill(reading, &[("band", g.pay_bands[level.index()].label), ("because", &because)]),
        } + &outside
            // (A non-profit's day rate: the VAT on top said to its management, not in the ad; fr106 M4.)
            + &if profile.org == Some(Org::Nonprofit) && matches!(how, Route::Fractional | Route::Interim) {
                format!(" {}", t.why_no_cto.vat_nonprofit)
            } else {
                String::new()
            },
        job: ad.plain(),
        job_markdown: ad.markdown(),
        job_file: job_file_name(ty, lang),
    }
}

#[inline(never)]
fn scores(a: &Assessment, t: &Texts, lang: Lang) -> Vec<ScoreView> {
    let best = a.scores.iter().copied().max().unwrap_or(0).max(1);
    CtoType::ALL
        .into_iter()
        .map(|ty| ScoreView {
            ty,
            label: (t.cto)(ty).label,
            score: a.score(ty),
            percent: a.score(ty) * 100 / best,
            value: fill(lang.plural(t.points, a.score(ty).into()), &[("n", &lang.number(a.score(ty).into()))]),
            leading: a.outcome == Outcome::Cto(ty),
        })
        .collect()
}

/// The reasons for a CTO outcome: what points to the winner, what pulls elsewhere, and the answers that
/// shape the missions but not the type.
#[inline(never)]
fn why(profile: &Profile, a: &Assessment, winner: CtoType, how: Route, t: &Texts, lang: Lang) -> (Vec<ReasonView>, Vec<ReasonView>, Vec<String>) {
    let w = &t.why;
    let number = |n: u32| lang.number(n.into());
    let people = |n: u32| lang.people(n.into());
    let badge = |ty: CtoType, points: u32| Some(fill(w.badge, &[("n", &number(points)), ("type", (t.cto)(ty).label)]));
    let mut all: Vec<(u32, ReasonView)> = Vec::new();
    for point in &a.points {
        let text = match point.reason {
            Reason::Size(n) => {
                fill((w.size)(point.to), &[("n", &number(n)), ("people", people(n)), ("low", &number(SMALL_BOUND)), ("high", &number(LARGE_BOUND))])
            }
            // Right at a bound: the type across it is one person fewer (the hacker below 10) or one more.
            // (The type across it being the result: still within reach.)
            Reason::NearBound { headcount, bound } if headcount == bound => {
                let above = point.to > a.size_type;
                // (Said to tip only where one person more or fewer does tip it: the team may weigh more; fr104 C1.)
                let across = Profile { headcount: Some(if above { headcount + 1 } else { headcount.saturating_sub(1) }), ..*profile };
                let tips = super::scoring::assess(&across).is_some_and(|b| b.outcome == Outcome::Cto(point.to));
                let template = match point.to == winner {
                    true => w.at_bound_kept,
                    false if tips => w.at_bound[usize::from(above)],
                    false => w.at_bound_team[usize::from(above)],
                };
                fill(template, &[("n", &number(headcount)), ("people", people(headcount)), ("type", (t.cto)(point.to).the)])
            }
            Reason::NearBound { headcount, bound } => {
                fill((w.near_bound)(point.to), &[("n", &number(headcount)), ("people", people(headcount)), ("bound", &number(bound))])
            }
            // Nobody in tech, a product already out (built by a provider): taken in hand, not built.
            Reason::Team(0) if takeover(profile) => w.team_none_running.to_owned(),
            Reason::Team(0) => w.team_none.to_owned(),
            Reason::TeamToHire => w.team_to_hire.to_owned(),
            // One person in tech, who holds the seat (a CTO in place, a founder alone): the CTO codes.
            Reason::Team(1) if pilots_build(profile, how) => w.team_it_person.to_owned(),
            Reason::Team(2) if pilots_build(profile, how) => w.team_it_people.to_owned(),
            // Developers beside a part-time seat that steers the build: guided, not coded with.
            Reason::Team(n) if steers_build(profile, how) => fill(w.team_steered, &[("n", &lang.count(n.into())), ("people", people(n))]),
            Reason::Team(1) if profile.cto == Some(Incumbent::InPlace) || profile.headcount == Some(1) => w.team_is_cto.to_owned(),
            Reason::Team(n) => fill((w.team)(point.to), &[("n", &lang.count(n.into())), ("people", people(n))]),
            Reason::Stage(stage) => (w.stage)(stage).to_owned(),
            Reason::Need(_) => continue,
        };
        all.push((point.points, ReasonView { text, badge: badge(point.to, point.points), toward: Some(point.to) }));
    }
    // The needs pulling to one type read as one sentence: "Scalability and hiring call for ...".
    // A need that pulls toward the result too is said once, for the result: never as the opposite call.
    let pulls_winner = |need: Need| a.points.iter().any(|p| p.to == winner && p.reason == Reason::Need(need));
    for ty in CtoType::ALL {
        let pulls: Vec<(Need, u32)> = a
            .points
            .iter()
            .filter_map(|p| match p.reason {
                Reason::Need(need) if p.to == ty && (ty == winner || !pulls_winner(need)) => Some((need, p.points)),
                _ => None,
            })
            .collect();
        if pulls.is_empty() {
            continue;
        }
        let names: Vec<&str> = pulls.iter().map(|(n, _)| (t.need)(*n).short).collect();
        let points: u32 = pulls.iter().map(|(_, p)| p).sum();
        let template = lang.plural((w.needs)(ty), names.len() as u64);
        let text = capitalized(&fill(template, &[("needs", &t.list(&names, t.and))]));
        all.push((points, ReasonView { text, badge: badge(ty, points), toward: Some(ty) }));
    }
    // Biggest first, the answers' order otherwise.
    let most = all.iter().map(|(points, _)| *points).max().unwrap_or(0);
    let ranked = (0..=most).rev().flat_map(|p| all.iter().filter(move |(points, _)| *points == p).map(|(_, r)| r.clone()));
    let (reasons, against): (Vec<_>, Vec<_>) = ranked.partition(|r| r.toward == Some(winner));

    let mut notes = Vec::new();
    let universal: Vec<&str> =
        profile.needs.iter().filter(|n| need_pulls(*n, profile.tech).is_empty() && *n != Need::InternalIt).map(|n| (t.need)(n).short).collect();
    if !universal.is_empty() {
        let template = lang.plural(w.universal_needs, universal.len() as u64);
        notes.push(capitalized(&fill(template, &[("needs", &t.list(&universal, t.and))])));
    }
    if profile.needs.contains(Need::InternalIt) {
        notes.push(w.staff_it.to_owned());
    }
    // (Staff tools, the seat under the head of IT as its ad says: IT operations stay with that head.)
    match profile.software {
        // (Staff IT asked: its note above already gives IT operations to a provider; cto97 #20.)
        Some(Software::Internal) if profile.needs.contains(Need::InternalIt) => {}
        Some(Software::Internal) if super::job::internal_seat(winner, profile) && !matches!(how, Route::VpEngineering | Route::Cofounder) => {
            notes.push(w.software_internal_seat.to_owned())
        }
        Some(Software::Support) if it_department_seat(profile, how) => notes.push(w.software_cio.to_owned()),
        Some(software) => notes.push((w.software)(software).to_owned()),
        None => {}
    }
    // Security alone asked of a product's CTO: the certification's audit and documents, a specialist's days.
    let asked = super::scoring::asked(profile);
    // (From a large organisation, a full-time CISO.)
    // (The servers beside, for a certification: the same.)
    // (Past a thousand people, whatever else is asked beside it: a bank's CISO.)
    let beyond = profile.headcount.is_some_and(|h| h > TYPOLOGY_END);
    // (...its processes too: the certification's.)
    if asked.contains(Need::QualitySecurity) && (beyond || asked.iter().all(|n| matches!(n, Need::QualitySecurity | Need::Infrastructure | Need::Processes))) {
        notes.push(if profile.headcount.is_some_and(|h| h >= LARGE_ORG) { w.ciso_beside_cto } else { w.security_beside_cto }.to_owned());
    }
    // A CTO in place asked for data: the choices stay theirs, the analyses a data hire's beside them.
    if data_beside_cto(profile, how) {
        notes.push(w.data_beside_cto.to_owned());
    } else if how == Route::Coach && profile.needs.contains(Need::Data) && profile.headcount.is_some_and(|h| h >= LARGE_ORG) {
        // (From a large organisation: a head of data and a team beside them, a data office past five thousand.)
        let n = &t.why_no_cto;
        notes.push(
            match profile.headcount {
                Some(h) if h >= 5 * TYPOLOGY_END && profile.org == Some(Org::Public) => n.data_office_public,
                Some(h) if h >= 5 * TYPOLOGY_END => n.data_office,
                _ => n.data_team,
            }
            .to_owned(),
        );
    }
    let sparse = profile.stage.is_none() && profile.needs.is_empty() && profile.software.is_none() && profile.org.is_none();
    // (The team given too: staff IT may be what is needed, not software.)
    if sparse {
        notes.push(if profile.tech.is_none() { w.size_only } else { w.size_team_only }.to_owned());
    } else if how == Route::Fractional && profile.tech.is_none() && profile.stage.is_none() && profile.software.is_none() {
        // (Part time read from the size and a few needs, the team unsaid: a team that builds would change it.)
        notes.push(w.size_needs_part_time.to_owned());
    }
    (reasons, against, notes)
}

/// From this many people in tech, a stabilizer's team has leads to hand the rituals to.
const TEAM_HAS_LEADS: u32 = 15;

/// Nobody in tech, software that is the product or unsaid, past the first version and not asking for
/// one: a product a provider built, to take in hand.
pub fn takeover(profile: &Profile) -> bool {
    profile.tech == Some(0)
        && matches!(profile.software, None | Some(Software::Product))
        && matches!(profile.stage, Some(Stage::Launched | Stage::Scaling | Stage::Established))
        && !profile.needs.contains(Need::FirstVersion)
}

/// A small business's (or association's) own site or app, where software supports what it sells and
/// nobody is in tech: a ready-made service (a shop, bookings, ticketing), set up by an agency.
fn shop_site(profile: &Profile) -> bool {
    (profile.software == Some(Software::Support) || super::scoring::tiny_staff_tools(profile))
        && profile.tech.is_none_or(|t| t <= 1)
        && profile.headcount.is_some_and(|h| h < LARGE_ORG)
        && (profile.needs.is_empty() || [Need::FirstVersion, Need::Product, Need::TechChoices].iter().any(|n| profile.needs.contains(*n)))
}

/// Why no CTO: the needs that name the role, and what shows there is nothing to build and no team to lead.
#[inline(never)]
fn why_no_cto(profile: &Profile, found: Option<&ItOperations>, how: Route, held: Option<ItHeld>, t: &Texts) -> Vec<ReasonView> {
    let n = &t.why_no_cto;
    let lang_of = |text: String| ReasonView { text, badge: None, toward: None };
    let mut out = Vec::new();
    let Some(found) = found else { return out };
    // Within IT operations, data is said apart: an analyst's work beside IT.
    let data_apart = found.role == Role::ItOperations && found.needs.contains(Need::Data);
    // A data role is named by the data it asks for (the tools for it are part of that work).
    let named: Vec<&str> = found
        .needs
        .iter()
        .filter(|n| !(data_apart && *n == Need::Data) && (found.role != Role::Data || *n == Need::Data))
        .map(|need| match need {
            // (Asked of IT, quality and security are its security: not a clinic's quality of care.)
            Need::QualitySecurity if matches!(found.role, Role::ItOperations | Role::DigitalChange) => n.it_security,
            need => (t.need)(need).short,
        })
        .collect();
    if found.role == Role::Audit && shop_site(profile) {
        // A shop's online service, days; its computers, the provider's (said in the advice).
        // (A public body's or a non-profit's portal, catalogue or forms.)
        let words = if matches!(profile.org, Some(Org::Public | Org::Nonprofit)) { n.site_not_seat_service } else { n.site_not_seat };
        out.push(lang_of(words.to_owned()));
    } else if found.role == Role::Data && small_with_it(profile, 1) {
        // A small organisation's figures, and the tools that give them: days, not a post.
        out.push(lang_of(n.data_small_reason.to_owned()));
    } else if found.role == Role::Data && found.needs.contains(Need::TechChoices) {
        // (The tools for its figures asked too: not "data alone".)
        out.push(lang_of(n.data_tools_reason.to_owned()));
    } else if found.role == Role::DigitalChange && vendor_project(profile, how) {
        // (A small organisation's tools chosen and put in place: a project with their vendor, no CIO's seat.)
        out.push(lang_of(n.vendor_project_reason.to_owned()));
    } else if !named.is_empty() {
        // (A change an IT manager leads is said as IT work.)
        // (Not an app to build beside the business: its product design is no IT work; cto105 #37.)
        let worded = if found.role == Role::DigitalChange && how == Route::ItManager && !it_department_app(profile) { Role::ItOperations } else { found.role };
        let template = (n.needs)(worded)[usize::from(named.len() > 1)];
        out.push(lang_of(capitalized(&fill(template, &[("needs", &t.list(&named, t.and))]))));
    }
    if data_apart {
        out.push(lang_of(
            match profile.headcount.unwrap_or_default() {
                h if h >= 2 * LARGE_ORG => n.data_beside_team,
                _ if small_with_it(profile, 1) => n.data_beside_small,
                _ => n.data_beside_it,
            }
            .to_owned(),
        ));
    }
    match profile.software {
        // (Said above, once.)
        _ if found.role == Role::Audit && shop_site(profile) => {}
        // (A staff app its IT department builds: its project, not "no product to build".)
        _ if it_department_app(profile) || super::scoring::headed_platform(profile) => out.push(lang_of(n.it_dept_project.to_owned())),
        Some(Software::Internal) => out.push(lang_of(n.staff_tools.to_owned())),
        Some(Software::Product) => out.push(lang_of(n.product_built.to_owned())),
        // (A department of a hundred or more builds something: "nothing to build" is not said of it.)
        _ if profile.tech.is_some_and(|n| n >= LARGE_DEPARTMENT) => {}
        _ => out.push(lang_of(n.nothing_to_build.to_owned())),
    }
    match profile.cto {
        // Where the need is IT or a change of tools, the one in place holds that seat, by its size.
        Some(Incumbent::InPlace) if matches!(found.role, Role::ItOperations | Role::DigitalChange) => out.push(lang_of(
            match held {
                Some(ItHeld::One) => n.cto_in_place_one,
                Some(ItHeld::Cio) => n.cto_in_place_dept,
                _ => n.cto_in_place_cio,
            }
            .to_owned(),
        )),
        // (One IT person in place, a ready-made service: they run it, the tool says no more.)
        Some(Incumbent::InPlace) if found.role == Role::Audit && profile.tech.is_some_and(|n| n <= 1) => out.push(lang_of(n.cto_in_place_one.to_owned())),
        // (Over staff tools, the one in place leads IT, not a technology that is sold.)
        Some(Incumbent::InPlace) if profile.software == Some(Software::Internal) => out.push(lang_of(n.it_in_place.to_owned())),
        Some(Incumbent::InPlace) => out.push(lang_of(n.cto_in_place.to_owned())),
        Some(Incumbent::Left) if matches!(found.role, Role::ItOperations | Role::DigitalChange) => out.push(lang_of(
            match () {
                // One person's IT: hire again, a provider meanwhile; a public body: its deputy meanwhile.
                _ if profile.tech.is_some_and(|n| n <= 1) && profile.headcount.is_some_and(|h| h < LARGE_BOUND) => n.it_left_small,
                _ if profile.tech.is_some_and(|n| n <= 1) => n.it_left_one,
                _ if profile.org == Some(Org::Public) => n.it_left_public,
                // An IT manager's seat: the provider steps up meanwhile.
                // (A few in IT remain: one of them holds the service meanwhile, as the route says.)
                // (Five or more too: the team holds it, not a provider; the eighty-ninth French reading.)
                _ if how == Route::ItManager && profile.tech.is_some_and(|n| n >= 2) => n.it_left_team,
                _ if how == Route::ItManager => n.it_left_manager,
                _ => n.it_left,
            }
            .to_owned(),
        )),
        // (No post to fill: a provider, a few days of advice or an analyst's project; the access taken back first.)
        Some(Incumbent::Left) if matches!(how, Route::ManagedHosting | Route::Audit | Route::SecurityConsultant | Route::DataAnalyst | Route::ManagedIt) => {
            out.push(lang_of(n.cto_left_no_post.to_owned()))
        }
        Some(Incumbent::Left) => out.push(lang_of(n.cto_left.to_owned())),
        _ => {}
    }
    // (People in IT who run the software, not build it: no product team, said so.)
    let no_team = match profile.tech {
        None => n.no_team_unsaid,
        // (One person: not "no tech team", but no team to lead.)
        Some(1) if found.role != Role::Hosting => n.no_team_one,
        Some(1..) if found.role == Role::Hosting => n.no_team_runs,
        _ => n.no_team,
    };
    out.push(lang_of(
        match (found.it_team, found.beside) {
            // (A small business's platform kept by its developer or a few: they keep the code, its hosting is asked.)
            _ if found.role == Role::Hosting && profile.tech == Some(1) => n.dev_keeps_code,
            _ if found.role == Role::Hosting && profile.tech.is_some_and(|t| (2..=TEAM_SMALL).contains(&t)) => n.devs_keep_code,
            // (An IT department's app: said once, above.)
            (true, true) if it_department_app(profile) => return out,
            // (A public body's or a non-profit's team, half its staff or more, running the services it provides.)
            (true, true)
                if matches!(profile.org, Some(Org::Public | Org::Nonprofit)) && profile.tech.zip(profile.headcount).is_some_and(|(t, h)| t * 2 >= h) =>
            {
                n.it_team_services
            }
            // (One person: a post, not a team; fr103 M4.)
            (true, true) if profile.tech == Some(1) => n.it_one_beside,
            (true, true) => n.it_team_beside,
            (true, false) if profile.tech == Some(1) && profile.cto == Some(Incumbent::Left) => n.it_one_left,
            (true, false) if profile.tech == Some(1) => n.it_one,
            (true, false) => n.it_team,
            // (A large organisation that gave no team is not told it has none: it has its IT.)
            _ if profile.tech.is_none() && profile.headcount.is_some_and(|h| h >= LARGE_ORG) => return out,
            _ => no_team,
        }
        .to_owned(),
    ));
    out
}

#[inline(never)]
fn runner_up(r: &RunnerUp, outcome: Outcome, few: bool, building: bool, org: Option<Org>, t: &Texts, lang: Lang) -> RunnerUpView {
    let u = &t.runner_up;
    let the = (t.cto)(r.ty).the;
    let heading = match (outcome, r.close, r.by_size) {
        (Outcome::NoCto, _, _) => u.none_heading,
        // (A close call nothing realistic would tip, read from the size: said as the size's, not as close.)
        (_, true, true) if r.tips.is_empty() => u.by_size_heading,
        (_, true, _) => u.close_heading,
        (_, _, true) => u.by_size_heading,
        _ => u.heading,
    };
    let needs = |needs: &[Need], joiner: &str| t.list(&needs.iter().map(|n| (t.need)(*n).short).collect::<Vec<_>>(), joiner);
    let tips: Vec<String> = r
        .tips
        .iter()
        .filter(|_| !(few && outcome == Outcome::NoCto))
        .map(|tip| match tip {
            Tip::AddNeeds { needs: list, all: false } => fill(u.add_any, &[("needs", &needs(list, t.or))]),
            Tip::AddNeeds { needs: list, all: true } => fill(u.add_all, &[("needs", &needs(list, t.and))]),
            Tip::DropNeeds { needs: list, all: false } => fill(u.drop_any, &[("needs", &needs(list, t.or))]),
            Tip::DropNeeds { needs: list, all: true } => fill(u.drop_all, &[("needs", &needs(list, t.and))]),
            // (A federation's headcount in its own word: not "the company"; fr105 M2.)
            Tip::Headcount(n) => fill(u.headcount, &[("org", (t.grow.your_org)(org)), ("n", &lang.number((*n).into()))]),
            Tip::TechTeam(n) => fill(u.team, &[("n", &lang.count((*n).into())), ("people", lang.people((*n).into()))]),
        })
        .collect();
    RunnerUpView {
        ty: r.ty,
        heading: fill(heading, &[("type", the)]),
        intro: fill(
            match (tips.is_empty(), outcome) {
                (true, Outcome::NoCto) if building => u.none_no_tip_asked,
                (true, Outcome::NoCto) => u.none_no_tip,
                (true, _) => u.no_tip,
                (false, Outcome::NoCto) => u.none_intro,
                // Several ways, any one of which would do: said so.
                (false, _) if tips.len() > 1 => u.tips_intro_any,
                (false, _) => u.tips_intro,
            },
            &[("type", the)],
        ),
        tips,
    }
}

#[inline(never)]
fn tiers(ty: CtoType, profile: &Profile, how: Route, t: &Texts) -> Vec<TierView> {
    // (An IT department's head: read once for every mission.)
    let cio = it_department_seat(profile, how);
    // A VP of Engineering leaves the CTO's own missions (strategy, architecture, the board) to the CTO.
    let picks: Vec<_> = missions_for(ty, profile)
        .into_iter()
        .filter(|p| !(how == Route::VpEngineering && super::job::CTO_ONLY.contains(&p.mission)))
        // (An IT department's head trains no sales team, and faces clients only when asked.)
        .filter(|p| !(cio && (p.mission == Mission::SalesTraining || (p.mission == Mission::ClientsPartners && p.matched.is_none()))))
        // (A seat held a few days a week runs no daily stand-up: the team's lead does; fr103 M1.)
        .filter(|p| !(p.mission == Mission::DailyStandup && (how == Route::Fractional || (how == Route::Interim && interim_part_time(profile)))))
        // (A part-time seat recruits only when hiring was asked: otherwise part of the job, not first.)
        .map(|p| match p {
            Pick { mission: Mission::RecruitTeam, tier: Tier::First, matched: None } if how == Route::Fractional && !profile.needs.contains(Need::HireTeam) => {
                Pick { tier: Tier::Also, ..p }
            }
            p => p,
        })
        .collect();
    Tier::SHOWN
        .into_iter()
        .map(|tier| TierView {
            id: tier.id(),
            // An executive over a small team: later tasks wait for the team to grow, not for managers.
            title: match tier {
                // A stabilizer whose team has leads already: the later missions are theirs now.
                Tier::Later | Tier::Asked if ty == CtoType::Stabilizer && profile.tech.is_some_and(|n| n >= TEAM_HAS_LEADS) => t.delegate_to_leads,
                _ => (t.tier)(tier, if ty == CtoType::Industrializer && small_team(profile) { CtoType::Stabilizer } else { ty }),
            },
            missions: picks
                .iter()
                .filter(|p| p.tier == tier)
                .map(|p| {
                    let text = mission_words(t, p.mission, ty, profile);
                    // A part-time seat's first version in the ad's words: guided, not coded.
                    let first_version = match p.mission {
                        Mission::BuildFirstVersion => super::job::part_time_first_version(ty, profile, how, &t.job),
                        // (...and the servers overseen, not run.)
                        Mission::RunInfrastructure if how == Route::Fractional => Some(t.job.part_time_infrastructure),
                        // (An IT department's indicators, not an engineering department's.)
                        Mission::Dashboard if cio => Some(t.job.cio_dashboard),
                        // (A team of one: that person, not "each member"; fr106 M1.)
                        Mission::OneToOnes if profile.tech == Some(1) => Some(t.job.one_to_one_one),
                        _ => None,
                    };
                    MissionView {
                        id: p.mission.id(),
                        title: first_version.unwrap_or(text.title),
                        detail: text.detail,
                        group: (t.group)(match p.mission {
                            // Reporting to owners, a group or a public body's bodies is done inside, not outside.
                            // (Its words follow the organisation as read: only a startup's investors are outside.)
                            Mission::InvestorsBoard if profile.org_read() != Some(Org::Startup) => Group::Leadership,
                            m => m.group(),
                        }),
                        matched: p.matched.map(|need| fill(t.matched, &[("need", (t.need)(need).label)])),
                    }
                })
                .collect(),
        })
        .filter(|tier| !tier.missions.is_empty())
        .collect()
}

/// A mission's words for this type and organisation: a department's leader carries some missions through
/// the teams; a public body or a non-profit has no investors nor sales team.
pub fn mission_words(t: &Texts, mission: Mission, ty: CtoType, profile: &Profile) -> MissionText {
    // A company of a few has no sales team to train: the first client meetings.
    if mission == Mission::SalesTraining && profile.headcount.is_some_and(|h| h <= 3) {
        return t.first_sales;
    }
    // At a startup's start, its board is its raise.
    if mission == Mission::InvestorsBoard && profile.equity() && matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) {
        return t.investors_early;
    }
    // (An executive over a team under twenty has no managers yet: the team's own words; cto98 #17.)
    let at_scale = if ty == CtoType::Industrializer && !small_team(profile) { (t.mission_at_scale)(mission) } else { None };
    at_scale.unwrap_or_else(|| (t.mission_for)(mission, profile.org_read()))
}

/// A rejected value, said plainly: "People in the company: “abc” is not a whole number."
pub fn error_message(error: &InputError, lang: Lang) -> String {
    let t = lang.texts();
    let number = |n: u32| lang.number(n.into());
    // The choices as the form words them, each quoted (a label is not the sentence's own words).
    let choices = |labels: Vec<&str>| {
        let quoted: Vec<String> = labels.iter().map(|l| fill(t.quoted, &[("label", l)])).collect();
        t.list(&quoted.iter().map(String::as_str).collect::<Vec<_>>(), t.or)
    };
    // A value whose meaning is plain ("pme", "croissance", "candidat"): the option it names, and its id.
    // (The label read from the suggested id itself, never from a position in a list.)
    let near = nearest_choice(error).and_then(|id| {
        let label = match error.problem {
            Problem::UnknownNeed => (t.need)(Need::from_id(id)?).label,
            Problem::UnknownStage => (t.stage)(Stage::from_id(id)?).label,
            Problem::UnknownSoftware => (t.software)(Software::from_id(id)?).label,
            Problem::UnknownOrg => (t.org)(Org::from_id(id)?).label,
            Problem::UnknownIncumbent => (t.cto_today)(Incumbent::from_id(id)?).label,
            _ if super::profile::Mode::from_id(id)? == super::profile::Mode::Candidate => t.candidate.mode_candidate,
            _ => t.candidate.mode_company,
        };
        Some((label, id))
    });
    if let Some((label, id)) = near {
        let values = [("field", (t.field)(error.field)), ("given", error.given.as_str()), ("label", label), ("id", id)];
        return fill(t.unknown_choice_near, &values);
    }
    // A number written in words, zero to ten in either language: said in figures (fr99 M14).
    const WORDS: [&[&str]; 11] = [
        &["zero", "zéro"],
        &["one", "un", "une"],
        &["two", "deux"],
        &["three", "trois"],
        &["four", "quatre"],
        &["five", "cinq"],
        &["six"],
        &["seven", "sept"],
        &["eight", "huit"],
        &["nine", "neuf"],
        &["ten", "dix"],
    ];
    let in_words = (error.problem == Problem::NotWholeNumber)
        .then(|| WORDS.iter().position(|words| words.iter().any(|w| error.given.trim().eq_ignore_ascii_case(w))))
        .flatten();
    // A number followed by words ("4 personnes", "12 devs"): the number it starts with is the one meant (fr101 M8).
    // (Its digits and their group separators, "1 200 personnes" too.)
    let given = error.given.trim_start();
    let leading = given
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | ',' | '.' | '\u{a0}' | '\u{202f}')))
        .map(|end| &given[..end])
        .filter(|start| error.problem == Problem::NotWholeNumber && start.starts_with(|c: char| c.is_ascii_digit()))
        .and_then(super::profile::parse_whole);
    let (template, extra): (&str, Option<(&str, String)>) = match error.problem {
        Problem::NotWholeNumber if in_words.is_some() => (t.number_in_words, in_words.map(|n| ("n", number(n as u32)))),
        Problem::NotWholeNumber if leading.is_some() => (t.number_with_words, leading.map(|n| ("n", lang.number(n)))),
        // (The example is a size for the field: a tech team of 4, not a headcount of 45.)
        Problem::NotWholeNumber => (t.not_whole_number, Some(("example", number(if error.field == super::profile::Field::Headcount { 45 } else { 4 })))),
        Problem::BelowMin(0) => (t.below_zero, None),
        Problem::BelowMin(min) => (t.below_min, Some(("min", number(min)))),
        Problem::AboveMax(max) => (t.above_max, Some(("max", number(max)))),
        Problem::TechAboveHeadcount(h) => (t.tech_above_headcount, Some(("headcount", number(h)))),
        // The choices as the form words them (a visitor reads labels, not ids).
        Problem::UnknownStage => (t.unknown_choice, Some(("choices", choices(Stage::ALL.map(|s| (t.stage)(s).label).to_vec())))),
        Problem::UnknownSoftware => (t.unknown_choice, Some(("choices", choices(Software::ALL.map(|s| (t.software)(s).label).to_vec())))),
        Problem::UnknownOrg => (t.unknown_choice, Some(("choices", choices(Org::ALL.map(|o| (t.org)(o).label).to_vec())))),
        Problem::UnknownIncumbent => (t.unknown_choice, Some(("choices", choices(Incumbent::ALL.map(|i| (t.cto_today)(i).label).to_vec())))),
        Problem::UnknownMode => (t.unknown_choice, Some(("choices", choices(vec![t.candidate.mode_company, t.candidate.mode_candidate])))),
        Problem::UnknownNeed => (t.unknown_need, None),
        Problem::UnknownLang => (t.unknown_lang, None),
        Problem::More(count) => (t.more_values, Some(("count", number(count)))),
    };
    // A number given is said as the language writes numbers ("1 000 001").
    let given = match error.problem {
        Problem::BelowMin(_) | Problem::AboveMax(_) | Problem::TechAboveHeadcount(_) => {
            error.given.parse::<u64>().map_or_else(|_| error.given.clone(), |n| lang.number(n))
        }
        _ => error.given.clone(),
    };
    let mut values = vec![("field", (t.field)(error.field).to_owned()), ("given", given)];
    values.extend(extra);
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &values)
}

/// The option a rejected choice plainly means, as its id: the id, a
/// common word for it in either language ("pme", "association", "parti", "croissance"), or the id with one
/// letter wrong. Only when exactly one option matches. (Plain tables and bytes: a hint is not worth
/// kilobytes of wasm.)
fn nearest_choice(error: &InputError) -> Option<&'static str> {
    // (Lowercase, French accents folded, letters, digits and spaces only: "Lancée" reads "lancee".)
    let given: String = error
        .given
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'À' | 'Â' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
            'î' | 'ï' | 'Î' => 'i',
            'ô' | 'ö' | 'Ô' => 'o',
            'ù' | 'û' | 'ü' | 'Û' => 'u',
            'ç' | 'Ç' => 'c',
            '-' | '_' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .collect();
    let given = given.trim();
    if given.len() < 3 {
        return None;
    }
    let options: &[(&'static str, &[&str])] = match error.problem {
        Problem::UnknownStage => &[
            ("idea", &["idee"]),
            ("mvp", &["prototype", "poc", "premier produit"]),
            ("launched", &["lance", "lancee", "launch"]),
            ("scaling", &["croissance", "forte croissance", "growth", "scale"]),
            ("established", &["etabli", "etablie", "installee", "mature"]),
        ],
        Problem::UnknownSoftware => &[
            ("product", &["produit", "saas", "editeur"]),
            ("support", &["boutique", "site"]),
            ("internal", &["interne", "outils internes", "outils", "tools"]),
        ],
        Problem::UnknownOrg => &[
            ("startup", &["start up"]),
            ("sme", &["pme", "tpe", "eti", "entreprise", "company", "business"]),
            ("group", &["groupe", "filiale", "subsidiary"]),
            ("public", &["publique", "collectivite", "mairie", "commune", "hopital", "administration", "etat", "government"]),
            ("nonprofit", &["association", "asso", "fondation", "foundation", "ong", "ngo", "charity", "non profit"]),
        ],
        Problem::UnknownIncumbent => &[
            ("none", &["non", "aucun", "personne", "pas encore", "nobody"]),
            ("left", &["parti", "partie", "depart", "gone"]),
            ("in-place", &["oui", "yes", "en poste", "en place", "in place"]),
        ],
        Problem::UnknownMode => &[("company", &["entreprise", "societe", "structure", "recruteur"]), ("candidate", &["candidat", "candidature"])],
        Problem::UnknownNeed => &[
            ("first-version", &["mvp", "premiere version"]),
            ("product", &["produit", "design"]),
            ("tech-choices", &["stack", "choix techniques"]),
            ("hire-team", &["recrutement", "recruter", "hiring", "recruit"]),
            ("organize-delivery", &["livraisons", "delivery", "sprints", "agile"]),
            ("scalability", &["scalabilite", "montee en charge", "scale"]),
            ("infrastructure", &["infra", "serveurs", "servers", "hebergement", "hosting", "cloud"]),
            ("quality-security", &["securite", "security", "qualite", "quality", "cybersecurite", "cyber"]),
            ("data", &["donnees"]),
            ("internal-it", &["informatique", "postes", "parc"]),
            ("change", &["transformation", "changement"]),
            ("processes", &["process", "processus"]),
            ("roadmap", &["feuille de route", "strategie", "strategy"]),
            ("budget", &["budgets"]),
            ("clients", &["client", "customers"]),
            ("investors", &["investisseurs", "levee", "fundraising"]),
        ],
        _ => return None,
    };
    // (The id with one letter wrong, added, dropped or swapped: "startp", "launchd", "etablished".)
    let one_off = |id: &[u8], typed: &[u8]| {
        let (short, long) = if id.len() <= typed.len() { (id, typed) } else { (typed, id) };
        let prefix = short.iter().zip(long).take_while(|(a, b)| a == b).count();
        match long.len() - short.len() {
            0 => {
                short[prefix + 1..] == long[prefix + 1..]
                    || (prefix + 2 <= short.len()
                        && short[prefix] == long[prefix + 1]
                        && short[prefix + 1] == long[prefix]
                        && short[prefix + 2..] == long[prefix + 2..])
            }
            1 => short[prefix..] == long[prefix + 1..],
            _ => false,
        }
    };
    let mut found = None;
    for (id, words) in options {
        // (Read as the visitor's words are: "first-version" as "first version".)
        let plain = id.replace('-', " ");
        if plain == given || words.contains(&given) || (id.len() >= 4 && one_off(plain.as_bytes(), given.as_bytes())) {
            if found.is_some() {
                return None;
            }
            found = Some(*id);
        }
    }
    found
}

#[cfg(test)]
mod tests;
