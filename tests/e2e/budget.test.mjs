// The bytes a visitor downloads, held to a budget: deterministic (brotli at quality 11 of the release
// build), so it is a test; timings stay in the benchmark (bash .ci/bench).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { brotliSize, DIST } from "./harness.mjs";

/** What the standalone page fetches before it shows a result. */
const FIRST_LOAD = ["index.html", "loader.js", "cto-match.js", "cto-match_bg.wasm", "tokens.css", "widget.css", "page.css", "favicon.svg"];

/**
 * The budget, in bytes of brotli: today's first load plus a small margin, so any growth is a decision.
 * 125 KB when the widget first shipped (122.0 KB). Release builds that abort on panic (.ci/release,
 * −15 KB) then paid for the matching model, the take-away and candidate mode (123.7 KB with all three).
 * Issue 14 brought it to 113.1 KB (a smaller allocator, no core::fmt, short import names, no run-time
 * classes, minified scripts and stylesheets, one loader file), and the budget down to 114 KB. Issue 18
 * (a guest hosts can drive: attribute changes in place, pooled apps, remembered presets, failures said
 * in words, bounded messages) added 4.1 KB of wasm and 1.7 KB of loader: 120 KB. The roles that are
 * not a CTO (issue 19: seven routes, their reasons, portraits and costs in both languages) added 3.3 KB,
 * then close calls, founders and the reworded French 1.0 KB, and the question of who holds the seat today
 * (three routes) 0.8 KB: 125 KB. Issue 19's advice for every organisation (the kind of organisation,
 * the job ad a board can publish, and three rounds of reviews' wording in both languages) added 7.5 KB of
 * wasm: 134 KB. Issue 20's site owner's side (the compact layout, the call to action, the steps for
 * analytics, share-url, result pages) added 4.6 KB of wasm, and issue 19's last review rounds 1.2 KB:
 * 140 KB. Issue 19's eighth and ninth review rounds (roles for every organisation, candidates read as the
 * seat they fit, founders and interims said apart) and the events' colon-free aliases added 3.6 KB:
 * 143 KB; the tenth to twelfth rounds and a French copy edit 0.7 KB (less the sections' shared props,
 * −0.5 KB): 144 KB; the twelfth to fourteenth rounds (a product taken over, interims, shared public
 * IT, a VP's seat, tips said as alternatives) 1.6 KB: 146 KB; the fifteenth to seventeenth rounds (IT
 * leads in place, pooled public IT, shops' platforms, part-time seats that last, product and data
 * candidates) 3.2 KB, and the folded sections built when opened 0.7 KB: 150 KB; the eighteenth and
 * nineteenth rounds (founders' pay, small firms' data and security, infrastructure and security
 * records, IT leads in place by size) 3.1 KB: 153 KB; the twentieth to twenty-third (IT managers by team
 * size, small organisations' figures, tills and projects, technicians' and analysts' paths) 1.1 KB:
 * 154 KB; the twenty-third and twenty-fourth (route names in both genders, where large seats are
 * searched for, part-time seats over developers, heads of engineering, data engineers) 4.3 KB: 158 KB;
 * the twenty-fifth (products taken back from agencies, shops' subscriptions, other trades' records,
 * organisations' own pay scales) 2.2 KB: 160 KB; the twenty-sixth (an IT department's CIO seat and a
 * seat not asserted, said in every block) 1.5 KB: 162 KB; an answer painted before its result (issue
 * 22) 1.5 KB: 163 KB; the twenty-seventh and twenty-eighth (an IT department's CIO on every route,
 * seats to define, small teams' interims) 0.8 KB: 164 KB; the twenty-ninth and thirtieth (data and BI
 * records, IT people leading an app, seat levels, communes' online forms) 1.2 KB, and the thirty-first
 * (security beside the business, app pilots in every block) 0.3 KB: 166 KB; the thirty-third and
 * thirty-fourth (steering seats in every block, promoted leads, trades' records, leads in place) 1.5 KB:
 * 168 KB; the thirty-fifth to thirty-ninth (ready-made services for small organisations' portals,
 * public interims and pooled changes, data and security beside a CTO, trades' records by level) 2.6 KB:
 * 170 KB; the fortieth to forty-fifth (ready-made services up to 250 people, heads of data and security
 * beside a CTO, public bodies' IT production, business software chosen with its vendors) 0.8 KB: 171 KB;
 * the forty-sixth and forty-seventh (a commune's site, a partner's venture company) 0.5 KB: 172 KB;
 * the forty-seventh and forty-eighth (first online services beside staff IT, IT costs, leads in place,
 * group sites' IT managers, sparse forms, part-time rhythms) 1.2 KB: 174 KB; the forty-ninth to
 * fifty-third (IT costs and trades' software, data offices, CIO and department records, seats to define
 * for firms) 2.1 KB: 176 KB; the fifty-ninth and sixtieth (an IT department's hiring beside a change, a
 * large non-profit's search, roadmaps and rules beside the IT person in place) 0.4 KB: 178 KB; the
 * sixty-first to seventieth (CISOs and heads of data beside IT, developers' leads by the seat over them,
 * candidates facing seats above or below their record) 1.5 KB: 180 KB; the seventy-third to seventy-sixth
 * (shops' seasonal load, part-time seats over a team, business software chosen by the IT people or the
 * hire, group and public CIOs' reporting lines, IT pairs, seats to define) 4.6 KB, and the suggestion
 * for a value plainly meant ("pme", "sécurité") 2.1 KB: 188 KB; the eighty-sixth to eighty-ninth
 * (a candidate told only what the company page advises, held by a generated test; part-time seats over a
 * product in service; business software chosen beside an IT team; promoted leads' two bands; French
 * doublets) 2.5 KB: 192 KB; session 14's ninety-sixth and ninety-seventh (no post in house said in the
 * candidate's reason and fit, missions at a day rate, heads of software development under an IT seat, a
 * CIO's seat in a CIO's words, part-time seats' hats and missions, public bodies' and non-profits' words,
 * numbers in words) 3.7 KB: 196 KB; session 15's hundred-and-first to hundred-and-third (governing bodies
 * in each organisation's words, VAT on a non-profit's day rates, public tenders, interims' and CISOs'
 * steps, the French recruiter's recurring touch-ups) 3.3 KB: 200 KB, until issue 22 ships one language at
 * a time. Every step is in BENCHMARKS.md.
 */
const BUDGET = 200 * 1024;

const brotli = (file) => brotliSize(join(DIST, file));

test(`the first load stays within ${BUDGET / 1024} KB of brotli`, () => {
  const sizes = Object.fromEntries(FIRST_LOAD.map((f) => [f, brotli(f)]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  assert.ok(total <= BUDGET, `${total} bytes > ${BUDGET}: ${JSON.stringify(sizes)}`);
});

test("the embed loads no more than the page: loader, glue, wasm and two stylesheets", () => {
  const embed = ["loader.js", "cto-match.js", "cto-match_bg.wasm", "tokens.css", "widget.css"].map(brotli);
  assert.ok(embed.reduce((a, b) => a + b, 0) <= BUDGET);
});
