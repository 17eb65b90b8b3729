//! Every visible string, one table per language. A table is a `Texts` value: leaving out a string is a
//! compile error, and the arrays are sized by the enums they follow (needs, stages, missions, groups).
//! Sentences with values use `{name}` placeholders, filled by `fill`.

mod en;
mod fr;

use super::catalogue::MISSIONS;
use super::profile::{Lang, Need};

/// A choice on the form: what it says and a one-line explanation.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    pub label: &'static str,
    pub help: &'static str,
}

/// A need: its form choice and the short name used inside sentences.
#[derive(Clone, Copy, Debug)]
pub struct NeedText {
    pub label: &'static str,
    pub short: &'static str,
    pub help: &'static str,
}

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

#[derive(Clone, Copy, Debug)]
pub struct MissionText {
    pub title: &'static str,
    pub detail: &'static str,
}

pub(super) const fn choice(label: &'static str, help: &'static str) -> Choice {
    Choice { label, help }
}

pub(super) const fn need(label: &'static str, short: &'static str, help: &'static str) -> NeedText {
    NeedText { label, short, help }
}

pub(super) const fn mission(title: &'static str, detail: &'static str) -> MissionText {
    MissionText { title, detail }
}

/// The twelve hats section.
#[derive(Debug)]
pub struct HatsText {
    pub heading: &'static str,
    pub intro: &'static str,
    /// Wear it, share it, hand it over.
    pub roles: [&'static str; 3],
    /// Each hat's name and what it covers, in `Hat` order.
    pub names: [Choice; 12],
    pub priority_badge: &'static str,
    pub priorities_note: &'static str,
    pub opinion: &'static str,
}

/// One of the source's pay bands.
#[derive(Clone, Copy, Debug)]
pub struct PayBand {
    pub label: &'static str,
    pub amount: &'static str,
}

/// The "as you grow" and "profile to look for" sections.
#[derive(Debug)]
pub struct GrowText {
    pub heading: &'static str,
    /// By type: when the next step comes (the last says the industrializer is the last step).
    pub next: [&'static str; 3],
    pub hand_over_title: &'static str,
    pub take_on_title: &'static str,
    pub keeps_title: &'static str,
    /// For the hacker and the stabilizer: what to hand over and to take on at the next step.
    pub hand_over: [&'static [&'static str]; 2],
    pub take_on: [&'static [&'static str]; 2],
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
    pub position: [&'static str; 3],
    pub pay_title: &'static str,
    pub pay_bands: [PayBand; 3],
    pub pay_caveat: &'static str,
    pub pay_opinion: &'static str,
}

/// The job description draft and its buttons.
#[derive(Debug)]
pub struct JobText {
    pub heading: &'static str,
    pub intro: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,
    pub download: &'static str,
    pub titles: [&'static str; 3],
    pub context_heading: &'static str,
    pub company: &'static str,
    pub company_unknown: &'static str,
    /// Joined after the company: ", scaling fast".
    pub stages: [&'static str; 5],
    pub tech_team: &'static str,
    pub no_tech_team: &'static str,
    pub role: [&'static str; 3],
    pub missions_heading: &'static str,
    pub profile_heading: &'static str,
    pub profile: [&'static [&'static str]; 3],
    pub pay_heading: &'static str,
    pub footer: &'static str,
}

/// All the widget says, in one language.
#[derive(Debug)]
pub struct Texts {
    pub lang_name: &'static str,
    pub lang_switch: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub form_label: &'static str,

    pub headcount: Choice,
    pub tech: Choice,
    pub stage_legend: &'static str,
    pub stage_unsure: &'static str,
    pub stages: [Choice; 5],
    pub needs_legend: &'static str,
    pub needs_help: &'static str,
    pub need_groups: [&'static str; 5],
    pub needs: [NeedText; 16],
    pub start_over: &'static str,

    /// Field names in messages, in `Field` order.
    pub fields: [&'static str; 5],
    pub link_errors: &'static str,
    /// Shown in place of a widget that hit an internal error.
    pub crashed: &'static str,
    pub not_whole_number: &'static str,
    pub below_min: &'static str,
    pub above_max: &'static str,
    pub tech_above_headcount: &'static str,
    pub unknown_stage: &'static str,
    pub unknown_need: &'static str,
    pub unknown_lang: &'static str,

    pub result_label: &'static str,
    pub waiting: &'static str,
    pub you_need: &'static str,
    pub types: [TypeText; 3],
    pub no_cto: TypeText,
    pub instead_heading: &'static str,
    pub instead: [&'static str; 3],

    pub scores_heading: &'static str,
    pub score_value: &'static str,
    pub why_heading: &'static str,
    pub points_badge: &'static str,
    pub size_range: [&'static str; 3],
    /// Near a bound, by the type it leans to: hacker (10–12), stabilizer from below (8–9), stabilizer
    /// from above (51–60), industrializer (40–50).
    pub near_bound: [&'static str; 4],
    pub tech_none: &'static str,
    pub tech_team: [&'static str; 3],
    pub stage_reasons: [&'static str; 5],
    pub need_one: [&'static str; 3],
    pub need_many: [&'static str; 3],
    pub no_cto_need: &'static str,

    pub runner_up_heading: &'static str,
    pub runner_up_none_heading: &'static str,
    pub tips_intro: &'static str,
    pub tip_headcount: &'static str,
    pub tip_headcount_plus: &'static str,
    pub tip_add: &'static str,
    pub tip_drop: &'static str,
    pub counts: [&'static str; 3],
    /// ": " in English, "\u{a0}: " in French.
    pub colon: &'static str,
    /// The noun after a count of people: singular, plural.
    pub people: [&'static str; 2],
    pub and: &'static str,
    pub or: &'static str,

    pub missions_heading: &'static str,
    pub groups: [&'static str; 5],
    pub matched: &'static str,
    pub missions: [MissionText; MISSIONS.len()],
    pub source_note: &'static str,

    pub hats: HatsText,
    pub grow: GrowText,
    pub job: JobText,
}

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::EN,
            Lang::Fr => &fr::FR,
        }
    }

    /// "person" or "people" after `n` (French takes the singular for 0 and 1).
    pub fn people(self, n: u64) -> &'static str {
        let singular = match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        };
        self.texts().people[usize::from(!singular)]
    }

    /// A whole number as the language writes it: 1,200 in English, 1 200 in French.
    pub fn number(self, n: u64) -> String {
        let separator = match self {
            Lang::En => ",",
            Lang::Fr => "\u{202f}",
        };
        let digits = n.to_string();
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
    pub fn need(&self, need: Need) -> &NeedText {
        &self.needs[need.index()]
    }

    /// "a, b and c" (or "a, b or c").
    pub fn list(&self, items: &[&str], last_joiner: &str) -> String {
        match items {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} {last_joiner} {last}", rest.join(", ")),
        }
    }
}

/// Replaces each `{name}` in `template` by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The sentence with its first letter in upper case.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of a table, with a name, for checks that walk them all.
    fn all_strings(t: &Texts) -> Vec<(String, &'static str)> {
        let mut out: Vec<(String, &'static str)> = vec![
            ("lang_name".into(), t.lang_name),
            ("lang_switch".into(), t.lang_switch),
            ("title".into(), t.title),
            ("intro".into(), t.intro),
            ("form_label".into(), t.form_label),
            ("headcount".into(), t.headcount.label),
            ("headcount.help".into(), t.headcount.help),
            ("tech".into(), t.tech.label),
            ("tech.help".into(), t.tech.help),
            ("stage_legend".into(), t.stage_legend),
            ("stage_unsure".into(), t.stage_unsure),
            ("needs_legend".into(), t.needs_legend),
            ("needs_help".into(), t.needs_help),
            ("start_over".into(), t.start_over),
            ("link_errors".into(), t.link_errors),
            ("crashed".into(), t.crashed),
            ("not_whole_number".into(), t.not_whole_number),
            ("below_min".into(), t.below_min),
            ("above_max".into(), t.above_max),
            ("tech_above_headcount".into(), t.tech_above_headcount),
            ("unknown_stage".into(), t.unknown_stage),
            ("unknown_need".into(), t.unknown_need),
            ("unknown_lang".into(), t.unknown_lang),
            ("result_label".into(), t.result_label),
            ("waiting".into(), t.waiting),
            ("you_need".into(), t.you_need),
            ("no_cto.label".into(), t.no_cto.label),
            ("no_cto.the".into(), t.no_cto.the),
            ("no_cto.name".into(), t.no_cto.name),
            ("no_cto.tagline".into(), t.no_cto.tagline),
            ("no_cto.portrait".into(), t.no_cto.portrait),
            ("instead_heading".into(), t.instead_heading),
            ("scores_heading".into(), t.scores_heading),
            ("score_value".into(), t.score_value),
            ("why_heading".into(), t.why_heading),
            ("points_badge".into(), t.points_badge),
            ("tech_none".into(), t.tech_none),
            ("no_cto_need".into(), t.no_cto_need),
            ("runner_up_heading".into(), t.runner_up_heading),
            ("runner_up_none_heading".into(), t.runner_up_none_heading),
            ("tips_intro".into(), t.tips_intro),
            ("tip_headcount".into(), t.tip_headcount),
            ("tip_headcount_plus".into(), t.tip_headcount_plus),
            ("tip_add".into(), t.tip_add),
            ("tip_drop".into(), t.tip_drop),
            ("colon".into(), t.colon),
            ("people[0]".into(), t.people[0]),
            ("people[1]".into(), t.people[1]),
            ("and".into(), t.and),
            ("or".into(), t.or),
            ("missions_heading".into(), t.missions_heading),
            ("matched".into(), t.matched),
            ("source_note".into(), t.source_note),
        ];
        let arrays: [(&str, &[&'static str]); 13] = [
            ("fields", &t.fields),
            ("need_groups", &t.need_groups),
            ("instead", &t.instead),
            ("size_range", &t.size_range),
            ("near_bound", &t.near_bound),
            ("tech_team", &t.tech_team),
            ("stage_reasons", &t.stage_reasons),
            ("need_one", &t.need_one),
            ("need_many", &t.need_many),
            ("counts", &t.counts),
            ("groups", &t.groups),
            ("stage labels", &t.stages.map(|s| s.label)),
            ("stage help", &t.stages.map(|s| s.help)),
        ];
        for (name, items) in arrays {
            out.extend(items.iter().enumerate().map(|(i, s)| (format!("{name}[{i}]"), *s)));
        }
        for (i, n) in t.needs.iter().enumerate() {
            out.extend([(format!("needs[{i}].label"), n.label), (format!("needs[{i}].short"), n.short), (format!("needs[{i}].help"), n.help)]);
        }
        for (i, ty) in t.types.iter().enumerate() {
            out.extend([
                (format!("types[{i}].label"), ty.label),
                (format!("types[{i}].the"), ty.the),
                (format!("types[{i}].name"), ty.name),
                (format!("types[{i}].tagline"), ty.tagline),
                (format!("types[{i}].portrait"), ty.portrait),
            ]);
        }
        let h = &t.hats;
        out.extend([("hats.heading".into(), h.heading), ("hats.intro".into(), h.intro), ("hats.priority_badge".into(), h.priority_badge)]);
        out.extend([("hats.priorities_note".into(), h.priorities_note), ("hats.opinion".into(), h.opinion)]);
        out.extend(h.roles.iter().enumerate().map(|(i, s)| (format!("hats.roles[{i}]"), *s)));
        for (i, c) in h.names.iter().enumerate() {
            out.extend([(format!("hats.names[{i}].label"), c.label), (format!("hats.names[{i}].help"), c.help)]);
        }
        let g = &t.grow;
        out.extend([
            ("grow.heading".into(), g.heading),
            ("grow.hand_over_title".into(), g.hand_over_title),
            ("grow.take_on_title".into(), g.take_on_title),
            ("grow.keeps_title".into(), g.keeps_title),
            ("grow.profile_heading".into(), g.profile_heading),
            ("grow.skills_title".into(), g.skills_title),
            ("grow.skills_dev".into(), g.skills_dev),
            ("grow.skill_data".into(), g.skill_data),
            ("grow.skills_human".into(), g.skills_human),
            ("grow.background_title".into(), g.background_title),
            ("grow.background".into(), g.background),
            ("grow.ladder_title".into(), g.ladder_title),
            ("grow.pay_title".into(), g.pay_title),
            ("grow.pay_caveat".into(), g.pay_caveat),
            ("grow.pay_opinion".into(), g.pay_opinion),
        ]);
        let lists: [(&str, &[&'static str]); 8] = [
            ("grow.next", &g.next),
            ("grow.hand_over[0]", g.hand_over[0]),
            ("grow.hand_over[1]", g.hand_over[1]),
            ("grow.take_on[0]", g.take_on[0]),
            ("grow.take_on[1]", g.take_on[1]),
            ("grow.keeps", g.keeps),
            ("grow.ladder", &g.ladder),
            ("grow.position", &g.position),
        ];
        for (name, items) in lists {
            out.extend(items.iter().enumerate().map(|(i, s)| (format!("{name}[{i}]"), *s)));
        }
        for (i, b) in g.pay_bands.iter().enumerate() {
            out.extend([(format!("grow.pay_bands[{i}].label"), b.label), (format!("grow.pay_bands[{i}].amount"), b.amount)]);
        }
        let j = &t.job;
        out.extend([
            ("job.heading".into(), j.heading),
            ("job.intro".into(), j.intro),
            ("job.copy".into(), j.copy),
            ("job.copied".into(), j.copied),
            ("job.copy_refused".into(), j.copy_refused),
            ("job.download".into(), j.download),
            ("job.context_heading".into(), j.context_heading),
            ("job.company".into(), j.company),
            ("job.company_unknown".into(), j.company_unknown),
            ("job.tech_team".into(), j.tech_team),
            ("job.no_tech_team".into(), j.no_tech_team),
            ("job.missions_heading".into(), j.missions_heading),
            ("job.profile_heading".into(), j.profile_heading),
            ("job.pay_heading".into(), j.pay_heading),
            ("job.footer".into(), j.footer),
        ]);
        let job_lists: [(&str, &[&'static str]); 6] = [
            ("job.titles", &j.titles),
            ("job.stages", &j.stages),
            ("job.role", &j.role),
            ("job.profile[0]", j.profile[0]),
            ("job.profile[1]", j.profile[1]),
            ("job.profile[2]", j.profile[2]),
        ];
        for (name, items) in job_lists {
            out.extend(items.iter().enumerate().map(|(i, s)| (format!("{name}[{i}]"), *s)));
        }
        for (i, m) in t.missions.iter().enumerate() {
            out.extend([(format!("missions[{i}].title"), m.title), (format!("missions[{i}].detail"), m.detail)]);
        }
        out
    }

    fn placeholders(s: &str) -> Vec<&str> {
        let mut names: Vec<&str> = s.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect();
        names.sort();
        names
    }

    #[test]
    fn no_text_is_missing_in_any_language() {
        for lang in Lang::ALL {
            for (name, text) in all_strings(lang.texts()) {
                assert!(!text.trim().is_empty(), "{lang:?} has no text for {name}");
            }
        }
    }

    #[test]
    fn french_is_written_not_copied() {
        let (en, fr) = (all_strings(Lang::En.texts()), all_strings(Lang::Fr.texts()));
        assert_eq!(en.len(), fr.len());
        // A few words are the same in both languages (names of the CTO types, "data", "budget").
        let same: Vec<&String> =
            en.iter().zip(&fr).filter(|((_, e), (_, f))| e == f && e.len() > 12).map(|((name, _), _)| name).collect();
        assert!(same.is_empty(), "French text left in English: {same:?}");
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for ((name, en), (_, fr)) in all_strings(Lang::En.texts()).iter().zip(all_strings(Lang::Fr.texts()).iter()) {
            assert_eq!(placeholders(en), placeholders(fr), "{name}");
        }
    }

    #[test]
    fn numbers_follow_the_locale() {
        let cases = [(0, "0", "0"), (45, "45", "45"), (1200, "1,200", "1\u{202f}200"), (1_000_000, "1,000,000", "1\u{202f}000\u{202f}000")];
        for (n, en, fr) in cases {
            assert_eq!((Lang::En.number(n).as_str(), Lang::Fr.number(n).as_str()), (en, fr));
        }
    }

    #[test]
    fn lists_and_fill() {
        let t = Lang::En.texts();
        assert_eq!(t.list(&["a", "b", "c"], t.and), "a, b and c");
        assert_eq!(t.list(&["a"], t.or), "a");
        assert_eq!(fill("{n} people: {n}", &[("n", "45")]), "45 people: 45");
        assert_eq!(capitalized("élan"), "Élan");
    }
}
