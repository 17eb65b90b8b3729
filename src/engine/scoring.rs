//! Which type of CTO a profile calls for, and why.
//! A score is nothing but a sum of `Point`s, each tied to the answer that gave it, so the explanation is
//! the score itself. Four answers weigh in: the headcount (the source's bounds), the tech team the CTO
//! will lead (weighing more than the headcount), the stage, and the needs by what they imply (building,
//! structuring, steering). "No CTO" is a rule, not a score: IT operations with nothing to build and no
//! team to lead. What would change the result is found by re-scoring changed profiles.

use super::profile::{Incumbent, Need, NeedSet, Org, Profile, Software, Stage, HEADCOUNT_MAX};

/// The source's bounds, in people: under `SMALL_BOUND` a hacker, `SMALL_BOUND` to `LARGE_BOUND` a
/// stabilizer, over `LARGE_BOUND` an industrializer. The only place these numbers live.
pub const SMALL_BOUND: u32 = 10;
pub const LARGE_BOUND: u32 = 50;
/// From this headcount an organisation has whole functions of its own (an IT director, a CISO).
pub const LARGE_ORG: u32 = 250;
/// Past this headcount the startup typology is stretched: the top job becomes a group CTO.
pub const TYPOLOGY_END: u32 = 1_000;
/// Tech team sizes: up to `TEAM_SMALL` people the CTO still builds with them; from `TEAM_LARGE` the
/// team is a department led through managers.
pub const TEAM_SMALL: u32 = 4;
pub const TEAM_LARGE: u32 = 20;
/// ...but a company whose staff are all engineers stays one team to structure until this size (a flat
/// studio of twenty-odd); from it, like a game studio of 45 with 35, it is a department at any stage.
pub const FLAT_TEAM_END: u32 = 30;

/// A tech team of at most a thirtieth of a large organisation: its IT department (a retail chain's, an NGO's),
/// not a product team, whatever it is asked to build.
pub fn it_department_share(profile: &Profile) -> bool {
    matches!((profile.headcount, profile.tech), (Some(h), Some(t)) if h >= LARGE_ORG && t > 0 && t * 30 <= h)
}

/// ...and, for a change to lead, an established organisation whose tech team is at most an eighth of its
/// staff (a mutual insurer's 150 in 1,500): its IT department leads it, under a CIO.
pub fn it_department_for_change(profile: &Profile) -> bool {
    it_department_share(profile)
        || (profile.stage == Some(Stage::Established)
            && matches!((profile.headcount, profile.tech), (Some(h), Some(t)) if h >= LARGE_ORG && t > 0 && t * 8 <= h))
}

/// Software beside the business, more than a handful in tech.
fn beside_with_a_team(profile: &Profile) -> bool {
    profile.software == Some(Software::Support) && profile.tech.is_some_and(|t| t > TEAM_SMALL)
}

/// A public body's or a non-profit's platform beside its work, its IT head in place over a few people,
/// from fifty people, asked to design it with nothing built or hired: that head keeps it, with a product
/// owner and a ready-made solution or an agency (an NGO of 150's donations platform), not a CTO's seat.
pub fn headed_platform(profile: &Profile) -> bool {
    matches!(profile.org, Some(Org::Public | Org::Nonprofit))
        && profile.software == Some(Software::Support)
        && matches!(profile.stage, Some(Stage::Launched | Stage::Established))
        && profile.cto == Some(Incumbent::InPlace)
        && profile.headcount.is_some_and(|h| h >= LARGE_BOUND)
        // (...or more, a tenth of its staff or less: a federation of 120's five.)
        && profile.tech.zip(profile.headcount).is_some_and(|(t, h)| t >= 2 && (t <= TEAM_SMALL || t * 10 < h))
        && profile.needs.contains(Need::Product)
        && !profile.needs.iter().any(|n| matches!(n, Need::FirstVersion | Need::HireTeam | Need::OrganizeDelivery | Need::Scalability))
}

/// A firm of a few with nobody in tech that said "staff tools" and asks for a site or an app: a plumber's
/// online bookings, a ready-made service all the same (`it_operations`, the result's shop texts).
pub fn tiny_staff_tools(profile: &Profile) -> bool {
    // (...or a small commune or association under fifty asking its site beside its computers: pooled
    // services or a ready-made site, no product designed, nobody to hire.)
    // (...its site designed beside its computers too, said to be running: a commune of twenty-five.)
    let running = matches!(profile.stage, Some(Stage::Launched | Stage::Scaling | Stage::Established));
    let site_asked = (profile.needs.contains(Need::FirstVersion) && !profile.needs.contains(Need::Product))
        || (profile.needs.contains(Need::Product) && profile.needs.contains(Need::InternalIt) && running);
    let small_body = matches!(profile.org, Some(Org::Public | Org::Nonprofit))
        && profile.headcount.is_some_and(|h| h < LARGE_BOUND)
        && site_asked
        && !profile.needs.contains(Need::HireTeam);
    // (The software question left blank by such a body asking its computers too, past its start: the
    // same, a village's site beside its computers.)
    // (...or said to be running, computers asked or not: a sports club's site and its members' figures.)
    let unsaid_body = profile.software.is_none()
        && small_body
        && ((profile.needs.contains(Need::InternalIt) && !matches!(profile.stage, Some(Stage::Idea | Stage::Mvp))) || running);
    // (One IT person at such a body, the software question blank: the same, that person kept as the
    // contact: a commune of forty-five.)
    (profile.software == Some(Software::Internal) || unsaid_body)
        && profile.tech.is_none_or(|t| t == 0 || ((unsaid_body || small_body) && t == 1))
        && (profile.headcount.is_some_and(|h| h < SMALL_BOUND) || small_body)
        && profile.asks_to_build()
}

/// An IT department beside the business with an app to build: its CIO's project, not a CTO's seat.
pub fn it_department_app(profile: &Profile) -> bool {
    // (...or a staff app, its IT a thirtieth of the staff or less, no sprints or hiring asked: a cleaning
    // company's six building a scheduling tool.)
    let staff_app = profile.software == Some(Software::Internal)
        && profile.tech.is_some_and(|t| t > TEAM_SMALL)
        && it_department_share(profile)
        && !profile.needs.contains(Need::OrganizeDelivery)
        && !profile.needs.contains(Need::HireTeam);
    (beside_with_a_team(profile) || staff_app) && it_department_for_app(profile) && profile.asks_to_build()
}

/// ...and, for an app to build, an organisation past its start whose tech team of five or more is under a
/// tenth of its staff (a logistics firm's thirty in 450): the app is its IT department's project too.
/// (Not a new offer at its idea or its first version: a product of its own, with its own lead.)
pub fn it_department_for_app(profile: &Profile) -> bool {
    let past_start = !matches!(profile.stage, Some(Stage::Idea | Stage::Mvp));
    past_start && (it_department_share(profile) || matches!((profile.headcount, profile.tech), (Some(h), Some(t)) if h >= LARGE_ORG && t >= 5 && t * 10 < h))
}

