//! Every visible string, one table per language. A table is a `Texts` value: leaving out a string is a
//! compile error. Texts about a catalogue (needs, stages, missions, hats...) are functions of its enum,
//! written as exhaustive `match`es, so reordering a catalogue can never swap labels. Sentences with
//! values use `{name}` placeholders, filled by `fill`; the tests walk every string of both tables.

mod en;
mod fr;

use super::candidate::{Fit, Specialty};
use super::hats::Hat;
use super::missions::{Group, Mission, NeedGroup, Tier};
use super::profile::{Field, Incumbent, Lang, Need, Org, Software, Stage};
use super::route::Route;
use super::scoring::CtoType;
use super::scoring::{Outcome, Role};

/// Declares a text struct; in tests it also lists every string it holds, so none escapes the checks.
macro_rules! table {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        pub struct $name { $($(#[$field_meta])* pub $field: $ty,)* }

        #[cfg(test)]
        impl $crate::engine::text::tests::Walk for $name {
            fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
                $($crate::engine::text::tests::Walk::walk(&self.$field, &format!("{path}.{}", stringify!($field)), out);)*
            }
        }
    };
}

mod host;
pub use host::HostTexts;

table! {
    /// A choice on the form: what it says and a one-line explanation.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Choice {
        pub label: &'static str,
        pub help: &'static str,
    }
}

table! {
    /// A need: its form choice, the short name used inside sentences, and its help line.
    #[derive(Clone, Copy, Debug)]
    pub struct NeedText {
        pub label: &'static str,
        pub short: &'static str,
        pub help: &'static str,
    }
}

table! {
    /// An outcome's portrait.
    #[derive(Clone, Copy, Debug)]
    pub struct TypeText {
        /// The bare word, for badges and bars ("stabilizer").
        pub label: &'static str,
        /// With its article, for sentences ("the stabilizer", « l'industrialisateur »).
        pub the: &'static str,
        pub name: &'static str,
        pub tagline: &'static str,
        pub portrait: &'static str,
    }
}

table! {
    #[derive(Clone, Copy, Debug)]
    pub struct MissionText {
        pub title: &'static str,
        pub detail: &'static str,
    }
}

