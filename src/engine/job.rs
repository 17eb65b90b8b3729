//! The job ad a recruiter can publish: the company from the answers, the role and whom it reports to,
//! the missions that define this type first (then those answering the ticked needs), must-have and
//! nice-to-have, and what is offered, with the pay as a gross annual range for the seniority the
//! answers call for. What only the company knows is a clearly marked placeholder. One structure,
//! rendered as plain text (to copy) and as Markdown (to download); the source's caveat on pay stays
//! beside the ad in the widget, never inside it.

use super::hiring::seniority;
use super::missions::{missions_for, past_mvp, Mission, Tier};
use super::profile::{Lang, Need, Org, Profile};
use super::result::mission_words;
use super::route::{route, Route};
use super::scoring::{CtoType, Outcome, LARGE_ORG};
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

/// The job ad for the matched type and the answers.
pub fn job_ad(ty: CtoType, profile: &Profile, lang: Lang) -> JobAd {
    let t = lang.texts();
    let j = &t.job;
    let number = |n: u32| lang.number(n.into());
    let how = route(profile, Outcome::Cto(ty));

    let org = profile.org_read();
    let mut company = match profile.headcount {
        Some(n) => fill(j.company, &[("org", (j.org)(org)), ("n", &number(n)), ("people", lang.people(n.into()))]),
        None => j.company_unknown.to_owned(),
    };
    if let Some(stage) = profile.stage {
        company.push_str((j.stage)(stage));
    }
    match profile.tech {
        Some(0) => company.push_str(j.no_tech_team),
        Some(n) => company.push_str(&fill(j.tech_team, &[("n", &number(n)), ("people", lang.people(n.into()))])),
        None => {}
    }
    company.push('.');
    let about = Section { heading: j.about_heading, paragraphs: vec![company, j.about_placeholder.into(), j.stack_placeholder.into()], bullets: vec![] };

    // A hands-on leader for a product that already exists takes it in hand rather than building it.
    let role_text = if ty == CtoType::Hacker && past_mvp(profile.stage) { j.role_hands_on } else { (j.role)(ty) };
    let mut role = vec![role_text.to_owned(), fill((j.reports)(ty), &[("head", (j.head)(org))])];
    match how {
        // Founders who all build: if the team writes an ad at all, it is for a partner's seat.
        Route::Cofounder | Route::Founder => role.push(j.cofounder_line.into()),
        Route::Fractional => role.push(j.fractional_line.into()),
        _ => {}
    }
    let role = Section { heading: j.role_heading, paragraphs: role, bullets: vec![] };

    // The missions that define this type first, then those answering the ticked needs.
    let picks = missions_for(ty, profile);
    let first = |mission: Mission| picks.iter().any(|p| p.mission == mission && p.tier == Tier::First);
    let defining = Mission::ALL.iter().filter(|m| m.tier(ty) == Tier::First && first(**m));
    let then = Mission::ALL.iter().filter(|m| m.tier(ty) != Tier::First && first(**m));
    let missions = defining.chain(then).take(JOB_MISSIONS).map(|m| mission_words(t, *m, ty, profile).title.to_owned()).collect();
    let missions = Section { heading: j.missions_heading, paragraphs: vec![], bullets: missions };

    let mut must: Vec<String> = (j.must)(ty).iter().map(|line| (*line).to_owned()).collect();
    must.push((j.qualities)(ty).into());
    must.push(j.experience.into());
    let must = Section { heading: j.must_heading, paragraphs: vec![], bullets: must };
    // A need the must-haves already ask for is not asked again as a nice-to-have.
    let nice: Vec<String> = profile
        .needs
        .iter()
        .filter(|n| *n != Need::InternalIt && !must_covers(ty).contains(n))
        .take(NICE_TO_HAVE)
        .map(|n| (j.nice)(n).to_owned())
        .collect();

    let level = seniority(profile).0;
    let contract = if matches!(how, Route::Fractional | Route::Interim) { j.contract_part_time } else { j.contract };
    let pay = match how {
        Route::Cofounder | Route::Founder => j.pay_cofounder.to_owned(),
        Route::Fractional | Route::Interim => j.pay_day_rate.to_owned(),
        _ if profile.org == Some(Org::Public) => j.pay_public.to_owned(),
        _ => fill(j.pay, &[("range", j.pay_ranges[level.index()])]),
    };
    // Equity is a startup's offer: said so, or read from the answers below a large firm's size.
    // Elsewhere (a public body, a non-profit, a family firm, a group) variable pay and benefits.
    let large = profile.headcount.is_some_and(|h| h >= LARGE_ORG);
    let equity = profile.org == Some(Org::Startup) || (profile.equity() && !large);
    let offer = vec![pay, if equity { j.equity } else { j.benefits }.into(), j.location.into(), contract.into(), j.start.into()];

    let mut sections = vec![about, role, missions, must];
    if !nice.is_empty() {
        sections.push(Section { heading: j.nice_heading, paragraphs: vec![], bullets: nice });
    }
    sections.push(Section { heading: j.offer_heading, paragraphs: vec![], bullets: offer });
    sections.push(Section { heading: j.apply_heading, paragraphs: vec![], bullets: j.apply.map(str::to_owned).to_vec() });
    let (title, headline) = match how {
        Route::VpEngineering => (j.title_vp, j.headline_vp),
        Route::Fractional => (j.title_part_time, (j.headline)(ty)),
        Route::Interim => (j.title_interim, (j.headline)(ty)),
        _ => (j.title_cto, (j.headline)(ty)),
    };
    JobAd { title, headline, sections }
}

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
