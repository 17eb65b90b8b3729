//! Host attributes: any values, one per field, must give presets whose numbers are usable, or named errors.
#![no_main]

use cto_match::engine::codec::decode_presets;
use cto_match::engine::profile::Field;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let values = text.splitn(Field::ALL.len(), '\u{1}');
    let (answers, _errors) = decode_presets(Field::ALL.into_iter().zip(values));
    let (_profile, number_errors) = answers.profile();
    assert!(number_errors.is_empty());
});
