//! Checks over every string of both tables. `Walk` lists them all, generically: the `table!` macro
//! implements it for each text struct from its field list, so a new field cannot escape these checks.

use std::fmt::Debug;

use super::*;

/// Lists every string under `path`.
pub trait Walk {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>);
}

impl Walk for &'static str {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
        out.push((path.to_owned(), self));
    }
}

impl<T: Walk, const N: usize> Walk for [T; N] {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
        self.as_slice().walk(path, out);
    }
}

impl<T: Walk> Walk for [T] {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
        for (i, item) in self.iter().enumerate() {
            item.walk(&format!("{path}[{i}]"), out);
        }
    }
}

impl<T: Walk + ?Sized> Walk for &'static T {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
        (**self).walk(path, out);
    }
}

impl<T: Walk> Walk for Option<T> {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
        if let Some(inner) = self {
            inner.walk(path, out);
        }
    }
}

/// A catalogue a text function is keyed by: every value it can be called with.
pub trait Keyed: Copy + Debug + 'static {
    fn every() -> Vec<Self>;
}

macro_rules! keyed {
    ($($ty:ty => $all:expr),* $(,)?) => {
        $(impl Keyed for $ty {
            fn every() -> Vec<Self> {
                $all.to_vec()
            }
        })*
    };
}

keyed! {
    Stage => Stage::ALL,
    Software => Software::ALL,
    Incumbent => Incumbent::ALL,
    Org => Org::ALL,
    Option<Org> => [None, Some(Org::Startup), Some(Org::Sme), Some(Org::Group), Some(Org::Public), Some(Org::Nonprofit)],
    Need => Need::ALL,
    Field => Field::ALL,
    CtoType => CtoType::ALL,
    NeedGroup => NeedGroup::ALL,
    Group => Group::ALL,
    Mission => Mission::ALL,
    Hat => Hat::ALL,
    Route => Route::ALL,
    Role => Role::ALL,
    Fit => [Fit::Strong, Fit::Partial, Fit::Weak],
    Specialty => [Specialty::Product, Specialty::Data, Specialty::Infrastructure, Specialty::Security],
    Outcome => [Outcome::Cto(CtoType::Hacker), Outcome::Cto(CtoType::Stabilizer), Outcome::Cto(CtoType::Industrializer), Outcome::NoCto],
    Tier => [Tier::First, Tier::Also, Tier::Later, Tier::Asked],
}

impl<K: Keyed, V: Walk> Walk for fn(K) -> V {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
        for key in K::every() {
            self(key).walk(&format!("{path}({key:?})"), out);
        }
    }
}

impl<A: Keyed, B: Keyed, V: Walk> Walk for fn(A, B) -> V {
    fn walk(&self, path: &str, out: &mut Vec<(String, &'static str)>) {
        for a in A::every() {
            for b in B::every() {
                self(a, b).walk(&format!("{path}({a:?}, {b:?})"), out);
            }
        }
    }
}

fn all_strings(lang: Lang) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    lang.texts().walk("", &mut out);
    lang.host_texts().walk(".host", &mut out);
    out
}

