//! How the seat is usually filled for this company (domain.md, "Where the typology stops"): a
//! technical co-founder at the idea stage, a part-time CTO or an agency when the need is real but the
//! budget is not, a first senior hire, promoting the lead engineer who grew with the product, an
//! executive hire past the startup stage; and when the answer is not a CTO, the role that fits
//! (`scoring::Role`): a managed IT provider or an IT manager, a data analyst or a head of data, a
//! security consultant or a CISO, a CIO, managed hosting, or a CTO for a few days.
//! Ids are the contract's (`data-route`), stable across languages; the set may grow.

use super::missions::past_mvp;
use super::profile::{Incumbent, Need, Org, Profile, Software, Stage};
use super::scoring::{it_operations, CtoType, Outcome, Role, BUILDING, LARGE_BOUND, LARGE_ORG, SMALL_BOUND, TEAM_LARGE, TEAM_SMALL, TYPOLOGY_END};

/// Beside a CTO, a VP of Engineering runs managers; under this many engineers, a head of engineering runs
/// team leads (same route, its own name and ad title).
pub const VP_FROM: u32 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// A CTO has just left: an interim CTO holds the seat while the company hires.
    Interim,
    /// A CTO is in place and the needs are delivery and hiring at scale: a VP of Engineering beside them.
    VpEngineering,
    /// A CTO is in place: the type is the profile to grow them toward.
    Coach,
    /// Everyone is technical (founders who all build): one of them takes the seat.
    Founder,
    Cofounder,
    Fractional,
    FirstHire,
    Promote,
    Executive,
    ManagedIt,
    ItManager,
    ItDirector,
    DataAnalyst,
    HeadOfData,
    SecurityConsultant,
    Ciso,
    Cio,
    ManagedHosting,
    Audit,
}

impl Route {
    pub const ALL: [Route; 19] = [
        Route::Interim,
        Route::VpEngineering,
        Route::Coach,
        Route::Founder,
        Route::Cofounder,
        Route::Fractional,
        Route::FirstHire,
        Route::Promote,
        Route::Executive,
        Route::ManagedIt,
        Route::ItManager,
        Route::ItDirector,
        Route::DataAnalyst,
        Route::HeadOfData,
        Route::SecurityConsultant,
        Route::Ciso,
        Route::Cio,
        Route::ManagedHosting,
        Route::Audit,
    ];

    /// The contract's id (`data-route`, the event's `route`).
    pub fn id(self) -> &'static str {
        match self {
            Route::Interim => "interim",
            Route::VpEngineering => "vp-engineering",
            Route::Coach => "coach",
            Route::Founder => "founder",
            Route::Cofounder => "cofounder",
            Route::Fractional => "fractional",
            Route::FirstHire => "first-hire",
            Route::Promote => "promote",
            Route::Executive => "executive",
            Route::ManagedIt => "managed-it",
            Route::ItManager => "it-manager",
            Route::ItDirector => "it-director",
            Route::DataAnalyst => "data-analyst",
            Route::HeadOfData => "head-of-data",
            Route::SecurityConsultant => "security-consultant",
            Route::Ciso => "ciso",
            Route::Cio => "cio",
            Route::ManagedHosting => "managed-hosting",
            Route::Audit => "audit",
        }
    }
}

/// Security is a full-time CISO's seat past a thousand people, or beside an IT department of twenty or
/// more: one rule for the route and for the CISO advised beside a CIO.
pub fn full_time_ciso(profile: &Profile) -> bool {
    profile.headcount.is_some_and(|h| h >= TYPOLOGY_END) || profile.tech.is_some_and(|t| t >= TEAM_LARGE)
}

