//! Candidate mode: how a candidate's track record fits the CTO a company needs. The record (the largest
//! team led, and what they have done and owned, over the same sixteen needs) reads as one of the three
//! types by the same weights as a company, or as IT operations when that is all it holds (seed 003: a
//! fine career, and exactly what a company that needs no CTO looks for). The fit compares that reading
//! with the company's outcome and its needs, and every part of it comes from a named answer.

use super::profile::{Need, NeedSet, Profile};
use super::scoring::{assess, need_pulls, order, CtoType, Outcome, IT_OPERATIONS, LARGE_BOUND, SMALL_BOUND, TEAM_POINTS, TEAM_SMALL};

/// A record that is not a builder's: product work with no code, stack or servers of its own, or data
/// as the only thing built. It reads as that trade, not as a CTO type by the needs' pulls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Specialty {
    Product,
    Data,
    /// Servers, scale and their security, no staff IT nor a product built: a DevOps's or SRE's record.
    Infrastructure,
    /// Security, with the servers or what steers it (processes, a roadmap, a budget), nothing built: a security
    /// engineer's or a CISO's record.
    Security,
}

fn specialty(did: NeedSet) -> Option<Specialty> {
    if infrastructure(did) {
        return Some(Specialty::Infrastructure);
    }
    // (Its awareness campaigns ticked as a change, beside its policies, no roadmap: a CISO's still; with the
    // roadmap too, a deputy CIO's.)
    // (Servers run too: an IT manager's or a CIO's record, as before.)
    let awareness = did.contains(Need::Change) && did.contains(Need::Processes) && !did.contains(Need::Roadmap) && !did.contains(Need::Infrastructure);
    if did.contains(Need::QualitySecurity)
        && did.iter().all(|n| {
            matches!(n, Need::QualitySecurity | Need::Processes | Need::Roadmap | Need::Budget | Need::Infrastructure | Need::Clients)
                || (awareness && n == Need::Change)
        })
    {
        return Some(Specialty::Security);
    }
    // A data engineer's record: the data, and the pipes and servers it runs on.
    // (A BI lead's choices of tools, clients and funders included.)
    if did.contains(Need::Data)
        && did.iter().all(|n| {
            matches!(
                n,
                Need::Data
                    | Need::Infrastructure
                    | Need::Scalability
                    | Need::QualitySecurity
                    | Need::Budget
                    | Need::TechChoices
                    | Need::Clients
                    | Need::Investors
            )
        })
        && did.iter().any(|n| matches!(n, Need::Infrastructure | Need::Scalability | Need::TechChoices))
    {
        return Some(Specialty::Data);
    }
    // (A BI or data governance record: the data and its rules, its tools chosen, its roadmap or clients,
    // no change led: a data consultant's.)
    if did.contains(Need::Data)
        && did.contains(Need::Processes)
        && did.iter().all(|n| matches!(n, Need::Data | Need::Processes | Need::TechChoices | Need::Roadmap | Need::Clients))
    {
        return Some(Specialty::Data);
    }
    // A head of data's record: the data, its team and its roadmap (its security too), nothing built.
    // (Its tools chosen beside a team hired or its roadmap: a head of data's too.)
    // (Not a team hired beside the data and its security alone: an engineering lead's; cto99 #27.)
    if did.contains(Need::Data)
        && (did.contains(Need::Roadmap) || (did.contains(Need::HireTeam) && did.contains(Need::TechChoices)))
        && did
            .iter()
            .all(|n| matches!(n, Need::Data | Need::Roadmap | Need::HireTeam | Need::QualitySecurity | Need::Budget | Need::Change | Need::TechChoices))
    {
        return Some(Specialty::Data);
    }
    let built = did.iter().any(|n| matches!(n, Need::FirstVersion | Need::TechChoices | Need::Infrastructure | Need::Scalability));
    match () {
        _ if built || it_operations_record(did) => None,
        // (Developers hired beside the product: an engineering lead's record, not a product manager's.)
        _ if did.contains(Need::Product) && !did.contains(Need::HireTeam) => Some(Specialty::Product),
        // (A change led with the processes beside the data: a CIO's record, not a data one; nor staff IT run
        // beside it: an IT person's who also did the figures.)
        // (...nor a team's delivery or hiring beside the data: an engineering lead's who also did the figures;
        // cto100 #27.)
        _ if did.contains(Need::Data)
            && !did.iter().any(|n| matches!(n, Need::QualitySecurity | Need::InternalIt | Need::OrganizeDelivery | Need::HireTeam))
            && !(did.contains(Need::Change) && did.contains(Need::Processes)) =>
        {
            Some(Specialty::Data)
        }
        _ => None,
    }
}