/// Points given by each answer. The team the CTO will lead outweighs the headcount.
pub const SIZE_POINTS: u32 = 3;
pub const NEAR_BOUND_POINTS: u32 = 1;
pub const TEAM_POINTS: u32 = 4;
/// A type this many points or fewer behind the winner is within reach.
pub const REACH: u32 = 3;
/// A tie or this many points behind: a close call, named as one with what would decide it.
pub const CLOSE: u32 = 1;
/// At most this many needs ticked or unticked count as "what would tip the balance".
pub const MAX_TIP_NEEDS: usize = 3;

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
            h if h < SMALL_BOUND => CtoType::Hacker,
            h if h <= LARGE_BOUND => CtoType::Stabilizer,
            _ => CtoType::Industrializer,
        }
    }

    /// The headcounts, both ends included, that the source gives to this type.
    pub fn size_range(self) -> (u32, u32) {
        match self {
            CtoType::Hacker => (1, SMALL_BOUND - 1),
            CtoType::Stabilizer => (SMALL_BOUND, LARGE_BOUND),
            CtoType::Industrializer => (LARGE_BOUND + 1, HEADCOUNT_MAX),
        }
    }

    /// The type a tech team of this size calls for: people the CTO builds with, a team to structure,
    /// a department.
    pub fn for_team(tech: u32) -> CtoType {
        match tech {
            t if t <= TEAM_SMALL => CtoType::Hacker,
            t if t < TEAM_LARGE => CtoType::Stabilizer,
            _ => CtoType::Industrializer,
        }
    }

    /// The tech team sizes, both ends included, that call for this type.
    pub fn team_range(self) -> (u32, u32) {
        match self {
            CtoType::Hacker => (0, TEAM_SMALL),
            CtoType::Stabilizer => (TEAM_SMALL + 1, TEAM_LARGE - 1),
            CtoType::Industrializer => (TEAM_LARGE, HEADCOUNT_MAX),
        }
    }

    /// The points a stage gives, and to whom: with nothing built yet the CTO builds; once launched
    /// the product must hold; an established business needs a long-range plan.
    pub fn for_stage(stage: Stage) -> (CtoType, u32) {
        match stage {
            Stage::Idea => (CtoType::Hacker, 2),
            Stage::Mvp => (CtoType::Hacker, 1),
            Stage::Launched | Stage::Scaling => (CtoType::Stabilizer, 1),
            Stage::Established => (CtoType::Industrializer, 1),
        }
    }

    /// The bound next to `headcount` on this type's side, if the headcount is near one (about a fifth
    /// of the bound either side): 8 to 12 around 10, 40 to 60 around 50.
    fn near_bound_pull(headcount: u32) -> Option<(CtoType, u32)> {
        [(SMALL_BOUND, CtoType::Hacker, CtoType::Stabilizer), (LARGE_BOUND, CtoType::Stabilizer, CtoType::Industrializer)].into_iter().find_map(
            |(bound, below, above)| {
                let margin = bound / 5;
                // The stabilizer's range ends at 50 included, the hacker's at 9.
                let last_below = if below == CtoType::Hacker { bound - 1 } else { bound };
                if (bound - margin..=last_below).contains(&headcount) {
                    Some((above, bound))
                } else if (last_below + 1..=bound + margin).contains(&headcount) {
                    Some((below, bound))
                } else {
                    None
                }
            },
        )
    }
}

/// What a need implies for the job, for a tech team of `tech`: points to the types it calls for.
/// Investors, clients and budgets are every CTO's daily missions (seed 004): they shape the missions,
/// not the type. With a department of `TEAM_LARGE` or more, hiring, delivery, scale and quality are
/// organisation design, led through managers: they pull to the industrializer.
pub fn need_pulls(need: Need, tech: Option<u32>) -> &'static [(CtoType, u32)] {
    use CtoType::{Hacker as H, Industrializer as I, Stabilizer as S};
    use Need::*;
    let department = tech.is_some_and(|t| t >= TEAM_LARGE);
    match need {
        FirstVersion => &[(H, 2)],
        TechChoices => &[(H, 1), (S, 1)],
        Product | Infrastructure => &[(H, 1)],
        HireTeam | OrganizeDelivery | Scalability if department => &[(I, 2)],
        QualitySecurity if department => &[(I, 1)],
        HireTeam | OrganizeDelivery | Scalability => &[(S, 2)],
        QualitySecurity | Data => &[(S, 1)],
        // Seed 002: right after the first version, the roadmap is the first priority.
        Roadmap => &[(S, 1), (I, 1)],
        Processes | Change => &[(I, 2)],
        Budget | Investors | Clients | InternalIt => &[],
    }
}

/// The needs of IT operations (staff IT, servers, security).
pub const IT_OPERATIONS: [Need; 3] = [Need::InternalIt, Need::Infrastructure, Need::QualitySecurity];
/// Needs that shape any leader's missions but say nothing of which role is needed (seed 004: every
/// CTO's daily missions).
pub(crate) const NEUTRAL: [Need; 3] = [Need::Budget, Need::Investors, Need::Clients];

/// What a ready-made service answers for an organisation that sells no software: a site, a portal, tills
/// or online ordering, with their figures, servers, security and the change around them.
const READY_MADE: [Need; 8] =
    [Need::FirstVersion, Need::Product, Need::TechChoices, Need::Infrastructure, Need::Data, Need::QualitySecurity, Need::InternalIt, Need::Change];

/// The needs that can name a role: every need but those every leader has (a budget, clients, investors).
pub fn asked(profile: &Profile) -> NeedSet {
    profile.needs.iter().filter(|n| !NEUTRAL.contains(n)).collect()
}
/// Needs that mean building software, or a team that builds it: a CTO's job, whatever else is asked.
pub const BUILDING: [Need; 5] = [Need::FirstVersion, Need::Product, Need::HireTeam, Need::OrganizeDelivery, Need::Scalability];
/// Needs that mean steering a change across the business.
const STEERING: [Need; 3] = [Need::Change, Need::Processes, Need::Roadmap];

/// The role a company needs when it is not a CTO (domain.md, "When the answer is not a CTO").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Staff equipment, accounts, servers, backups: a managed provider, an IT manager, an IT director.
    ItOperations,
    /// Reporting, dashboards, a first warehouse: a data analyst or a BI consultancy, then a head of data.
    Data,
    /// Security and compliance: a security consultant or a part-time CISO, then a CISO.
    Security,
    /// A digital change in a business that does not sell software: a CIO (DSI), a chief digital officer.
    DigitalChange,
    /// Hosting outgrown, deployments, for software built elsewhere: managed hosting, a DevOps freelancer.
    Hosting,
    /// A one-off question about the technology (a stack review, a cost audit): a CTO for a few days.
    Audit,
}

impl Role {
    pub const ALL: [Role; 6] = [Role::ItOperations, Role::Data, Role::Security, Role::DigitalChange, Role::Hosting, Role::Audit];
}

/// What the widget concludes: one of the three types, or that the company needs IT operations, not a CTO.
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

    pub fn cto(self) -> Option<CtoType> {
        match self {
            Outcome::Cto(ty) => Some(ty),
            Outcome::NoCto => None,
        }
    }
}

/// The answer a point comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The headcount is in the type's range.
    Size(u32),
    /// The headcount is close to this bound, on the far side of which the point's type fits.
    NearBound {
        headcount: u32,
        bound: u32,
    },
    /// A tech team of this many people.
    Team(u32),
    /// No tech team yet in a company past the source's upper bound, and a team to hire: the first
    /// leader builds and recruits.
    TeamToHire,
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