/// A JSON string literal, as the generated files under web/ write them (no-break spaces escaped, so
/// they stay visible in a diff).
fn quote(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{a0}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `web/{file}` must hold `expected`, generated from the tables; `UPDATE_HOST_TEXTS=1 cargo test`
/// rewrites it.
fn assert_generated(file: &str, expected: &str) {
    let path = [env!("CARGO_MANIFEST_DIR"), "/web/", file].concat();
    if std::env::var_os("UPDATE_HOST_TEXTS").is_some() {
        std::fs::write(&path, expected).expect("write a generated file under web/");
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(found == expected, "web/{file} differs from the text tables (UPDATE_HOST_TEXTS=1 cargo test rewrites it):\n{expected}");
}

/// `web/host-texts.json` as the tables say it should read: `{ "en": { "loading": "…", … }, "fr": … }`,
/// one string a line, in the table's order.
fn host_texts_json() -> String {
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| {
            let mut strings = Vec::new();
            lang.host_texts().walk("", &mut strings);
            let lines: Vec<String> = strings.iter().map(|(name, s)| format!("    {}: {}", quote(&name[1..]), quote(s))).collect();
            format!("  {}: {{\n{}\n  }}", quote(lang.id()), lines.join(",\n"))
        })
        .collect();
    format!("{{\n{}\n}}\n", langs.join(",\n"))
}

#[test]
fn the_host_scripts_say_what_the_tables_say() {
    assert_generated("host-texts.json", &host_texts_json());
}

fn without_placeholders(text: &str) -> String {
    text.split('{').enumerate().map(|(i, part)| if i == 0 { part } else { part.split_once('}').map_or(part, |(_, rest)| rest) }).collect()
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    found.sort_unstable();
    found
}

#[test]
fn the_walk_reaches_every_kind_of_field() {
    let names: Vec<String> = all_strings(Lang::En).into_iter().map(|(name, _)| name).collect();
    for expected in [
        ".title",
        ".need(Budget).help",
        ".mission(CeoCheckin).title",
        ".tier(Later, Industrializer)",
        ".hats.hat(Developer).label",
        ".grow.hand_over[1][2]",
        ".why.needs(Hacker)[1]",
        ".job.must(Stabilizer)[0]",
        ".route.why(Promote)",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} not walked");
    }
    assert!(names.len() > 300, "only {} strings walked", names.len());
}

#[test]
fn both_tables_have_the_same_strings_none_empty() {
    let en = all_strings(Lang::En);
    let fr = all_strings(Lang::Fr);
    assert_eq!(en.iter().map(|(n, _)| n).collect::<Vec<_>>(), fr.iter().map(|(n, _)| n).collect::<Vec<_>>());
    for (name, text) in en.iter().chain(&fr) {
        assert!(!text.trim().is_empty(), "{name} is empty");
        if name != ".colon" {
            assert_eq!(text.trim(), *text, "{name} has stray spaces");
        }
        assert!(!text.contains("  "), "{name} has a double space");
    }
}

#[test]
fn placeholders_match_across_languages() {
    for ((name, en), (_, fr)) in all_strings(Lang::En).into_iter().zip(all_strings(Lang::Fr)) {
        assert_eq!(placeholders(en), placeholders(fr), "{name}");
    }
}

#[test]
fn french_typography() {
    for (name, text) in all_strings(Lang::Fr) {
        assert!(!text.contains('\''), "{name}: straight apostrophe in {text:?}");
        assert!(!text.contains('"'), "{name}: straight quotes in {text:?}");
        for mark in [':', ';', '?', '!'] {
            for (i, _) in text.match_indices(mark) {
                let before = text[..i].chars().next_back();
                // A colon inside "Ctrl+C" or "8:00" is not punctuation; in prose the mark follows a no-break space.
                let after = text[i + 1..].chars().next();
                if before.is_some() && after.is_none_or(|c| c == ' ' || c == '\u{a0}') {
                    assert_eq!(before, Some('\u{a0}'), "{name}: no no-break space before {mark:?} in {text:?}");
                }
            }
        }
        assert_eq!(text.matches('«').count(), text.matches('»').count(), "{name}");
        assert!(!text.contains("« ") && !text.contains(" »"), "{name}: « » take no-break spaces");
    }
}

#[test]
fn no_english_left_in_the_french() {
    let english = [" the ", " and ", " with ", " your ", " you ", "people", " is ", " of the ", "Not sure"];
    // Words French founders use as they are.
    for (name, text) in all_strings(Lang::Fr) {
        let padded = format!(" {} ", without_placeholders(text));
        for word in english {
            assert!(!padded.contains(word), "{name}: {word:?} in {text:?}");
        }
    }
}

#[test]
fn english_spelling_is_american_throughout() {
    for (name, text) in all_strings(Lang::En) {
        for british in ["organis", "rigour", "colour", "behaviour", "industrialis", "stabilis", "Confirmed"] {
            assert!(!text.contains(british), "{name}: {british:?} in {text:?}");
        }
    }
}

#[test]
fn one_colon_per_sentence_at_most() {
    for lang in Lang::ALL {
        for (name, text) in all_strings(lang) {
            for sentence in text.split(". ") {
                let colons = sentence.matches(": ").count() + sentence.matches("\u{a0}: ").count() - sentence.matches("\u{a0}: ").count();
                assert!(colons <= 1 || name.contains("link_errors"), "{name}: two colons in {sentence:?}");
            }
        }
    }
}

