//! The job ad a recruiter can publish: the company from the answers, the role and whom it reports to,
//! the missions that define this type first (then those answering the ticked needs), must-have and
//! nice-to-have, and what is offered, with the pay as a gross annual range for the seniority the
//! answers call for. What only the company knows is a clearly marked placeholder. One structure,
//! rendered as plain text (to copy) and as Markdown (to download); the source's caveat on pay stays
//! beside the ad in the widget, never inside it.

use super::hiring::{seniority_hired, Seniority};
use super::missions::{missions_for, Mission, Tier};
use super::profile::{Lang, Need, Org, Profile, Software, Stage};
use super::result::{interim_part_time, it_department_seat, mission_words, pilots_build, takeover, unsaid, unsaid_body};
use super::route::{route, Route};
use super::scoring::{CtoType, Outcome, LARGE_ORG, TEAM_SMALL, TYPOLOGY_END};
use super::text::fill;

/// How many missions the ad lists at most.
pub const JOB_MISSIONS: usize = 10;
/// How many nice-to-have lines the ticked needs add at most.
const NICE_TO_HAVE: usize = 4;

/// One section of the ad: a heading, then paragraphs, then bullets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: &'static str,
    pub paragraphs: Vec<String>,
    pub bullets: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobAd {
    /// Short, as a job board's title field wants it ("CTO (H/F)").
    pub title: &'static str,
    /// The one line under the title.
    pub headline: &'static str,
    pub sections: Vec<Section>,
}

impl JobAd {
    /// The ad as Markdown: `#` title, `##` sections, `-` bullets.
    pub fn markdown(&self) -> String {
        self.render("# ", "## ")
    }

    /// The ad as plain text, to paste into a job board's form.
    pub fn plain(&self) -> String {
        self.render("", "")
    }

    /// Blocks (title, headings, paragraphs, bullet lists) separated by one blank line.
    fn render(&self, title: &str, heading: &str) -> String {
        let mut blocks: Vec<String> = vec![[title, self.title].concat(), self.headline.to_owned()];
        for section in &self.sections {
            blocks.push([heading, section.heading].concat());
            blocks.extend(section.paragraphs.iter().cloned());
            if !section.bullets.is_empty() {
                blocks.push(section.bullets.iter().map(|b| ["- ", b].concat()).collect::<Vec<_>>().join("\n"));
            }
        }
        let mut out = blocks.join("\n\n");
        out.push('\n');
        out
    }
}

/// A product a provider built, taken in hand by a hire (founders and a CTO in place describe their own seat).
fn taken_over(profile: &Profile, how: Route) -> bool {
    takeover(profile) && !matches!(how, Route::Founder | Route::Cofounder | Route::Coach)
}

/// One person in tech at a public body or a non-profit, on its staff tools: they run its IT, not a developer
/// to guide. (Over a platform that serves its public, that person builds it: a developer; fr99 C1.)
fn lone_it_person(profile: &Profile) -> bool {
    profile.tech == Some(1) && matches!(profile.org_read(), Some(Org::Public | Org::Nonprofit)) && profile.software != Some(Software::Support)
}

/// A part-time seat over a product that runs, developers on staff, nothing asked to be built: it reviews what
/// runs and guides them (the route's words and the ad's missions say so too).
/// (One person in IT at a public body or a non-profit runs its tools: no developer to guide.)
pub fn part_time_running(profile: &Profile, how: Route) -> bool {
    how == Route::Fractional
        && !taken_over(profile, how)
        && !it_department_seat(profile, how)
        && !profile.building()
        && !profile.asks_to_build()
        && profile.in_service()
        && profile.tech.is_some_and(|n| n > 1 || (n == 1 && !lone_it_person(profile)))
}

/// A part-time seat over a product in service with developers on staff, reviewed or grown with them: its words
/// in the result (portrait, route and its name) follow the ad's.
pub fn guides_product_in_service(profile: &Profile, how: Route) -> bool {
    part_time_running(profile, how) || next_versions(profile, how)
}

/// A part-time seat over developers on staff whose product is in service, its next versions asked (product
/// design, no first version): it frames them and guides the team, in the role, the headline, the rhythm, the
/// portrait and the growth alike.
pub fn next_versions(profile: &Profile, how: Route) -> bool {
    how == Route::Fractional
        && profile.in_service()
        && profile.needs.contains(Need::Product)
        && !profile.needs.contains(Need::FirstVersion)
        && !profile.building()
        && !taken_over(profile, how)
        && !it_department_seat(profile, how)
        && !pilots_build(profile, how)
        && profile.tech.is_some_and(|n| {
            n >= 3 || (n >= 1 && !(n == 1 && lone_it_person(profile)) && matches!(profile.software, Some(Software::Support | Software::Internal)))
        })
}

