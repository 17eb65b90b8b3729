//! The job description draft, in Markdown: the company from the answers, the role, the missions the
//! CTO carries first (those answering a ticked need before the rest), the profile and the pay band
//! of the seniority the answers call for.

use super::hiring::seniority;
use super::missions::{missions_for, Tier};
use super::profile::{Lang, Need, Profile};
use super::scoring::CtoType;
use super::text::{capitalized, decapitalized, fill};

/// How many missions the draft lists at most.
pub const JOB_MISSIONS: usize = 8;

/// The job description draft for the matched type and the answers.
pub fn job_description(ty: CtoType, profile: &Profile, lang: Lang) -> String {
    let t = lang.texts();
    let j = &t.job;
    let number = |n: u32| lang.number(n.into());
    let mut out = format!("# {}\n\n## {}\n\n", (j.title)(ty), j.context_heading);
    let mut context = match profile.headcount {
        Some(n) => fill(j.company, &[("n", &number(n)), ("people", lang.people(n.into()))]),
        None => j.company_unknown.to_owned(),
    };
    if let Some(stage) = profile.stage {
        context.push_str((j.stage)(stage));
    }
    match profile.tech {
        Some(0) => context.push_str(j.no_tech_team),
        Some(n) => context.push_str(&fill(j.tech_team, &[("n", &number(n)), ("people", lang.people(n.into()))])),
        None => {}
    }
    out.push_str(&context);
    out.push_str(".\n\n");
    out.push_str((j.role)(ty));
    out.push_str("\n\n## ");
    out.push_str(j.missions_heading);
    out.push_str("\n\n");
    let picks = missions_for(ty, profile);
    for pick in picks.iter().filter(|p| p.tier == Tier::First).take(JOB_MISSIONS) {
        let text = (t.mission)(pick.mission);
        out.push_str(&format!("- **{}**{}{}\n", text.title, t.colon, decapitalized(text.detail)));
    }
    out.push_str(&format!("\n## {}\n\n", j.profile_heading));
    for line in (j.profile)(ty) {
        out.push_str(&format!("- {line}\n"));
    }
    if profile.needs.contains(Need::Data) {
        out.push_str(&format!("- {}\n", t.grow.skill_data));
    }
    out.push_str(&format!("- {}\n", t.grow.skills_human));
    let band = &t.grow.pay_bands[seniority(profile).0.index()];
    out.push_str(&format!("\n## {}\n\n{}{}{}.\n", j.pay_heading, capitalized(band.label), t.colon, band.amount));
    out.push_str(&format!("\n---\n{}\n", j.footer));
    out
}

/// The file name of the downloaded draft.
pub fn job_file_name(ty: CtoType, lang: Lang) -> String {
    format!("cto-{}-{}.md", ty.id(), lang.id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::codec::decode;

    #[test]
    fn job_description_uses_the_profile_and_the_ticked_needs() {
        let p = decode("headcount=45&tech=6&stage=scaling&needs=hire-team,data").profile;
        let md = job_description(CtoType::Stabilizer, &p, Lang::En);
        assert!(md.contains("We are a company of 45 people, scaling fast, with a tech team of 6 people."), "{md}");
        let missions = md.split("## Missions").nth(1).unwrap_or_default();
        let recruit = missions.find("Recruit and structure the team").expect("a ticked need's mission");
        let architecture = missions.find("Lay out the architecture").expect("a stabilizer's first mission");
        assert!(recruit < architecture, "ticked needs first: {md}");
        assert!(md.contains("Data engineering"), "a data need asks for data skills: {md}");
        assert!(md.contains("80k EUR"), "a senior band for 45 people: {md}");
        assert!(md.matches("\n- **").count() <= JOB_MISSIONS);
    }

    #[test]
    fn job_description_in_french() {
        let p = decode("headcount=1200&stage=established&lang=fr").profile;
        let md = job_description(CtoType::Industrializer, &p, Lang::Fr);
        assert!(md.contains("Nous sommes une entreprise de 1\u{202f}200\u{a0}personnes, bien installée."), "{md}");
        assert!(md.contains("100 à 300\u{a0}k€"), "{md}");
        assert!(md.contains("## Vos missions"), "{md}");
        assert!(!md.contains("**: "), "no English colon in French: {md}");
        assert_eq!(job_file_name(CtoType::Industrializer, Lang::Fr), "cto-industrializer-fr.md");
    }

    #[test]
    fn job_description_without_optional_answers() {
        let md = job_description(CtoType::Hacker, &decode("headcount=3").profile, Lang::En);
        assert!(md.contains("We are a company of 3 people.\n"), "{md}");
        assert!(!md.contains("tech team of"));
        assert!(md.contains("60k EUR"), "{md}");
    }
}