#[test]
fn numbers_and_people_read_naturally() {
    assert_eq!(Lang::En.number(1_200), "1,200");
    assert_eq!(Lang::Fr.number(1_200), "1\u{202f}200");
    assert_eq!(Lang::En.number(1_000_000), "1,000,000");
    assert_eq!((Lang::En.people(1), Lang::En.people(0), Lang::En.people(2)), ("person", "people", "people"));
    assert_eq!((Lang::Fr.people(1), Lang::Fr.people(0), Lang::Fr.people(2)), ("personne", "personne", "personnes"));
    assert_eq!(Lang::En.plural(Lang::En.texts().points, 1), "{n} point");
}

#[test]
fn lists_join_with_the_languages_words() {
    let t = Lang::Fr.texts();
    assert_eq!(t.list(&["a", "b", "c"], t.and), "a, b et c");
    assert_eq!(t.list(&["a"], t.or), "a");
    assert_eq!(fill("{a} {b} {a}", &[("a", "x"), ("b", "y")]), "x y x");
    assert_eq!(fill("{a}{a}.", &[("a", "é")]), "éé.");
    assert_eq!(fill("{unknown} { {a", &[("a", "x")]), "{unknown} { {a", "unknown or unclosed placeholders stay");
    assert_eq!(fill("no placeholder", &[]), "no placeholder");
    assert_eq!(t.list(&["la montée en charge", "la qualité et la sécurité"], t.and), "la montée en charge, la qualité et la sécurité");
    assert_eq!(t.list(&["la qualité et la sécurité", "les process"], t.and), "la qualité, la sécurité et les process");
    assert_eq!(t.list(&["a", "la qualité et la sécurité", "c"], t.or), "a, la qualité et la sécurité, ou c");
    assert_eq!((capitalized("les budgets"), decapitalized("Hired engineers")), ("Les budgets".to_owned(), "hired engineers".to_owned()));
    assert_eq!(capitalized("élan"), "élan", "ASCII only: a non-ASCII first letter is left alone");
}

/// `capitalized` and `decapitalized` change ASCII letters only (no Unicode tables shipped): every text
/// they are given must start with one.
#[test]
fn texts_that_change_case_start_with_an_ascii_letter() {
    for lang in Lang::ALL {
        let t = lang.texts();
        for need in Need::ALL {
            for text in [(t.need)(need).short, (t.candidate.did)(need)] {
                assert!(text.starts_with(|c: char| c.is_ascii_alphabetic()), "{lang:?}: {text:?}");
            }
        }
        // Templates passed to `capitalized` start with the list (whose first item is checked above) or
        // with an ASCII letter.
        let fine = |s: &str| s.starts_with('{') || s.starts_with(|c: char| c.is_ascii_alphabetic());
        for text in [t.why.universal_needs[0], t.why.universal_needs[1], t.candidate.did_reason] {
            assert!(fine(text), "{lang:?}: {text:?}");
        }
        for role in Role::ALL {
            assert!((t.why_no_cto.needs)(role).iter().all(|s| fine(s)), "{lang:?}: {role:?}");
        }
        for ty in CtoType::ALL {
            assert!((t.why.needs)(ty).iter().all(|s| fine(s)));
        }
    }
}

#[test]
fn the_bounds_are_never_written_into_the_tables() {
    // The source's bounds live in scoring.rs only; the tables take them as {low}, {high} or {bound}.
    for lang in Lang::ALL {
        for (name, text) in all_strings(lang) {
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                assert!(!["10", "50", "ten", "fifty", "dix", "cinquante"].contains(&word.to_lowercase().as_str()), "{name}: {word:?} in {text:?}");
            }
        }
    }
}

#[test]
fn decimal_writes_numbers_as_to_string_does() {
    let mut n = 1u64;
    for _ in 0..20 {
        for m in [n - 1, n, n + 1, n.wrapping_mul(7) / 3] {
            assert_eq!(decimal(m), m.to_string());
        }
        n = n.saturating_mul(10);
    }
    assert_eq!(decimal(u64::MAX), u64::MAX.to_string());
}

