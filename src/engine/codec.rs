//! The URL-fragment form of a profile (`#headcount=45&stage=scaling&needs=hire-team,data`), both ways.
//! Decoding never fails as a whole: each value that cannot be used becomes an `InputError` and the rest
//! is kept. Host attributes use the same per-field readers (`read_field`), so both sources fail alike.

use super::profile::{Answers, Field, Incumbent, InputError, Lang, Mode, Need, NeedSet, Org, Problem, Profile, Software, Stage, ERRORS_SHOWN};
use super::text::decimal;

/// A profile read from outside, with what had to be left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub profile: Profile,
    pub errors: Vec<InputError>,
}

/// Reads one contract field's raw value into `answers`, noting in `errors` what it cannot use.
/// Unknown keys return `false` and change nothing. An empty value is no answer, not an error.
pub fn read_field(key: &str, value: &str, answers: &mut Answers, errors: &mut Vec<InputError>) -> bool {
    let value = value.trim();
    match key {
        "headcount" => answers.headcount = value.to_owned(),
        "tech" => answers.tech = value.to_owned(),
        "stage" if value.is_empty() => answers.stage = None,
        "stage" => match Stage::from_id(&value.to_ascii_lowercase()) {
            Some(stage) => answers.stage = Some(stage),
            None => errors.push(InputError::new(Field::Stage, value, Problem::UnknownStage)),
        },
        "software" if value.is_empty() => answers.software = None,
        "software" => match Software::from_id(&value.to_ascii_lowercase()) {
            Some(software) => answers.software = Some(software),
            None => errors.push(InputError::new(Field::Software, value, Problem::UnknownSoftware)),
        },
        "org" if value.is_empty() => answers.org = None,
        "org" => match Org::from_id(&value.to_ascii_lowercase()) {
            Some(org) => answers.org = Some(org),
            None => errors.push(InputError::new(Field::Org, value, Problem::UnknownOrg)),
        },
        "cto" if value.is_empty() => answers.cto = None,
        "cto" => match Incumbent::from_id(&value.to_ascii_lowercase()) {
            Some(cto) => answers.cto = Some(cto),
            None => errors.push(InputError::new(Field::Cto, value, Problem::UnknownIncumbent)),
        },
        "needs" => answers.needs = read_needs(Field::Needs, value, errors),
        "did" => answers.did = read_needs(Field::Did, value, errors),
        "led" => answers.led = value.to_owned(),
        "mode" if value.is_empty() => answers.mode = Mode::default(),
        "mode" => match Mode::from_id(&value.to_ascii_lowercase()) {
            Some(mode) => answers.mode = mode,
            None => errors.push(InputError::new(Field::Mode, value, Problem::UnknownMode)),
        },
        "lang" if value.is_empty() => answers.lang = None,
        "lang" => match Lang::from_id(&value.to_ascii_lowercase()) {
            Some(lang) => answers.lang = Some(lang),
            None => errors.push(InputError::new(Field::Lang, value, Problem::UnknownLang)),
        },
        _ => return false,
    }
    true
}

/// A comma-separated list of need ids (the company's needs, or what a candidate did). Past the first
/// few unknown ids, the rest are counted, not named (`Problem::More`): a flood stays cheap.
fn read_needs(field: Field, value: &str, errors: &mut Vec<InputError>) -> NeedSet {
    let mut needs = NeedSet::default();
    let mut unknown = 0;
    // (A semicolon typed for a comma: "data;roadmap".)
    for id in value.split([',', ';']).map(str::trim).filter(|id| !id.is_empty()) {
        match Need::from_id(id) {
            Some(need) => needs = needs.with(need),
            None if unknown < ERRORS_SHOWN => {
                errors.push(InputError::new(field, id, Problem::UnknownNeed));
                unknown += 1;
            }
            None => unknown += 1,
        }
    }
    if unknown > ERRORS_SHOWN {
        errors.push(InputError::new(field, "", Problem::More((unknown - ERRORS_SHOWN) as u32)));
    }
    needs
}

/// Decodes a fragment, with or without its leading `#`. Unknown keys are ignored; a repeated key's
/// last value wins.
pub fn decode(fragment: &str) -> Decoded {
    let (answers, errors) = read(fragment);
    finish(answers, errors)
}

