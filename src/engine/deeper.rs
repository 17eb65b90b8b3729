//! What a founder or recruiter asks next, for a matched type: the twelve hats (wear, share, delegate),
//! the next step as the company grows, the profile to look for (skills, ladder, pay) and a job
//! description draft in Markdown. The split of hats and the pay band per type are this widget's reading
//! of the source; the texts say so.

use super::catalogue::MISSIONS;
use super::profile::{Lang, Need, Profile, Stage};
use super::scoring::CtoType;
use super::text::{capitalized, fill};

/// The twelve hats of an early-stage CTO, in the source's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hat {
    ProductManager,
    ProjectManager,
    Architect,
    Developer,
    Manager,
    SystemAdministrator,
    Security,
    Quality,
    Innovation,
    DataOfficer,
    Designer,
    InternalIt,
}

impl Hat {
    pub const ALL: [Hat; 12] = [
        Hat::ProductManager,
        Hat::ProjectManager,
        Hat::Architect,
        Hat::Developer,
        Hat::Manager,
        Hat::SystemAdministrator,
        Hat::Security,
        Hat::Quality,
        Hat::Innovation,
        Hat::DataOfficer,
        Hat::Designer,
        Hat::InternalIt,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// Past the MVP, three hats weigh most: the roadmap, the overall architecture, and sizing the team.
    pub fn is_growth_priority(self) -> bool {
        matches!(self, Hat::Innovation | Hat::Architect | Hat::Manager)
    }
}

/// What the CTO does with a hat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HatRole {
    Wear,
    Share,
    Delegate,
}

impl HatRole {
    pub const ALL: [HatRole; 3] = [HatRole::Wear, HatRole::Share, HatRole::Delegate];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Who wears which hat, by type: the smaller the company, the more hats the CTO wears personally.
pub fn hat_role(ty: CtoType, hat: Hat) -> HatRole {
    use Hat::*;
    use HatRole::*;
    match (ty, hat) {
        (_, InternalIt) => Delegate,
        (CtoType::Hacker, Developer | Architect | SystemAdministrator | ProductManager | Security | ProjectManager) => Wear,
        (CtoType::Hacker, Quality | Innovation | DataOfficer | Designer | Manager) => Share,
        (CtoType::Stabilizer, Architect | Manager | Quality | Security | ProjectManager | Innovation) => Wear,
        (CtoType::Stabilizer, Developer | ProductManager | DataOfficer | SystemAdministrator) => Share,
        (CtoType::Stabilizer, Designer) => Delegate,
        (CtoType::Industrializer, Innovation | Manager | Architect) => Wear,
        (CtoType::Industrializer, Security | DataOfficer | ProductManager | Quality) => Share,
        (CtoType::Industrializer, Developer | SystemAdministrator | ProjectManager | Designer) => Delegate,
    }
}

/// Whether the company is past its first version (the stage says so).
pub fn past_mvp(stage: Option<Stage>) -> bool {
    matches!(stage, Some(Stage::Launched | Stage::Scaling | Stage::Established))
}

/// The band this widget associates with a type (an opinion: pay follows experience, size, sector
/// and place far more than a type).
pub fn pay_band(ty: CtoType) -> usize {
    ty.index()
}

/// The job description draft, in Markdown, for the matched type and the ticked needs.
pub fn job_description(ty: CtoType, profile: &Profile, lang: Lang) -> String {
    let t = lang.texts();
    let j = &t.job;
    let number = |n: u32| lang.number(n.into());
    let mut out = format!("# {}\n\n## {}\n\n", j.titles[ty.index()], j.context_heading);
    // "We are a company of 45 people, scaling fast, with a tech team of 6 people."
    let mut context = match profile.headcount {
        Some(n) => fill(j.company, &[("n", &number(n)), ("people", lang.people(n.into()))]),
        None => j.company_unknown.to_owned(),
    };
    if let Some(stage) = profile.stage {
        context.push_str(j.stages[stage.index()]);
    }
    match profile.tech {
        Some(0) => context.push_str(j.no_tech_team),
        Some(n) => context.push_str(&fill(j.tech_team, &[("n", &number(n)), ("people", lang.people(n.into()))])),
        None => {}
    }
    out.push_str(&context);
    out.push_str(".\n\n");
    out.push_str(j.role[ty.index()]);
    out.push_str(&format!("\n\n## {}\n\n", j.missions_heading));
    // Missions answering a ticked need first, across groups; then the type's usual ones.
    let mut picks = super::catalogue::missions_for(ty, profile.needs);
    picks.sort_by_key(|pick| pick.matched.is_none());
    for pick in picks.iter().take(JOB_MISSIONS) {
        let text = &t.missions[pick.index];
        out.push_str(&format!("- **{}**{}{}\n", text.title, t.colon, decapitalized(text.detail)));
    }
    out.push_str(&format!("\n## {}\n\n", j.profile_heading));
    for line in j.profile[ty.index()] {
        out.push_str(&format!("- {line}\n"));
    }
    if profile.needs.contains(Need::Data) {
        out.push_str(&format!("- {}\n", t.grow.skill_data));
    }
    out.push_str(&format!("- {}\n", t.grow.skills_human));
    let band = &t.grow.pay_bands[pay_band(ty)];
    out.push_str(&format!("\n## {}\n\n{}{}{}. {}\n", j.pay_heading, capitalized(band.label), t.colon, band.amount, t.grow.pay_caveat));
    out.push_str(&format!("\n---\n{}\n", j.footer));
    out
}

/// How many missions the job draft lists (those answering a ticked need come first).
const JOB_MISSIONS: usize = 8;

fn decapitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// The file name of the downloaded draft.
pub fn job_file_name(ty: CtoType, lang: Lang) -> String {
    format!("cto-{}-{}.md", ty.id(), lang.id())
}

const _: () = assert!(MISSIONS.len() >= JOB_MISSIONS);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::codec::decode;