/// A CTO gone who left developers behind: a stack and a team to take over.
fn left_a_team(profile: &Profile) -> bool {
    profile.cto == Some(super::profile::Incumbent::Left) && profile.tech.is_some_and(|n| n > 0)
}

/// What the seat is for, in the ad's first words; the result's missions name a part-time seat's first
/// version by it too.
fn role_text(ty: CtoType, profile: &Profile, how: Route, j: &super::text::JobText) -> &'static str {
    let org = profile.org_read();
    let taken_over = taken_over(profile, how);
    let cio_seat = it_department_seat(profile, how);
    let left_a_team = left_a_team(profile);
    // (A team unsaid, past the start: a product exists, taken in hand rather than built.)
    let takes_in_hand = ty == CtoType::Hacker && profile.in_service() && profile.tech.is_none_or(|n| n > 0) && !profile.needs.contains(Need::FirstVersion);
    let building = profile.building();
    let internal = internal_seat(ty, profile);
    match how {
        // (An app named only where one is asked.)
        _ if cio_seat && profile.asks_to_build() => j.role_cio,
        _ if cio_seat => j.role_cio_plain,
        Route::VpEngineering if org == Some(Org::Public) => j.role_vp_public,
        Route::VpEngineering => j.role_vp,
        // A co-founding CTO gone, developers left: the stack and the team taken over.
        Route::Cofounder if left_a_team => j.role_cofounder_left,
        Route::Interim if org == Some(Org::Public) => j.interim_public[1],
        Route::Interim => j.role_interim,
        // A product an agency built: taken back in house, the first developers hired.
        Route::Fractional if taken_over => j.role_part_time_takeover,
        // (One person in IT at a public body or a non-profit runs its tools: no developer to guide.)
        // (An app asked to be grown is built by those developers: guided, below, not reviewed a few days a month.)
        Route::Fractional if part_time_running(profile, how) => {
            if profile.tech.is_some_and(|n| n > 1) {
                j.role_part_time_running_team
            } else {
                j.role_part_time_running
            }
        }
        // Nobody in tech and tools already running: take them in hand and steer the providers.
        // (Developers on staff asked to grow an app are guided, below; one IT person at a public body or a
        // non-profit runs its tools and steers the providers, as here.)
        Route::Fractional
            if !building
                && profile.in_service()
                && !(profile.asks_to_build() && profile.tech.is_some_and(|n| n > 1 || (n == 1 && !lone_it_person(profile)))) =>
        {
            j.role_part_time_services
        }
        // Developers on staff build it: the part-time seat frames and guides them.
        // (One or two developers beside the business build an app too, the IT person in place aside.)
        Route::Fractional
            if profile.tech.is_some_and(|n| n >= 3)
                || (profile.tech.is_some_and(|n| n >= 1)
                    // (One IT person at a public body or a non-profit runs its tools: no developer to guide.)
                    && !lone_it_person(profile)
                    && matches!(profile.software, Some(Software::Support | Software::Internal))
                    && !pilots_build(profile, how))
                // (...or a developer already building the product: a non-profit's helpline app.)
                || (profile.tech.is_some_and(|n| n >= 1) && matches!(profile.stage, Some(Stage::Idea | Stage::Mvp)) && !pilots_build(profile, how))
                // (...or a product of its own with a developer on staff, at any stage: a startup of nine's; cto98 #16.)
                || (profile.tech.is_some_and(|n| n >= 1)
                    && profile.software == Some(Software::Product)
                    && !matches!(org, Some(Org::Public | Org::Nonprofit))
                    && !pilots_build(profile, how)) =>
        {
            // (A product running, its next versions asked rather than a first one; one developer said as one.)
            match (profile.in_service() && !profile.needs.contains(Need::FirstVersion), profile.tech == Some(1)) {
                (true, true) => j.role_part_time_running_one,
                (true, false) => j.role_part_time_team_running,
                (false, true) => j.role_part_time_one,
                (false, false) => j.role_part_time_team,
            }
        }
        Route::Fractional => j.role_part_time,
        _ if internal => j.role_internal,
        _ if taken_over => j.role_takeover,
        // A product still being built does not yet "last": the first version, then the team.
        // (A first version asked while the organisation's service runs: a new product's; cto101 #16.)
        _ if ty == CtoType::Stabilizer && building && matches!(profile.stage, Some(Stage::Launched | Stage::Scaling | Stage::Established)) => {
            j.role_building_new
        }
        _ if ty == CtoType::Stabilizer && building => j.role_building,
        _ if leads_in_place(ty, profile, how) => j.role_lead,
        // (Software that serves the business: tools that last, not a product that scales.)
        _ if ty == CtoType::Stabilizer && (profile.software == Some(Software::Support) || matches!(org, Some(Org::Public | Org::Nonprofit))) => j.role_support,
        // A hands-on leader for a product that exists, with people on it, takes it in hand.
        _ if takes_in_hand => j.role_hands_on,
        // A builder with developers beside: a good part of the code, then handed over.
        _ if ty == CtoType::Hacker && profile.tech.is_some_and(|n| n >= HANDS_OVER) => j.role_with_team,
        // (A first version asked while the product runs: a new product's, as the company line says; cto102 #4.)
        _ if ty == CtoType::Hacker && profile.needs.contains(Need::FirstVersion) && profile.in_service() => j.role_hacker_new,
        _ => (j.role)(ty),
    }
}