/// For tests: the profile a well-formed fragment gives. A decoding error fails the test, so a mistyped
/// fragment never silently tests another profile.
#[cfg(test)]
pub fn checked(fragment: &str) -> Profile {
    let decoded = decode(fragment);
    assert_eq!(decoded.errors, vec![], "the test's fragment is not well formed: {fragment}");
    decoded.profile
}

/// Reads a fragment into answers as given (numbers still as text, to be checked by `Answers::profile`),
/// with the errors of the fields that are choices (stage, needs, lang).
pub fn read(fragment: &str) -> (Answers, Vec<InputError>) {
    read_over(Answers::default(), fragment)
}

/// Like `read`, starting from `answers` (a host's presets): the fragment's fields replace theirs.
pub fn read_over(mut answers: Answers, fragment: &str) -> (Answers, Vec<InputError>) {
    let mut errors = Vec::new();
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    for pair in body.split('&').filter(|pair| !pair.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        read_field(&percent_decode(key), &percent_decode(value), &mut answers, &mut errors);
    }
    (answers, errors)
}

/// Whether a fragment is the widget's: it sets at least one of the contract's fields. A host's own
/// fragment (`#comments`, `#/app/settings?tab=2`) is not, and a widget keeping the URL leaves it alone.
pub fn is_widget_fragment(fragment: &str) -> bool {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    body.split('&').any(|pair| {
        let key = percent_decode(pair.split_once('=').map_or(pair, |(key, _)| key));
        Field::ALL.iter().any(|f| f.id() == key)
    })
}

/// Reads a host page's presets (`data-headcount="12"`, ...): each field's value through `read_field`,
/// numbers checked at once. A value that cannot be used is left out and named in the errors (the host
/// logs them); the widget starts from the rest.
pub fn decode_presets<'a>(fields: impl IntoIterator<Item = (Field, &'a str)>) -> (Answers, Vec<InputError>) {
    let mut answers = Answers::default();
    let mut errors = Vec::new();
    for (field, value) in fields {
        read_field(field.id(), value, &mut answers, &mut errors);
    }
    let (_, number_errors) = answers.profile();
    for error in &number_errors {
        match error.field {
            Field::Headcount => answers.headcount.clear(),
            Field::Led => answers.led.clear(),
            _ => answers.tech.clear(),
        }
    }
    errors.extend(number_errors);
    (answers, errors)
}

/// Validates collected answers: the number checks run last, once both numbers are known, and are said
/// first, as the form asks the headcount and the tech team first.
pub fn finish(answers: Answers, errors: Vec<InputError>) -> Decoded {
    let (profile, mut number_errors) = answers.profile();
    number_errors.extend(errors);
    Decoded { profile, errors: number_errors }
}

/// The canonical fragment for a profile, without `#`: fields in contract order, absent ones left out.
/// Every character it writes is URL-safe, so nothing needs escaping.
pub fn encode(profile: &Profile) -> String {
    // Written part by part, without `format!` (see text::decimal).
    let mut out = String::new();
    let mut part = |name: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    };
    if let Some(headcount) = profile.headcount {
        part("headcount", &decimal(headcount.into()));
    }
    if let Some(tech) = profile.tech {
        part("tech", &decimal(tech.into()));
    }
    if let Some(stage) = profile.stage {
        part("stage", stage.id());
    }
    if let Some(org) = profile.org {
        part("org", org.id());
    }
    if let Some(software) = profile.software {
        part("software", software.id());
    }
    if let Some(cto) = profile.cto {
        part("cto", cto.id());
    }
    let ids = |set: NeedSet| set.iter().map(Need::id).collect::<Vec<_>>().join(",");
    if !profile.needs.is_empty() {
        part("needs", &ids(profile.needs));
    }
    if profile.mode != Mode::default() {
        part("mode", profile.mode.id());
    }
    if let Some(led) = profile.led {
        part("led", &decimal(led.into()));
    }
    if !profile.did.is_empty() {
        part("did", &ids(profile.did));
    }
    if let Some(lang) = profile.lang {
        part("lang", lang.id());
    }
    out
}

