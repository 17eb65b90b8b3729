//! The URL fragment (and remembered answers, which use the same decoder): any bytes must give a valid
//! profile or named errors, the result must build, and the canonical form must read back unchanged.
#![no_main]

use cto_match::engine::codec::{decode, encode};
use cto_match::engine::profile::HEADCOUNT_MAX;
use cto_match::engine::view::{error_message, result_view};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let decoded = decode(text);
    let p = decoded.profile;
    assert!(p.headcount.is_none_or(|h| (1..=HEADCOUNT_MAX).contains(&h)));
    assert!(p.tech.is_none_or(|t| p.headcount.is_none_or(|h| t <= h)));
    for error in &decoded.errors {
        assert!(!error_message(error, Default::default()).is_empty());
    }
    let _ = result_view(&p, p.lang.unwrap_or_default());
    let again = decode(&encode(&p));
    assert_eq!(again.profile, p);
    assert!(again.errors.is_empty());
});