/// Why the company needs another role than a CTO: which, and each part of the rule, as answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItOperations {
    pub role: Role,
    /// The needs that name the role (may be empty when software is staff tools only).
    pub needs: NeedSet,
    /// Software is staff tools only (an answer), rather than inferred from no team and no build.
    pub staff_tools: bool,
    /// The tech team given works on staff tools or supports the business (an IT team, not a product
    /// team): a retailer's three IT people.
    pub it_team: bool,
    /// That team works beside what the business sells (an online shop's), rather than on staff tools.
    pub beside: bool,
}

/// The profile calls for another role than a CTO. Nothing is being built (no first version under way,
/// no building need ticked) and no product team is there to lead (none given, or an IT team working on
/// staff tools). Then what is asked names the role: staff IT, servers and security are IT operations;
/// data alone a data role; security alone a security lead; a change across a business that does not
/// sell software a CIO; hosting alone, for software built elsewhere, managed hosting; the stack's
/// choices alone, a few days of a CTO's time. The narrow roles need the answers to say there is no
/// product team (nobody in tech, or software that is not what the business sells): a company that
/// sells software and has engineers, or may have, is a CTO's job.
pub fn it_operations(profile: &Profile) -> Option<ItOperations> {
    let staff_tools = profile.software == Some(Software::Internal);
    let sells_software = profile.software == Some(Software::Product);
    // A public body or a non-profit that does not say otherwise sells no software.
    let unsaid_not_product = profile.software.is_none() && matches!(profile.org, Some(Org::Public | Org::Nonprofit));
    let small_team = profile.tech.is_some_and(|t| t > 0 && t <= TEAM_SMALL);
    let asked = asked(profile);
    let only = |needs: &[Need]| !asked.is_empty() && asked.iter().all(|n| needs.contains(&n));
    // Software not said, outside a startup, and staff IT asked alone or with the steering of an IT
    // department (a change, a roadmap, processes) and its other work: the people in tech run IT (with
    // servers asked and nothing steered, a team given may build, and stays a CTO's to lead).
    let unsaid_it_work = profile.software.is_none()
        && profile.org != Some(Org::Startup)
        && asked.contains(Need::InternalIt)
        && only(&[Need::InternalIt, Need::Infrastructure, Need::QualitySecurity, Need::Data, Need::Change, Need::Processes, Need::Roadmap])
        // (One or two people in tech with staff IT and its servers: they run IT, nothing says they build.)
        && (asked.len() == 1
            || !asked.contains(Need::Infrastructure)
            || asked.iter().any(|n| matches!(n, Need::Change | Need::Processes | Need::Roadmap))
            || profile.tech.is_some_and(|t| t <= 2 && profile.headcount.is_some_and(|h| h > t)));
    // Software not said, nobody in tech, past the start, outside a startup, asked only to steer or run
    // IT: nothing says there is a product (a construction firm's processes and budget).
    let unsaid_no_team = profile.software.is_none()
        && profile.org_read() != Some(Org::Startup)
        && profile.tech == Some(0)
        // (...or its stage left blank from fifty people: a firm of 120 asking its roadmap.)
        && (matches!(profile.stage, Some(Stage::Launched | Stage::Established))
            || (profile.stage.is_none() && profile.headcount.is_some_and(|h| h >= LARGE_BOUND))
            // (...or a firm, a group's company, a public body or a non-profit said, its stage blank: a firm of nine
            // asking its security and processes.)
            || (profile.stage.is_none() && matches!(profile.org, Some(Org::Sme | Org::Group | Org::Public | Org::Nonprofit))))
        // (...its tools chosen too, nobody in tech: business software, not a stack; cto104 #6.)
        && only(&[Need::Change, Need::Processes, Need::Roadmap, Need::Data, Need::InternalIt, Need::Infrastructure, Need::QualitySecurity, Need::TechChoices])
        && !only(&[Need::TechChoices]);
    // Software, organisation and team unsaid (or nobody in tech), a change asked and nothing to build: a
    // business's transformation (its tools, its processes), not a product.
    let nobody = profile.tech.is_none_or(|t| t == 0);
    let unsaid_change = profile.software.is_none()
        && profile.org_read() != Some(Org::Startup)
        && nobody
        && !matches!(profile.stage, Some(Stage::Idea | Stage::Mvp))
        && asked.contains(Need::Change)
        && only(&[Need::Change, Need::Processes, Need::Roadmap, Need::Data, Need::InternalIt, Need::TechChoices]);
    // (A firm said, its software, team and growth unsaid, asking its records and their security: a
    // health practice of twenty.)
    let unsaid_firm_records = profile.org == Some(Org::Sme)
        && profile.software.is_none()
        && profile.tech.is_none()
        && matches!(profile.stage, None | Some(Stage::Established))
        && asked.contains(Need::Data)
        && asked.contains(Need::QualitySecurity)
        && only(&[Need::Data, Need::QualitySecurity, Need::Infrastructure]);
    // (The software question blank outside a startup, a team of a thirtieth or less of a large
    // organisation, only IT work, steering or figures asked: its IT department (270 people's two asked
    // their figures; a thousand people's twenty-five asked their servers and security).)
    let unsaid_department = profile.software.is_none()
        && profile.org_read() != Some(Org::Startup)
        && it_department_share(profile)
        && only(&[Need::Change, Need::Processes, Need::Roadmap, Need::Data, Need::InternalIt, Need::Infrastructure, Need::QualitySecurity]);
    let not_the_product = matches!(profile.software, Some(Software::Internal | Software::Support))
        || unsaid_department
        || unsaid_not_product
        || unsaid_it_work
        || unsaid_no_team
        || unsaid_change
        || unsaid_firm_records;
    // A team on staff tools is an IT team, whatever its size; so are a few people in a public body or a
    // non-profit that says nothing of software; and a few people beside a business that sells something
    // else, asked only for its figures (a hotel group's two developers), are not a product team to lead.
    // ...nor is a team under 20 beside the business that leads a change with nothing to build (a
    // cooperative's IT staff changing its ERP).
    // From a large organisation's size, a roadmap or processes steer the business's IT as a change does.
    let large = profile.headcount.is_some_and(|h| h >= LARGE_ORG);
    let steers = asked.contains(Need::Change) || (large && (asked.contains(Need::Roadmap) || asked.contains(Need::Processes)));
    // (Its tools chosen too, where the team is under a thirtieth of a large organisation: a hotel group's IT.)
    // (Its hiring too, for an established organisation's IT department beside the business, at most an
    // eighth of its staff: a mutual insurer's 150 in 1,500 hiring while it leads a change is its CIO's.)
    let department_beside = profile.software == Some(Software::Support) && it_department_for_change(profile);
    // (An IT department's own work, and one more need where the department's shape allows it.)
    const IT_STEERING: [Need; 7] = [Need::Change, Need::Processes, Need::Roadmap, Need::Data, Need::InternalIt, Need::Infrastructure, Need::QualitySecurity];
    let steering_with = |extra: Need| !asked.is_empty() && asked.iter().all(|n| n == extra || IT_STEERING.contains(&n));
    let changing = steers
        && (only(&IT_STEERING) || (department_beside && steering_with(Need::HireTeam)) || (it_department_share(profile) && steering_with(Need::TechChoices)));
    // A few people asked for the business's figures or staff IT, with other IT work, run operations.
    // (Choosing the business software with staff IT is IT work too: a hotel's booking system.)
    let it_work = (only(&[Need::Data, Need::InternalIt, Need::Infrastructure, Need::QualitySecurity, Need::Processes, Need::TechChoices])
        && (asked.contains(Need::InternalIt) || (asked.contains(Need::Data) && asked.len() >= 2)))
        || (asked.contains(Need::Data)
            && asked.contains(Need::Roadmap)
            && only(&[Need::Data, Need::Roadmap, Need::InternalIt, Need::Infrastructure, Need::QualitySecurity]));
    // (A shop's developers asked their figures and their roadmap build its site: a product team's, unless
    // they also run its computers or servers; cto102 #26.)
    // (Two in IT at a web shop of ninety asked the same run its IT: an IT manager.)
    // (...from three developers: a shop of thirty's three; cto109.)
    let builds_the_site = profile.software == Some(Software::Support)
        && profile.tech.is_some_and(|t| t >= 3)
        && asked.contains(Need::Roadmap)
        && !asked.contains(Need::InternalIt)
        && !asked.contains(Need::Infrastructure)
        && !it_department_share(profile);
    let beside_the_business = profile.software == Some(Software::Support)
        // (Its figures alone, whatever the team's size: a data question, not a product team's.)
        && (only(&[Need::Data])
            // (Its quality and security alone: its IT's security where IT is a person or three and no CTO is in
            // place, or a large organisation's IT department (a hospital's twenty-five in 900), or a team of twenty
            // or a thousand people, a CISO's seat beside; a shop's handful of developers, or their CTO, own their
            // tests, monitoring and security; cto102 #17.)
            || (only(&[Need::QualitySecurity])
                && (it_department_share(profile)
                    || profile.tech.is_some_and(|t| t >= TEAM_LARGE)
                    || profile.headcount.is_some_and(|h| h >= TYPOLOGY_END)
                    // (A public body's or a non-profit's few, no head of tech said: its IT's.)
                    || (matches!(profile.org, Some(Org::Public | Org::Nonprofit)) && !matches!(profile.cto, Some(Incumbent::InPlace | Incumbent::Left)))
                    || (profile.tech.is_some_and(|t| t < TEAM_SMALL) && profile.cto != Some(Incumbent::InPlace))))
            // (...or both together: an insurer's IT asked for its data and its security.)
            || (only(&[Need::Data, Need::QualitySecurity]) && asked.contains(Need::Data))
            // (...or its servers beside them, asked of an established IT department: a mutual insurer's
            // hundred and fifty in 2,500 asked its infrastructure and its security.)
            || (it_department_for_change(profile)
                && asked.contains(Need::Infrastructure)
                && asked.len() >= 2
                && only(&[Need::Infrastructure, Need::QualitySecurity, Need::Data]))
            || (small_team && (only(&[Need::Infrastructure]) || (it_work && !builds_the_site)))
            // (...or a large organisation's IT department under a thirtieth of its staff, asked for IT work: a
            // national association's eight choosing its donors' CRM.)
            || (it_department_share(profile) && it_work)
            // (...or a team of any size under a thirtieth of a large organisation asked to lead a change: a
            // retail chain's IT.)
            || (changing
                && profile.tech.is_some_and(|t| t < TEAM_LARGE || (asked.contains(Need::Change) && it_department_for_change(profile)))));
    // A public body's or a non-profit's team running the services it offers, asked to run them (servers,
    // security, delivery): its IT production, whatever its size (a public IT syndicate's technicians).
    let public_ops = matches!(profile.org, Some(Org::Public | Org::Nonprofit))
        && profile.software == Some(Software::Support)
        && asked.contains(Need::Infrastructure)
        // (Its data beside its servers too: a research institute's ten.)
        && only(&[Need::Infrastructure, Need::QualitySecurity, Need::InternalIt, Need::OrganizeDelivery, Need::Processes, Need::Data]);
    let it_team =
        profile.tech.is_some_and(|t| t > 0) && (staff_tools || unsaid_not_product || beside_the_business || unsaid_it_work || public_ops || unsaid_department);
    let product_team = profile.tech.is_some_and(|t| t > 0) && !it_team;
    // An IT team on staff tools that hires or organises its own work while asked for IT operations is
    // growing IT, not building a product.
    // (From twenty in IT, hiring is the IT department's own, asked with IT work or not.)
    // (...or hiring while steering a change, a roadmap or processes, its sprints and load not asked: an
    // inter-municipal body's IT service of eight.)
    let steers_its_it = asked.iter().any(|n| matches!(n, Need::Change | Need::Roadmap | Need::Processes))
        && !asked.contains(Need::OrganizeDelivery)
        && !asked.contains(Need::Scalability);
    // (Quality and security asked beside delivery and the stack are the developers' own quality, not IT
    // operations: an insurance broker's ten building its tools.)
    // (...or beside the software's scale and a team to hire, a few people, neither computers nor servers
    // asked: a transport firm's two on their own TMS.)
    // (...or beside their releases, no change asked: a logistics firm's four on its warehouse software.)
    let few_builders = !asked.contains(Need::InternalIt) && !asked.contains(Need::Infrastructure) && profile.tech.is_some_and(|t| t <= TEAM_SMALL);
    // (...or beside their delivery at any size, nothing of staff IT or servers asked: twelve developers whose
    // lead left, asked their releases and their quality.)
    let builders = !asked.contains(Need::InternalIt) && !asked.contains(Need::Infrastructure);
    let dev_quality = (asked.contains(Need::OrganizeDelivery) && asked.contains(Need::TechChoices))
        || (few_builders && asked.contains(Need::Scalability) && asked.contains(Need::HireTeam))
        || (builders && asked.contains(Need::OrganizeDelivery) && !asked.contains(Need::Change));
    let it_team_growing = (staff_tools || public_ops || (department_beside && changing && steers_its_it))
        && (asked.iter().any(|n| IT_OPERATIONS.contains(&n) && !(dev_quality && n == Need::QualitySecurity))
            || profile.tech.is_some_and(|t| t >= TEAM_LARGE)
            || steers_its_it)
        && !asked.contains(Need::FirstVersion)
        && !asked.contains(Need::Product);
    // A small shop with nobody in tech, past its start, wanting its site or app: a few days of advice and a
    // ready-made platform, not a CTO.
    // Its figures and security come with the platform; a small business that ticked nothing at all is
    // the same case (a plumber's site).
    // (A firm's, a non-profit's or a public body's project at its idea, a joiner's quote configurator, a
    // sports federation's app: the organisation itself is running; the size is bounded below.)
    // (A group's company too: a business of its group, its stage blank.)
    let running = matches!(profile.stage, Some(Stage::Launched | Stage::Established))
        || matches!(profile.org, Some(Org::Sme | Org::Group | Org::Nonprofit | Org::Public));
    // (One IT person in a small firm, a public body or a non-profit runs the project with the vendor.)
    // (A new service asked, nothing else of IT's: its figures asked are a data role's.)
    // (Up to a mid-sized one where its tills and computers come with it: a restaurant group's ordering.)
    let it_person = profile.tech == Some(1)
        && profile.headcount.is_some_and(|h| {
            // (...or a non-profit's donations platform: a foundation of eighty. A public body's goes through
            // pooled services or a tender, on the part-time route.)
            h < LARGE_BOUND || (h < LARGE_ORG && (asked.contains(Need::InternalIt) || profile.org == Some(Org::Nonprofit)))
        })
        && matches!(profile.org, Some(Org::Sme | Org::Nonprofit | Org::Public))
        // (...or a small public body's or association's site designed beside its computers: a commune of
        // forty-five's IT person, its site a ready-made one.)
        && (asked.contains(Need::FirstVersion)
            || (asked.contains(Need::Product)
                && asked.contains(Need::InternalIt)
                && matches!(profile.org, Some(Org::Public | Org::Nonprofit))
                && profile.headcount.is_some_and(|h| h < LARGE_BOUND)))
        && only(&READY_MADE);
    // (A public body or a non-profit that left the software question blank, past its start, its online
    // service asked without a product to design or a team to hire: a commune of sixty's new site.)
    let unsaid_service = unsaid_not_product
        && !profile.needs.is_empty()
        && matches!(profile.stage, Some(Stage::Launched | Stage::Scaling | Stage::Established))
        && !asked.contains(Need::Product)
        && !asked.contains(Need::HireTeam);
    // (Its load for the season beside its design or first version, nobody in tech, under fifty, no team
    // asked: the platform's higher plan or managed hosting carries it: a wine estate's shop redesigned
    // before the holidays.)
    let seasonal_load = nobody
        && profile.headcount.is_some_and(|h| h < LARGE_BOUND)
        && asked.contains(Need::Scalability)
        && !asked.contains(Need::HireTeam)
        && !asked.contains(Need::OrganizeDelivery);
    // (Not a client app designed and built from its idea by a small non-profit or public body: framed part time,
    // a ready-made platform its first option; cto101 #6.)
    // (...nor, up to fifty, a first version already under way with someone building it: framed and guided
    // part time, not dropped for a subscription; fr109 C1.)
    let app_from_idea = matches!(profile.stage, Some(Stage::Idea | Stage::Mvp))
        && asked.contains(Need::Product)
        && asked.contains(Need::FirstVersion)
        && matches!(profile.org, Some(Org::Public | Org::Nonprofit))
        && profile.headcount.is_some_and(|h| h < SMALL_BOUND || (h < LARGE_BOUND && profile.stage == Some(Stage::Mvp) && profile.tech.is_some_and(|t| t >= 1)));
    let shop_setup = (profile.software == Some(Software::Support) || tiny_staff_tools(profile) || unsaid_service)
        && !app_from_idea
        && (nobody || it_person)
        // (Under fifty people, a first version asked without product design: a bakery's shops and their
        // click-and-collect.)
        // (...or a small public body's or association's online services: a commune's forms online.)
        && profile.headcount.is_some_and(|h| {
            h < SMALL_BOUND
                || (h < LARGE_BOUND && asked.contains(Need::FirstVersion) && !asked.contains(Need::Product))
                // (...or its site designed, nobody in tech, under fifty: a garden centre's click-and-collect, a
                // bakery chain's pre-orders.)
                || (h < LARGE_BOUND && nobody && asked.contains(Need::Product) && matches!(profile.org, Some(Org::Sme | Org::Group | Org::Nonprofit)))
                || (h < LARGE_BOUND && matches!(profile.org, Some(Org::Public | Org::Nonprofit)))
                // (A new service asked by a firm, a public body or a non-profit, up to a mid-sized one: a
                // bakery of three shops and twenty-two people and its click-and-collect, its design
                // included; a group of eight restaurants' tills and online ordering; a foundation's
                // donations platform. A running one to grow is steered part time: a tourist office's
                // ticketing.)
                || (h < LARGE_ORG && asked.contains(Need::FirstVersion) && matches!(profile.org, Some(Org::Sme | Org::Group | Org::Public | Org::Nonprofit)))
        })
        && ((running
            && (only(&READY_MADE) || (seasonal_load && asked.iter().all(|n| n == Need::Scalability || READY_MADE.contains(&n))))
            && asked.iter().any(|n| matches!(n, Need::FirstVersion | Need::Product | Need::TechChoices)))
            || (profile.needs.is_empty()
                && !matches!(profile.stage, Some(Stage::Idea | Stage::Mvp))
                && matches!(profile.org, None | Some(Org::Sme | Org::Public | Org::Nonprofit))));
    // Only what every leader does (a budget, clients, investors), nobody in tech, no software sold,
    // past the start: a question of a few days (a cost review), not a seat.
    let neutral_only = asked.is_empty()
        && !profile.needs.is_empty()
        && nobody
        && !sells_software
        && profile.org != Some(Org::Startup)
        // (An SME, a group's company, a public body or a non-profit under 250 that left its stage blank is running
        // too: a firm of sixty asking its budget and clients.)
        && (matches!(profile.stage, Some(Stage::Launched | Stage::Established))
            || (profile.stage.is_none()
                && profile.headcount.is_some_and(|h| h < LARGE_ORG)
                && matches!(profile.org, Some(Org::Sme | Org::Group | Org::Public | Org::Nonprofit))));
    if shop_setup || neutral_only {
        return Some(ItOperations { role: Role::Audit, needs: asked, staff_tools, it_team: false, beside: false });
    }
    // A large organisation's IT department beside the business (a retailer's, a hospital's, a mutual's),
    // asked to build an app: its digital project, carried by its CIO with a product owner and an agency
    // or the vendor, not a CTO's seat. (Delivery and hiring alone say a team that builds: a CTO's.)
    // (With its head in place or just gone, whatever it asks: that head is the CIO.)
    let headed = matches!(profile.cto, Some(Incumbent::InPlace | Incumbent::Left)) && it_department_share(profile);
    if it_department_app(profile) || (beside_with_a_team(profile) && headed) || headed_platform(profile) {
        return Some(ItOperations { role: Role::DigitalChange, needs: asked, staff_tools, it_team: true, beside: true });
    }
    // A business's platform, bought and run by providers, that strains (its hosting, its growth), nobody in
    // tech, past its start: managed hosting or a DevOps freelancer, not a seat.
    // (...or a public body's or a non-profit's few IT people, its platform run by providers: a museum's
    // ticketing under load.)
    // (...or an established firm's one IT person, outside a startup, its platform under load: a wine
    // estate's shop. A younger shop's one developer stays a hands-on lead's to frame.)
    let platform_strains = profile.software == Some(Software::Support)
        && (nobody
            || (profile.tech == Some(1)
                && profile.stage == Some(Stage::Established)
                && profile.org_read() != Some(Org::Startup)
                && asked.contains(Need::Scalability))
            // (...up to a handful: a museum's three.)
            || (matches!(profile.org, Some(Org::Public | Org::Nonprofit)) && profile.tech.is_some_and(|t| t <= TEAM_SMALL) && asked.contains(Need::Scalability)))
        && matches!(profile.stage, Some(Stage::Launched | Stage::Established))
        && profile.headcount.is_some_and(|h| h < LARGE_ORG)
        // (Its figures or its security beside its hosting: a wine shop's site and sales.)
        && only(&[Need::Infrastructure, Need::Scalability, Need::Data, Need::QualitySecurity])
        && (asked.contains(Need::Infrastructure) || asked.contains(Need::Scalability));
    if platform_strains {
        return Some(ItOperations { role: Role::Hosting, needs: asked, staff_tools, it_team: false, beside: false });
    }
    // A few people in IT on staff tools at a running firm, public body or non-profit, asked for a first
    // online service beside their own IT work (a commune's first procedure online, its two technicians
    // running its computers): the service is ready-made or the business software's module, which they run;
    // the seat is theirs to lead, not a build's. (One IT person is the ready-made case above.)
    let first_service = (staff_tools || unsaid_not_product)
        && matches!(profile.org, Some(Org::Sme | Org::Public | Org::Nonprofit))
        && matches!(profile.stage, Some(Stage::Launched | Stage::Established))
        && profile.tech.is_some_and(|t| (2..=TEAM_SMALL).contains(&t))
        && asked.contains(Need::FirstVersion)
        && (asked.contains(Need::Change) || asked.contains(Need::InternalIt))
        && only(&READY_MADE)
        && !asked.contains(Need::Product);
    let asked = if first_service { asked.without(Need::FirstVersion) } else { asked };
    let only = |needs: &[Need]| !asked.is_empty() && asked.iter().all(|n| needs.contains(&n));
    let building = matches!(profile.stage, Some(Stage::Idea | Stage::Mvp))
        || asked.iter().any(|n| BUILDING.contains(&n) && !(it_team_growing && matches!(n, Need::HireTeam | Need::OrganizeDelivery | Need::Scalability)));
    // (Software and team unsaid, a product with its first customers or growing, outside a public body or a
    // non-profit, only its quality, security or hosting asked: a product's, a CTO's.)
    let product_running = profile.software.is_none()
        && profile.tech.is_none()
        && matches!(profile.stage, Some(Stage::Launched | Stage::Scaling))
        && !matches!(profile.org, Some(Org::Public | Org::Nonprofit))
        && only(&[Need::QualitySecurity, Need::Infrastructure]);
    if building || product_team || (sells_software && profile.tech.is_none()) || product_running {
        return None;
    }
    // Data alone is a data role when nothing says a product team is there, nothing said of software,
    // the organisation or a team included.
    let unsaid = profile.software.is_none() && profile.org.is_none() && profile.tech.is_none();
    // (No software sold: staff tools, the question blank, or a small shop's site with nobody in tech; a clinic
    // of thirty's patient service keeps its security specialist.)
    let sells_none = matches!(profile.software, None | Some(Software::Internal))
        || (nobody && profile.software == Some(Software::Support) && profile.headcount.is_some_and(|h| h < 2 * SMALL_BOUND));
    let no_product_team = not_the_product || profile.tech == Some(0);
    // A certification clients ask for (its security and the processes it sets), nothing else but servers:
    // a security specialist's, not a change to steer (an accountancy asked for ISO 27001).
    // (...or with nobody in tech from fifty people, no client said: its security and the rules that go with it, a
    // specialist's, not a CTO's.)
    let certification = (profile.needs.contains(Need::Clients) || (profile.tech == Some(0) && profile.headcount.is_some_and(|h| h >= LARGE_BOUND)))
        && asked.contains(Need::QualitySecurity)
        && asked.contains(Need::Processes)
        && only(&[Need::QualitySecurity, Need::Processes, Need::Infrastructure]);
    let role = if certification && no_product_team {
        Role::Security
    } else if asked.iter().any(|n| STEERING.contains(&n)) {
        // A change led across a business that sells no software; a software company steering its
        // roadmap with nobody in tech still needs a CTO. Under twenty people with nobody in tech, a
        // roadmap or a change is a few days of an experienced adviser's, not a CIO's seat.
        // (...nor under fifty with nobody in IT asking only its roadmap, no change nor processes to run: a
        // federation of thirty-five's; fr98 M5.)
        let small = (profile.headcount.is_some_and(|h| h < 2 * SMALL_BOUND) && profile.tech.is_none_or(|t| t < 3))
            || (profile.headcount.is_some_and(|h| h < LARGE_BOUND)
                && nobody
                && !asked.contains(Need::Change)
                && !asked.contains(Need::Processes)
                && !asked.contains(Need::TechChoices));
        // (A change with nobody in IT, a paperless office's, is a project with its vendor, at any size.)
        let vendor_project = asked.contains(Need::Change) && nobody;
        // (Under fifty with nobody in IT, its rules asked beside its computers, servers or security, nothing to
        // change or choose: its provider runs them, a consultant writes the rules; a law firm of forty-five; cto104 #17.)
        let ops_rules = profile.headcount.is_some_and(|h| h < LARGE_BOUND)
            && nobody
            && (asked.contains(Need::InternalIt) || asked.contains(Need::Infrastructure))
            && only(&[Need::Processes, Need::InternalIt, Need::Infrastructure, Need::QualitySecurity, Need::Data]);
        match not_the_product {
            // (Its computers or servers asked too: a provider runs them, the steering comes with it: an
            // accountancy of fifteen's processes.)
            // (...or its security: the provider runs it, a check-up writes its rules: a clinic of six.)
            true if small
                && !vendor_project
                && (asked.contains(Need::InternalIt) || asked.contains(Need::Infrastructure) || asked.contains(Need::QualitySecurity)) =>
            {
                Role::ItOperations
            }
            true if ops_rules => Role::ItOperations,
            true if small && !vendor_project => Role::Audit,
            true => Role::DigitalChange,
            false => return None,
        }
    } else if only(&[Need::Data]) && (no_product_team || unsaid || it_team) {
        Role::Data
    } else if only(&[Need::QualitySecurity])
        // (...nor a firm under ten with nobody in tech, whatever its software: a pharmacy's.)
        // (...nor under twenty with nobody in tech and no software sold, clients asking or not: its provider,
        // a consultant's days for the clients' questionnaires; cto93 #11.)
        // (...nor an online shop with nobody in tech: it sells no software either; cto107 #1.)
        && !(profile.headcount.is_some_and(|h| h < LARGE_BOUND)
            && (sells_none || (profile.headcount.is_some_and(|h| h < SMALL_BOUND) && nobody))
            // (...up to fifty, its clients' questionnaires a consultant's few days, not a monthly CISO: an accounting
            // firm of thirty-two; fr108 R1.)
            && (!profile.needs.contains(Need::Clients) || (nobody && profile.headcount.is_some_and(|h| h < LARGE_BOUND) && sells_none)))
        // (A large organisation that sells no software and says nothing of a team: read as none.)
        && (no_product_team || (profile.tech.is_none() && !sells_software && profile.headcount.is_some_and(|h| h >= LARGE_ORG)))
    {
        // A small firm's security, with no client-facing software and no client asking for a
        // certification, is its IT provider's (below, with a check-up); else a specialist's.
        Role::Security
    } else if only(&[Need::Infrastructure]) && (sells_software || profile.software == Some(Software::Support)) {
        Role::Hosting
    } else if asked.contains(Need::Infrastructure)
        && only(&[Need::Infrastructure, Need::Data, Need::QualitySecurity])
        && profile.software == Some(Software::Support)
        && profile.tech.is_some_and(|t| t <= TEAM_SMALL)
        && profile.headcount.is_some_and(|h| h < LARGE_BOUND)
    {
        // (A small business's platform kept by its few developers, its hosting asked beside its figures or its
        // security: a shop of ten's site. The host or a DevOps freelancer, the figures beside; its developers
        // keep the code.)
        Role::Hosting
    } else if only(&[Need::TechChoices]) && no_product_team {
        Role::Audit
    } else if it_team_growing
        && only(&[
            Need::InternalIt,
            Need::Infrastructure,
            Need::QualitySecurity,
            Need::Data,
            Need::HireTeam,
            Need::OrganizeDelivery,
            Need::Scalability,
            Need::TechChoices,
        ])
    {
        // An IT department growing its team: the IT director's job.
        Role::ItOperations
    } else if !sells_software
        // (A public body or a non-profit that gave only its size and team: its few people run its IT, a
        // public body of 180 with two in tech.)
        && (only(&IT_OPERATIONS) || (asked.is_empty() && (staff_tools || (unsaid_not_product && profile.tech.is_some()))))
    {
        Role::ItOperations
    } else if only(&[Need::Data, Need::TechChoices]) && no_product_team {
        // Figures and the tools to get them: a data role.
        Role::Data
    } else if !sells_software
        && no_product_team
        && asked.iter().any(|n| IT_OPERATIONS.contains(&n))
        && only(&[Need::InternalIt, Need::Infrastructure, Need::QualitySecurity, Need::Data, Need::TechChoices])
    {
        // Staff IT with reporting or tool choices on top: the IT manager's job, those included.
        Role::ItOperations
    } else {
        return None;
    };
    Some(ItOperations { role, needs: asked, staff_tools, it_team, beside: it_team && (beside_the_business || public_ops) })
}