/// The usual way to fill the seat, for an outcome and the answers behind it.
pub fn route(profile: &Profile, outcome: Outcome) -> Route {
    let headcount = profile.headcount.unwrap_or(1);
    let tech = profile.tech.unwrap_or(0);
    let early = matches!(profile.stage, None | Some(Stage::Idea | Stage::Mvp));
    let starting = profile.stage.is_some() || profile.org_read() == Some(Org::Startup) || profile.building() || profile.needs.is_empty();
    // Equity to share, and a business built on software: a shop or staff tools get help, not a partner.
    let shares = matches!(profile.org, None | Some(Org::Startup | Org::Sme)) && !matches!(profile.software, Some(Software::Support | Software::Internal));
    // A public body or a non-profit with at most one person in tech and no software to sell: a part-time
    // CTO steering an agency, up to a mid-sized organisation.
    let part_time_body =
        matches!(profile.org, Some(Org::Public | Org::Nonprofit)) && tech <= 1 && profile.software != Some(Software::Product) && headcount < LARGE_BOUND;
    // Everyone in the company builds: under ten people, or under twenty at the start, one of them takes
    // the seat.
    // (From ten people, only a stage said to be early makes a founding team: a form left unsaid does not.)
    let said_early = matches!(profile.stage, Some(Stage::Idea | Stage::Mvp));
    let everyone_builds = tech >= headcount && (headcount < SMALL_BOUND || (said_early && headcount < LARGE_BOUND));
    match outcome {
        Outcome::NoCto => match it_operations(profile).map_or(Role::ItOperations, |o| o.role) {
            // A provider when nobody (or one or two) runs IT in-house; with a team in place, or its lead
            // just gone, an IT manager.
            // (The one person who ran it gone: a provider, with a contact in-house, rather than a post again.)
            Role::ItOperations if headcount < LARGE_BOUND && tech < 3 && (profile.cto != Some(Incumbent::Left) || tech <= 1) => Route::ManagedIt,
            Role::ItOperations if headcount < LARGE_BOUND => Route::ItManager,
            // (Under a hundred with nobody in IT: pooled services or a provider with a contact in-house, as at
            // forty-nine; most of an EHPAD's or a commune's fifty-five have no desk; a firm's the same, not a post
            // its page half withdraws; fr101 R2, fr102 R1, fr107 C1.)
            // (Not a group's company: its group's IT first, an IT manager on site for what it leaves.)
            Role::ItOperations
                if headcount < 2 * LARGE_BOUND && profile.tech == Some(0) && profile.cto != Some(Incumbent::Left) && profile.org != Some(Org::Group) =>
            {
                Route::ManagedIt
            }
            Role::ItOperations if headcount < LARGE_ORG => Route::ItManager,
            // Up to five hundred people, an IT team said to be a few people or none: an IT manager takes the
            // providers in hand, not a director with a department.
            Role::ItOperations if headcount <= 2 * LARGE_ORG && profile.tech.is_some_and(|t| t <= TEAM_SMALL) => Route::ItManager,
            // (A group's company under five hundred, its IT under twenty: an IT manager on site, beside the
            // group's CIO, not a director of its own.)
            Role::ItOperations if headcount < 2 * LARGE_ORG && profile.org == Some(Org::Group) && profile.tech.is_some_and(|t| t < TEAM_LARGE) => {
                Route::ItManager
            }
            // (...or its IT under twenty asked only its security or its figures, nothing of its computers or
            // servers: an IT manager from the team, the specialists beside: a clinic of 250 with five.)
            Role::ItOperations
                if headcount <= 2 * LARGE_ORG
                    && profile.tech.is_some_and(|t| t < TEAM_LARGE)
                    && !profile.needs.contains(Need::InternalIt)
                    && !profile.needs.contains(Need::Infrastructure) =>
            {
                Route::ItManager
            }
            Role::ItOperations => Route::ItDirector,
            Role::Data if headcount < LARGE_ORG => Route::DataAnalyst,
            // (...or under five hundred, with no IT department of twenty to set a data team beside: an analyst and
            // the tools' own dashboards, or a BI project, first, as its page says; the head of data once data is a
            // team. Two in IT at 250 asking its first dashboards have no team to hand a head of data; fr102 C1.)
            Role::Data if headcount < 2 * LARGE_ORG && profile.tech.is_none_or(|t| t < TEAM_LARGE) => Route::DataAnalyst,
            Role::Data => Route::HeadOfData,
            Role::Security if headcount < LARGE_ORG => Route::SecurityConsultant,
            // (Security alone under a thousand people, no IT department (under twenty in IT, or none said): a
            // shared or part-time CISO, full time only where a regulation or clients demand it.)
            Role::Security if !full_time_ciso(profile) => Route::SecurityConsultant,
            Role::Security => Route::Ciso,
            // A person or two in IT under fifty people, or a few under 250: an IT manager leads the change,
            // a part-time CIO beside them if the change needs one.
            // (Nobody in IT at all: the change is a project with the vendor, a part-time CIO beside.)
            // (Nobody in IT from fifty people to five hundred, staff IT to run as well: an IT manager runs the
            // project and the provider, not a CIO with no department: a home-care non-profit of 250.)
            // (A group's company under five hundred, its IT under twenty: its IT manager, beside the group's CIO.)
            Role::DigitalChange
                if (headcount < LARGE_BOUND && (1..3).contains(&tech))
                    || (profile.org == Some(Org::Group) && headcount < 2 * LARGE_ORG && (1..TEAM_LARGE).contains(&tech))
                    || (headcount <= 2 * LARGE_ORG && (1..=TEAM_SMALL).contains(&tech))
                    // (...the team left blank: read as none, as the reasons say.)
                    || (profile.tech.is_none_or(|t| t == 0) && (LARGE_BOUND..2 * LARGE_ORG).contains(&headcount) && profile.needs.contains(Need::InternalIt)) =>
            {
                Route::ItManager
            }
            Role::DigitalChange => Route::Cio,
            Role::Hosting => Route::ManagedHosting,
            Role::Audit => Route::Audit,
        },
        // Who is already there comes first: a seat just left, or a CTO in place. In a small company, a
        // seat just left is not an interim's: everyone builds (one of them takes it), a co-founder's
        // seat at the start, or nobody in tech (a part-time CTO).
        // (A firm of ten to twenty engineers past its start is no founding team: its most experienced takes the seat.)
        Outcome::Cto(_) if profile.cto == Some(Incumbent::Left) && (everyone_builds || (tech >= headcount && headcount < 2 * SMALL_BOUND && early)) => {
            Route::Founder
        }
        Outcome::Cto(_) if profile.cto == Some(Incumbent::Left) && tech >= headcount && headcount < 2 * SMALL_BOUND => Route::Promote,
        // A startup's co-founding CTO gone at the start: investors expect a new technical partner.
        Outcome::Cto(_) if profile.cto == Some(Incumbent::Left) && headcount < SMALL_BOUND && early && tech < headcount && shares => Route::Cofounder,
        Outcome::Cto(_) if profile.cto == Some(Incumbent::Left) && headcount < SMALL_BOUND && tech == 0 => Route::Fractional,
        // (A seat that would be part time and may stay so, software serving the business: its holder gone, it
        // stays part time, no interim before a hire.)
        Outcome::Cto(_)
            if profile.cto == Some(Incumbent::Left)
                && super::job::part_time_lasts(profile)
                && route(&Profile { cto: None, ..*profile }, outcome) == Route::Fractional =>
        {
            Route::Fractional
        }
        Outcome::Cto(_) if profile.cto == Some(Incumbent::Left) => Route::Interim,
        Outcome::Cto(CtoType::Stabilizer | CtoType::Industrializer)
            if profile.cto == Some(Incumbent::InPlace)
                // A second leader over managers: forty engineers, or twenty past a small company.
                && (tech >= 2 * TEAM_LARGE || (tech >= TEAM_LARGE && headcount > LARGE_BOUND))
                && profile.software != Some(Software::Internal)
                // (Company-wide processes over forty engineers too: a VP runs them across the teams.)
                && (profile.needs.contains(Need::HireTeam)
                    || profile.needs.contains(Need::OrganizeDelivery)
                    // (Not processes asked for a certification: a specialist's beside the CTO.)
                    || (profile.needs.contains(Need::Processes)
                        && !profile.needs.contains(Need::QualitySecurity)
                        && tech >= 2 * TEAM_LARGE
                        && profile.software == Some(Software::Product))) =>
        {
            Route::VpEngineering
        }
        // One person, "a CTO in place": the founder holds the seat.
        Outcome::Cto(_) if profile.cto == Some(Incumbent::InPlace) && headcount == 1 => Route::Founder,
        // One person in IT, said to hold the seat, over software that serves the business or the staff: they
        // stay the in-house lead; the build is steered part time with an agency or a vendor, not coded alone.
        Outcome::Cto(CtoType::Hacker | CtoType::Stabilizer)
            // (A build asked: nothing to build, the CTO in place is coached, as any.)
            if profile.cto == Some(Incumbent::InPlace)
                && tech <= 2
                && headcount > 1
                && super::job::part_time_lasts(profile)
                && (profile.asks_to_build() || profile.building()) =>
        {
            Route::Fractional
        }
        Outcome::Cto(_) if profile.cto == Some(Incumbent::InPlace) => Route::Coach,
        // (An established firm that said only its size and that nobody is in tech: the seat is to define
        // first, as with the team left blank; a CTO comes once software is said.)
        Outcome::Cto(_) if profile.tech == Some(0) && profile.cto.is_none() && headcount >= LARGE_BOUND && super::result::unsaid_body(profile) => {
            Route::Executive
        }
        // (Nobody in tech, the stage unsaid, needs given but none that builds, under fifty, no software sold:
        // a roadmap's few days, part time, not a builder hired: a firm of twenty asking its roadmap.)
        // (...or the team left blank, nothing said of a product team (investors, delivery, hiring, a startup):
        // fifteen people asking a roadmap and a budget.)
        Outcome::Cto(_)
            if profile.tech.is_none_or(|t| t == 0)
                && profile.stage.is_none()
                && !profile.needs.is_empty()
                && !profile.needs.iter().any(|n| BUILDING.contains(&n))
                && (profile.tech == Some(0)
                    || (!profile.needs.iter().any(|n| matches!(n, Need::Investors | Need::OrganizeDelivery | Need::HireTeam))
                        && profile.org_read() != Some(Org::Startup)))
                && profile.software != Some(Software::Product)
                && headcount < LARGE_BOUND =>
        {
            Route::Fractional
        }
        Outcome::Cto(_) if everyone_builds => Route::Founder,
        // An idea, a handful of people with equity to share, some of them building: one of those founders.
        Outcome::Cto(_) if profile.stage == Some(Stage::Idea) && headcount < SMALL_BOUND && tech >= 1 && shares => Route::Founder,
        // A firm of fifty or fewer whose team grew with its product, past its start, under forty engineers:
        // its most experienced lead takes the seat, as a stabilizer's team would (an executive hired over
        // managers comes with a larger organisation).
        Outcome::Cto(CtoType::Industrializer) if headcount <= LARGE_BOUND && tech > TEAM_SMALL && tech < 2 * TEAM_LARGE && past_mvp(profile.stage) => {
            Route::Promote
        }
        // (An app beside the business, a handful in IT, under a large organisation's size: steered part time
        // as for the other types, not an executive over managers: a football club's fan app.)
        Outcome::Cto(CtoType::Industrializer)
            if profile.software == Some(Software::Support) && !early && tech <= TEAM_SMALL && headcount < LARGE_ORG && profile.asks_to_build() =>
        {
            Route::Fractional
        }
        Outcome::Cto(CtoType::Industrializer) => Route::Executive,
        Outcome::Cto(CtoType::Hacker | CtoType::Stabilizer) if part_time_body => Route::Fractional,
        // Software that supports what the business does, bought and running, nobody in tech, past the
        // start: a part-time lead steers the providers, whatever is asked, up to a large organisation.
        // (One person in IT beside it changes nothing: a museum's IT person does not build.)
        Outcome::Cto(CtoType::Hacker | CtoType::Stabilizer) if profile.software == Some(Software::Support) && !early && tech <= 1 && headcount < LARGE_ORG => {
            Route::Fractional
        }
        // A business whose software supports what it sells, past its first steps, with a handful in tech,
        // wanting a platform built or grown (an ordering app, a shop, a donors' site): a part-time CTO steering an agency. (A large
        // organisation's IT department with an app to build is its CIO's: `scoring::it_operations`.)
        Outcome::Cto(CtoType::Hacker | CtoType::Stabilizer)
            if profile.software == Some(Software::Support) && !early && tech <= TEAM_SMALL && profile.asks_to_build() =>
        {
            Route::Fractional
        }
        // (A public body or a non-profit under fifty building its own product from nothing: part time too.)
        Outcome::Cto(CtoType::Hacker | CtoType::Stabilizer)
            if early && tech <= 1 && headcount < LARGE_BOUND && matches!(profile.org, Some(Org::Public | Org::Nonprofit)) =>
        {
            Route::Fractional
        }
        // A small company where everyone builds: one of them takes the title, not a hire.
        Outcome::Cto(CtoType::Stabilizer) if everyone_builds => Route::Founder,
        // Past the start, at most one developer, beside what the business sells: part time, as for the hacker.
        Outcome::Cto(CtoType::Stabilizer) if !early && tech <= 1 && headcount < LARGE_BOUND && profile.software.is_some_and(|s| s != Software::Product) => {
            Route::Fractional
        }
        // A team that grew with the product often has its leader already.
        // (A team as large as the company, or three quarters of it, stage unsaid: it grew with the product too.)
        // (...or ten engineers or more, stage unsaid: a team that has been building for a while.)
        Outcome::Cto(CtoType::Stabilizer)
            if tech > TEAM_SMALL && (past_mvp(profile.stage) || (profile.stage.is_none() && (4 * tech >= 3 * headcount || tech >= SMALL_BOUND))) =>
        {
            Route::Promote
        }
        // Two to four developers past the start in a small firm that asks for no hiring: one of them takes the
        // seat, as a hacker's team would (a shop's site under load).
        // (Up to fifty people where they serve what the business sells: an agency's three web developers.)
        Outcome::Cto(CtoType::Stabilizer)
            if (2..=TEAM_SMALL).contains(&tech)
                && past_mvp(profile.stage)
                && (headcount < 2 * SMALL_BOUND || (headcount < LARGE_BOUND && profile.software == Some(Software::Support)))
                && !profile.needs.contains(Need::HireTeam)
                && (profile.org == Some(Org::Sme) || profile.software == Some(Software::Support)) =>
        {
            Route::Promote
        }
        Outcome::Cto(CtoType::Stabilizer) => Route::FirstHire,
        // Founders who all build (a tech team as large as the company, early on, or a few founders at any
        // stage): one of them is the CTO. A solo technical founder already holds the seat.
        Outcome::Cto(CtoType::Hacker) if tech >= 1 && tech >= headcount && (early || headcount <= 3) => Route::Founder,
        // Two or three founders at the idea or MVP stage, one of whom builds: that one holds the seat.
        Outcome::Cto(CtoType::Hacker) if tech >= 1 && headcount <= 3 && profile.cto != Some(Incumbent::Left) => Route::Founder,
        // Nothing built, a handful of people, nobody in tech: a co-founder shares the risk and the equity,
        // where there is equity to share (not in a public body, a non-profit or a group's company).
        // (The stage unsaid, nothing that says a venture starts: no first version, no investors, no startup
        // said: framed part time, a small firm's product design.)
        Outcome::Cto(CtoType::Hacker) if early && headcount < SMALL_BOUND && tech <= 1 && shares && starting => Route::Cofounder,
        Outcome::Cto(CtoType::Hacker) if early && headcount < SMALL_BOUND && tech <= 1 && shares => Route::Fractional,
        Outcome::Cto(CtoType::Hacker) if early && headcount < SMALL_BOUND && tech <= 1 && !shares => Route::Fractional,
        // (A running firm's product idea, nobody to build it, under fifty: framed part time before any hire,
        // a consultancy's first SaaS.)
        // (A group's company too.)
        Outcome::Cto(CtoType::Hacker) if early && headcount < LARGE_BOUND && tech <= 1 && matches!(profile.org, Some(Org::Sme | Org::Group)) => {
            Route::Fractional
        }
        // A real need without a full-time seat: internal tools, or a small firm with at most one developer.
        // A firm of 20 or more that sells software needs the seat full time.
        Outcome::Cto(CtoType::Hacker)
            if profile.software == Some(Software::Internal)
                || (!early
                    && tech <= 1
                    // (Growing fast with no team said: a team is likely, the seat a hire.)
                    && (profile.tech.is_some() || profile.stage != Some(Stage::Scaling))
                    && headcount < LARGE_BOUND
                    // (...nor from ten a funded startup's product, its first customers in: its biggest risk is its
                    // technology, a full-time seat now; cto100 #34.)
                    && !(profile.software == Some(Software::Product)
                        && (headcount >= 2 * SMALL_BOUND
                            || (headcount >= SMALL_BOUND && (profile.org_read() == Some(Org::Startup) || profile.needs.contains(Need::Investors)))))) =>
        {
            Route::Fractional
        }
        Outcome::Cto(CtoType::Hacker) if tech >= 2 && headcount < 2 * SMALL_BOUND => Route::Promote,
        Outcome::Cto(CtoType::Hacker) => Route::FirstHire,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::codec::checked;
    use crate::engine::scoring::outcome;

    fn route_of(fragment: &str) -> Route {
        let p = checked(fragment);
        route(&p, outcome(&p).expect("a headcount"))
    }

    #[test]
    fn the_route_differs_where_the_companies_differ() {
        let cases: &[(&str, Route, &str)] = &[
            ("headcount=3&stage=idea&needs=first-version", Route::Cofounder, "a 3-person idea: a technical co-founder"),
            (
                "headcount=120&tech=0&stage=established&org=public&software=support&needs=clients,data,product",
                Route::Fractional,
                "a tourist office whose site and ticketing are bought: a part-time lead steers the vendors, not a developer to rebuild",
            ),
            (
                "headcount=2&tech=1&stage=launched&org=startup&needs=clients,hire-team",
                Route::Founder,
                "two people, one an engineer, launched: that one holds the seat",
            ),
            (
                "headcount=25&tech=25&stage=established&org=sme&software=product&cto=in-place&needs=processes,organize-delivery,hire-team",
                Route::Coach,
                "twenty-five engineers and their CTO: team leads beside them, not a director over managers who do not exist",
            ),
            (
                "headcount=40&tech=2&stage=established&org=group&software=internal&needs=internal-it,roadmap",
                Route::ItManager,
                "a subsidiary of forty with two in IT: an IT manager, not a CIO",
            ),
            (
                "headcount=20&tech=20&needs=tech-choices,scalability",
                Route::Promote,
                "twenty engineers, stage unsaid: not a founding team, one of them promoted",
            ),
            (
                "headcount=60&tech=1&stage=established&org=public&software=support&needs=clients,product",
                Route::Fractional,
                "a museum of sixty with one IT person and bought software: a part-time lead steering the vendors, not a full-time coder",
            ),
            (
                "headcount=6&tech=2&stage=mvp&org=startup&software=product&cto=left&needs=first-version,investors",
                Route::Cofounder,
                "a co-founding CTO gone at MVP with two developers: a new technical partner",
            ),
            ("headcount=3&tech=3&stage=idea&needs=first-version", Route::Founder, "three founders who all build: one of them"),
            ("headcount=40&tech=8&stage=scaling&cto=left&needs=hire-team", Route::Interim, "a CTO just left: an interim holds the seat"),
            (
                "headcount=200&tech=40&stage=scaling&cto=in-place&needs=organize-delivery,hire-team",
                Route::VpEngineering,
                "delivery and hiring at scale beside the CTO",
            ),
            ("headcount=30&tech=6&stage=launched&cto=in-place&needs=scalability", Route::Coach, "a CTO in place: the profile to grow toward"),
            ("headcount=30&tech=6&stage=launched&cto=none&needs=hire-team", Route::Promote, "nobody in the seat: as before"),
            ("headcount=1&tech=1&stage=mvp&software=product", Route::Founder, "a solo technical founder already holds the seat"),
            (
                "headcount=1&tech=1&stage=launched&software=product",
                Route::Founder,
                "launched, still the founder's seat: a business partner or a first developer is what lacks",
            ),
            (
                "headcount=200&tech=3&org=nonprofit&needs=data,internal-it",
                Route::ItManager,
                "three people on staff IT and reporting in a non-profit: an IT manager",
            ),
            (
                "headcount=400&tech=2&org=group&software=support&needs=data,clients",
                Route::DataAnalyst,
                "a hotel group's figures, two in IT: an analyst or a BI project first, not a hands-on CTO",
            ),
            ("headcount=300&needs=data", Route::DataAnalyst, "data alone and nothing said of a product: a data role, an analyst first"),
            ("headcount=600&needs=data", Route::HeadOfData, "past five hundred: a head of data"),
            ("headcount=4&tech=4&stage=mvp&needs=first-version,investors", Route::Founder, "four engineers at MVP: not a team that grew with the product"),
            (
                "headcount=5&tech=5&stage=launched&software=product&needs=clients,roadmap,hire-team",
                Route::Founder,
                "five people, all in tech, launched: one of you takes the title",
            ),
            ("headcount=2&tech=1&stage=idea&org=startup&needs=first-version,investors", Route::Founder, "two founders, one an engineer: that one is the CTO"),
            (
                "headcount=5&tech=0&stage=mvp&org=startup&software=product&cto=left&needs=first-version,investors",
                Route::Cofounder,
                "five people, nobody in tech, the CTO gone at MVP: a new technical co-founder, not a full-time interim",
            ),
            (
                "headcount=7&tech=7&stage=launched&software=product&cto=left&needs=roadmap",
                Route::Founder,
                "seven people all in tech, the CTO gone: one of them takes the seat",
            ),
            (
                "headcount=10&tech=10&stage=mvp&software=product&cto=none&needs=hire-team,organize-delivery",
                Route::Founder,
                "ten people, all in tech, at MVP: one of them takes the title",
            ),
            (
                "headcount=20&tech=20&stage=mvp&org=startup&software=product&needs=hire-team,investors",
                Route::Founder,
                "twenty building a first version: one of them, not an executive search",
            ),
            ("headcount=30&tech=30&stage=mvp&needs=hire-team", Route::Founder, "thirty all in tech at MVP: one of them"),
            (
                "headcount=300&tech=0&stage=established&org=sme&software=internal&needs=data,tech-choices",
                Route::DataAnalyst,
                "a consultancy of 300 choosing its tool for its figures: an analyst first",
            ),
            (
                "headcount=300&tech=0&stage=established&org=sme&software=internal&needs=data",
                Route::DataAnalyst,
                "its figures alone at 300, nobody in IT: an analyst first, as its page says",
            ),
            ("headcount=260&tech=0&org=public&needs=data", Route::DataAnalyst, "a public body of 260, nobody in IT: the same (cto86)"),
            (
                "headcount=300&tech=4&stage=established&org=sme&software=internal&needs=data",
                Route::DataAnalyst,
                "its figures at 300 beside an IT team of four: an analyst first, as its page says (fr102 C1)",
            ),
            ("headcount=53&tech=0&stage=established", Route::Executive, "an established firm, nobody in tech, nothing else: a seat to define"),
            ("headcount=53&tech=0&stage=established&software=product", Route::FirstHire, "its product said: the takeover"),
            ("headcount=55&tech=0", Route::FirstHire, "stage and organisation blank: as before, with its note"),
            ("headcount=15&needs=roadmap,budget", Route::Fractional, "fifteen people asking a roadmap and a budget, no team said: part time first"),
            ("headcount=15&tech=5&needs=roadmap,budget", Route::FirstHire, "five in tech: a first hire"),
            ("headcount=15&org=startup&needs=roadmap,budget", Route::FirstHire, "a startup's roadmap: its first hire"),
            (
                "headcount=18&tech=0&stage=launched&org=sme&software=support&needs=product,scalability",
                Route::Audit,
                "a wine estate's shop redesigned before the holidays: an agency and the platform's plan, not a part-time CTO",
            ),
            (
                "headcount=12&tech=1&stage=launched&org=sme&software=support&needs=scalability,infrastructure,quality-security",
                Route::Fractional,
                "a shop of twelve with one developer: part time, not a full-time leader",
            ),
            (
                "headcount=30&tech=2&stage=established&org=public&software=support&needs=clients,quality-security",
                Route::SecurityConsultant,
                "a museum's two developers on its ticketing, security alone: a security consultant",
            ),
            (
                "headcount=20&tech=20&stage=established&org=sme&software=product&needs=processes,clients",
                Route::Promote,
                "twenty, all engineers, established: one of them, not an executive search",
            ),
            (
                "headcount=8&tech=0&stage=launched&org=sme&software=product&cto=left&needs=tech-choices,roadmap",
                Route::Fractional,
                "nobody in tech, the CTO gone: a part-time CTO",
            ),
            ("headcount=300&tech=40&stage=scaling", Route::Executive, "a 300-person firm: an executive hire"),
            ("headcount=12&needs=infrastructure,internal-it", Route::ManagedIt, "an IT-only office: a managed IT provider"),
            ("headcount=150&software=internal", Route::ItManager, "a larger firm with staff tools only: an IT manager"),
            (
                "headcount=600&tech=10&stage=launched&org=nonprofit&software=support&needs=product,first-version",
                Route::Cio,
                "an NGO's IT department of ten and a donors' app to build: its CIO, with a product owner and an agency",
            ),
            (
                "headcount=15&tech=15&stage=established&cto=left&needs=clients",
                Route::Promote,
                "a firm of fifteen engineers whose CTO left: its most experienced",
            ),
            (
                "headcount=25&tech=1&stage=launched&software=support&needs=infrastructure",
                Route::ManagedHosting,
                "hosting for software that runs beside the business: managed hosting, not a seat",
            ),
            ("headcount=70&tech=3&stage=launched&software=internal&needs=first-version", Route::Fractional, "an internal tool"),
            ("headcount=60&tech=12&stage=scaling&needs=hire-team", Route::Promote, "a team of 12 that grew with the product"),
            ("headcount=35&tech=6&stage=mvp&needs=hire-team", Route::FirstHire, "a fast raise at MVP: a senior hire"),
            ("headcount=160&tech=0&stage=established&needs=first-version", Route::FirstHire, "a large firm's first product: a senior hands-on hire"),
            ("headcount=10&tech=3&stage=launched", Route::Promote, "a small team with a developer who grew with it"),
            ("headcount=40&tech=0&stage=established&software=support&needs=data", Route::DataAnalyst, "an online shop that wants its figures"),
            ("headcount=600&tech=5&stage=established&software=internal&needs=data,budget", Route::HeadOfData, "a large firm's data, a function of its own"),
            (
                "headcount=300&tech=0&stage=established&software=internal&needs=data,budget",
                Route::DataAnalyst,
                "nobody in IT: an analyst or a BI project first",
            ),
            ("headcount=600&tech=0&stage=established&software=internal&needs=internal-it", Route::ItDirector, "a large firm's IT: an IT director"),
            ("headcount=30&tech=0&stage=established&software=support&needs=quality-security,clients", Route::SecurityConsultant, "a certification for clients"),
            ("headcount=2000&tech=0&stage=established&software=internal&needs=quality-security", Route::Ciso, "a large public body's security"),
            ("headcount=400&tech=0&stage=established&software=internal&needs=change,processes", Route::Cio, "a change across a firm with staff tools"),
            (
                "headcount=15&tech=0&stage=launched&software=product&needs=infrastructure",
                Route::ManagedHosting,
                "an agency-built product outgrowing its hosting",
            ),
            ("headcount=20&tech=0&stage=launched&software=support&needs=tech-choices,investors", Route::Audit, "a stack review before a raise"),
            ("headcount=14&stage=established&needs=quality-security", Route::ManagedIt, "an electrician's security, no client asking: its IT provider"),
            (
                "headcount=6&tech=6&stage=mvp&cto=in-place&needs=hire-team,organize-delivery",
                Route::Coach,
                "six engineers and their CTO: no VP of Engineering over managers who do not exist",
            ),
            ("headcount=600&tech=8&stage=established&software=support&needs=change,budget", Route::Cio, "a cooperative's IT staff changing its ERP: a CIO"),
            (
                "headcount=9&stage=established&software=internal&needs=tech-choices,internal-it",
                Route::ManagedIt,
                "an architects' office choosing its tools: IT operations",
            ),
            (
                "headcount=40&tech=0&stage=established&org=sme&software=support&needs=data,tech-choices",
                Route::DataAnalyst,
                "a cooperative's figures and the tools for them: a data analyst",
            ),
            (
                "headcount=25&tech=1&stage=established&software=support&needs=quality-security,internal-it",
                Route::ManagedIt,
                "a pharmacy's one IT person asking for IT: IT operations",
            ),
            (
                "headcount=400&tech=2&stage=established&software=support&needs=first-version,clients",
                Route::Fractional,
                "a bakery chain's ordering app: a part-time CTO steering an agency",
            ),
            (
                "headcount=70&tech=1&stage=established&software=support&needs=data,infrastructure",
                Route::ItManager,
                "a furniture maker's one IT person, asked for figures and hosting: IT operations",
            ),
            (
                "headcount=800&tech=12&stage=established&software=support&needs=data,roadmap",
                Route::Cio,
                "a retailer's IT team asked for a roadmap and its data: a CIO",
            ),
            (
                "headcount=3000&tech=45&stage=established&software=internal&needs=quality-security,infrastructure,hire-team",
                Route::ItDirector,
                "a hospital's IT team growing, asked for security: an IT director",
            ),
            (
                "headcount=7&tech=0&stage=established&software=support&needs=first-version",
                Route::Audit,
                "a florist's web shop: a few days of advice and a ready-made platform",
            ),
            (
                "headcount=90&tech=2&stage=established&software=support&needs=data,roadmap",
                Route::ItManager,
                "a web shop's two IT people asked for figures and a roadmap: an IT manager, a part-time CIO beside",
            ),
            (
                "headcount=500&tech=25&stage=established&software=internal&cto=in-place&needs=organize-delivery,hire-team",
                Route::ItDirector,
                "an IT department of 25 hiring for itself, its head in place: the IT director's seat, no VP of Engineering",
            ),
            (
                "headcount=60&tech=2&stage=established&needs=internal-it",
                Route::ItManager,
                "a vet clinic chain's two IT people on staff IT, software unsaid: IT operations",
            ),
            (
                "headcount=35&tech=3&stage=established&software=internal&cto=left&needs=internal-it,infrastructure",
                Route::ItManager,
                "three people in IT whose lead left: an IT manager, not a help desk",
            ),
            (
                "headcount=3&stage=idea&org=public&needs=first-version",
                Route::Fractional,
                "a public body's new service, nobody in tech: a part-time CTO steering an agency",
            ),
            ("headcount=10&org=nonprofit&tech=0&needs=first-version", Route::Fractional, "no cliff at 10 for a non-profit with nobody in tech"),
            (
                "headcount=1&tech=0&stage=idea&org=sme&software=support&needs=first-version,budget",
                Route::Audit,
                "an online shop's idea: a ready-made platform, not a partner with equity nor a seat",
            ),
            ("headcount=4&stage=idea&org=nonprofit&needs=first-version", Route::Fractional, "a small non-profit's first app: a part-time CTO"),
            ("headcount=3&stage=idea&org=sme&needs=first-version", Route::Cofounder, "a bootstrapped venture still shares its capital"),
        ];
        for (fragment, expected, why) in cases {
            assert_eq!(route_of(fragment), *expected, "{fragment}: {why}");
        }
    }

    #[test]
    fn every_route_is_reachable_and_ids_are_unique() {
        for (i, a) in Route::ALL.iter().enumerate() {
            assert!(Route::ALL[i + 1..].iter().all(|b| b.id() != a.id()));
        }
        let reached: Vec<Route> = [
            "headcount=3&stage=idea",
            "headcount=2&tech=2&stage=idea",
            "headcount=40&tech=8&cto=left",
            "headcount=200&tech=40&cto=in-place&needs=hire-team",
            "headcount=30&tech=6&cto=in-place",
            "headcount=25&tech=1&stage=launched",
            "headcount=160&tech=0",
            "headcount=60&tech=12&stage=scaling",
            "headcount=300",
            "headcount=12&needs=internal-it",
            "headcount=150&needs=internal-it",
            "headcount=600&needs=internal-it",
            "headcount=40&tech=0&software=support&needs=data",
            "headcount=600&tech=5&software=support&needs=data",
            "headcount=30&tech=0&software=support&needs=quality-security,clients",
            "headcount=1500&tech=0&software=support&needs=quality-security",
            "headcount=400&software=internal&needs=change",
            "headcount=15&tech=0&software=product&needs=infrastructure",
            "headcount=20&tech=0&software=support&needs=tech-choices",
        ]
        .iter()
        .map(|f| route_of(f))
        .collect();
        for r in Route::ALL {
            assert!(reached.contains(&r), "{r:?} never reached");
        }
    }
}