/// Singular and plural: `[one, many]`.
pub type Plural = [&'static str; 2];

pub(super) const fn choice(label: &'static str, help: &'static str) -> Choice {
    Choice { label, help }
}

pub(super) const fn need(label: &'static str, short: &'static str, help: &'static str) -> NeedText {
    NeedText { label, short, help }
}

pub(super) const fn mission(title: &'static str, detail: &'static str) -> MissionText {
    MissionText { title, detail }
}

table! {
    /// Why no CTO: each part of the rule, and what to look for instead, by size.
    #[derive(Debug)]
    pub struct NoCtoText {
        /// The needs that name the role (`{needs}`), one or several.
        pub needs: fn(Role) -> Plural,
        /// The result's tagline and portrait, by the role needed.
        pub tagline: fn(Role) -> &'static str,
        pub portrait: fn(Role) -> &'static str,
        pub staff_tools: &'static str,
        pub nothing_to_build: &'static str,
        /// An IT department's app: its project.
        pub it_dept_project: &'static str,
        /// Software is what the business sells, already built.
        pub product_built: &'static str,
        pub no_team: &'static str,
        /// The person who held the role left, and no post is advised.
        pub cto_left_no_post: &'static str,
        pub no_team_one: &'static str,
        /// A CTO in place, or one who has left, beside a verdict that is not a CTO.
        pub cto_in_place: &'static str,
        /// Whoever leads IT in place, where the software is staff tools: another role beside them.
        pub it_in_place: &'static str,
        pub cto_left: &'static str,
        /// The one who ran IT has left: the same seat to fill again.
        pub it_left: &'static str,
        /// ...an IT manager's seat: the provider steps up while the organisation hires.
        pub it_left_manager: &'static str,
        pub it_left_team: &'static str,
        /// Someone already runs IT: the first advice strengthens that seat.
        pub in_place_it: &'static str,
        /// One person runs IT: kept as the contact, a provider beside.
        pub in_place_one: &'static str,
        pub cto_in_place_one: &'static str,
        /// A CIO in place with a department: reinforcements beside them.
        pub in_place_dept: &'static str,
        /// Figures asked by a firm of a few with nobody in tech: its business software's exports.
        pub data_small: &'static str,
        /// A small shop's figures: its shop service's and till's.
        pub shop_data: &'static str,
        /// ...a non-profit's: its donors and members.
        pub data_small_members: &'static str,
        /// A small firm whose software supports what it sells (a site, an app): its figures in them, not on file servers.
        pub data_small_site: &'static str,
        /// Past a thousand people: a head of data with a team of its own.
        pub data_team_large: &'static str,
        /// A security consultant's plan carried out by the IT provider, nobody in IT.
        pub security_plan_provider: &'static str,
        /// A ready-made service chosen for a first version: if none fits, a part-time CTO writes the brief.
        pub shop_none_fits: &'static str,
        pub shop_none_fits_one: &'static str,
        /// A non-profit's business software: its sector's vendors, similar non-profits and its federation.
        pub business_software_first_nonprofit: &'static str,
        /// The app's product owner beside the developers who build it, their head named.
        pub app_project_team: &'static str,
        /// A public body's project lead and part-time CIO: a mission bought by public tender (fr101 M4).
        pub change_project_lead_public: &'static str,
        pub change_project_lead_to_name_public: &'static str,
        pub cio_backing_hire_public: &'static str,
        /// Software being chosen: a few days of project-owner support for the specification and the demos (fr101 M2).
        pub cio_backing_choice: &'static str,
        pub cio_backing_choice_public: &'static str,
        /// How a day rate says it is before tax ("€ HT"), and the note a non-profit then reads.
        pub before_tax: &'static str,
        pub vat_nonprofit: &'static str,
        /// ...and the reason: the figures and the tools that give them, a few days' work.
        pub data_small_reason: &'static str,
        /// A small shop's tills, computers and network.
        pub shop_it: &'static str,
        /// A small association's computers, network and ticketing.
        pub venue_it: &'static str,
        pub data_beside_small: &'static str,
        /// Figures past a large organisation's size: a head of data's.
        pub data_beside_team: &'static str,
        /// A group's company: its group's CISO first.
        pub ciso_group: &'static str,
        /// Security alone in a small firm: a check-up first.
        pub security_checkup: &'static str,
        /// ...two or more in IT.
        pub security_checkup_team: &'static str,
        /// ...where nobody is in IT: the provider carries out the plan.
        pub security_checkup_provider: &'static str,
        /// ...clients asking for their security: a consultant's few days for their questionnaires.
        pub security_checkup_clients: &'static str,
        /// ...a platform kept by its developers, hosted by a provider.
        pub security_checkup_host: &'static str,
        /// A public body's security: the national agency's schemes and the regional response centre.
        pub security_public: &'static str,
        /// A change led beside whoever runs IT: a project director for the project itself.
        pub change_project_lead: &'static str,
        /// A small public body's change with nobody in IT: pooling, or a provider by tender.
        pub change_no_it_public: &'static str,
        /// Its IT costs alone: an IT consultant; a small firm's chamber first; a data tool's project lead.
        pub it_costs: &'static str,
        /// An IT team of twenty or more, who leads it unsaid: its head kept, or the seat filled first.
        pub head_unsaid: &'static str,
        pub business_software_first: &'static str,
        /// An IT manager over a team of five or more: its lead.
        pub it_manager_team_first: &'static str,
        pub it_costs_chamber: &'static str,
        pub data_tool_project: &'static str,
        /// A first online service asked beside an IT team's work: ready-made or the vendor's module first.
        pub online_service: &'static str,
        pub online_service_public: &'static str,
        pub change_small_it: &'static str,
        /// ...its roadmap, processes or budget asked, no change: written with that person, a part-time CIO beside.
        pub roadmap_beside_it: &'static str,
        /// ...its processes asked, neither a change nor a roadmap: its rules set with that person.
        pub processes_beside_it: &'static str,
        /// The one person who ran IT has left; a public body's IT lead has left.
        pub it_left_one: &'static str,
        /// The one person who ran a small organisation's IT gone: a provider rather than a post.
        pub it_left_small: &'static str,
        /// A small organisation's change with nobody in IT: the route says the project; this, its computers.
        pub change_no_it: &'static str,
        pub it_left_public: &'static str,
        pub it_one_left: &'static str,
        pub cto_in_place_dept: &'static str,
        /// No tech team given: read as none, and said so.
        pub no_team_unsaid: &'static str,
        /// Security alone, from a large organisation's size: a full-time CISO.
        pub ciso_full: &'static str,
        /// A public body's: the security policy and the accreditation.
        pub ciso_full_public: &'static str,
        /// A small shop's first site or app: a ready-made platform set up by an agency.
        pub shop_platform: &'static str,
        pub shop_platform_service: &'static str,
        /// The same, with an IT team: it runs the choice.
        pub business_software_team: &'static str,
        /// IT operations asked for its projects, processes, data or roadmap, not its computers.
        pub it_projects_portrait: &'static str,
        pub shop_platform_service_public: &'static str,
        /// ...under ten people: a subscription, no agency.
        pub shop_platform_small: &'static str,
        /// A CIO for an organisation under a large one's size: part time may do.
        pub cio_small: &'static str,
        /// A part-time CIO backing the one who runs IT, or the IT manager to hire.
        pub cio_backing: &'static str,
        /// ...an IT manager still to hire.
        pub cio_backing_hire: &'static str,
        /// A change an IT manager leads.
        pub it_manager_change: &'static str,
        /// IT operations with data among the needs: data is said apart.
        pub data_beside_it: &'static str,
        /// ...and what to look for, for the data.
        pub data_too: &'static str,
        pub data_office: &'static str,
        pub data_too_public: &'static str,
        /// A group's company: what the group's IT already carries.
        pub group_it: &'static str,
        /// A small public body's first advice: pooling, or a provider by tender.
        pub managed_it_public_first: &'static str,
        pub data_office_public: &'static str,
        pub vendor_project_reason: &'static str,
        pub vendor_project_tagline: &'static str,
        pub vendor_project_portrait: &'static str,
        pub vendor_project_portrait_mid: &'static str,
        pub vendor_project_portrait_public: &'static str,
        pub business_software_consultant: &'static str,
        /// ...in a group's company: the group's IT first.
        pub business_software_group: &'static str,
        pub change_project_lead_to_name: &'static str,
        pub platform_vendor_first: &'static str,
        pub business_software_public_first: &'static str,
        pub business_software_public: &'static str,
        pub head_unsaid_org: &'static str,
        pub business_software_sector: &'static str,
        pub cio_large: &'static str,
        pub public_pooled_scope: &'static str,
        pub in_place_it_group: &'static str,
        pub no_team_runs: &'static str,
        /// Hosting asked beside a developer or a few who keep the platform's code.
        pub dev_keeps_code: &'static str,
        pub devs_keep_code: &'static str,
        pub in_place_two: &'static str,
        pub in_place_two_unsaid: &'static str,
        pub managed_it_public_referent: &'static str,
        pub cio_group: &'static str,
        /// ...where a CIO with a department is in place.
        pub group_it_held: &'static str,
        /// A public body's pooled IT (a hospital group's, local authorities' joint bodies) first.
        pub public_pooled: &'static str,
        /// ...in a large organisation: a head of data and a small team.
        pub data_team: &'static str,
        /// An IT department's developers on staff tools: their head, under the IT director.
        pub dev_head_it: &'static str,
        /// ...under an IT manager (no IT director): a lead developer among them.
        pub dev_lead_it_manager: &'static str,
        pub dev_head_it_large: &'static str,
        pub dev_head_it_large_public: &'static str,
        pub dev_head_it_public: &'static str,
        /// An IT department's app: a product owner under the CIO.
        /// A client platform under load, beside a CIO: an architect or a head of development, managed hosting.
        pub scale_beside_cio: &'static str,
        pub app_project: &'static str,
        pub data_small_portrait: &'static str,
        /// A small organisation's figures: the banner and the portrait.
        pub data_small_tagline: &'static str,
        /// ...a large public body's (a hospital's medical information department).
        pub data_team_public: &'static str,
        /// A small shop's site: a ready-made service, then a few days of advice if torn between several.
        pub shop_advice: &'static str,
        pub shop_load: &'static str,
        pub data_tool_choose: &'static str,
        pub business_software_it: &'static str,
        pub business_software_hire: &'static str,
        pub business_software_hire_public: &'static str,
        pub data_from_chosen: &'static str,
        /// A small organisation choosing its business software: its trade's vendors, a few days of advice.
        pub business_software: &'static str,
        /// The why line of a shop's site: a choice of service, not a seat.
        pub site_not_seat: &'static str,
        pub data_tools_reason: &'static str,
        pub site_not_seat_service: &'static str,
        /// Quality and security asked of IT: its security (not a clinic's quality of care).
        pub it_security: &'static str,
        /// A small shop's or association's site: settled with a ready-made service.
        pub shop_tagline: &'static str,
        pub shop_portrait: &'static str,
        pub shop_portrait_small: &'static str,
        /// ...a non-profit's or a public body's.
        pub shop_portrait_service: &'static str,
        pub shop_portrait_public: &'static str,
        /// A one-off question outside a funded startup: no raise nor due diligence.
        pub audit_plain: &'static str,
        /// A CTO in place where the need is IT or a digital change: they hold a CIO's seat.
        pub cto_in_place_cio: &'static str,
        /// IT operations with security asked, from a large organisation's size: a CISO too.
        pub ciso_too: &'static str,
        /// A company's: part time, an outsourced CISO (not shared with other bodies, a public one's way).
        pub ciso_too_firm: &'static str,
        /// The tech team given works on staff tools: an IT team.
        pub it_team: &'static str,
        /// A few people beside a business that sells something else.
        pub it_team_beside: &'static str,
        pub it_one_beside: &'static str,
        pub it_team_services: &'static str,
        /// One person in tech, on staff tools: a post, not a team.
        pub it_one: &'static str,
        pub instead_heading: &'static str,
        /// Under 50 people, 50 to 249, from 250.
        pub instead: [&'static str; 3],
        /// ...the IT director over an IT team already there.
        pub it_director_team: &'static str,
        /// ...a public body's IT manager leading its change.
        pub it_manager_change_public: &'static str,
        pub instead_build: &'static str,
        /// For the roles other than IT operations: who, and what it costs.
        pub instead_role: fn(Role) -> &'static str,
    }
}

table! {
    /// The "why" list.
    #[derive(Debug)]
    pub struct WhyText {
        pub heading: &'static str,
        pub against_heading: &'static str,
        /// `{n}` points to `{type}`.
        pub badge: &'static str,
        /// By the headcount's type; `{n}`, `{people}`, `{low}` and `{high}` (the source's bounds).
        pub size: fn(CtoType) -> &'static str,
        /// By the type across the bound; `{n}`, `{people}`, `{bound}`.
        pub near_bound: fn(CtoType) -> &'static str,
        /// The headcount is the bound itself; `{n}`, `{people}`, `{type}` (with its article): one person
        /// fewer, or one more, gives that type.
        pub at_bound: [&'static str; 2],
        /// Right at a bound, the type across it being the result: still within reach.
        pub at_bound_kept: &'static str,
        /// Right at a bound that one person more or fewer would not cross: the tech team weighs more.
        pub at_bound_team: [&'static str; 2],
        pub team_none: &'static str,
        /// Nobody in tech, a product already out (built by a provider): someone to take it in hand.
        pub team_none_running: &'static str,
        pub team_to_hire: &'static str,
        /// By the team's type; `{n}`, `{people}`.
        pub team: fn(CtoType) -> &'static str,
        /// A tech team of one, who is the CTO (a CTO in place, a solo founder).
        pub team_is_cto: &'static str,
        /// One person in IT in place over software that serves the business.
        pub team_it_person: &'static str,
        pub team_it_people: &'static str,
        /// Developers on staff beside a part-time seat that steers the build; `{n}`, `{people}`.
        pub team_steered: &'static str,
        /// A CTO in place asked for data: a data hire beside them.
        pub data_beside_cto: &'static str,
        /// Security alone asked: a consultant or a part-time CISO for a certification, beside the CTO.
        pub security_beside_cto: &'static str,
        pub ciso_beside_cto: &'static str,
        pub stage: fn(Stage) -> &'static str,
        /// By the type the needs pull to; `{needs}`.
        pub needs: fn(CtoType) -> Plural,
        pub universal_needs: Plural,
        pub staff_it: &'static str,
        pub software: fn(Software) -> &'static str,
        /// Staff tools only, the seat under the head of IT (as its ad says): who keeps IT operations.
        pub software_internal_seat: &'static str,
        /// Software that serves the business, the seat its IT department's head (a CIO).
        pub software_cio: &'static str,
        /// Only a headcount given: the result is read from size alone.
        pub size_only: &'static str,
        pub size_needs_part_time: &'static str,
        pub size_team_only: &'static str,
    }
}

table! {
    /// The runner-up and its tips.
    #[derive(Debug)]
    pub struct RunnerUpText {
        pub heading: &'static str,
        pub by_size_heading: &'static str,
        /// A tie or one point behind (`{type}`): the tips then say what decides.
        pub close_heading: &'static str,
        pub none_heading: &'static str,
        /// With no CTO needed: what would call for one (the tips follow).
        pub none_intro: &'static str,
        pub tips_intro: &'static str,
        /// Before several tips, any one of which would do.
        pub tips_intro_any: &'static str,
        /// Another role than a CTO, and no change of the answers close enough: what a CTO would take.
        pub none_no_tip: &'static str,
        /// ...where a first version or a design was asked all the same.
        pub none_no_tip_asked: &'static str,
        pub no_tip: &'static str,
        pub add_any: &'static str,
        pub add_all: &'static str,
        pub drop_any: &'static str,
        pub drop_all: &'static str,
        pub headcount: &'static str,
        pub team: &'static str,
    }
}

table! {
    /// The twelve hats section.
    #[derive(Debug)]
    pub struct HatsText {
        pub heading: &'static str,
        /// Past a small startup (a department to lead, or a large company): the same hats, shared out.
        pub heading_large: &'static str,
        /// ...in an IT department led by its CIO.
        pub heading_cio: &'static str,
        pub intro: &'static str,
        /// `{n}`, `{people}`: the tech team the split is read from.
        pub team_given: &'static str,
        pub team_none: &'static str,
        /// A part-time seat with no tech team: the hats it keeps, the rest to the agency or the providers.
        pub team_none_part_time: &'static str,
        pub team_assumed: &'static str,
        /// Wear it, share it, hand it over.
        pub roles: [&'static str; 3],
        pub hat: fn(Hat) -> Choice,
        pub priority_badge: &'static str,
        pub priorities_note: &'static str,
        pub opinion: &'static str,
    }
}

table! {
    /// One of the source's pay bands.
    #[derive(Clone, Copy, Debug)]
    pub struct PayBand {
        pub label: &'static str,
        pub amount: &'static str,
    }
}

table! {
    /// The "as you grow" and "profile to look for" sections.
    #[derive(Debug)]
    pub struct GrowText {
        pub heading: &'static str,
        /// By type: when the next step comes; `{bound}`.
        pub next: fn(CtoType) -> &'static str,
        /// When the headcount is already past the type's bound: the step comes with the team; `{team}`
        /// people in tech, and `{type}`, the next type with its article.
        pub next_by_team: &'static str,
        /// Below the headcount bound with a tech team given: the team decides more than the headcount.
        pub next_given: &'static str,
        /// The tech team given is most of the way to the next step (`{n}`, `{people}`): it starts now.
        pub next_now: &'static str,
        pub hand_over_title: &'static str,
        pub take_on_title: &'static str,
        pub keeps_title: &'static str,
        /// For the hacker and the stabilizer: what to hand over and to take on at the next step.
        pub hand_over: [&'static [&'static str]; 2],
        pub take_on: [&'static [&'static str]; 2],
        /// The industrializer's last line to take on: budgets before the organisation's own governing bodies.
        pub take_on_board: fn(Option<Org>) -> &'static str,
        /// What the industrializer keeps from the earlier steps.
        pub keeps: &'static [&'static str],

        pub profile_heading: &'static str,
        pub skills_title: &'static str,
        pub skills_dev: &'static str,
        pub skill_data: &'static str,
        pub skills_human: &'static str,
        pub background_title: &'static str,
        pub background: &'static str,
        pub ladder_title: &'static str,
        pub ladder: [&'static str; 5],
        /// By type: where the post usually sits on the ladder.
        pub position: fn(CtoType) -> &'static str,
        /// An interim's: someone who has taken over what others built.
        pub position_interim: &'static str,
        /// An interim over a team: the interim's record, then the permanent seat's (stabilizer, industrializer).
        pub position_interim_team: [&'static str; 2],
        /// A builder outside a startup: no founder who codes.
        pub position_builder: &'static str,
        pub position_cio: &'static str,
        /// A CTO in place: the profile to grow them towards.
        pub coach_position: fn(CtoType) -> &'static str,
        pub pay_title: &'static str,
        /// Junior, senior, expert.
        pub pay_bands: [PayBand; 3],
        pub pay_caveat: &'static str,
        /// `{band}` and `{because}`: the widget's reading.
        pub pay_reading: &'static str,
        pub because_small: &'static str,
        /// `{org}`: "your company" or "your organisation" (`your_org`).
        pub because_headcount: &'static str,
        pub your_org: fn(Option<Org>) -> &'static str,
        pub because_team: &'static str,
        /// ...run by a VP of Engineering beside the CTO.
        pub because_team_vp: &'static str,
        pub because_team_head: &'static str,
        /// ...led by the person promoted from within: a first CTO seat, paid as such.
        pub because_team_promoted: &'static str,
        /// A builder's seat in a larger organisation: hands on, capped at the senior band.
        pub because_hands_on: &'static str,
        /// The reading for a CIO's seat: the source's band, a CIO's at that size.
        pub pay_reading_cio: &'static str,
        /// The industrializer's next step read as a CIO's seat.
        pub next_cio: &'static str,
        pub because_stage: fn(Stage) -> &'static str,
        pub because_beyond: &'static str,
    }
}

table! {
    /// The job ad and its buttons.
    #[derive(Debug)]
    pub struct JobText {
        pub heading: &'static str,
        pub intro: &'static str,
        pub copy: &'static str,
        pub copied: &'static str,
        pub copy_refused: &'static str,
        pub download: &'static str,
        /// Said beside the ad, never inside it.
        pub beside: &'static str,
        /// The ad's short title, as a job board wants it: a CTO, a part-time CTO, an interim CTO.
        pub title_cto: &'static str,
        pub title_part_time: &'static str,
        pub title_interim: &'static str,
        /// A part-time seat: it chooses, briefs and steers the building, rather than coding it.
        pub headline_part_time: &'static str,
        pub headline_part_time_app: &'static str,
        pub headline_part_time_next: &'static str,
        pub role_part_time: &'static str,
        /// A part-time seat over what already runs (nothing to build).
        pub headline_part_time_running: &'static str,
        /// A product taken back from an agency, a few days a week.
        pub headline_part_time_takeover: &'static str,
        pub role_part_time_running: &'static str,
        pub role_part_time_running_team: &'static str,
        /// Nobody in tech, tools running: take them in hand and steer the providers.
        pub role_part_time_services: &'static str,
        /// Developers on staff build it: the part-time seat frames and guides them.
        pub role_part_time_team: &'static str,
        pub role_part_time_team_running: &'static str,
        pub must_part_time_takeover: &'static str,
        /// A part-time seat over a product running with developers on staff.
        pub must_part_time_running: &'static str,
        /// After a promoted lead's pay reading: the band of an outside hire, as in the ad.
        pub pay_promote_outside: &'static str,
        /// A product an agency built, taken back in house part time.
        pub role_part_time_takeover: &'static str,
        /// A part-time seat's first version, built by the developers on staff.
        pub part_time_first_version_team: &'static str,
        /// ...with the one developer on staff.
        pub part_time_first_version_one: &'static str,
        pub role_part_time_one: &'static str,
        pub role_part_time_running_one: &'static str,
        pub headline_part_time_next_one: &'static str,
        /// A part-time seat does not run the servers day to day: it oversees whoever does.
        pub part_time_infrastructure: &'static str,
        /// The headline of a lead over developers whose software serves the business.
        pub headline_lead_platform: &'static str,
        /// ", {n} of them in the technology department": twenty or more in tech.
        pub tech_department: &'static str,
        pub tech_team_one: &'static str,
        /// An IT department's indicators, for its CIO.
        pub cio_dashboard: &'static str,
        /// The clients' line of a public body's or a non-profit's ad.
        pub nice_public_clients: &'static str,
        /// A VP of Engineering's first mission.
        pub vp_delivery: &'static str,
        /// A part-time seat over developers on staff.
        pub must_team_part_time: &'static str,
        pub headline_interim: &'static str,
        /// A public body's interim: its digital director's words, `[headline, role]`.
        pub interim_public: [&'static str; 2],
        /// The must-haves as skills, for a text that is not an ad (a CTO in place, founders).
        pub must_skills: fn(CtoType) -> &'static [&'static str],
        /// The investors' nice-to-have, outside a startup.
        pub nice_funders: &'static str,
        /// The VP of Engineering's seat beside a CTO in place.
        pub title_vp: &'static str,
        /// The one line under the title, by type ("Hands-on, to build our first version").
        pub headline: fn(CtoType) -> &'static str,
        /// Software that serves the business, not what it sells: an application, not a product.
        pub headline_app: fn(CtoType) -> &'static str,
        pub headline_vp: &'static str,
        pub about_heading: &'static str,
        /// `{org}` (the kind of organisation, with its article), `{n}`, `{people}`.
        pub company: &'static str,
        /// "a startup", "a public body"; unanswered, "a company".
        pub org: fn(Option<Org>) -> &'static str,
        pub company_unknown: &'static str,
        /// A CTO in place: the role's profile to grow toward, not an ad.
        pub title_profile: &'static str,
        pub coach_line: &'static str,
        pub coach_line_lead: &'static str,
        /// Past the typology: the pay is a search firm's brief.
        pub pay_search: &'static str,
        /// A one-person company: `{org}`.
        pub company_solo: &'static str,
        /// The stage, as a sentence of its own: "We are growing fast." (a solo founder's ad).
        pub stage: fn(Stage) -> &'static str,
        /// The stage, as the end of the company's sentence: ", and we are growing fast".
        pub stage_clause: fn(Stage) -> &'static str,
        /// Launched, for a public body or a non-profit: a service and its users, not a product and customers.
        pub launched_service: &'static str,
        /// A public body's or a non-profit's service, scaling.
        pub scaling_service: &'static str,
        /// Joined after the company: ", 6 of them in tech".
        pub tech_team: &'static str,
        pub no_tech_team: &'static str,
        /// Everyone is in tech (founders who all build).
        pub all_tech: &'static str,
        pub about_placeholder: &'static str,
        pub stack_placeholder: &'static str,
        /// Past the MVP, the stack is known: no "to be chosen".
        pub stack_placeholder_known: &'static str,
        pub role_heading: &'static str,
        pub role: fn(CtoType) -> &'static str,
        /// For a hands-on leader once the first version exists.
        pub role_hands_on: &'static str,
        /// Whom the post reports to: `{head}`, by type.
        pub reports: fn(CtoType) -> &'static str,
        /// The head of the organisation, with the preposition ("to the CEO", « au CEO »).
        pub head: fn(Option<Org>) -> &'static str,
        pub cofounder_line: &'static str,
        /// A co-founder works beside the founder who runs the company, rather than reporting to them.
        pub reports_cofounder: &'static str,
        /// Founders who all build: the text is for the one of them who takes the seat.
        pub founder_line: &'static str,
        pub founder_solo_line: &'static str,
        /// The VP of Engineering's role and whom they report to.
        pub role_vp: &'static str,
        pub role_cofounder_left: &'static str,
        pub role_vp_public: &'static str,
        pub reports_vp: &'static str,
        pub reports_vp_public: &'static str,
        /// An interim CTO's role: the seat held while the company recruits.
        pub role_interim: &'static str,
        pub fractional_line: &'static str,
        /// A part-time seat that may stay one (software that serves the business).
        pub fractional_lasting: &'static str,
        /// A part-time seat while a first version is built.
        pub fractional_building: &'static str,
        pub fractional_next_line: &'static str,
        pub fractional_in_place_line: &'static str,
        /// A small team's interim: part time beside the senior developer.
        pub interim_part_time_line: &'static str,
        pub missions_heading: &'static str,
        pub must_heading: &'static str,
        pub must: fn(CtoType) -> &'static [&'static str],
        /// `{board}` in the must-haves: the organisation's own governing bodies.
        pub board: fn(Option<Org>) -> &'static str,
        /// The industrializer's first must-have when the tech team is small.
        pub must_exec_small: &'static str,
        /// A lead promoted over a team of twenty or more in a small firm.
        pub must_promote_large: &'static str,
        /// The must-haves' heading when the text is not an ad (a CTO in place, founders).
        pub must_heading_internal: &'static str,
        /// The stabilizer's headline and role while the first version is still being built.
        pub headline_building: &'static str,
        /// A stabilizer over a few developers, no hiring asked: leading them, not growing the team.
        pub headline_lead: &'static str,
        pub role_lead: &'static str,
        /// A stabilizer over software that serves the business: tools that last, not a product.
        pub role_support: &'static str,
        pub must_lead: &'static str,
        pub role_building: &'static str,
        /// The qualities the type calls for most.
        pub qualities: fn(CtoType) -> &'static str,
        pub experience: &'static str,
        pub nice_heading: &'static str,
        /// What a ticked need adds to the profile sought.
        pub nice: fn(Need) -> &'static str,
        pub offer_heading: &'static str,
        /// `{range}`: the gross annual range.
        pub pay: &'static str,
        /// Junior, senior, expert.
        pub pay_ranges: [&'static str; 3],
        /// A part-time or interim seat: paid by the day, not by the year.
        pub pay_day_rate: &'static str,
        /// One-to-ones with a team of one: that person.
        pub one_to_one_one: &'static str,
        /// An interim over forty engineers or more: a senior interim's rate.
        pub pay_day_rate_senior: &'static str,
        /// A public body pays on its scale.
        pub pay_public: &'static str,
        pub equity: &'static str,
        /// Past a startup's size (a group, a large firm): variable pay and benefits, not equity.
        pub benefits: &'static str,
        /// A public body: benefits, no variable pay to speak of.
        pub benefits_public: &'static str,
        pub location: &'static str,
        pub start: &'static str,
        pub contract: &'static str,
        pub contract_part_time: &'static str,
        /// A public body's part-time seat: a procurement, not a hire.
        pub contract_public_service: &'static str,
        /// An interim mission: its form, length and days.
        pub contract_interim: &'static str,
        pub contract_interim_part_time: &'static str,
        /// A co-founder: a status and a share of the capital, not a contract type.
        pub contract_cofounder: &'static str,
        /// A firm that is not a startup: the partner joins a company set up for the product.
        pub contract_cofounder_venture: &'static str,
        /// A public body: civil servant or contract staff.
        pub contract_public: &'static str,
        /// A non-profit pays on its own grid.
        pub pay_grid: &'static str,
        /// A co-founder is paid mostly in equity: the salary is the company's to say.
        pub pay_cofounder: &'static str,
        pub apply_heading: &'static str,
        /// The hiring steps and whom to contact.
        pub apply: [&'static str; 2],
        /// The hiring steps' placeholder for a public body (a panel) and for a partner (meetings, work together).
        pub apply_public: &'static str,
        /// An interim's steps: a meeting, references.
        pub apply_interim: &'static str,
        pub apply_public_service: &'static str,
        pub apply_partner: &'static str,
        /// A public body's seat below its executive: the head of its digital service.
        pub title_public_lead: &'static str,
        /// A co-founding CTO, as a job board's title.
        pub title_cofounder: &'static str,
        pub title_unsaid: &'static str,
        /// A public body or a non-profit that said only its size.
        pub title_seat_to_define: &'static str,
        pub unsaid_line: &'static str,
        pub unsaid_body_line: &'static str,
        pub cio_first_version: &'static str,
        pub role_cio: &'static str,
        pub role_cio_plain: &'static str,
        pub headline_cio: &'static str,
        /// An IT department's director, beside the business.
        pub title_cio: &'static str,
        /// Under thirty engineers beside a CTO.
        pub title_head_eng: &'static str,
        /// A public body's seat: its own title (a chief digital officer).
        pub title_public: &'static str,
        /// A non-profit's seat: a head of technology.
        pub title_nonprofit: &'static str,
        /// Software for the staff (`software=internal`): the head of a software team, not a CTO.
        pub title_internal: &'static str,
        pub headline_internal: &'static str,
        pub role_internal: &'static str,
        pub reports_internal: &'static str,
        /// A hands-on builder for a product that is already out.
        pub headline_running: &'static str,
        /// Software that supports what the business sells (a shop's site): no "product" to make last.
        pub headline_support: &'static str,
        pub launched_support: &'static str,
        /// A hands-on builder with a team of four or more: codes a good part, then hands over.
        pub role_with_team: &'static str,
        /// Founders who all build: the company in one sentence.
        pub company_founders: &'static str,
        /// A co-founder joining two or more founders: no pair.
        pub reports_founders: &'static str,
        /// An interim holds the roadmap in course; the next CTO sets it.
        pub interim_roadmap: &'static str,
        /// A part-time seat has the first version built, not built by itself.
        pub part_time_first_version: &'static str,
        pub must_part_time: [&'static str; 2],
        /// A VP of Engineering's record: an organisation with managers, delivery through them.
        /// An interim's must-haves below a department: the seat held, the code audited.
        pub must_interim: [&'static str; 2],
        /// Outside a startup: an architecture defended before management, not investors.
        pub must_interim_firm: [&'static str; 2],
        pub must_vp: [&'static str; 2],
        /// A group's company: a subsidiary.
        pub subsidiary: &'static str,
        pub scale_up: &'static str,
        /// The industrializer's delivery, across teams.
        pub nice_delivery_scale: &'static str,
        /// A co-founder's or a founder's pay: equity first; `{band}`.
        pub seat_equity: &'static str,
        /// A technical partner joining: part equity, part salary (as the route says).
        pub seat_equity_partner: &'static str,
        /// A day rate's reading (part-time, interim): `{band}` places the permanent seat.
        pub pay_day_reading: &'static str,
        pub pay_day_reading_equity: &'static str,
        /// ...a public body's or a non-profit's, paid on its own scale.
        pub pay_day_reading_grid: &'static str,
        pub pay_day_reading_senior: &'static str,
        /// A founder alone; the one of a team past the start who takes the title.
        pub pay_own_seat: &'static str,
        pub pay_title_raise: &'static str,
        pub pay_unsaid: &'static str,
        pub pay_unsaid_body: &'static str,
        /// A public body's or a non-profit's own engineer taking the title: the grid.
        pub pay_title_grid: &'static str,
        /// The private band, where a public scale or a non-profit's grid sets the pay.
        pub pay_reading_public: &'static str,
        pub pay_reading_nonprofit: &'static str,
        /// A group's company: the group's pay scales first.
        pub pay_group: &'static str,
        pub pay_day_lasting: &'static str,
        /// A public body's part-time seat, bought as a service.
        pub pay_public_service: &'static str,
        /// A seat described for founders, not advertised.
        pub title_founder: &'static str,
        /// A public body's seat held, described as it grows.
        pub title_profile_public: &'static str,
        /// A public body's VP of Engineering seat.
        pub title_vp_public: &'static str,
        /// At the idea or MVP stage, a startup's board is its raise.
        /// A part-time seat with nobody in tech: scoping, steering a provider, accepting its work.
        pub part_time_missions: [&'static str; 3],
        /// Nobody in tech, a product out, built by a provider: take it in hand, then build the team.
        pub headline_takeover: &'static str,
        pub role_takeover: &'static str,
        pub takeover_mission: &'static str,
        /// An interim secures the architecture in place; the next CTO sets its course.
        pub interim_architecture: &'static str,
        /// A group's company: the group named.
        pub group_placeholder: &'static str,
        /// A VP of Engineering's seat outside a startup.
        pub title_vp_company: &'static str,
        /// A public body's interim seat.
        pub title_interim_public: &'static str,
        /// An interim runs the hiring under way and the processes in place; the next CTO sets new ones.
        pub interim_hiring: &'static str,
        pub interim_next_cto: &'static str,
        pub interim_investors: &'static str,
        pub role_building_new: &'static str,
        /// The hacker's role when a first version is asked while the product already runs: a new product's.
        pub role_hacker_new: &'static str,
        pub interim_processes: &'static str,
    }
}

table! {
    /// How to fill the seat.
    #[derive(Debug)]
    pub struct RouteText {
        pub heading: &'static str,
        pub name: fn(Route) -> &'static str,
        pub why: fn(Route) -> &'static str,
        /// A solo technical founder: the seat is already theirs.
        pub founder_solo: &'static str,
        /// A small shop's or association's site: a web agency or a freelancer (the audit route's name and why).
        pub shop_name: &'static str,
        pub it_trade_name: &'static str,
        pub business_software_public_name: &'static str,
        pub managed_it_public_name: &'static str,
        /// A small public body's online services.
        pub shop_name_public: &'static str,
        /// Under ten people: a subscription they set up themselves.
        pub shop_name_small: &'static str,
        /// A public body's promotion: the grade and the post's description, else an open call.
        pub promote_public: &'static str,
        /// A few in IT already, nobody said to lead them: one of them, or a hire, takes the service.
        pub it_manager_existing: &'static str,
        /// The IT lead gone, a few in IT remain.
        pub it_manager_left_team: &'static str,
        /// A public body's IT manager: where the post is published.
        pub search_public_it: &'static str,
        pub search_public_it_senior: &'static str,
        pub search_public_senior: &'static str,
        /// A public body's CISO: the security policy and the systems' accreditation.
        pub ciso_public: &'static str,
        /// A group's company: someone on site, the link with the group's IT.
        pub it_manager_group: &'static str,
        /// ...two or more in IT: one of them.
        pub it_manager_existing_team: &'static str,
        /// A CIO's seat where no change is asked.
        pub cio_plain: &'static str,
        /// A small organisation's change with nobody in IT: a project with the vendor, `[name, why]`.
        pub change_project: [&'static str; 2],
        pub change_project_choice: [&'static str; 2],
        pub change_project_choice_processes: &'static str,
        pub change_project_light: [&'static str; 2],
        /// A small organisation's figures: its software's exports first.
        pub data_small_why: &'static str,
        pub data_small_name: &'static str,
        /// Someone already runs IT, `[name, why]`: one person backed by a provider, a lead given a CIO's
        /// means, a CIO with a department given more beside them.
        pub in_place_one: [&'static str; 2],
        pub in_place_lead: [&'static str; 2],
        pub in_place_cio: [&'static str; 2],
        /// A startup's co-founding CTO gone at the start: a new partner, and who holds the code till then.
        pub cofounder_left: &'static str,
        /// Everyone builds, past the start: one of them takes the title.
        pub founder_team: &'static str,
        /// ...twenty engineers or more: one of them, not a founder.
        pub founder_team_name: &'static str,
        /// A co-founding CTO gone with nobody else in tech: the part-time CTO alone, the access first.
        pub cofounder_left_alone: &'static str,
        /// A CTO gone from a firm of engineers past its start: the most experienced takes the seat.
        pub promote_left: &'static str,
        pub shop_why: &'static str,
        pub shop_why_public: &'static str,
        pub shop_why_small: &'static str,
        /// An executive seat in a public body: advertised as public jobs are.
        pub executive_public: &'static str,
        pub executive_public_name: &'static str,
        /// A ready-made service, the one IT person leading the project with its vendor.
        pub shop_why_it_person: &'static str,
        pub shop_name_it_person: &'static str,
        pub business_software_name: &'static str,
        pub it_costs_name: &'static str,
        pub it_costs_why: &'static str,
        /// Only the clients' technical questions asked: its provider and vendors, a consultant's days beside.
        pub clients_why: &'static str,
        /// A mid-sized or large organisation's business software chosen.
        pub software_choice_why: &'static str,
        pub software_choice_why_group: &'static str,
        /// A public body's: its pooled services first, then a consultant bought by public order.
        pub it_costs_why_public: &'static str,
        /// A small public body's change with nobody in IT: pooled services first, else project-owner support by
        /// public tender, `[name, why]`.
        pub change_project_public: [&'static str; 2],
        /// A public body's one IT person: kept, pooled services or a provider by public tender behind them.
        pub in_place_one_public: &'static str,
        pub in_place_two: &'static str,
        pub in_place_two_name: &'static str,
        /// The person in place leads a public body's or an organisation's own tools, not a CTO by title:
        /// `[name, why]`.
        pub coach_lead: [&'static str; 2],
        pub fractional_in_place: &'static str,
        /// A public body's part-time seat: pooled services, or an AMO by public tender.
        pub fractional_public: &'static str,
        pub fractional_public_name: &'static str,
        /// A part-time seat over developers beside the business.
        pub fractional_team_support: &'static str,
        pub pilot_position: &'static str,
        /// The growth view of a part-time seat that steers a build: no type comes next.
        pub pilot_next: &'static str,
        pub pilot_next_hiring: &'static str,
        pub pilot_portrait: &'static str,
        /// A part-time seat beside an IT person in place: it steers, it does not code.
        pub pilot_tagline: &'static str,
        /// The same seat over a product the organisation makes: `[tagline, portrait with developers on staff,
        /// portrait with nobody in tech, position, growth]`.
        pub pilot_product: [&'static str; 5],
        /// A product in service whose next versions developers on staff build: tagline, portrait, position, growth.
        pub pilot_next_versions: [&'static str; 4],
        /// ...its portrait with one developer on staff.
        pub pilot_next_versions_one: &'static str,
        /// Over an application, nobody in tech: a freelancer or an agency builds it.
        pub pilot_portrait_provider: &'static str,
        /// One person in IT in place over software that serves the business: they lead on your side.
        pub fractional_in_place_name: &'static str,
        pub fractional_running_name: &'static str,
        /// A part-time seat whose holder has left.
        pub fractional_left: &'static str,
        pub fractional_unsaid_name: &'static str,
        /// A large organisation's IT department beside the business: its director, likelier.
        pub executive_it_department: &'static str,
        /// ...with no app asked.
        pub executive_it_department_plain: &'static str,
        pub executive_it_department_name: &'static str,
        pub executive_it_department_group: &'static str,
        /// A small firm past its start that said nothing: no seat asserted.
        pub fractional_unsaid: &'static str,
        pub fractional_takeover: &'static str,
        /// Under thirty engineers beside a CTO: a head of engineering, not a VP over managers.
        pub head_of_engineering: &'static str,
        pub head_of_engineering_why: &'static str,
        /// A large public body or non-profit that said nothing else: a CIO, likelier.
        pub executive_public_unsaid: &'static str,
        /// The route's name where nothing but the size was said.
        pub seat_to_define: &'static str,
        /// Where to search, if the seat of an IT team's likely head is in fact empty.
        pub search_if_empty: &'static str,
        pub search_if_empty_public: &'static str,
        pub executive_unsaid_small_nonprofit: &'static str,
        /// A non-profit that said nothing else: a CIO, by size; an IT manager or a provider under 250.
        pub executive_unsaid_nonprofit: &'static str,
        pub executive_unsaid_firm: &'static str,
        pub executive_unsaid_small_firm: &'static str,
        /// A public body under 250 that said nothing else: pooled IT or an IT manager.
        pub executive_unsaid_small_public: &'static str,
        /// A solo freelancer whose software serves the trade: no seat, the hosting and security answered.
        pub founder_solo_trade: &'static str,
        /// A promotion before a raise: a real stake.
        pub promote_raise: &'static str,
        /// A CTO gone from a department of forty or more: an acting CTO from its managers.
        pub interim_large: &'static str,
        /// A part-time seat over developers on staff: it guides them.
        pub fractional_team_one: &'static str,
        pub fractional_team: &'static str,
        /// An executive seat in a group's company: the group's own people first.
        pub executive_group: &'static str,
        pub first_hire_group: &'static str,
        /// A first hire with nobody in tech: no one inside to ask.
        pub first_hire_none: &'static str,
        /// Where a large organisation's IT, security or data seat is searched for: a search firm, or the
        /// public job boards.
        pub search_firm: &'static str,
        pub search_public: &'static str,
        pub search_nonprofit: &'static str,
        /// ...past a thousand people: a leadership seat, a search firm that knows the sector first.
        pub search_nonprofit_large: &'static str,
        /// An interim for a small team or a non-profit: part time, or the most senior developer helped.
        pub interim_small: &'static str,
        /// A team of ten to forty: its most followed lead may act, helped part time.
        pub interim_team: &'static str,
        /// A public body's seat just left: `[name, why]`, its deputy or an interim bought by public tender.
        pub interim_public: [&'static str; 2],
        /// An interim where nobody is in tech: the code and accounts taken back from the provider.
        pub interim_none: &'static str,
        /// A small public body's IT: shared services first.
        pub managed_it_public: &'static str,
        /// Promoting a developer before any code is out: the project, not the code.
        pub promote_early: &'static str,
        /// A few founders, one of whom builds: that one is the CTO.
        pub founder_one: &'static str,
        /// Some founders build, not all: the most experienced of them takes the title.
        pub founder_some: &'static str,
        /// An IT manager over an IT team of more than a handful (hiring or delivery asked).
        pub it_manager_team: &'static str,
        /// An executive seat with a small team (fewer than 10 in tech): leadership, and a team to grow.
        pub executive_small: &'static str,
    }
}

table! {
    /// The share control, and the link printed with the result.
    #[derive(Debug)]
    pub struct ShareText {
        pub button: &'static str,
        pub copied: &'static str,
        pub shared: &'static str,
        /// Shown with the link selected when the clipboard is refused.
        pub refused: &'static str,
        /// Printed under the result; `{url}`.
        pub print: &'static str,
        /// The title of the system share sheet.
        pub title: &'static str,
    }
}

table! {
    /// Candidate mode: the switch, the candidate's questions and their result.
    #[derive(Debug)]
    pub struct CandidateText {
        /// The widget's title in candidate mode.
        pub title: &'static str,
        pub mode_legend: &'static str,
        pub mode_company: &'static str,
        pub mode_candidate: &'static str,
        pub intro: &'static str,
        /// The company's questions, worded about the company that hires (not "we").
        pub org_legend: &'static str,
        pub software_legend: &'static str,
        pub software: fn(Software) -> Choice,
        pub needs_legend: &'static str,
        pub led_field: Choice,
        pub did_legend: &'static str,
        pub did_help: &'static str,
        /// What a candidate did, worded for a person ("Hired engineers").
        pub did: fn(Need) -> &'static str,
        /// The company's questions, folded away under this title in candidate mode.
        pub role_form: &'static str,
        pub role_heading: &'static str,
        pub role_missions: &'static str,
        pub result_label: &'static str,
        pub waiting: &'static str,
        pub reads_as: &'static str,
        pub it_operations_name: &'static str,
        /// An IT record read for an IT seat: the trade, without the way to a CTO's seat.
        pub it_operations_portrait_seat: &'static str,
        /// An IT record with no team led: a technician's path.
        pub it_technician_portrait: &'static str,
        /// A builder's record facing a part-time seat that frames and steers the build.
        pub steering_portrait: &'static str,
        /// A few people led: an IT manager's path.
        pub it_manager_portrait: &'static str,
        /// A product or data record: `[name, portrait, "{needs}: that trade's work", advice where the
        /// seat builds by hand, advice otherwise]`.
        pub specialty: fn(Specialty) -> [&'static str; 5],
        /// A security record where the organisation is told to add a CISO beside its CIO.
        pub ciso_seat: &'static str,
        /// A group's company: its group's CISO first; a CISO to add where the CIO's seat is not held.
        pub ciso_group_seat: &'static str,
        pub ciso_seat_open: &'static str,
        /// Under a full-time CISO's bounds: in house or part time, beside whoever runs IT.
        pub ciso_seat_open_shared: &'static str,
        /// A systems and security engineer's record a step below a CISO's seat: what to show for it.
        pub ciso_step_advice: &'static str,
        /// The seat's team is several times the largest led: `{tech}`, `{led}`.
        pub scale_step: &'static str,
        /// ...one person led.
        pub scale_step_one: &'static str,
        pub it_operations_portrait: &'static str,
        pub fit_heading: &'static str,
        pub fit: fn(Fit) -> &'static str,
        /// A strong fit where the organisation opens no post: the fit is with the need.
        pub fit_need: &'static str,
        pub fit_need_partial: &'static str,
        /// The role's reason where a provider, pooled services or the vendor's project carry the need.
        pub provider_reason: &'static str,
        pub vendor_reason: &'static str,
        /// An engineering lead's record facing a CIO's seat whose page names a head of software development.
        pub dev_head_reason: &'static str,
        pub dev_head_advice: &'static str,
        pub provider_reason_public: &'static str,
        pub why_heading: &'static str,
        /// `{n}`, `{people}`, `{type}` (the type that team size reads as).
        pub led: &'static str,
        pub led_none: &'static str,
        pub led_none_steers: &'static str,
        pub led_none_steers_hires: &'static str,
        pub led_none_hires: &'static str,
        pub steer_step_show: &'static str,
        pub seat_interim_public: &'static str,
        pub seat_interim_then_nonprofit: &'static str,
        pub it_seat_much_smaller: &'static str,
        pub data_officer_seat: &'static str,
        pub data_for_chosen_tool: &'static str,
        pub product_owner_seat: &'static str,
        pub data_team_step: &'static str,
        pub data_team_member: &'static str,
        pub it_project_portrait: &'static str,
        pub level_reason_none: &'static str,
        pub level_step_project: &'static str,
        pub suits_it_project: &'static str,
        pub step_department: &'static str,
        /// A stabilizer's seat over a team no larger than the one the record led: what it adds is structure.
        pub step_team_led: &'static str,
        pub it_seat_left_step: &'static str,
        pub interim_senior_developer: &'static str,
        /// One person led: no "up to".
        pub led_one: &'static str,
        /// `{needs}`, `{type}`.
        pub did_reason: &'static str,
        pub ops_reason: &'static str,
        /// The next step toward a CTO's seat from an IT director's record.
        pub step_from_it: &'static str,
        /// `{type}`.
        pub role_reason: &'static str,
        /// The role is not a CTO's: which one.
        pub role_none_reason: fn(Role) -> &'static str,
        /// `{k}` of `{n}` needs done.
        pub coverage: &'static str,
        /// None of the role's needs done yet (`{n}`).
        pub coverage_none: Plural,
        pub thin: &'static str,
        /// An IT record far above one person's IT seat: the reason, and where to aim instead.
        pub seat_below_reason: &'static str,
        /// A security record read for the CISO's seat beside the CIO.
        pub ciso_team_reason: &'static str,
        /// A data record that led a few facing a data office past five thousand people: a step up.
        pub data_office_step: &'static str,
        /// An interim mission a step above the record: for someone who has held such a seat.
        pub seat_interim_step: &'static str,
        /// A security engineer's record facing a CISO's seat.
        pub ciso_step: &'static str,
        /// A data record facing a data office a step or two above it: the teams it will hire.
        pub data_office_member: &'static str,
        pub seat_below: &'static str,
        /// None of the role's needs done: the fit is one step lower.
        pub thin_none: Plural,
        pub matched_heading: &'static str,
        pub gaps_heading: &'static str,
        pub advice_heading: &'static str,
        /// The usual next step toward a type.
        pub step: fn(CtoType) -> &'static str,
        /// For a record bigger than the role, by the role.
        pub over: fn(Outcome) -> &'static str,
        /// `{needs}`: the gaps, worded for a person.
        /// The role is a managed IT provider's: what an IT record can offer instead.
        pub managed_it_advice: &'static str,
        /// A step in scale toward an IT seat: how to take it.
        pub scale_step_it: &'static str,
        /// An IT record a level or two below the seat.
        pub level_step_it: &'static str,
        /// The level's cap, said as the one lowering applied.
        pub level_reason: &'static str,
        /// ...for an IT manager's record.
        pub level_step_manager: &'static str,
        /// A record that fits a seat the organisation is told to give to a provider.
        pub managed_it_strong: &'static str,
        /// The same for a record with no team led: an on-site technician's path.
        pub managed_it_technician: &'static str,
        /// The page advises a project with the software's vendor: that project, its vendors and integrators.
        pub vendor_project_advice: &'static str,
        /// The data officer a public body's page advises beside its IT: the record's seat.
        pub data_officer_reason: &'static str,
        /// A level up facing an IT manager's seat the page gives to one of its few IT people.
        pub level_step_member: &'static str,
        /// The page gives the service to the one person already in IT.
        pub level_step_one: &'static str,
        /// A security record facing a seat that runs IT as a whole.
        pub security_for_it_seat: &'static str,
        /// ...where the page keeps an IT contact in house, a provider behind them.
        pub managed_it_contact: &'static str,
        /// A data seat the organisation is told is not worth a post yet.
        pub data_small_advice: &'static str,
        /// A data engineer's record facing an analyst's seat.
        pub data_engineer_analyst: &'static str,
        /// A product record facing a seat of another trade.
        pub product_for_it_seat: &'static str,
        /// A data record facing an IT seat, where the page advises an analyst or a consultancy for its data.
        pub data_for_it_seat: &'static str,
        /// ...where the page says nothing of data, or the seat is not IT.
        pub data_elsewhere: &'static str,
        /// A record of another trade where the organisation opens no seat.
        pub no_seat_other_trade: &'static str,
        pub no_seat_ready_made: &'static str,
        pub it_seat_left: &'static str,
        /// `{seat}` in the two texts above: the seat as the page names it (an IT manager's, a CIO's).
        pub it_seat_name: [&'static str; 3],
        pub audit_mission: &'static str,
        /// A security firm or a part-time CISO, or managed hosting and a DevOps freelancer, faced by a record of
        /// that trade: a mission at a day rate, not a salaried post.
        pub security_mission: &'static str,
        /// A security record facing an organisation whose provider carries its IT, security included.
        pub security_provider: &'static str,
        /// A systems and security engineer's record: no policy, roadmap or budget carried yet.
        pub security_engineer_portrait: &'static str,
        pub hosting_mission: &'static str,
        pub builder_for_it_seat: &'static str,
        /// A data record that has led a few: a project lead's or a mid-sized head of data's seat.
        pub suits_data_lead: &'static str,
        pub suits_data_engineer_lead: &'static str,
        pub suits_head_of_data: &'static str,
        pub managed_it_public: &'static str,
        pub seek: &'static str,
        /// With no company, which company the record suits; `{low}`, `{high}`.
        pub suits: fn(Outcome) -> &'static str,
        /// ...for a product, data, infrastructure or security record: that trade's seats.
        pub suits_trade: fn(Specialty) -> &'static str,
        /// ...for an IT record, by the team led: a technician's, an IT manager's, a CIO's.
        pub suits_it: [&'static str; 5],
        /// The team led, for a record that reads as another role than a CTO (no type's scale).
        pub led_plain: &'static str,
        /// Work that a smaller type does, in a record that reads as a larger one: a base, not a ceiling.
        pub did_base: &'static str,
        /// The seat is held (a CTO in place) or kept among founders: a reading, not an opening.
        pub seat_not_open: &'static str,
        /// A co-founder's seat: paid mostly in equity.
        pub seat_equity_advice: &'static str,
        /// Needs of the role missing from a record larger than the role: to show if done.
        pub seek_over: &'static str,
        /// The seat open is a VP of Engineering's, under the CTO in place.
        pub seat_vp: &'static str,
        pub seat_head: &'static str,
        pub step_head_seat: &'static str,
        /// A public body hires on its own terms.
        pub public_note: &'static str,
        /// The seat is kept among founders.
        pub seat_founders: &'static str,
        /// The seat is an interim mission, paid by the day.
        pub seat_interim: &'static str,
        /// A data record facing a CTO in place asked for data: the data seat beside them.
        pub data_beside_cto_seat: &'static str,
        /// ...where the record fits the permanent seat that follows the interim.
        pub seat_interim_then: &'static str,
        /// A part-time seat, paid by the day; a public body's bought as a service.
        pub seat_part_time: &'static str,
        pub seat_part_time_public: &'static str,
        /// The seat is an IT department's CIO.
        pub cio_seat_reason: &'static str,
        /// A data record facing a large organisation told to add a head of data.
        pub data_team_reason: &'static str,
        /// A data record for the head of data a large organisation is told to add.
        pub data_team_seat: &'static str,
        /// The company said nothing that calls for a seat.
        pub seat_unsaid: &'static str,
        pub seat_promote: &'static str,
    }
}

table! {
    /// The compact summary that stays in view on narrow widths while the visitor answers.
    #[derive(Debug)]
    pub struct SummaryText {
        /// `{type}`: the runner-up with its article.
        pub close: &'static str,
        pub more: &'static str,
    }
}

table! {
    /// All the widget says, in one language.
    #[derive(Debug)]
    pub struct Texts {
        pub lang_name: &'static str,
        pub lang_switch: &'static str,
        pub title: &'static str,
        /// The standalone page's title and heading.
        pub page_title: &'static str,
        /// When the page's address keeps the answers (the standalone page, `url-state`).
        pub intro: &'static str,
        /// Everywhere else: no claim about the address.
        pub intro_embedded: &'static str,
        pub form_label: &'static str,

        pub headcount: Choice,
        pub tech: Choice,
        pub stage_legend: &'static str,
        pub unsure: &'static str,
        pub stage: fn(Stage) -> Choice,
        pub org_legend: &'static str,
        pub org: fn(Org) -> Choice,
        pub software_legend: &'static str,
        pub software: fn(Software) -> Choice,
        pub cto_legend: &'static str,
        pub cto_today: fn(Incumbent) -> Choice,
        pub needs_legend: &'static str,
        pub needs_help: &'static str,
        pub need_group: fn(NeedGroup) -> &'static str,
        pub need: fn(Need) -> NeedText,
        pub start_over: &'static str,
        /// The compact layout: the optional questions, folded.
        pub more_questions: &'static str,
        /// The compact layout: the rest of the result, one action away.
        pub more_result: &'static str,
        /// A host's call to action with no label of its own.
        pub cta_default: &'static str,

        /// Field names in messages.
        pub field: fn(Field) -> &'static str,
        pub link_errors: &'static str,
        pub not_whole_number: &'static str,
        /// ...a number written in words: `{n}` in figures.
        pub number_in_words: &'static str,
        /// A number followed by words ("4 people"): `{n}`, the number it starts with.
        pub number_with_words: &'static str,
        pub below_min: &'static str,
        /// Below zero where zero is allowed (a tech team, a team led).
        pub below_zero: &'static str,
        pub above_max: &'static str,
        pub tech_above_headcount: &'static str,
        /// `{choices}`: the ids a stage or software answer can take.
        pub unknown_choice: &'static str,
        pub unknown_choice_near: &'static str,
        pub unknown_need: &'static str,
        /// A choice named in a message (`{label}`), quoted: “…” in English, « … » in French.
        pub quoted: &'static str,
        pub unknown_lang: &'static str,
        /// After the values named one by one: `{count}` more left unnamed.
        pub more_errors: &'static str,
        /// `{count}` more values of one field, left out unnamed.
        pub more_values: &'static str,
        /// Remembered answers cannot be read or written (storage blocked or full).
        pub storage_failed: &'static str,

        pub result_label: &'static str,
        pub waiting: &'static str,
        pub you_need: &'static str,
        pub cto: fn(CtoType) -> TypeText,
        pub no_cto: TypeText,
        pub why_no_cto: NoCtoText,
        pub beyond_typology: &'static str,
        /// Past the typology, for a hacker or a stabilizer (a new venture inside a large company).
        pub beyond_team: &'static str,
    /// Past the typology, where the tech team is the IT department beside the business.
    pub beyond_it_department: &'static str,

        pub scores_heading: &'static str,
        pub points: Plural,
        pub why: WhyText,
        pub runner_up: RunnerUpText,
        /// ": " in English, "\u{a0}: " in French.
        pub colon: &'static str,
        /// The noun after a count of people.
        pub people: Plural,
        pub and: &'static str,
        pub or: &'static str,

        /// A stabilizer's later missions once the team has leads: to hand to them now.
        pub delegate_to_leads: &'static str,
        /// The hacker's tagline for a product already out: it runs and moves, hands on.
        pub hacker_running: [&'static str; 2],
        /// The stabilizer over software that serves the business (a shop's site, staff tools): `[tagline, portrait]`.
        pub stabilizer_app: [&'static str; 2],
        /// An IT department's head: the industrializer's seat said as a CIO's (tagline, portrait).
        pub cio_seat: [&'static str; 2],
        /// Training a sales team that a company of a few does not have: the first client meetings.
        pub first_sales: MissionText,
        /// A startup at its start: its board is its raise.
        pub investors_early: MissionText,
        pub missions_heading: &'static str,
        /// By tier and type (the last tier reads "later" for a small team, "through managers" past 50).
        pub tier: fn(Tier, CtoType) -> &'static str,
        pub group: fn(Group) -> &'static str,
        pub matched: &'static str,
        pub mission: fn(Mission) -> MissionText,
        /// A mission in the words of the organisation (`Profile::org_read`): a public body has no
        /// investors nor sales team. The usual words where nothing differs.
        pub mission_for: fn(Mission, Option<Org>) -> MissionText,
        /// A mission as a department's leader (the industrializer) carries it, where that differs.
        pub mission_at_scale: fn(Mission) -> Option<MissionText>,
        pub source_note: &'static str,

        pub hats: HatsText,
        pub grow: GrowText,
        pub job: JobText,
        pub route: RouteText,
        pub share: ShareText,
        pub summary: SummaryText,
        pub candidate: CandidateText,
    }
}

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::EN,
            Lang::Fr => &fr::FR,
        }
    }

    /// Whether `n` takes the singular (French: 0 and 1; English: 1).
    pub fn singular(self, n: u64) -> bool {
        match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        }
    }

    /// The form of `words` for `n`.
    pub fn plural(self, words: Plural, n: u64) -> &'static str {
        words[usize::from(!self.singular(n))]
    }

    /// "person" or "people" after `n`.
    pub fn people(self, n: u64) -> &'static str {
        self.plural(self.texts().people, n)
    }

    /// A whole number as the language writes it: 1,200 in English, 1 200 in French.
    /// A count in prose: two to nine in words, as both languages' style guides write them; one (its gender
    /// and elision in French) and ten or more in figures.
    pub fn count(self, n: u64) -> String {
        const EN: [&str; 8] = ["two", "three", "four", "five", "six", "seven", "eight", "nine"];
        const FR: [&str; 8] = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
        match (self, n) {
            (Lang::En, 2..=9) => EN[n as usize - 2].to_owned(),
            (Lang::Fr, 2..=9) => FR[n as usize - 2].to_owned(),
            _ => self.number(n),
        }
    }

    pub fn number(self, n: u64) -> String {
        let separator = match self {
            Lang::En => ",",
            Lang::Fr => "\u{202f}",
        };
        let digits = decimal(n);
        let mut out = String::with_capacity(digits.len() + 8);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }
}

impl Texts {
    /// "a, b and c" (or "a, b or c"). In an "and" list, an item that already holds "and" ("quality and
    /// security") is split in two, so the list reads "scalability, quality and security"; in an "or"
    /// list a comma before "or" keeps it apart.
    pub fn list(&self, items: &[&str], last_joiner: &str) -> String {
        let and = [" ", self.and, " "].concat();
        let mut parts: Vec<&str> = Vec::with_capacity(items.len() + 1);
        let mut nested = false;
        for item in items {
            // A byte scan, not `str::split`: no substring searcher in the wasm.
            match item.as_bytes().windows(and.len()).position(|w| w == and.as_bytes()) {
                Some(at) if last_joiner == self.and => parts.extend([&item[..at], &item[at + and.len()..]]),
                Some(_) => {
                    nested = true;
                    parts.push(item);
                }
                None => parts.push(item),
            }
        }
        let joiner = if nested { [", ", last_joiner, " "] } else { [" ", last_joiner, " "] };
        match parts.as_slice() {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => [&rest.join(", "), joiner[0], joiner[1], joiner[2], last].concat(),
        }
    }
}

/// `n` in decimal digits, as `n.to_string()` writes it. Hand-written, like `fill` and the other string
/// helpers here: together they keep `core::fmt` (`format!`, `to_string` on numbers) out of the wasm.
pub fn decimal(n: u64) -> String {
    // Filled from the end: u64::MAX has 20 digits.
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut rest = n;
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    digits[start..].iter().map(|&d| char::from(d)).collect()
}

/// Replaces each `{name}` in `template` by its value, in one pass; an unknown `{name}` stays as it is.
/// (Hand-written: `str::replace` with a built pattern ships a string-search routine and `format!`.)
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let name = &after[..close];
            values.iter().find(|(n, _)| *n == name).map(|(_, value)| (*value, &after[close + 1..]))
        });
        match named {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    elide_one_person(&mut out);
    out
}

const ONE_PERSON: &str = "de 1\u{a0}personne";

/// French elides before a vowel: a count of one person reads « d’une personne », never « de 1 personne ».
fn elide_one_person(out: &mut String) {
    // A plain byte scan: `str::find` would bring its substring searcher into the wasm (measured in BENCHMARKS.md).
    if let Some(at) = out.as_bytes().windows(ONE_PERSON.len()).position(|w| w == ONE_PERSON.as_bytes()) {
        out.replace_range(at..at + ONE_PERSON.len(), "d’une\u{a0}personne");
    }
}

/// The sentence with its first letter in upper case. ASCII only, on purpose: Unicode case mapping
/// ships kilobytes of tables, and every text it is given starts with an ASCII letter (a test checks).
pub fn capitalized(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The sentence with its first letter in lower case (ASCII only, as `capitalized`).
pub fn decapitalized(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_lowercase();
    }
    out
}

#[cfg(test)]
mod tests;