/// An infrastructure record: servers run at scale, with no staff IT, product or first version.
/// (Nor a team's hiring and its delivery both: an engineering lead's who also ran the servers; cto97 #39.)
fn infrastructure(did: NeedSet) -> bool {
    did.contains(Need::Infrastructure)
        && did.contains(Need::Scalability)
        && !(did.contains(Need::HireTeam) && did.contains(Need::OrganizeDelivery))
        && !did.iter().any(|n| matches!(n, Need::InternalIt | Need::FirstVersion | Need::Product | Need::TechChoices | Need::Change))
        && did.iter().all(|n| {
            matches!(
                n,
                Need::Infrastructure | Need::Scalability | Need::QualitySecurity | Need::OrganizeDelivery | Need::Processes | Need::Budget | Need::HireTeam
            )
        })
}

/// The page advises a product owner for the organisation's app, beside its IT (an IT department's app, or a
/// platform its IT head keeps): a product record's seat.
pub fn product_owner_seat(profile: &Profile) -> bool {
    profile.needs.contains(Need::Product) && (super::scoring::it_department_app(profile) || super::scoring::headed_platform(profile))
}

/// The page's CIO seat over an IT department's app built by more than a handful of developers: it names a
/// head of software development under the CIO, the seat an engineering lead's record fits.
/// (...or an IT director's or a CIO's page that names one for its developers: cto97 #27.)
pub fn dev_head_seat(profile: &Profile, seat: Option<super::route::Route>, role: Option<super::scoring::Role>) -> bool {
    (seat == Some(super::route::Route::Cio) && super::scoring::it_department_app(profile) && profile.tech.is_some_and(|t| t > TEAM_SMALL))
        || (matches!(seat, Some(super::route::Route::Cio | super::route::Route::ItDirector)) && super::result::dev_head_named(profile, role))
}

/// How well the record fits the role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fit {
    Strong,
    Partial,
    Weak,
}

impl Fit {
    pub fn id(self) -> &'static str {
        match self {
            Fit::Strong => "strong",
            Fit::Partial => "partial",
            Fit::Weak => "weak",
        }
    }

    fn lower(self) -> Fit {
        match self {
            Fit::Strong => Fit::Partial,
            _ => Fit::Weak,
        }
    }
}

/// Which way a mismatch goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The role is bigger than the record so far.
    Under,
    /// The record is bigger than the role.
    Over,
}

