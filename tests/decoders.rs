//! Every decoder of outside input under generated input: the URL fragment (`codec::decode`, also used
//! for remembered answers) and host attributes (`codec::decode_presets`). A million inputs each, drawn
//! deterministically from proptest strategies, must never panic and must give a valid profile or named
//! errors; property tests (proptest) check round trips. The long, coverage-guided run is in `fuzz/` (cargo-fuzz).
#![cfg(not(target_arch = "wasm32"))]

use cto_match::engine::codec::{decode, decode_presets, encode, Decoded};
use cto_match::engine::profile::{
    parse_whole, Field, Incumbent, InputError, Lang, Mode, Need, Org, Profile, Software, Stage, HEADCOUNT_MAX, HEADCOUNT_MIN, LED_MAX,
};
use cto_match::engine::result::{error_message, result_view};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// What every decoded profile must satisfy, whatever the input.
fn assert_valid(input: &str, profile: &Profile, errors: &[InputError], full: bool) {
    if let Some(h) = profile.headcount {
        assert!((HEADCOUNT_MIN..=HEADCOUNT_MAX).contains(&h), "{input:?}: headcount {h}");
    }
    if let Some(t) = profile.tech {
        assert!(t <= HEADCOUNT_MAX && profile.headcount.is_none_or(|h| t <= h), "{input:?}: tech {t}");
    }
    for error in errors {
        assert!(error.given.chars().count() <= 41, "{input:?}: the echoed value is cut");
    }
    if full {
        for error in errors {
            for lang in Lang::ALL {
                let message = error_message(error, lang);
                assert!(message.starts_with((lang.texts().field)(error.field)));
            }
        }
        if let Some(view) = result_view(profile, profile.lang.unwrap_or_default()) {
            assert!(["hacker", "stabilizer", "industrializer", "none"].contains(&view.outcome.id()));
        }
        // The canonical form decodes to the same profile, without errors.
        assert_eq!(decode(&encode(profile)), Decoded { profile: *profile, errors: vec![] }, "{input:?}");
    }
}

/// Pieces that mean something to the decoders, and pieces that should not.
const PIECES: &[&str] = &[
    "headcount",
    "tech",
    "stage",
    "org",
    "software",
    "cto",
    "needs",
    "lang",
    "mode",
    "led",
    "did",
    "candidate",
    "left",
    "in-place",
    "public",
    "nonprofit",
    "sme",
    "=",
    "=",
    "&",
    "&",
    ",",
    ",",
    "%",
    "%2C",
    "%2c",
    "%FF",
    "%E2%82",
    "%C3%A9",
    "0",
    "1",
    "9",
    "10",
    "12",
    "50",
    "51",
    "999",
    "1000000",
    "1000001",
    "99999999999999999999",
    "-",
    " ",
    "+",
    ".",
    "1,000",
    "1 000",
    "mvp",
    "idea",
    "launched",
    "scaling",
    "established",
    "MVP",
    "fr",
    "en",
    "FR",
    "de",
    "product",
    "support",
    "internal",
    "budget",
    "internal-it",
    "first-version",
    "hire-team",
    "investors",
    "coffee",
    "é",
    "🦀",
    "\u{202f}",
    "\u{a0}",
    "#",
    "x",
    "NaN",
    "1e3",
    "٤٥",
    "\0",
    "\u{feff}",
    "../",
    "<script>",
];

/// Up to six `key=value` pairs: mostly the contract's keys, with values of one to three pieces, and
/// separators that are sometimes missing or doubled.
fn generated_fragments() -> impl Strategy<Value = String> {
    use proptest::sample::select;
    let value = prop_oneof![
        1 => select(vec!["1", "7", "9", "10", "12", "45", "50", "51", "120", "1000000", "0"]).prop_map(String::from),
        2 => proptest::collection::vec(select(PIECES), 1..4).prop_map(|pieces| pieces.concat()),
    ];
    let pair = (
        select(vec!["&", "&", "&", "&&", "", ","]),
        select(vec!["headcount", "tech", "stage", "org", "software", "cto", "needs", "lang", "mode", "led", "did", "Headcount", "x", "", "%68eadcount"]),
        select(vec!["=", "=", "=", "=", "", "=="]),
        value,
    )
        .prop_map(|(separator, key, equals, value)| format!("{separator}{key}{equals}{value}"));
    proptest::collection::vec(pair, 0..7).prop_map(|pairs| pairs.concat())
}

/// Host attributes: each field present or not, with zero to three pieces.
fn generated_attributes() -> impl Strategy<Value = Vec<(Field, String)>> {
    let value = proptest::collection::vec(proptest::sample::select(PIECES), 0..4).prop_map(|pieces| pieces.concat());
    proptest::collection::vec(proptest::option::of(value), Field::ALL.len())
        .prop_map(|values| Field::ALL.into_iter().zip(values).filter_map(|(field, value)| value.map(|v| (field, v))).collect())
}