/// One change of the profile that would make the runner-up win; each is checked by re-scoring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tip {
    /// Ticking these needs: any one of them when `all` is false, all of them together when true.
    AddNeeds { needs: Vec<Need>, all: bool },
    /// These ticked needs mattering less: any one (or all together, when `all`).
    DropNeeds { needs: Vec<Need>, all: bool },
    /// A headcount within about a quarter of today's.
    Headcount(u32),
    /// A tech team grown to this size, within reach of today's.
    TechTeam(u32),
}

/// The type named beside the winner, with what would make it win (possibly nothing close enough).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunnerUp {
    pub ty: CtoType,
    /// The type the headcount alone gives, overridden by the other answers.
    pub by_size: bool,
    /// Tied with the winner, or a point behind: a close call, said as one.
    pub close: bool,
    pub tips: Vec<Tip>,
    /// With no CTO needed and no tech team given, the type and tips read the company as starting with
    /// nobody in tech.
    pub assumes_no_team: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub outcome: Outcome,
    /// The type the headcount alone gives.
    pub size_type: CtoType,
    /// The type the tech team alone gives, when it is known.
    pub team_type: Option<CtoType>,
    /// Indexed by `CtoType::index`.
    pub scores: [u32; 3],
    /// Every point given, in the order of the answers (size, team, stage, needs).
    pub points: Vec<Point>,
    /// Set when the outcome is `NoCto`: which parts of the rule held.
    pub it_operations: Option<ItOperations>,
    pub runner_up: Option<RunnerUp>,
    /// The headcount is past the startup typology (`TYPOLOGY_END`).
    pub beyond_typology: bool,
}

