//! The engine's speed: time to score one profile, and to build the whole result in words, in the
//! release profile. A plain binary (harness = false) that prints figures; `bash .ci/bench` runs it.

use std::hint::black_box;
use std::time::Instant;

use cto_match::engine::codec::decode;
use cto_match::engine::profile::Lang;
use cto_match::engine::result::result_view;
use cto_match::engine::scoring::assess;

const PROFILES: [&str; 6] = [
    "headcount=45&tech=6&stage=scaling&needs=hire-team,scalability",
    "headcount=3&stage=idea&needs=first-version,product",
    "headcount=9&needs=hire-team,data",
    "headcount=120&tech=25&stage=established&needs=processes,roadmap,budget",
    "headcount=20&needs=internal-it",
    "headcount=51&needs=investors,organize-delivery&lang=fr",
];

/// Median nanoseconds per call over 15 batches of `n` calls.
fn time(n: u32, mut f: impl FnMut()) -> f64 {
    let mut batches: Vec<f64> = (0..15)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(n)
        })
        .collect();
    batches.sort_by(f64::total_cmp);
    batches[batches.len() / 2]
}

fn main() {
    let profiles: Vec<_> = PROFILES.iter().map(|f| decode(f).profile).collect();
    let mut i = 0;
    let mut next = || {
        i = (i + 1) % profiles.len();
        &profiles[i]
    };
    let score = time(20_000, || {
        black_box(assess(black_box(next())));
    });
    let mut i = 0;
    let view = time(5_000, || {
        i = (i + 1) % profiles.len();
        let p = &profiles[i];
        black_box(result_view(black_box(p), p.lang.unwrap_or(Lang::En)));
    });
    let parse = time(20_000, || {
        black_box(decode(black_box(PROFILES[0])));
    });
    println!("## Engine (native, release profile; median of 15 batches)\n");
    println!("| step | time per call |\n|---|---:|");
    println!("| decode a shared link | {:.2} µs |", parse / 1000.0);
    println!("| score one profile (assess, with runner-up tips) | {:.2} µs |", score / 1000.0);
    println!("| the whole result in words (result_view, with the job draft) | {:.2} µs |", view / 1000.0);
}