/// `n` values of `strategy`, drawn deterministically, so a failure names a reproducible case.
fn draw<S: Strategy>(strategy: S, n: u32) -> impl Iterator<Item = S::Value> {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    (0..n).map(move |_| strategy.new_tree(&mut runner).expect("the strategy draws").current())
}

const MILLION: u32 = 1_000_000;

#[test]
fn a_million_generated_fragments_decode_to_valid_profiles() {
    let (mut with_errors, mut with_result) = (0, 0);
    for (i, input) in draw(generated_fragments(), MILLION).enumerate() {
        let decoded = decode(&input);
        with_errors += u32::from(!decoded.errors.is_empty());
        with_result += u32::from(decoded.profile.headcount.is_some());
        assert_valid(&input, &decoded.profile, &decoded.errors, i % 16 == 0);
    }
    // The strategy must reach both the error paths and real results, often.
    assert!(with_errors > MILLION / 4, "{with_errors} inputs with errors");
    assert!(with_result > MILLION / 50, "{with_result} inputs with a headcount");
    eprintln!("{with_errors} with errors, {with_result} with a headcount");
}

#[test]
fn a_million_generated_host_attribute_sets_decode_to_valid_presets() {
    for (i, values) in draw(generated_attributes(), MILLION).enumerate() {
        let (answers, errors) = decode_presets(values.iter().map(|(f, v)| (*f, v.as_str())));
        let (profile, number_errors) = answers.profile();
        assert!(number_errors.is_empty(), "presets keep only usable numbers: {values:?}");
        assert_valid(&format!("{values:?}"), &profile, &errors, i % 16 == 0);
    }
}

fn profiles() -> impl Strategy<Value = Profile> {
    (
        proptest::option::of(HEADCOUNT_MIN..=HEADCOUNT_MAX),
        any::<u32>(),
        any::<bool>(),
        proptest::option::of(0..Stage::ALL.len()),
        proptest::option::of(0..Software::ALL.len()),
        any::<u16>(),
        proptest::option::of(0..Lang::ALL.len()),
    )
        .prop_map(|(headcount, tech, has_tech, stage, software, needs, lang)| Profile {
            headcount,
            tech: has_tech.then(|| tech % (headcount.unwrap_or(HEADCOUNT_MAX) + 1)),
            stage: stage.map(|i| Stage::ALL[i]),
            software: software.map(|i| Software::ALL[i]),
            // Who holds the seat: from the same draw as the stage, so every value comes up.
            cto: stage.and_then(|i| Incumbent::ALL.get(i % 4).copied()),
            // The organisation: from the needs' draw, so every value comes up, and none.
            org: Org::ALL.get(usize::from(needs % 7)).copied(),
            mode: if needs % 2 == 0 { Mode::Company } else { Mode::Candidate },
            led: has_tech.then_some(tech % (LED_MAX + 1)),
            did: Need::ALL.into_iter().filter(|n| needs.rotate_left(5) & (1 << n.index()) != 0).collect(),
            needs: Need::ALL.into_iter().filter(|n| needs & (1 << n.index()) != 0).collect(),
            lang: lang.map(|i| Lang::ALL[i]),
        })
}

/// Fragments shaped like real ones, with values drawn from anything.
fn fragment_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        proptest::sample::select(vec!["headcount", "tech", "stage", "org", "software", "cto", "needs", "lang"]).prop_map(String::from),
        "[a-z_]{0,6}",
    ];
    proptest::collection::vec((key, "\\PC{0,12}"), 0..8).prop_map(|pairs| pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
}

proptest! {
    #[test]
    fn valid_profiles_survive_encode_then_decode(profile in profiles()) {
        prop_assert_eq!(decode(&encode(&profile)), Decoded { profile, errors: vec![] });
    }

    #[test]
    fn any_text_gives_a_valid_profile_or_named_errors(input in "\\PC{0,80}") {
        let decoded = decode(&input);
        assert_valid(&input, &decoded.profile, &decoded.errors, true);
    }

    #[test]
    fn any_fragment_like_text_gives_a_valid_profile_or_named_errors(input in fragment_like()) {
        let decoded = decode(&input);
        assert_valid(&input, &decoded.profile, &decoded.errors, true);
    }

    #[test]
    fn any_host_attributes_give_valid_presets(values in proptest::collection::vec("\\PC{0,16}", Field::ALL.len())) {
        let fields = Field::ALL.into_iter().zip(values.iter().map(String::as_str));
        let (answers, errors) = decode_presets(fields);
        let (profile, number_errors) = answers.profile();
        prop_assert!(number_errors.is_empty());
        assert_valid("attributes", &profile, &errors, true);
    }

    #[test]
    fn whole_numbers_read_back_as_written_in_either_language(n in 0u64..=10_000_000_000) {
        prop_assert_eq!(parse_whole(&n.to_string()), Some(n));
        prop_assert_eq!(parse_whole(&Lang::En.number(n)), Some(n));
        prop_assert_eq!(parse_whole(&Lang::Fr.number(n)), Some(n));
    }
}