impl Assessment {
    pub fn score(&self, ty: CtoType) -> u32 {
        self.scores[ty.index()]
    }
}

/// The tech team as read: the one given; left blank by an organisation past fifty and under 250 asking for
/// a first version (not growing fast, steering nothing), none yet, as a first version says. (From 250, a
/// large organisation's first product may well call for an executive: read as the answers say.)
pub fn team_read(profile: &Profile) -> Option<u32> {
    profile.tech.or_else(|| {
        (profile.headcount.is_some_and(|h| h > LARGE_BOUND && h < LARGE_ORG)
            && profile.needs.contains(Need::FirstVersion)
            && profile.stage != Some(Stage::Scaling)
            && !profile.needs.contains(Need::Processes)
            && !profile.needs.contains(Need::Change))
        .then_some(0)
    })
}

/// Every point a profile earns, in the order of the answers.
pub fn points(profile: &Profile, headcount: u32) -> Vec<Point> {
    let mut points = vec![Point { to: CtoType::for_headcount(headcount), points: SIZE_POINTS, reason: Reason::Size(headcount) }];
    if let Some((to, bound)) = CtoType::near_bound_pull(headcount) {
        points.push(Point { to, points: NEAR_BOUND_POINTS, reason: Reason::NearBound { headcount, bound } });
    }
    // A large company with nobody in tech is not only a builder's: when it hires a team, or when its
    // platform (a shop's site, built and run by providers) already runs and must grow, half of the pull
    // is a leader's.
    let runs_elsewhere = profile.software == Some(Software::Support)
        && matches!(profile.stage, Some(Stage::Launched | Stage::Scaling | Stage::Established))
        && profile.needs.contains(Need::Scalability)
        && !profile.needs.contains(Need::FirstVersion);
    match team_read(profile) {
        Some(0) if headcount > LARGE_BOUND && (profile.needs.contains(Need::HireTeam) || runs_elsewhere) => {
            let half = TEAM_POINTS / 2;
            points.push(Point { to: CtoType::Hacker, points: half, reason: Reason::TeamToHire });
            points.push(Point { to: CtoType::Stabilizer, points: TEAM_POINTS - half, reason: Reason::TeamToHire });
        }
        // Twenty or more building a first version in a company under fifty are not yet a department
        // run through managers: a team to structure; so are twenty-odd staff who are all engineers.
        Some(tech)
            if tech >= TEAM_LARGE
                && headcount <= LARGE_BOUND
                && (matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) || (tech >= headcount && tech < FLAT_TEAM_END)) =>
        {
            points.push(Point { to: CtoType::Stabilizer, points: TEAM_POINTS, reason: Reason::Team(tech) })
        }
        Some(tech) => points.push(Point { to: CtoType::for_team(tech), points: TEAM_POINTS, reason: Reason::Team(tech) }),
        None => {}
    }
    if let Some(stage) = profile.stage {
        let (to, n) = CtoType::for_stage(stage);
        points.push(Point { to, points: n, reason: Reason::Stage(stage) });
    }
    for need in profile.needs.iter() {
        points.extend(need_pulls(need, profile.tech).iter().map(|&(to, n)| Point { to, points: n, reason: Reason::Need(need) }));
    }
    points
}