/// The part-time role texts that frame and guide developers on staff (one or a team, a first version or the
/// next ones): the ad's must-haves and missions follow them.
fn guides_developers(role: &str, j: &super::text::JobText) -> bool {
    [j.role_part_time_team, j.role_part_time_team_running, j.role_part_time_one, j.role_part_time_running_one].contains(&role)
}

/// A part-time seat's first version, in the ad's words and the result's missions alike: guided developers
/// on staff build it, or a freelancer or an agency.
pub fn part_time_first_version(ty: CtoType, profile: &Profile, how: Route, j: &super::text::JobText) -> Option<&'static str> {
    (how == Route::Fractional).then(|| {
        let role = role_text(ty, profile, how, j);
        if role == j.role_part_time_one {
            j.part_time_first_version_one
        } else if role == j.role_part_time_team || role == j.role_part_time_team_running {
            j.part_time_first_version_team
        } else {
            j.part_time_first_version
        }
    })
}

/// A part-time seat where software serves the business (a shop's, staff tools, a public body's site):
/// it may well stay part time, with no permanent CTO to follow.
pub fn part_time_lasts(profile: &Profile) -> bool {
    matches!(profile.software, Some(Software::Support | Software::Internal))
        || (profile.software.is_none() && matches!(profile.org, Some(Org::Public | Org::Nonprofit)))
}

