//! Every decoder of outside input under generated input: the URL fragment (`codec::decode`, also used
//! for remembered answers) and host attributes (`codec::decode_presets`). A million deterministic
//! pseudo-random inputs each must never panic and must give a valid profile or named errors; property
//! tests (proptest) check round trips. The long, coverage-guided run is in `fuzz/` (cargo-fuzz).
#![cfg(not(target_arch = "wasm32"))]

use cto_match::engine::codec::{decode, decode_presets, encode, Decoded};
use cto_match::engine::profile::{parse_whole, Field, InputError, Lang, Mode, Need, Profile, Software, Stage, HEADCOUNT_MAX, HEADCOUNT_MIN, LED_MAX};
use cto_match::engine::result::{error_message, result_view};
use proptest::prelude::*;

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

/// xorshift64*: a deterministic generator, so a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Pieces that mean something to the decoders, and pieces that should not.
const PIECES: &[&str] = &[
    "headcount", "tech", "stage", "software", "needs", "lang", "mode", "led", "did", "candidate", "=", "=", "&", "&", ",", ",", "%", "%2C", "%2c", "%FF", "%E2%82",
    "%C3%A9", "0", "1", "9", "10", "12", "50", "51", "999", "1000000", "1000001", "99999999999999999999", "-", " ",
    "+", ".", "1,000", "1 000", "mvp", "idea", "launched", "scaling", "established", "MVP", "fr", "en", "FR", "de",
    "product", "support", "internal", "budget", "internal-it", "first-version", "hire-team", "investors", "coffee", "é", "🦀", "\u{202f}", "\u{a0}",
    "#", "x", "NaN", "1e3", "٤٥", "\0", "\u{feff}", "../", "<script>",
];

/// Up to six `key=value` pairs: mostly the contract's keys, with values of one to three pieces, and
/// separators that are sometimes missing or doubled.
fn generated(rng: &mut Rng) -> String {
    let mut out = String::new();
    for i in 0..rng.next() % 7 {
        if i > 0 {
            out.push_str(rng.pick(&["&", "&", "&", "&&", "", ","]));
        }
        out.push_str(rng.pick(&["headcount", "tech", "stage", "needs", "lang", "Headcount", "x", "", "%68eadcount"]));
        out.push_str(rng.pick(&["=", "=", "=", "=", "", "=="]));
        if rng.next() % 3 == 0 {
            out.push_str(rng.pick(&["1", "7", "9", "10", "12", "45", "50", "51", "120", "1000000", "0"]));
        } else {
            for _ in 0..1 + rng.next() % 3 {
                out.push_str(rng.pick(PIECES));
            }
        }
    }
    out
}

const MILLION: u32 = 1_000_000;

#[test]
fn a_million_generated_fragments_decode_to_valid_profiles() {
    let mut rng = Rng(0x00c7_0a7c_4e55_5eed);
    let (mut with_errors, mut with_result) = (0, 0);
    for i in 0..MILLION {
        let input = generated(&mut rng);
        let decoded = decode(&input);
        with_errors += u32::from(!decoded.errors.is_empty());
        with_result += u32::from(decoded.profile.headcount.is_some());
        assert_valid(&input, &decoded.profile, &decoded.errors, i % 16 == 0);
    }
    // The generator must reach both the error paths and real results, often.
    assert!(with_errors > MILLION / 4, "{with_errors} inputs with errors");
    assert!(with_result > MILLION / 50, "{with_result} inputs with a headcount");
    eprintln!("{with_errors} with errors, {with_result} with a headcount");
}

#[test]
fn a_million_generated_host_attribute_sets_decode_to_valid_presets() {
    let mut rng = Rng(0x0a77_b1b5_0000_0001);
    for i in 0..MILLION {
        let mut values: Vec<(Field, String)> = Vec::new();
        for field in Field::ALL {
            if rng.next() % 2 == 0 {
                let pieces = rng.next() % 4;
                values.push((field, (0..pieces).map(|_| rng.pick(PIECES)).collect()));
            }
        }
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
            mode: if needs % 2 == 0 { Mode::Company } else { Mode::Candidate },
            led: has_tech.then(|| tech % (LED_MAX + 1)),
            did: Need::ALL.into_iter().filter(|n| needs.rotate_left(5) & (1 << n.index()) != 0).collect(),
            needs: Need::ALL.into_iter().filter(|n| needs & (1 << n.index()) != 0).collect(),
            lang: lang.map(|i| Lang::ALL[i]),
        })
}

/// Fragments shaped like real ones, with values drawn from anything.
fn fragment_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        proptest::sample::select(vec!["headcount", "tech", "stage", "software", "needs", "lang"]).prop_map(String::from),
        "[a-z_]{0,6}",
    ];
    proptest::collection::vec((key, "\\PC{0,12}"), 0..8)
        .prop_map(|pairs| pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
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