/// Scores a profile; `None` until a headcount is known.
pub fn assess(profile: &Profile) -> Option<Assessment> {
    let ranked = rank(profile)?;
    let runner_up = runner_up(profile, &ranked);
    let beyond_typology = profile.headcount.is_some_and(|h| h > TYPOLOGY_END);
    Some(Assessment {
        outcome: ranked.outcome,
        size_type: ranked.size_type,
        team_type: ranked.team_type,
        scores: ranked.scores,
        points: ranked.points,
        it_operations: ranked.it_operations,
        runner_up,
        beyond_typology,
    })
}

/// The outcome alone, without looking for a runner-up (used to test what-ifs).
pub fn outcome(profile: &Profile) -> Option<Outcome> {
    rank(profile).map(|r| r.outcome)
}

struct Ranked {
    outcome: Outcome,
    /// The best CTO type by points, whatever the outcome.
    best: CtoType,
    order: [CtoType; 3],
    size_type: CtoType,
    team_type: Option<CtoType>,
    scores: [u32; 3],
    points: Vec<Point>,
    it_operations: Option<ItOperations>,
}

/// The types best first: highest score; on a tie, the one nearest the tech team's type (the people
/// the CTO will lead), then the headcount's, then the smaller company's.
pub(crate) fn order(scores: &[u32; 3], size_type: CtoType, team_type: Option<CtoType>) -> [CtoType; 3] {
    let distance = |a: CtoType, b: CtoType| a.index().abs_diff(b.index());
    let key = |ty: CtoType| (std::cmp::Reverse(scores[ty.index()]), distance(ty, team_type.unwrap_or(size_type)), distance(ty, size_type), ty.index());
    // Three items: pick the best, then the better of the other two (no sort routine shipped).
    let best = CtoType::ALL.into_iter().min_by_key(|ty| key(*ty)).unwrap_or(size_type);
    let mut rest = CtoType::ALL.into_iter().filter(|ty| *ty != best);
    let (a, b) = (rest.next().unwrap_or(best), rest.next().unwrap_or(best));
    if key(a) <= key(b) {
        [best, a, b]
    } else {
        [best, b, a]
    }
}