/// The link that reopens a result: `page`, the address the visitor is on, when the widget keeps it in
/// step with the answers; otherwise the standalone page beside the widget's files (`files` is their
/// folder's URL). Either way with this result's fragment, so the link works with no server.
pub fn share_link(page: Option<&str>, files: &str, card: Option<(&str, &str)>, fragment: &str) -> String {
    let before_hash = |url: &str| url.split('#').next().unwrap_or_default().to_owned();
    let mut link = match page {
        Some(page) => before_hash(page),
        None => {
            let mut folder = before_hash(files).split('?').next().unwrap_or_default().to_owned();
            if !folder.ends_with('/') {
                folder.push('/');
            }
            // With a result, its own small page (`r/stabilizer-fr.html`): a preview card that names the
            // result where the link is posted, then the standalone page with the fragment.
            match card {
                Some((outcome, lang)) => {
                    folder.push_str("r/");
                    folder.push_str(outcome);
                    folder.push('-');
                    folder.push_str(lang);
                    folder.push_str(".html");
                }
                None => folder.push_str("index.html"),
            }
            folder
        }
    };
    link.push('#');
    link.push_str(fragment);
    link
}

/// A link a host gave (`cta-href`, `share-url`), if it is safe to follow: `http:`, `https:` or `mailto:`,
/// or relative (no scheme at all). Anything else (`javascript:`, `data:`...) is refused. Leading spaces
/// and control characters, which browsers strip before reading the scheme, are stripped first.
pub fn safe_href(href: &str) -> Option<&str> {
    let href = href.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
    let scheme_end = href.find([':', '/', '?', '#']);
    match scheme_end.map(|i| (&href[..i], href[i..].starts_with(':'))) {
        Some((scheme, true)) => ["http", "https", "mailto"].iter().any(|s| s.eq_ignore_ascii_case(scheme)).then_some(href),
        _ => (!href.is_empty()).then_some(href),
    }
}