/// The candidate's reading, and their fit when the company is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The type the record reads as, or `NoCto` for an IT operations record.
    pub reads_as: Outcome,
    /// Points per type, from the team led and what was done (hacker, stabilizer, industrializer).
    pub scores: [u32; 3],
    /// The company's outcome, when its headcount is known.
    pub role: Option<Outcome>,
    pub fit: Option<Fit>,
    pub direction: Option<Direction>,
    /// The company's needs the candidate has carried, and those they have not.
    pub matched: NeedSet,
    pub gaps: NeedSet,
    /// The fit was lowered: fewer than half of the company's needs done (for a strong fit), or none
    /// at all (for a partial one).
    pub thin_coverage: bool,
    /// A product or data record, said as that trade.
    pub specialty: Option<Specialty>,
    /// The fit was lowered: the seat's team is several times the largest led.
    pub scale_step: bool,
    /// How the company's seat is filled, when its headcount is known.
    pub seat: Option<super::route::Route>,
    /// The other role than a CTO the company needs, when it needs one.
    pub seat_role: Option<super::scoring::Role>,
    /// The seat is an IT department's CIO, on a CTO's route (a large organisation's IT beside the business).
    pub cio_seat: bool,
    /// A data record for the head of data a large organisation is told to add beside its IT.
    pub data_team_seat: bool,
    /// A security record facing a large organisation's IT seat asked for security: read for the CISO's seat
    /// beside it.
    pub ciso_team_seat: bool,
    /// A data record that led a few facing a data office past five thousand people.
    pub data_office_step: bool,
    /// A record a type below, a third of the seat's team or less, facing an interim mission.
    pub interim_step: bool,
    /// A security engineer's record facing a CISO's seat: a step below it.
    pub ciso_step: bool,
    /// An IT record for an IT seat this many levels above the teams led (technician, IT manager, CIO).
    pub level_gap: u8,
    /// An IT record that ran a department (twenty or more led) facing one person's IT seat: well below it.
    pub seat_below: bool,
    /// A record that led nobody or one facing a part-time seat that guides developers or hires a team.
    pub steer_step: bool,
    /// A data record that led nobody facing the head of data with a team a large organisation is told to add.
    pub data_team_step: bool,
    /// A security record facing a seat that runs IT as a whole, no CISO's advised beside it.
    pub security_for_it_seat: bool,
    /// An engineering lead's record facing a CIO's seat whose page names a head of software development
    /// for its developers: that seat, read as the stabilizer's.
    pub dev_head_seat: bool,
}

/// A candidate's record as points: the team led weighs as a company's tech team does, and what they
/// did pulls as the same needs pull for a company of no stated size: hiring and running sprints are a
/// stabilizer's work whoever did them; the team led says the scale.
fn record_scores(profile: &Profile) -> [u32; 3] {
    let mut scores = [0; 3];
    if let Some(led) = profile.led {
        scores[CtoType::for_team(led).index()] += TEAM_POINTS;
    }
    for need in profile.did.iter() {
        for &(ty, points) in need_pulls(need, record_scale(profile)) {
            scores[ty.index()] += points;
        }
    }
    scores
}

/// The scale the record's work is read at: the team led, where the record ran it as a department (its
/// processes, a change, its budget: hiring for thirty through managers) or led forty or more; else none
/// (hiring and sprints alone stay a team lead's). The reasons read it so too.
pub fn record_scale(profile: &Profile) -> Option<u32> {
    let department = profile.did.iter().any(|n| matches!(n, Need::Processes | Need::Change | Need::Budget));
    profile.led.filter(|&l| l >= 2 * super::scoring::TEAM_LARGE || (l >= super::scoring::TEAM_LARGE && department))
}

/// The record's type, ranked as a company's types are: the best score; on a tie, the type of the team
/// led, then the smaller type (no headcount: the hacker's end stands in for it).
fn record_type(profile: &Profile, scores: &[u32; 3]) -> CtoType {
    // Past fifty people led, the scale says it: whatever was done by hand before.
    if let Some(led) = profile.led.filter(|l| *l > LARGE_BOUND) {
        return CtoType::for_team(led);
    }
    let team = profile.led.map(CtoType::for_team);
    order(scores, team.unwrap_or(CtoType::Hacker), team)[0]
}

/// Nothing but IT operations done, with what every leader does beside it (budgets, clients, a board):
/// not a CTO's record yet (seed 003: support, supervision, a roll-out for clients).
fn it_operations_record(did: NeedSet) -> bool {
    did.iter().any(|n| IT_OPERATIONS.contains(&n)) && did.iter().all(|n| IT_OPERATIONS.contains(&n) || need_pulls(n, None).is_empty())
}