fn rank(profile: &Profile) -> Option<Ranked> {
    let headcount = profile.headcount?;
    let points = points(profile, headcount);
    let mut scores = [0; 3];
    for point in &points {
        scores[point.to.index()] += point.points;
    }
    let size_type = CtoType::for_headcount(headcount);
    let team_type = profile.tech.map(CtoType::for_team);
    // (The team blank, a first version asked and nothing said to run: the builder wins a tie.)
    let first_build = profile.tech.is_none()
        && profile.needs.contains(Need::FirstVersion)
        && !matches!(profile.stage, Some(Stage::Launched | Stage::Scaling | Stage::Established));
    let order = order(&scores, size_type, team_type.or(first_build.then_some(CtoType::Hacker)));
    let it_operations = it_operations(profile);
    let outcome = if it_operations.is_some() { Outcome::NoCto } else { Outcome::Cto(order[0]) };
    Some(Ranked { outcome, best: order[0], order, size_type, team_type, scores, points, it_operations })
}

/// The type to name beside the winner: the headcount's own type when other answers override it;
/// otherwise a type within `REACH` points. A type far behind is never named. With no CTO needed, the
/// type a CTO would be if the company built technology of its own.
fn runner_up(profile: &Profile, ranked: &Ranked) -> Option<RunnerUp> {
    let Outcome::Cto(winner) = ranked.outcome else {
        // A company that needs no CTO and starts building begins with nobody in tech.
        // (Not a large organisation that gave no team: it has its IT, and its first product comes with
        // its scale, read from its size as the team's own reading does.)
        let large = profile.tech.is_none() && profile.headcount.is_some_and(|h| h >= LARGE_ORG);
        let assumes_no_team = profile.tech.is_none() && !large;
        let start = Profile { tech: if large { None } else { profile.tech.or(Some(0)) }, ..*profile };
        // (Under five hundred people, read from the size, the team and the stage: the needs that named another
        // role would not be a product's: a notary's processes do not make its first product an
        // industrializer's. A large organisation's first product still comes with its scale.)
        let bare = Profile { needs: NeedSet::default(), ..start };
        // (...up to five hundred: an association of three hundred's first product starts with someone who builds;
        // cto97 #35. A manufacturer of five hundred's comes with its scale.)
        let read = if profile.headcount.is_some_and(|h| h < 2 * LARGE_ORG) { &bare } else { &start };
        let best = rank(read).map_or(ranked.best, |r| r.best);
        return Some(RunnerUp { ty: best, by_size: false, close: false, tips: tips(&start, None, best), assumes_no_team });
    };
    // The next type by score when it is within reach; else the headcount's own type, when the other
    // answers overrode it (the source's bounds stay in view).
    let score = |ty: CtoType| ranked.scores[ty.index()];
    let next = ranked.order[1];
    // (A type two steps away is named only as the headcount's own, below.)
    if score(next) > 0 && score(winner) - score(next) <= REACH && (next.index().abs_diff(winner.index()) == 1 || next == ranked.size_type) {
        return Some(RunnerUp {
            ty: next,
            by_size: next == ranked.size_type && winner != ranked.size_type,
            close: score(winner) - score(next) <= CLOSE,
            tips: tips(profile, Some(winner), next),
            assumes_no_team: false,
        });
    }
    (winner != ranked.size_type).then(|| RunnerUp {
        ty: ranked.size_type,
        by_size: true,
        close: false,
        tips: tips(profile, Some(winner), ranked.size_type),
        assumes_no_team: false,
    })
}