/// The job ad for the matched type and the answers. A seat held by a CTO in place (the `coach` route)
/// gets the role's profile to grow toward, with no offer; founders who all build, the seat described
/// for the one who takes it.
pub fn job_ad(ty: CtoType, profile: &Profile, lang: Lang) -> JobAd {
    let t = lang.texts();
    let j = &t.job;
    let number = |n: u32| lang.count(n.into());
    let people = |n: u32| lang.people(n.into());
    let how = route(profile, Outcome::Cto(ty));
    let org = profile.org_read();
    let public_or_nonprofit = matches!(profile.org, Some(Org::Public | Org::Nonprofit));
    let beyond = profile.headcount.is_some_and(|h| h > TYPOLOGY_END);

    // About us, in one sentence: who we are, who builds, where we stand ("We are a startup of 30 people, 10
    // of them in tech, and we are growing fast."). A founder alone says so, and the stage apart.
    // A group's company below a group's own size is one of its subsidiaries.
    let org_words = match org {
        Some(Org::Group) if !beyond => j.subsidiary,
        // A startup of several hundred is a company by then.
        Some(Org::Startup) if profile.headcount.is_some_and(|h| h >= LARGE_ORG) => (j.org)(None),
        // (...and a scale-up from a hundred.)
        Some(Org::Startup) if profile.headcount.is_some_and(|h| h >= 100) => j.scale_up,
        _ => (j.org)(org),
    };
    let all_tech = matches!((profile.tech, profile.headcount), (Some(n), Some(h)) if n >= h);
    // A few people who all build are a founding team; nine who do are a company, all in tech.
    let founders = all_tech && how == Route::Founder && profile.headcount.is_some_and(|h| h <= FOUNDING_TEAM);
    let mut company = match profile.headcount {
        Some(1) => j.company_solo.to_owned(),
        // Founders who all build are a founding team, not a company with a tech team.
        Some(n) if founders => fill(j.company_founders, &[("n", &number(n))]),
        Some(n) => fill(j.company, &[("org", org_words), ("n", &number(n)), ("people", people(n))]),
        None => j.company_unknown.to_owned(),
    };
    let solo = profile.headcount == Some(1);
    if !solo {
        match (profile.tech, profile.headcount) {
            (Some(0), _) => company.push_str(j.no_tech_team),
            _ if founders => {}
            _ if all_tech => company.push_str(j.all_tech),
            // (A department of twenty or more: the technology department, not a team.)
            (Some(n), _) if n >= SMALL_DEPARTMENT => company.push_str(&fill(j.tech_department, &[("n", &number(n))])),
            (Some(1), _) => company.push_str(j.tech_team_one),
            (Some(n), _) => company.push_str(&fill(j.tech_team, &[("n", &number(n)), ("people", people(n))])),
            _ => {}
        }
        // A group's company names its group (the candidate wants to know which).
        if org == Some(Org::Group) && !beyond {
            company.push_str(j.group_placeholder);
        }
        if let Some(stage) = profile.stage {
            company.push_str(match stage {
                Stage::Launched if public_or_nonprofit => j.launched_service,
                Stage::Launched if profile.software == Some(Software::Support) => j.launched_support,
                Stage::Scaling if public_or_nonprofit => j.scaling_service,
                _ => (j.stage_clause)(stage),
            });
        }
    }
    company.push('.');
    if let (true, Some(stage)) = (solo, profile.stage) {
        company.push(' ');
        company.push_str((j.stage)(stage));
    }
    // (A stack is known past the start, or where a CTO left developers behind.)
    let left_a_team = left_a_team(profile);
    let stack = if profile.in_service() || left_a_team { j.stack_placeholder_known } else { j.stack_placeholder };
    let about = Section { heading: j.about_heading, paragraphs: vec![company, j.about_placeholder.into(), stack.into()], bullets: vec![] };

    // The role: what the seat is for, and whom it answers to.
    let building = profile.building();
    let internal = internal_seat(ty, profile);
    let taken_over = taken_over(profile, how);
    let cio_seat = it_department_seat(profile, how);
    let unsaid_seat = unsaid(profile, how);
    // A public body or a non-profit that said only its size: the seat is described, to define first.
    let to_define = how == Route::Executive && unsaid_body(profile);
    let role_text = role_text(ty, profile, how, j);
    // Whom the seat reports to, in the words the missions use (the CEO of a startup, else the
    // managing director).
    let head = (j.head)(org);
    let reports = match how {
        Route::VpEngineering if org == Some(Org::Public) => j.reports_vp_public.to_owned(),
        Route::VpEngineering => j.reports_vp.to_owned(),
        // A pair with a founder alone; beside two founders or more, the founding team.
        Route::Cofounder if profile.headcount.is_none_or(|h| h > 1) => j.reports_founders.to_owned(),
        Route::Cofounder => j.reports_cofounder.to_owned(),
        // (Nobody in IT: no head of IT to report to; cto97 #20.)
        _ if internal && profile.tech != Some(0) => j.reports_internal.to_owned(),
        _ => fill((j.reports)(ty), &[("head", head)]),
    };
    // Founders who all build, and a CTO in place, are not recruiting: the seat is described, not sought.
    let mut role = match how {
        Route::Founder if solo => vec![j.founder_solo_line.to_owned()],
        Route::Founder => vec![j.founder_line.to_owned()],
        Route::Coach if super::result::lead_in_place(profile) => vec![j.coach_line_lead.to_owned()],
        Route::Coach => vec![j.coach_line.to_owned()],
        _ if unsaid_seat => vec![j.unsaid_line.to_owned()],
        _ if to_define => vec![j.unsaid_body_line.to_owned()],
        _ => vec![role_text.to_owned(), reports],
    };
    match how {
        Route::Cofounder => role.push(j.cofounder_line.into()),
        // (Weeks while it is built, months once it runs.)
        Route::Fractional if pilots_build(profile, how) => role.push(j.fractional_in_place_line.into()),
        // (Its next versions, a product in service: weeks while the team is small, not a build's months.)
        Route::Fractional if next_versions(profile, how) => role.push(j.fractional_next_line.into()),
        // (An app asked of developers on staff: built too, as the route says; nobody in tech, the providers'
        // tools are steered a few days a month.)
        Route::Fractional if part_time_lasts(profile) && (building || (profile.asks_to_build() && profile.tech.is_some_and(|n| n > 0))) => {
            role.push(j.fractional_building.into())
        }
        // (A small team's interim: part time, beside the senior developer.)
        Route::Interim if interim_part_time(profile) && profile.tech.is_some_and(|n| n > 0) => role.push(j.interim_part_time_line.into()),
        Route::Fractional if part_time_lasts(profile) => role.push(j.fractional_lasting.into()),
        Route::Fractional => role.push(j.fractional_line.into()),
        _ => {}
    }
    let role = Section { heading: j.role_heading, paragraphs: role, bullets: vec![] };

    // The missions that define this type first, then those answering the ticked needs. A VP of
    // Engineering leaves the vision, the architecture and the board to the CTO they work beside.
    let picks = missions_for(ty, profile);
    let cto_only = |m: &Mission| how == Route::VpEngineering && CTO_ONLY.contains(m);
    let first = |mission: Mission| picks.iter().any(|p| p.mission == mission && p.tier == Tier::First);
    let defining = Mission::ALL.iter().filter(|m| m.tier(ty) == Tier::First && first(**m));
    let then = Mission::ALL.iter().filter(|m| m.tier(ty) != Tier::First && first(**m));
    // An interim holds the roadmap for the next CTO; a part-time seat has the first version built.
    let title_of = |m: Mission| match (how, m) {
        (Route::Interim, Mission::StrategyRoadmap) => j.interim_roadmap,
        (Route::Interim, Mission::Architecture) => j.interim_architecture,
        // (An interim of a few months answers the investors' technical questions; it does not lead the raise; fr101 M6.)
        (Route::Interim, Mission::InvestorsBoard) if profile.equity() => j.interim_investors,
        (Route::Interim, Mission::RecruitTeam) if profile.needs.contains(Need::HireTeam) => j.interim_hiring,
        // (No hiring asked: the next CTO is the hire it helps with; cto97 #12.)
        (Route::Interim, Mission::RecruitTeam) => j.interim_next_cto,
        // (Beside the senior developer, part time: the first version is led with the team.)
        (Route::Interim, Mission::BuildFirstVersion) if interim_part_time(profile) && profile.tech.is_some_and(|n| n > 0) => j.part_time_first_version_team,
        (Route::Interim, Mission::EngineeringProcesses) => j.interim_processes,
        // (Developers on staff build it themselves.)
        (Route::Fractional, Mission::BuildFirstVersion) => part_time_first_version(ty, profile, how, j).unwrap_or_default(),
        (Route::Fractional, Mission::RunInfrastructure) => j.part_time_infrastructure,
        (_, Mission::BuildFirstVersion) if cio_seat => j.cio_first_version,
        // At the start, a startup's board is its raise.
        _ => mission_words(t, m, ty, profile).title,
    };
    // An ad lists responsibilities, not the week's rituals; a part-time seat with nobody in tech, or over
    // software that is not what the organisation sells, manages a provider, not a team.
    // (A product running with developers on staff, reviewed and guided part time, or a team on staff that builds
    // it, framed and guided: their work, not a provider's.)
    let running = part_time_running(profile, how);
    let guides_team = running || guides_developers(role_text, j);
    let no_team = how == Route::Fractional
        && !guides_team
        && (profile.tech.is_none_or(|n| n == 0)
            || (profile.tech.is_some_and(|n| n <= 2) && matches!(profile.software, Some(Software::Support | Software::Internal))))
        && !profile.needs.contains(Need::HireTeam);
    // A team of ten or more has leads for the one-to-ones and the planning.
    let leads_do = ty == CtoType::Stabilizer && profile.tech.is_some_and(|n| n >= TEAM_WITH_LEADS);
    // (An interim of a few months trains no sales team.)
    let interim_skips = |m: &Mission| how == Route::Interim && *m == Mission::SalesTraining;
    // (A part-time seat guiding developers on staff hires nobody unless hiring was asked.)
    let hires_none = |m: &Mission| guides_team && *m == Mission::RecruitTeam && !profile.needs.contains(Need::HireTeam);
    let left_out = |m: &Mission| {
        cto_only(m) || RITUALS.contains(m) || (no_team && TEAM_WORK.contains(m)) || (leads_do && LEADS_WORK.contains(m)) || interim_skips(m) || hires_none(m)
    };
    let listed = |m: &&Mission| !left_out(m);
    let mut missions: Vec<String> = if no_team { j.part_time_missions.iter().map(|m| (*m).to_owned()).collect() } else { Vec::new() };
    // A product a provider built: taken over first.
    if taken_over {
        missions.push(j.takeover_mission.to_owned());
    }
    // A VP of Engineering runs delivery first (the rituals it stands for are left out below).
    if how == Route::VpEngineering {
        missions.push(j.vp_delivery.to_owned());
    }
    missions.extend(defining.chain(then).filter(listed).map(|m| title_of(*m).to_owned()));
    missions.truncate(JOB_MISSIONS);
    let missions = Section { heading: j.missions_heading, paragraphs: vec![], bullets: missions };

    // A seat that is filled, or kept among founders, is described, not advertised: skills, not a record.
    let described = matches!(how, Route::Coach | Route::Founder) || unsaid_seat || to_define;
    let part_time_team_must = [j.must_team_part_time, j.must_part_time[1]];
    let takeover_must = [j.must_part_time_takeover, j.must_part_time[1]];
    let running_must = [j.must_part_time_running, j.must_part_time[1]];
    let must_lines: &[&str] = match how {
        // A part-time seat scopes and steers the building; it does not write the code.
        Route::Fractional if guides_developers(role_text, j) => &part_time_team_must,
        Route::Fractional if role_text == j.role_part_time_takeover => &takeover_must,
        Route::Fractional if running => &running_must,
        // (Or steers the providers who run the tools.)
        // (A seat the page says steers, codes nothing in the ad either.)
        Route::Fractional
            if building
                || profile.asks_to_build()
                || profile.tech.is_none_or(|n| n == 0)
                || role_text == j.role_part_time_services
                || super::result::steering(profile, how) =>
        {
            &j.must_part_time
        }
        _ if described => (j.must_skills)(ty),
        Route::VpEngineering => &j.must_vp,
        // (An interim below a department holds the seat and audits, it does not build the stack.)
        Route::Interim if ty != CtoType::Industrializer && org == Some(Org::Startup) => &j.must_interim,
        Route::Interim if ty != CtoType::Industrializer => &j.must_interim_firm,
        _ => (j.must)(ty),
    };
    let mut must: Vec<String> = must_lines.iter().map(|line| fill(line, &[("board", (j.board)(org))])).collect();
    // An executive seat over a small team asks for leadership, not for managers of managers.
    // (A lead promoted in a small firm is not asked to have run managers either.)
    if ty == CtoType::Industrializer && how == Route::Promote && !described {
        must[0] = j.must_promote_large.to_owned();
    } else if ty == CtoType::Industrializer && small_team(profile) && !described {
        must[0] = j.must_exec_small.to_owned();
    }
    // (A lead promoted over a few developers, no hiring asked, has led them, not recruited a team.)
    if leads_in_place(ty, profile, how) && !described {
        must[1] = j.must_lead.to_owned();
    }
    // (Quality and security asked: a prerequisite, not a plus.)
    let security_must = profile.needs.contains(Need::QualitySecurity) && !described;
    if security_must {
        must.push((j.nice)(Need::QualitySecurity).into());
    }
    // (What the seat was asked for is required, not a plus: the first two needs ticked beyond what every CTO
    // does (investors, clients, a budget) and what the must-haves already ask.)
    let line = |n: Need| match n {
        Need::Investors if org != Some(Org::Startup) => j.nice_funders,
        // (A public body or a non-profit serves users, members and partners, not clients.)
        Need::Clients if matches!(org, Some(Org::Public | Org::Nonprofit)) => j.nice_public_clients,
        // Past sprints: the delivery of several teams, through their managers.
        Need::OrganizeDelivery if ty == CtoType::Industrializer => j.nice_delivery_scale,
        _ => (j.nice)(n),
    };
    let covered = |n: &Need| {
        must_covers(ty).contains(n)
            || (security_must && *n == Need::QualitySecurity)
            || *n == Need::InternalIt
            // (A VP's must-haves already ask for delivery and hiring.)
            || (how == Route::VpEngineering && matches!(n, Need::OrganizeDelivery | Need::HireTeam))
            // (A startup's interim must-haves already ask for an architecture defended before investors.)
            || (how == Route::Interim && *n == Need::Investors && org == Some(Org::Startup) && ty != CtoType::Industrializer)
    };
    let required: Vec<Need> =
        if described { Vec::new() } else { profile.needs.iter().filter(|n| !covered(n) && !super::scoring::NEUTRAL.contains(n)).take(2).collect() };
    must.extend(required.iter().map(|n| line(*n).to_owned()));
    must.push((j.qualities)(ty).into());
    if !described {
        must.push(j.experience.into());
    }
    let must = Section { heading: if described { j.must_heading_internal } else { j.must_heading }, paragraphs: vec![], bullets: must };
    // A need the must-haves already ask for is not asked again as a nice-to-have.
    let nice: Vec<String> = profile.needs.iter().filter(|n| !covered(n) && !required.contains(n)).take(NICE_TO_HAVE).map(|n| line(n).to_owned()).collect();

    // The offer, in the organisation's convention: a day rate for a part-time or interim seat (nothing
    // else: they are not staff), a public scale, a non-profit's grid, a search firm's brief past the
    // typology, else the band the answers call for; equity only in a startup.
    // (The ad is for the one hired: a lead promoted over a handful is paid from that team, said in the result.)
    let level = seniority_hired(ty, profile).0;
    let pay = match how {
        Route::Cofounder | Route::Founder => j.pay_cofounder.to_owned(),
        // (As the result's pay reading: a public body's or a non-profit's interim at the usual day rate.)
        Route::Interim if profile.tech.is_some_and(|n| n >= 2 * SMALL_DEPARTMENT) && !matches!(org, Some(Org::Public | Org::Nonprofit)) => {
            j.pay_day_rate_senior.to_owned()
        }
        Route::Fractional | Route::Interim => j.pay_day_rate.to_owned(),
        _ if profile.org == Some(Org::Public) => j.pay_public.to_owned(),
        _ if profile.org == Some(Org::Nonprofit) => j.pay_grid.to_owned(),
        // Past a thousand people, or a hundred engineers, the market is a search firm's to read.
        // (A VP is paid a band below the executive, past a thousand people too; a lead promoted or a hands-on
        // hire, paid as a senior, keeps the band: an e-commerce team's lead in a group of 1,200.)
        _ if level == Seniority::Expert && ((beyond && how != Route::VpEngineering) || profile.tech.is_some_and(|t| t >= 100)) => j.pay_search.to_owned(),
        _ => fill(j.pay, &[("range", j.pay_ranges[level.index()])]),
    };
    let large = profile.headcount.is_some_and(|h| h >= LARGE_ORG);
    let equity = profile.org == Some(Org::Startup) || (profile.equity() && !large);
    let contract = match how {
        // (A firm that is not a startup shares the product's own company, not its own capital.)
        Route::Cofounder if org == Some(Org::Sme) => j.contract_cofounder_venture,
        Route::Cofounder => j.contract_cofounder,
        Route::Fractional if org == Some(Org::Public) => j.contract_public_service,
        Route::Fractional => j.contract_part_time,
        // (A small team's interim: its rhythm is said above, two or three days a week.)
        // (A public body buys an interim mission by public procurement.)
        Route::Interim if org == Some(Org::Public) => j.contract_public_service,
        Route::Interim if interim_part_time(profile) && profile.tech.is_some_and(|n| n > 0) => j.contract_interim_part_time,
        Route::Interim => j.contract_interim,
        _ if profile.org == Some(Org::Public) => j.contract_public,
        _ => j.contract,
    };
    let mut offer = vec![pay];
    // Not staff (part time, interim), or a co-founder whose capital is the contract's: no equity line.
    if !matches!(how, Route::Fractional | Route::Interim | Route::Cofounder) {
        offer.push(
            match profile.org {
                _ if equity => j.equity,
                Some(Org::Public | Org::Nonprofit) => j.benefits_public,
                _ => j.benefits,
            }
            .into(),
        );
    }
    offer.extend([j.location.into(), contract.into(), j.start.into()]);

    // The seat's holder needs no presentation of their own organisation.
    let mut sections = if described { vec![role, missions, must] } else { vec![about, role, missions, must] };
    // A seat described for the person who holds it asks for no nice-to-have.
    if !nice.is_empty() && !described {
        sections.push(Section { heading: j.nice_heading, paragraphs: vec![], bullets: nice });
    }
    // A seat that is filled, or kept among founders, is described, not advertised.
    if !described {
        sections.push(Section { heading: j.offer_heading, paragraphs: vec![], bullets: offer });
        // A public body's steps are a panel's; a partner's, time spent together.
        let steps = match how {
            Route::Cofounder => j.apply_partner,
            // (A public body's interim is bought by public procurement, as its contract line says.)
            Route::Interim if profile.org == Some(Org::Public) => j.apply_public_service,
            Route::Interim => j.apply_interim,
            Route::Fractional if profile.org == Some(Org::Public) => j.apply_public_service,
            _ if profile.org == Some(Org::Public) => j.apply_public,
            _ => j.apply[0],
        };
        sections.push(Section { heading: j.apply_heading, paragraphs: vec![], bullets: vec![steps.to_owned(), j.apply[1].to_owned()] });
    }
    // A public body names the seat its own way (a chief digital officer), a non-profit too.
    let title = match profile.org {
        // A public body's hands-on seat or team lead is its technical lead; its executive, a chief digital officer.
        // (Hands on, its technical lead, as a non-profit names it: a head of a digital service leads one.)
        Some(Org::Public) if ty == CtoType::Hacker => j.title_nonprofit,
        Some(Org::Public) if ty != CtoType::Industrializer => j.title_public_lead,
        Some(Org::Public) => j.title_public,
        // (A non-profit's executive is its digital director too, not a "responsable technique", who keeps its
        // buildings; fr105 C1.)
        Some(Org::Nonprofit) if ty == CtoType::Industrializer => j.title_public,
        Some(Org::Nonprofit) => j.title_nonprofit,
        _ => j.title_cto,
    };
    // Software that serves the business is an application, not the product it sells.
    let app = matches!(profile.software, Some(Software::Support | Software::Internal));
    let headline_of = |ty| if app { (j.headline_app)(ty) } else { (j.headline)(ty) };
    let (title, headline) = match how {
        _ if cio_seat => (j.title_cio, j.headline_cio),
        Route::Fractional if unsaid_seat => (j.title_unsaid, j.headline_part_time_running),
        _ if to_define => (j.title_seat_to_define, headline_of(ty)),
        Route::VpEngineering if profile.org == Some(Org::Public) => (j.title_vp_public, j.headline_vp),
        Route::VpEngineering if profile.tech.is_some_and(|n| n < super::route::VP_FROM) => (j.title_head_eng, j.headline_vp),
        Route::VpEngineering if matches!(profile.org, Some(Org::Sme | Org::Group | Org::Nonprofit)) => (j.title_vp_company, j.headline_vp),
        Route::VpEngineering => (j.title_vp, j.headline_vp),
        // (A product taken back from its agency: a few days a week, as the role says.)
        Route::Fractional if taken_over => (j.title_part_time, j.headline_part_time_takeover),
        // (Developers on staff asked to build: the app's headline, as the role and the rhythm say.)
        Route::Fractional if !building && profile.in_service() && !(profile.asks_to_build() && profile.tech.is_some_and(|n| n > 0)) => {
            (j.title_part_time, j.headline_part_time_running)
        }
        Route::Fractional if next_versions(profile, how) && profile.tech == Some(1) => (j.title_part_time, j.headline_part_time_next_one),
        Route::Fractional if next_versions(profile, how) => (j.title_part_time, j.headline_part_time_next),
        Route::Fractional if app => (j.title_part_time, j.headline_part_time_app),
        Route::Fractional => (j.title_part_time, j.headline_part_time),
        Route::Interim if profile.org == Some(Org::Public) => (j.title_interim_public, j.interim_public[0]),
        Route::Interim => (j.title_interim, j.headline_interim),
        Route::Coach if profile.org == Some(Org::Public) => (j.title_profile_public, headline_of(ty)),
        Route::Coach => (j.title_profile, headline_of(ty)),
        Route::Founder => (j.title_founder, headline_of(ty)),
        Route::Cofounder => (j.title_cofounder, headline_of(ty)),
        _ if internal => (j.title_internal, j.headline_internal),
        _ if taken_over => (title, j.headline_takeover),
        _ if ty == CtoType::Stabilizer && building => (title, j.headline_building),
        // (Software that serves the business: its platform, not a software product.)
        _ if leads_in_place(ty, profile, how) && profile.software == Some(Software::Support) => (title, j.headline_lead_platform),
        _ if leads_in_place(ty, profile, how) => (title, j.headline_lead),
        _ if ty == CtoType::Hacker && profile.in_service() && !building => (title, j.headline_running),
        // No product to sell: a service (a shop's site, a public body's or a non-profit's) to make last.
        _ if ty == CtoType::Stabilizer && (profile.software == Some(Software::Support) || public_or_nonprofit) => (title, j.headline_support),
        _ => (title, headline_of(ty)),
    };
    JobAd { title, headline, sections }
}