/// Reads a candidate's record; `None` until they have said something about it.
pub fn read(profile: &Profile) -> Option<Reading> {
    if profile.led.is_none() && profile.did.is_empty() {
        return None;
    }
    let scores = record_scores(profile);
    // Nothing that weighs (no team led, only what every leader does beside the work): no reading yet.
    if profile.led.is_none() && scores == [0; 3] && !it_operations_record(profile.did) && specialty(profile.did).is_none() {
        return None;
    }
    let role = assess(profile).map(|a| a.outcome);
    // How the seat is filled, read once for the fit and for the page's advice.
    let seat = role.map(|r| super::route::route(profile, r));
    // An executive's route over an IT department beside the business is a CIO's seat.
    let cio_seat = matches!(role, Some(Outcome::Cto(_))) && seat.is_some_and(|how| super::result::it_department_seat(profile, how));
    // Every need the role asks counts, staff IT included: the visitor ticked it.
    // (Not what a VP of Engineering leaves to the CTO beside them: investors, clients, the roadmap, the
    // stack.)
    let wanted: NeedSet = if seat == Some(super::route::Route::VpEngineering) {
        profile.needs.iter().filter(|n| !matches!(n, Need::Investors | Need::Clients | Need::Roadmap | Need::TechChoices)).collect()
    } else {
        profile.needs
    };
    // A seat that is not a CTO's (a CIO's, an IT manager's) is that trade: a record of IT work (staff
    // IT, a change of tools) that has carried at least half of what the seat asks reads as it, not as a
    // CTO type by the needs' pulls.
    // An IT record: IT work (security and infrastructure too: a CISO's) at least as much as a CTO's
    // work, and no product built.
    let seat_role = (role == Some(Outcome::NoCto)).then(|| super::scoring::it_operations(profile).map_or(super::scoring::Role::ItOperations, |o| o.role));
    // (Facing a CIO's seat, a change led with its processes, roadmap and budget is a CIO's steering.)
    let cio_steering = seat_role == Some(super::scoring::Role::DigitalChange) && profile.did.contains(Need::Change);
    let it_work = |n: Need| IT_OPERATIONS.contains(&n) || n == Need::Change || (cio_steering && matches!(n, Need::Processes | Need::Roadmap | Need::Budget));
    let it_done = profile.did.iter().filter(|n| it_work(*n)).count();
    let cto_done = profile.did.iter().filter(|n| !it_work(*n) && !need_pulls(*n, None).is_empty()).count();
    // The head of data a large organisation is told to add beside its IT, where data is asked.
    // (...or the data officer a public body of fifty or more is told to name beside its IT: a water agency's.)
    let public_data_officer = profile.org == Some(super::profile::Org::Public)
        && matches!(seat_role, Some(super::scoring::Role::ItOperations | super::scoring::Role::DigitalChange))
        && profile.headcount.is_some_and(|h| h >= LARGE_BOUND)
        && profile.tech.is_some_and(|t| t > 1);
    // (Not where the page says its figures will come from the software it is choosing.)
    let head_of_data_beside = seat_role.is_some()
        && profile.needs.contains(Need::Data)
        && !super::result::figures_from_chosen(profile)
        && (profile.headcount.is_some_and(|h| h >= 2 * super::scoring::LARGE_ORG) || public_data_officer);
    // (A data record stays one for a seat that is not a data one: a data engineer's servers are not staff IT.)
    let data_record = specialty(profile.did) == Some(Specialty::Data) && seat_role != Some(super::scoring::Role::Data) && !head_of_data_beside;
    // (A tie goes to IT where the record ran staff IT or a change: a deputy CIO's processes and roadmap.)
    let it_leaning = it_done > cto_done || (it_done == cto_done && (profile.did.contains(Need::InternalIt) || profile.did.contains(Need::Change)));
    let it_record = it_leaning && !data_record && !profile.did.iter().any(|n| matches!(n, Need::FirstVersion | Need::Product));
    let matched: NeedSet = wanted.iter().filter(|n| profile.did.contains(*n)).collect();
    // (Or half of what such a seat asks, a product never built: a data or IT record for that seat.)
    let built = profile.did.iter().any(|n| matches!(n, Need::FirstVersion | Need::Product));
    // (Some IT work in the record, at least: a manager's hiring and budgets alone are not an IT record.)
    let carried_the_seat =
        role == Some(Outcome::NoCto) && !wanted.is_empty() && (it_record || (!built && !data_record && it_done > 0 && matched.len() * 2 >= wanted.len()));
    // An IT or security record reads as one for any seat (a CISO's record is not a stabilizer's).
    let reads_as =
        if it_operations_record(profile.did) || carried_the_seat || it_record { Outcome::NoCto } else { Outcome::Cto(record_type(profile, &scores)) };
    let gaps: NeedSet = wanted.iter().filter(|n| !profile.did.contains(*n)).collect();
    let dev_head_seat = dev_head_seat(profile, seat, seat_role)
        && matches!(reads_as, Outcome::Cto(_))
        && specialty(profile.did).is_none()
        && profile.did.iter().any(|n| matches!(n, Need::OrganizeDelivery | Need::HireTeam));
    let (mut fit, direction) = match (role, reads_as) {
        (None, _) => (None, None),
        (Some(Outcome::NoCto), Outcome::Cto(have)) if dev_head_seat => {
            let want = CtoType::Stabilizer;
            let fit = if have == want { Fit::Strong } else { Fit::Partial };
            (Some(fit), (have != want).then_some(if have < want { Direction::Under } else { Direction::Over }))
        }
        // (An IT record that never did security, facing a security seat: another trade.)
        (Some(Outcome::NoCto), Outcome::NoCto) if seat_role == Some(super::scoring::Role::Security) && !profile.did.contains(Need::QualitySecurity) => {
            (Some(Fit::Weak), None)
        }
        (Some(Outcome::NoCto), Outcome::NoCto) => (Some(Fit::Strong), None),
        // (A builder's record with no IT work at all, for an IT seat: another trade, not a larger one.)
        (Some(Outcome::NoCto), Outcome::Cto(_)) if it_done == 0 => (Some(Fit::Weak), None),
        // (A builder's record facing a security seat, no policy or processes ever set: another trade.)
        (Some(Outcome::NoCto), Outcome::Cto(_)) if seat_role == Some(super::scoring::Role::Security) && !profile.did.contains(Need::Processes) => {
            (Some(Fit::Weak), None)
        }
        (Some(Outcome::NoCto), Outcome::Cto(_)) => (Some(Fit::Partial), Some(Direction::Over)),
        (Some(Outcome::Cto(_)), Outcome::NoCto) if cio_seat => (Some(Fit::Strong), None),
        (Some(Outcome::Cto(_)), Outcome::NoCto) => (Some(Fit::Weak), Some(Direction::Under)),
        (Some(Outcome::Cto(want)), Outcome::Cto(have)) => {
            let fit = match want.index().abs_diff(have.index()) {
                0 => Fit::Strong,
                1 => Fit::Partial,
                _ => Fit::Weak,
            };
            let direction = (have != want).then_some(if have < want { Direction::Under } else { Direction::Over });
            (Some(fit), direction)
        }
    };
    // Fewer than half of the company's needs done lowers a strong fit; none at all lowers a partial one.
    let thin = !wanted.is_empty() && matched.len() * 2 < wanted.len();
    // (A need every CTO carries, investors, clients or a budget, is no cover of the seat's own work.)
    let own = matched.iter().filter(|n| !super::scoring::NEUTRAL.contains(n)).count();
    let lowered = fit.filter(|f| thin && (*f == Fit::Strong || own == 0)).map(Fit::lower);
    let mut thin_coverage = lowered.is_some();
    fit = lowered.or(fit);
    // Every need of the role done: scale alone never makes it weak (a former executive who built before
    // is a partial fit, told what a smaller seat asks of them).
    if !wanted.is_empty() && gaps.is_empty() && fit == Some(Fit::Weak) && reads_as != Outcome::NoCto {
        fit = Some(Fit::Partial);
    }
    // A product, data or infrastructure record for a CTO's seat: at most partial, weak where the seat
    // builds by hand. (An infrastructure record is one whatever it reads as: servers and security are
    // IT operations too.)
    // (A data record for a data seat stays one, whatever it reads as.)
    // (A product record that worked the data, facing a data seat: read as data, the seat it fits.)
    let for_data_seat = seat_role == Some(super::scoring::Role::Data) || head_of_data_beside;
    let specialty = specialty(profile.did)
        // (Not where the page advises a product owner for the app: that seat is the product record's.)
        .map(|s| if s == Specialty::Product && profile.did.contains(Need::Data) && for_data_seat && !product_owner_seat(profile) { Specialty::Data } else { s })
        .filter(|s| matches!(s, Specialty::Infrastructure | Specialty::Security) || reads_as != Outcome::NoCto || (*s == Specialty::Data && for_data_seat))
        // (A product scaled and its servers run beside its data, facing a CTO's seat that asks its data too: a
        // builder's record read by its type, the seat it fits, not sent to a data team. A CTO in place: the data
        // profile the page advises beside them is the record's.)
        .filter(|s| {
            !(*s == Specialty::Data
                && matches!(role, Some(Outcome::Cto(_)))
                && profile.cto != Some(super::profile::Incumbent::InPlace)
                && wanted.contains(Need::Data)
                && profile.did.iter().any(|n| matches!(n, Need::Scalability | Need::Infrastructure)))
        });
    // A data record for a data seat (an analyst's, a head of data's): the trade itself.
    // (...or for the head of data a large organisation is told to add beside its IT.)
    let data_team_seat = specialty == Some(Specialty::Data) && head_of_data_beside;
    let data_seat = specialty == Some(Specialty::Data) && (seat_role == Some(super::scoring::Role::Data) || data_team_seat);
    // (...and a security record for the CISO a large organisation is told to add beside its IT, whatever
    // else its IT is asked: that seat, not the CIO's.)
    // (Not a group's site whose IT is no department: its CISO is the group's, a contact on site.)
    let ciso_team_seat = specialty == Some(Specialty::Security)
        && role == Some(Outcome::NoCto)
        && !seat.is_some_and(|how| super::result::group_site_security(profile, how))
        && seat_role != Some(super::scoring::Role::Security)
        && profile.needs.contains(Need::QualitySecurity)
        && profile.headcount.is_some_and(|h| h >= super::scoring::LARGE_ORG);
    // (...a step below a data office past five thousand people, for a record that led a few.)
    let data_office_step =
        data_seat && profile.headcount.is_some_and(|h| h >= 5 * super::scoring::TYPOLOGY_END) && profile.led.is_some_and(|led| led <= TEAM_SMALL);
    // (...a step below it for a security engineer's record: nobody led, no policy, roadmap or budget carried.)
    // (...or a systems and security engineer's record, whoever it led: the portrait says a step below, so does the
    // fit; fr103 C2.)
    // (...or the full-time CISO's seat the page itself advises; cto105 #28.)
    let ciso_step = (ciso_team_seat || (seat == Some(super::route::Route::Ciso) && specialty == Some(Specialty::Security)))
        && (profile.led.is_some_and(|led| led <= 1) || profile.did.contains(Need::Infrastructure))
        && !profile.did.iter().any(|n| matches!(n, Need::Processes | Need::Roadmap | Need::Budget));
    // (The fit set from the seat's own need: no lowering for the others said.)
    // (A CISO's step is a CISO's seat: said by `ciso_team_seat`.)
    if data_seat || ciso_team_seat {
        thin_coverage = false;
    }
    // (A data record that led nobody or one, no roadmap, hiring or budget carried, facing the head of data
    // with a team a large organisation is told to add: its team is where the record fits, a step below.)
    let data_team_step = data_team_seat
        && !data_office_step
        && !public_data_officer
        && profile.led.is_some_and(|led| led <= 1)
        && !profile.did.iter().any(|n| matches!(n, Need::Roadmap | Need::HireTeam | Need::Budget));
    if ciso_step || data_team_step {
        fit = Some(Fit::Partial);
    } else if data_seat || ciso_team_seat {
        // (Two steps for a record that led nobody or one: weak.)
        fit = Some(match profile.led {
            _ if !data_office_step => Fit::Strong,
            Some(0 | 1) => Fit::Weak,
            _ => Fit::Partial,
        });
    }
    // (A security record read as IT operations stays one: a CISO's seat is an IT seat.)
    if let (Some(_), Some(Outcome::Cto(_))) = (specialty, role) {
        let builds = wanted.contains(Need::FirstVersion) || wanted.contains(Need::TechChoices);
        fit = fit.map(|f| if builds { Fit::Weak } else { f.max(Fit::Partial) });
    }
    // An IT record for an IT seat whose team is several times the one led: a step up, said in the fit.
    // (For a CTO's seat, a team over ten times the one led, five for a specialty: the type already says part
    // of the scale.)
    // (An industrializer's record facing a department of a hundred or more, over four times its largest
    // team: managers of managers, a step in scale.)
    // (...or any record facing it: a head of engineering who led fifteen, for a VP over a hundred and ten.)
    let department_seat = role == Some(Outcome::Cto(CtoType::Industrializer)) && profile.tech.is_some_and(|t| t >= 100);
    let cto_step = match () {
        _ if specialty.is_some() => 5,
        _ if department_seat => 4,
        _ => 10,
    };
    // (Only a seat that leads the IT team: a CISO's or a head of data's team is not the CIO's.)
    let leads_it = matches!(seat_role, Some(super::scoring::Role::ItOperations | super::scoring::Role::DigitalChange));
    let scale_step =
        (carried_the_seat && leads_it && !data_seat && !ciso_team_seat && profile.led.is_some_and(|led| profile.tech.is_some_and(|t| t >= 3 * led.max(1))))
            || (matches!(role, Some(Outcome::Cto(_)))
                && fit != Some(Fit::Weak)
                && profile.led.is_some_and(|led| profile.tech.is_some_and(|t| t > cto_step * led.max(1))));
    // An IT record for an IT seat a level or two above the teams led (a technician for a CIO's seat): at
    // most partial one level up, weak two up; the team's size is then said by the level, not again.
    let seat_level: u8 = match seat {
        // (A small organisation's change with nobody in IT is a project with its vendor or pooled services:
        // no seat, no level to climb.)
        Some(how) if super::result::vendor_project(profile, how) => 0,
        // (A CIO's seat over eight or fewer is an IT manager's step: a town's IT service of eight.)
        Some(super::route::Route::Cio | super::route::Route::ItDirector) if profile.tech.is_some_and(|t| t <= 2 * TEAM_SMALL) => 1,
        Some(super::route::Route::Cio | super::route::Route::ItDirector) => 2,
        // (An IT manager's seat over one person in IT, under a hundred people, is that person's own seat
        // taken in hand: a commune of sixty's technician, no level up.)
        Some(super::route::Route::ItManager) if profile.tech.is_none_or(|t| t <= 1) && profile.headcount.is_some_and(|h| h < 2 * LARGE_BOUND) => 0,
        // (...nor over a few whom the record already led: a technician who led one, two in IT.)
        Some(super::route::Route::ItManager) if profile.tech.zip(profile.led).is_some_and(|(t, led)| t <= TEAM_SMALL && led >= 1 && led + 1 >= t) => 0,
        Some(super::route::Route::ItManager) => 1,
        _ => 0,
    };
    let record_level = match profile.led {
        Some(0 | 1) => 0,
        Some(2..=4) => 1,
        _ => 2,
    };
    let level_gap =
        if reads_as == Outcome::NoCto && role == Some(Outcome::NoCto) && !data_seat && !ciso_team_seat { seat_level.saturating_sub(record_level) } else { 0 };
    // (One lowering, not two: the level's cap, else the team's step.)
    match level_gap {
        0 if scale_step => fit = fit.map(Fit::lower),
        0 => {}
        // (A team over ten times the one led, a level up: weak.)
        1 if profile.led.is_some_and(|led| profile.tech.is_some_and(|t| t > 10 * led.max(1))) => fit = Some(Fit::Weak),
        1 => fit = fit.map(|f| f.max(Fit::Partial)),
        _ => fit = Some(Fit::Weak),
    }
    // (The other way: a CIO's record facing a commune's one-person IT seat is far above it: weak, over.)
    let seat_below = reads_as == Outcome::NoCto
        && role == Some(Outcome::NoCto)
        && !data_seat
        && seat_level == 0
        && matches!(seat, Some(super::route::Route::ItManager | super::route::Route::ManagedIt))
        && profile.tech.is_none_or(|t| t <= 1)
        && profile.led.is_some_and(|led| led >= 2 * SMALL_BOUND);
    if seat_below {
        fit = Some(Fit::Weak);
    }
    // (An interim mission goes to someone who has held such a seat: a record a type below whose largest team
    // is a third of the seat's or less is weak for it.)
    let interim_step = seat == Some(super::route::Route::Interim)
        && matches!((role, reads_as), (Some(Outcome::Cto(want)), Outcome::Cto(have)) if want.index() > have.index())
        && profile.led.is_some_and(|led| profile.tech.is_some_and(|t| t >= 3 * led.max(1)));
    if interim_step {
        fit = Some(Fit::Weak);
    }
    // (A part-time seat that guides developers in place or hires a team, facing a record that led nobody
    // or one: the framing may be there, the leading is not: at most partial.)
    let steer_step = seat == Some(super::route::Route::Fractional)
        && matches!(role, Some(Outcome::Cto(_)))
        && profile.led.is_some_and(|led| led <= 1 && (profile.tech.is_some_and(|t| t >= led + 2) || wanted.contains(Need::HireTeam)));
    if steer_step {
        fit = fit.map(|f| f.max(Fit::Partial));
    }
    // (A record that is not a security lead's, facing a CISO's seat: risks, policy and sign-offs are another
    // trade than running IT: at most partial; cto105 #28.)
    if seat == Some(super::route::Route::Ciso) && specialty != Some(Specialty::Security) {
        fit = fit.map(|f| f.max(Fit::Partial));
    }
    // (A data or security record that led nobody or one, facing a part-time CTO's seat: that seat asks more
    // experience than a full-time one, not less: weak, as the full-time seat reads it; fr105 C3.)
    if seat == Some(super::route::Route::Fractional)
        && matches!(role, Some(Outcome::Cto(_)))
        && matches!(specialty, Some(Specialty::Data | Specialty::Security))
        && profile.led.is_some_and(|led| led <= 1)
    {
        fit = Some(Fit::Weak);
    }
    // Nothing the role asks, and no team led said: a type alone is no verdict.
    if wanted.is_empty() && profile.led.is_none() {
        fit = None;
    }
    // A data or product record for a seat that runs IT: another trade, said plainly (no "over").
    let other_trade = matches!(specialty, Some(Specialty::Data | Specialty::Product)) && leads_it && !data_seat;
    if other_trade {
        fit = Some(Fit::Weak);
    }
    // (A security record facing a seat that runs IT as a whole, no CISO's seat advised beside it: the seat asks
    // tools, vendors and projects well beyond security: at most partial.)
    // (Not where a provider carries the IT, security included: no seat at all; fr97 C1.)
    let provider_carries = seat == Some(super::route::Route::ManagedIt) || seat.is_some_and(|how| super::result::vendor_project(profile, how));
    let security_for_it_seat = specialty == Some(Specialty::Security) && leads_it && !ciso_team_seat && !provider_carries;
    if security_for_it_seat {
        fit = fit.map(|f| f.max(Fit::Partial));
    }
    let direction = match (specialty, role) {
        _ if seat_below => Some(Direction::Over),
        _ if data_seat || other_trade => None,
        (Some(_), Some(Outcome::Cto(_))) => Some(Direction::Under),
        _ => direction,
    };
    // (The head of data's seat answers the data need alone.)
    // (...the CISO's, security alone.)
    let (matched, gaps) = if data_team_seat || ciso_team_seat {
        let need = if data_team_seat { Need::Data } else { Need::QualitySecurity };
        let only = |set: NeedSet| set.iter().filter(|n| *n == need).collect::<NeedSet>();
        (only(matched), only(gaps))
    } else {
        (matched, gaps)
    };
    Some(Reading {
        reads_as,
        scores,
        role,
        fit,
        direction,
        matched,
        gaps,
        thin_coverage,
        specialty,
        scale_step,
        seat,
        seat_role,
        cio_seat,
        data_team_seat,
        ciso_team_seat,
        data_office_step,
        interim_step,
        ciso_step,
        level_gap,
        seat_below,
        steer_step,
        data_team_step,
        security_for_it_seat,
        dev_head_seat,
    })
}

#[cfg(test)]
mod tests;