/// Each change a visitor could act on that makes `target` the outcome, checked by re-scoring.
fn tips(profile: &Profile, winner: Option<CtoType>, target: CtoType) -> Vec<Tip> {
    let wins = |changed: &Profile| outcome(changed) == Some(Outcome::Cto(target));
    let pull =
        |need: Need, ty: Option<CtoType>| -> i64 { need_pulls(need, profile.tech).iter().filter(|(to, _)| Some(*to) == ty).map(|(_, n)| i64::from(*n)).sum() };
    // What a need does for the target against the winner: the bigger the gain, the earlier it is tried.
    let gain = |need: Need| pull(need, Some(target)) - pull(need, winner);
    let mut tips = Vec::new();

    // Candidates best first: the bigger the gain, the earlier (gains are a few points at most).
    let by_gain = |gains: &mut dyn Iterator<Item = i64>, keep: &dyn Fn(Need) -> bool| -> Vec<Need> {
        gains.flat_map(|g| Need::ALL.into_iter().filter(move |n| gain(*n) == g)).filter(|n| keep(*n)).collect()
    };
    let to_add = match winner {
        // With no CTO needed, what changes it is having something to build: building needs first.
        None => Need::ALL.into_iter().filter(|n| !profile.needs.contains(*n) && !need_pulls(*n, profile.tech).is_empty()).collect(),
        Some(_) => by_gain(&mut (1..=8).rev(), &|n| !profile.needs.contains(n)),
    };
    if let Some(tip) = need_tip(profile, &to_add, NeedSet::with, &wins).map(|(needs, all)| Tip::AddNeeds { needs, all }) {
        tips.push(tip);
    }
    if winner.is_some() {
        let to_drop = by_gain(&mut (-8..=-1), &|n| profile.needs.contains(n));
        if let Some((needs, all)) = need_tip(profile, &to_drop, NeedSet::without, &wins) {
            tips.push(Tip::DropNeeds { needs, all });
        }
    }
    if let Some(headcount) = profile.headcount {
        let (low, high) = target.size_range();
        let nearest = headcount.clamp(low, high);
        let reach = headcount / 4 + 1;
        let moved = Profile { headcount: Some(nearest), ..*profile };
        if nearest != headcount && nearest.abs_diff(headcount) <= reach && profile.tech.is_none_or(|t| t <= nearest) && wins(&moved) {
            tips.push(Tip::Headcount(nearest));
        }
    }
    if let (Some(tech), Some(headcount)) = (profile.tech, profile.headcount) {
        let (low, _) = target.team_range();
        let reach = (tech / 2).max(TEAM_SMALL);
        if low > tech && low - tech <= reach && low <= headcount && wins(&Profile { tech: Some(low), ..*profile }) {
            tips.push(Tip::TechTeam(low));
        }
    }
    tips
}

/// The needs to change for `wins` to hold: the first few that work alone, up to `MAX_TIP_NEEDS` (`all`
/// false), else the fewest taken in order, up to `MAX_TIP_NEEDS` (`all` true). Candidates come best first.
fn need_tip(base: &Profile, candidates: &[Need], change: fn(NeedSet, Need) -> NeedSet, wins: &impl Fn(&Profile) -> bool) -> Option<(Vec<Need>, bool)> {
    let with = |needs: &[Need]| Profile { needs: needs.iter().copied().fold(base.needs, change), ..*base };
    let singles: Vec<Need> = candidates.iter().copied().filter(|n| wins(&with(&[*n]))).take(MAX_TIP_NEEDS).collect();
    if !singles.is_empty() {
        return Some((singles, false));
    }
    (2..=candidates.len().min(MAX_TIP_NEEDS)).find(|count| wins(&with(&candidates[..*count]))).map(|count| (candidates[..count].to_vec(), true))
}

#[cfg(test)]
mod tests;