    #[test]
    fn every_type_wears_shares_and_delegates() {
        for ty in CtoType::ALL {
            let roles: Vec<HatRole> = Hat::ALL.iter().map(|h| hat_role(ty, *h)).collect();
            for role in HatRole::ALL {
                assert!(roles.contains(&role), "{ty:?} has no {role:?} hat");
            }
        }
    }

    #[test]
    fn the_bigger_the_company_the_fewer_hats_worn_personally() {
        let worn = |ty| Hat::ALL.iter().filter(|h| hat_role(ty, **h) == HatRole::Wear).count();
        assert!(worn(CtoType::Hacker) >= worn(CtoType::Stabilizer));
        assert!(worn(CtoType::Stabilizer) > worn(CtoType::Industrializer));
        assert_eq!(hat_role(CtoType::Hacker, Hat::Developer), HatRole::Wear);
        assert_eq!(hat_role(CtoType::Industrializer, Hat::Developer), HatRole::Delegate);
        assert_eq!(hat_role(CtoType::Stabilizer, Hat::InternalIt), HatRole::Delegate);
    }

    #[test]
    fn the_three_growth_priorities_are_worn_past_the_mvp() {
        let priorities: Vec<Hat> = Hat::ALL.into_iter().filter(|h| h.is_growth_priority()).collect();
        assert_eq!(priorities, vec![Hat::Architect, Hat::Manager, Hat::Innovation]);
        for ty in [CtoType::Stabilizer, CtoType::Industrializer] {
            assert!(priorities.iter().all(|h| hat_role(ty, *h) == HatRole::Wear), "{ty:?}");
        }
        assert!(!past_mvp(Some(Stage::Mvp)) && !past_mvp(None) && past_mvp(Some(Stage::Launched)));
    }

    #[test]
    fn job_description_uses_the_profile_and_the_ticked_needs() {
        let p = decode("headcount=45&tech=6&stage=scaling&needs=hire-team,data").profile;
        let md = job_description(CtoType::Stabilizer, &p, Lang::En);
        assert!(md.starts_with("# CTO (stabilizer profile)\n"), "{md}");
        assert!(md.contains("We are a company of 45 people, scaling fast, with a tech team of 6 people."), "{md}");
        assert!(md.contains("- **Recruit and structure the team**: hires developers"), "{md}");
        let missions = md.split("## Missions").nth(1).unwrap_or_default();
        assert!(missions.find("Recruit and structure").unwrap_or(usize::MAX) < missions.find("Lay out the architecture").unwrap_or(0));
        assert!(md.contains("Data engineering"), "a data need asks for data skills: {md}");
        assert!(md.contains("80k EUR"), "{md}");
        assert!(md.contains("not an absolute truth"), "{md}");
        assert_eq!(md.matches("\n- **").count(), JOB_MISSIONS);
    }

    #[test]
    fn job_description_in_french() {
        let p = decode("headcount=1200&stage=established&lang=fr").profile;
        let md = job_description(CtoType::Industrializer, &p, Lang::Fr);
        assert!(md.starts_with("# CTO (profil industrialisateur)\n"), "{md}");
        assert!(md.contains("Nous sommes une entreprise de 1\u{202f}200 personnes, établie."), "{md}");
        assert!(md.contains("## Missions"));
        assert!(md.contains("100k à 300k EUR"), "{md}");
        assert!(md.contains("- **Construire la première version qui marche**\u{a0}: ") || md.contains("**\u{a0}: "), "French colons: {md}");
        assert!(!md.contains("**: "), "no English colon in French: {md}");
        assert_eq!(job_file_name(CtoType::Industrializer, Lang::Fr), "cto-industrializer-fr.md");
    }

    #[test]
    fn job_description_without_optional_answers() {
        let p = decode("headcount=3").profile;
        let md = job_description(CtoType::Hacker, &p, Lang::En);
        assert!(md.contains("We are a company of 3 people.\n"), "{md}");
        assert!(!md.contains("tech team of"));
    }
}