/// Fills a host's link template (`{type}`, `{route}`, `{fit}`, `{lang}`) with URL-encoded values.
pub fn fill_link(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| values.iter().find(|(k, _)| *k == &after[..close]).map(|(_, v)| (close, v))) {
            Some((close, value)) => {
                percent_encode(value, &mut out);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `%XX` escapes for everything but the unreserved characters of RFC 3986.
fn percent_encode(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
}

/// Undoes `%XX` escapes (links pasted from chat apps often escape the commas). Malformed escapes
/// stay as they are; bytes that are not UTF-8 become U+FFFD.
fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_safe_links_from_hosts() {
        for ok in [
            "https://firm.example/contact?t={type}",
            "http://x.example",
            "mailto:hello@firm.example",
            "/contact",
            "contact.html",
            "?from=widget",
            "#book",
            "HTTPS://X.EXAMPLE",
        ] {
            assert_eq!(safe_href(ok), Some(ok), "{ok}");
        }
        for bad in
            ["javascript:alert(1)", " javascript:alert(1)", "\u{1}javascript:x", "JavaScript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", ""]
        {
            assert_eq!(safe_href(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn host_links_are_filled_and_encoded() {
        let values = [("type", "stabilizer"), ("route", "first-hire"), ("fit", ""), ("lang", "fr")];
        assert_eq!(
            fill_link("https://firm.example/book?type={type}&route={route}&fit={fit}&lang={lang}&x={unknown}", &values),
            "https://firm.example/book?type=stabilizer&route=first-hire&fit=&lang=fr&x={unknown}"
        );
        assert_eq!(fill_link("/c?q={type}", &[("type", "a b&c=d/é")]), "/c?q=a%20b%26c%3Dd%2F%C3%A9");
        assert_eq!(fill_link("{{type}}", &[("type", "x")]), "{x}");
    }

    use super::*;

    fn needs(ids: &[Need]) -> NeedSet {
        ids.iter().copied().collect()
    }

    #[test]
    fn decodes_the_contract_example() {
        let decoded = decode("#headcount=45&tech=6&stage=scaling&needs=hire-team,scalability&lang=fr");
        assert_eq!(decoded.errors, vec![]);
        assert_eq!(
            decoded.profile,
            Profile {
                headcount: Some(45),
                tech: Some(6),
                stage: Some(Stage::Scaling),
                software: None,
                needs: needs(&[Need::HireTeam, Need::Scalability]),
                lang: Some(Lang::Fr),
                ..Profile::default()
            }
        );
    }

    #[test]
    fn encodes_in_contract_order() {
        let profile = Profile {
            headcount: Some(45),
            tech: Some(6),
            stage: Some(Stage::Scaling),
            software: Some(Software::Support),
            needs: needs(&[Need::Scalability, Need::HireTeam]),
            lang: Some(Lang::Fr),
            ..Profile::default()
        };
        assert_eq!(encode(&profile), "headcount=45&tech=6&stage=scaling&software=support&needs=hire-team,scalability&lang=fr");
        let candidate = Profile { mode: Mode::Candidate, led: Some(6), did: needs(&[Need::FirstVersion, Need::HireTeam]), ..profile };
        assert_eq!(
            encode(&candidate),
            "headcount=45&tech=6&stage=scaling&software=support&needs=hire-team,scalability&mode=candidate&led=6&did=first-version,hire-team&lang=fr",
            "the fragment keeps both sides"
        );
    }

    #[test]
    fn round_trips_every_need_stage_and_lang() {
        for (i, stage) in Stage::ALL.into_iter().enumerate() {
            for lang in Lang::ALL {
                let profile = Profile {
                    headcount: Some(1 + i as u32 * 249_999),
                    tech: Some(i as u32),
                    stage: Some(stage),
                    org: Org::ALL.get(i).copied(),
                    software: Software::ALL.get(i).copied(),
                    cto: Incumbent::ALL.get(i + 1).copied(),
                    needs: Need::ALL.into_iter().skip(i).step_by(2).collect(),
                    lang: Some(lang),
                    mode: Mode::ALL[i % 2],
                    led: Some(i as u32 * 7),
                    did: Need::ALL.into_iter().skip(i + 1).step_by(3).collect(),
                };
                assert_eq!(decode(&encode(&profile)), Decoded { profile, errors: vec![] });
            }
        }
        assert_eq!(decode(&encode(&Profile::default())), Decoded::default());
    }

    #[test]
    fn empty_and_hash_only_fragments_give_an_empty_profile() {
        for fragment in ["", "#", "#&&", "&"] {
            assert_eq!(decode(fragment), Decoded::default(), "{fragment:?}");
        }
    }

    #[test]
    fn garbage_is_named_and_the_rest_kept() {
        let cases: &[(&str, Field, Problem, &str)] = &[
            ("headcount=abc&stage=mvp", Field::Headcount, Problem::NotWholeNumber, "abc"),
            ("headcount=0&stage=mvp", Field::Headcount, Problem::BelowMin(1), "0"),
            ("headcount=2000000&stage=mvp", Field::Headcount, Problem::AboveMax(1_000_000), "2000000"),
            ("headcount=5&tech=9&stage=mvp", Field::Tech, Problem::TechAboveHeadcount(5), "9"),
            ("stage=unicorn&stage=mvp&stage=rocket", Field::Stage, Problem::UnknownStage, "unicorn"),
            ("stage=mvp&needs=budget,coffee", Field::Needs, Problem::UnknownNeed, "coffee"),
            ("stage=mvp&lang=de", Field::Lang, Problem::UnknownLang, "de"),
            ("stage=mvp&software=saas", Field::Software, Problem::UnknownSoftware, "saas"),
            ("stage=mvp&org=charity", Field::Org, Problem::UnknownOrg, "charity"),
            ("stage=mvp&cto=maybe", Field::Cto, Problem::UnknownIncumbent, "maybe"),
            ("stage=mvp&mode=recruiter", Field::Mode, Problem::UnknownMode, "recruiter"),
            ("stage=mvp&led=lots", Field::Led, Problem::NotWholeNumber, "lots"),
            ("stage=mvp&led=100001", Field::Led, Problem::AboveMax(100_000), "100001"),
            ("stage=mvp&did=coding", Field::Did, Problem::UnknownNeed, "coding"),
        ];
        for (fragment, field, problem, given) in cases {
            let decoded = decode(fragment);
            let first = decoded.errors.first().unwrap_or_else(|| panic!("no error for {fragment:?}"));
            assert_eq!((first.field, first.problem, first.given.as_str()), (*field, *problem, *given), "{fragment:?}");
            assert!(decoded.profile.stage.is_some(), "the rest of {fragment:?} is kept");
        }
    }

    #[test]
    fn a_fragment_overrides_presets_field_by_field() {
        let preset = Answers { headcount: "12".into(), stage: Some(Stage::Mvp), ..Answers::default() };
        let (answers, errors) = read_over(preset, "stage=scaling&needs=data");
        assert_eq!(errors, vec![]);
        assert_eq!((answers.headcount.as_str(), answers.stage), ("12", Some(Stage::Scaling)));
        assert_eq!(answers.needs, needs(&[Need::Data]));
    }

    #[test]
    fn presets_keep_what_is_valid_and_name_the_rest() {
        let (answers, errors) =
            decode_presets([(Field::Headcount, "lots"), (Field::Tech, "3"), (Field::Stage, "scaling"), (Field::Needs, "budget, coffee"), (Field::Lang, "fr")]);
        assert_eq!((answers.headcount.as_str(), answers.tech.as_str()), ("", "3"));
        assert_eq!((answers.stage, answers.lang), (Some(Stage::Scaling), Some(Lang::Fr)));
        assert_eq!(answers.needs, needs(&[Need::Budget]));
        let named: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(named, vec![Field::Needs, Field::Headcount]);
        let (answers, errors) = decode_presets([(Field::Headcount, "5"), (Field::Tech, "9")]);
        assert_eq!((answers.headcount.as_str(), answers.tech.as_str(), errors.len()), ("5", "", 1));
    }

    #[test]
    fn unknown_keys_and_key_without_value_are_ignored() {
        let decoded = decode("utm_source=blog&headcount&headcount=12&x=%ZZ");
        assert_eq!((decoded.profile.headcount, decoded.errors.len()), (Some(12), 0));
    }

    #[test]
    fn percent_escapes_and_case_are_forgiven() {
        let decoded = decode("needs=Hire-Team%2Cdata&stage=%20MVP&lang=FR");
        assert_eq!(decoded.profile.needs, needs(&[Need::HireTeam, Need::Data]));
        assert_eq!(decoded.profile.stage, Some(Stage::Mvp));
        assert_eq!(decoded.profile.lang, Some(Lang::Fr));
    }

    #[test]
    fn a_share_link_opens_the_same_result_anywhere() {
        let fragment = "headcount=45&needs=data";
        assert_eq!(
            share_link(Some("https://example.com/tools/cto/?ref=x#headcount=3"), "https://cdn.example.com/w/", Some(("stabilizer", "en")), fragment),
            "https://example.com/tools/cto/?ref=x#headcount=45&needs=data",
            "the page's own address when the widget keeps it"
        );
        assert_eq!(
            share_link(None, "https://cdn.example.com/cto-match/", Some(("stabilizer", "fr")), fragment),
            "https://cdn.example.com/cto-match/r/stabilizer-fr.html#headcount=45&needs=data",
            "the result's own page beside the widget's files otherwise, for its preview card"
        );
        assert_eq!(share_link(None, "https://cdn.example.com/w?v=2", None, ""), "https://cdn.example.com/w/index.html#");
        let link = share_link(None, "https://cdn.example.com/w/", None, &encode(&decode(fragment).profile));
        assert_eq!(decode(link.split_once('#').map(|(_, f)| f).unwrap_or_default()).profile, decode(fragment).profile);
    }

    #[test]
    fn hostile_bytes_never_panic() {
        let samples = ["%", "%E", "%C3%28", "headcount=%FF%FE", "needs=%E2%82", "=&=&==", "headcount=١٢", "needs=,,,"];
        for sample in samples {
            let decoded = decode(sample);
            assert_eq!(decoded.profile.headcount, None, "{sample:?}");
        }
        assert_eq!(percent_decode("%41%4a%"), "AJ%");
        assert_eq!(percent_decode("%C3%A9"), "é");
    }

    #[test]
    fn a_fragment_is_the_widgets_only_when_it_sets_a_field() {
        for ours in ["headcount=4", "#lang=fr", "utm=x&needs=data", "stage=", "%6Eeeds=data"] {
            assert!(is_widget_fragment(ours), "{ours:?}");
        }
        for theirs in ["", "#", "comments", "#/app/settings?tab=2", "section-2", "headcounts=4", "x=headcount"] {
            assert!(!is_widget_fragment(theirs), "{theirs:?}");
        }
    }
}