#[test]
fn lists_join_as_before() {
    let t = Lang::En.texts();
    assert_eq!(t.list(&[], t.and), "");
    assert_eq!(t.list(&["a"], t.and), "a");
    assert_eq!(t.list(&["a", "b", "c"], t.and), "a, b and c");
    assert_eq!(t.list(&["a", "b", "c"], "or"), "a, b or c");
    assert_eq!(t.list(&["a", "b and c"], "or"), "a, or b and c");
    assert_eq!(t.list(&["a", "b and c"], t.and), "a, b and c", "a nested \"and\" is split in two");
}

/// `web/configure-texts.json` as the tables say it should read: the widget's own labels for every
/// choice the configurator (`web/configure.html`) presets, by language, ids beside labels, needs in
/// the groups the form shows them in. Hand-formatted like `host_texts_json`, one choice a line.
fn configure_texts_json() -> String {
    fn choices<K: Copy>(all: &[K], id: fn(K) -> &'static str, label: impl Fn(K) -> &'static str) -> String {
        let rows: Vec<String> = all.iter().map(|&k| format!("      [{}, {}]", quote(id(k)), quote(label(k)))).collect();
        format!("[\n{}\n    ]", rows.join(",\n"))
    }
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            let t = lang.texts();
            let groups: Vec<String> = NeedGroup::ALL
                .iter()
                .map(|&group| {
                    let needs: Vec<String> = group.needs().iter().map(|&n| format!("        [{}, {}]", quote(n.id()), quote((t.need)(n).label))).collect();
                    format!(
                        "      {{ \"id\": {}, \"label\": {}, \"needs\": [\n{}\n      ] }}",
                        quote(group.id()),
                        quote((t.need_group)(group)),
                        needs.join(",\n")
                    )
                })
                .collect();
            let fields = [
                ("title", quote(t.title)),
                ("headcount", quote(t.headcount.label)),
                ("tech", quote(t.tech.label)),
                ("stage_legend", quote(t.stage_legend)),
                ("stage", choices(&Stage::ALL, Stage::id, |s| (t.stage)(s).label)),
                ("org_legend", quote(t.org_legend)),
                ("org", choices(&Org::ALL, Org::id, |o| (t.org)(o).label)),
                ("software_legend", quote(t.software_legend)),
                ("software", choices(&Software::ALL, Software::id, |s| (t.software)(s).label)),
                ("cto_legend", quote(t.cto_legend)),
                ("cto", choices(&Incumbent::ALL, Incumbent::id, |i| (t.cto_today)(i).label)),
                ("needs_legend", quote(t.needs_legend)),
                ("need_groups", format!("[\n{}\n    ]", groups.join(",\n"))),
            ];
            let lines: Vec<String> = fields.iter().map(|(name, value)| format!("    {}: {value}", quote(name))).collect();
            format!("  {}: {{\n{}\n  }}", quote(lang.id()), lines.join(",\n"))
        })
        .collect();
    format!("{{\n{}\n}}\n", langs.join(",\n"))
}

#[test]
fn the_configurator_shows_the_widgets_own_labels() {
    assert_generated("configure-texts.json", &configure_texts_json());
}

/// `web/cards.json` as the tables say it should read: what a shared link's preview card says, by
/// language: the standalone page's title and description, then each outcome's name and tagline
/// (`tools/cards.mjs` draws the images from it, `tools/post-build.mjs` writes the result pages).
fn cards_json() -> String {
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            let t = lang.texts();
            let outcomes = CtoType::ALL.iter().map(|&ty| (ty.id(), (t.cto)(ty))).chain([("none", t.no_cto)]);
            let rows: Vec<String> =
                outcomes.map(|(id, text)| format!("      {}: {{ \"name\": {}, \"tagline\": {} }}", quote(id), quote(text.name), quote(text.tagline))).collect();
            format!(
                "  {}: {{\n    \"title\": {},\n    \"description\": {},\n    \"outcomes\": {{\n{}\n    }}\n  }}",
                quote(lang.id()),
                quote(t.page_title),
                quote(t.intro_embedded),
                rows.join(",\n")
            )
        })
        .collect();
    format!("{{\n{}\n}}\n", langs.join(",\n"))
}

#[test]
fn the_preview_cards_say_what_the_tables_say() {
    assert_generated("cards.json", &cards_json());
}