/// A stabilizer's seat over two to four developers, taken by one of them, no hiring asked: the ad (for an
/// outside senior, if nobody fits) asks to lead them, not to grow the team.
fn leads_in_place(ty: CtoType, profile: &Profile, how: Route) -> bool {
    ty == CtoType::Stabilizer && how == Route::Promote && !profile.needs.contains(Need::HireTeam) && profile.tech.is_some_and(|n| (2..=TEAM_SMALL).contains(&n))
}

/// Up to this many people, all building, read as a founding team.
const FOUNDING_TEAM: u32 = 4;

/// From this many people in tech, a hands-on builder codes a good part, then hands the rest over.
const HANDS_OVER: u32 = 4;

/// Software for the staff, led hands on or as a team's head: the head of software development, who
/// reports to the IT department, not a CTO (an executive seat keeps its title).
pub fn internal_seat(ty: CtoType, profile: &Profile) -> bool {
    profile.software == Some(Software::Internal) && ty != CtoType::Industrializer
}

/// An executive seat over fewer than 20 people in tech: leadership with a team to grow, not a department.
pub fn small_team(profile: &Profile) -> bool {
    profile.tech.is_some_and(|t| t < SMALL_DEPARTMENT)
}

/// Below this many people in tech, an industrializer's team is not yet led through managers.
pub const SMALL_DEPARTMENT: u32 = super::scoring::TEAM_LARGE;

/// The week's rituals: part of the role (the widget lists them), not what an ad advertises.
/// What a stabilizer's leads take on once the team has them.
const LEADS_WORK: [Mission; 3] = [Mission::OneToOnes, Mission::SprintPlanning, Mission::AssignWork];
const TEAM_WITH_LEADS: u32 = 10;

const RITUALS: [Mission; 4] = [Mission::DailyStandup, Mission::WeeklyReview, Mission::CeoCheckin, Mission::Dashboard];

/// Leading a team of one's own: not a part-time seat's with nobody in tech.
const TEAM_WORK: [Mission; 7] = [
    Mission::RecruitTeam,
    Mission::AssignWork,
    Mission::OneToOnes,
    Mission::SprintPlanning,
    Mission::ReleaseCoordination,
    Mission::RunInfrastructure,
    Mission::Architecture,
];

/// A CTO's own missions (and the face the technology shows clients and sales), which a VP of Engineering
/// beside them does not carry.
pub const CTO_ONLY: [Mission; 7] = [
    Mission::StrategyRoadmap,
    Mission::Architecture,
    Mission::TechAudit,
    Mission::InvestorsBoard,
    Mission::CeoCheckin,
    Mission::SalesTraining,
    Mission::ClientsPartners,
];

/// The needs a type's must-haves already ask for.
fn must_covers(ty: CtoType) -> &'static [Need] {
    match ty {
        CtoType::Hacker => &[Need::TechChoices, Need::Infrastructure],
        CtoType::Stabilizer => &[Need::HireTeam],
        CtoType::Industrializer => &[Need::HireTeam, Need::Budget, Need::Investors, Need::Roadmap],
    }
}

/// The file name of the downloaded ad.
pub fn job_file_name(ty: CtoType, lang: Lang) -> String {
    let mut name = String::from("cto-");
    name.push_str(ty.id());
    name.push('-');
    name.push_str(lang.id());
    name.push_str(".md");
    name
}

#[cfg(test)]
mod tests;
