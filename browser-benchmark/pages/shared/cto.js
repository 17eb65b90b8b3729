// The benchmark's comparison pages use this plain-JavaScript port of cto-match's scoring, so they
// ask the same questions and show the same result (type, scores, missions). It mirrors
// src/engine/scoring.rs and src/engine/missions.rs; browser-benchmark/run.mjs checks all three pages agree.
export const STAGES = [
  ["idea", "Idea"], ["mvp", "First version"], ["launched", "Launched"],
  ["scaling", "Scaling"], ["established", "Established"],
];
// Each need: id, label, and what it implies, as [type index, points] pairs (src/engine/scoring.rs).
export const NEEDS = [
  ["first-version", "Build the first version", [[0, 2]]], ["tech-choices", "Choose or audit the stack", [[0, 1], [1, 1]]],
  ["hire-team", "Recruit a tech team", [[1, 2]]], ["organize-delivery", "Organize delivery", [[1, 2]]],
  ["scalability", "Get ready to scale", [[1, 2]]], ["quality-security", "Quality and security", [[1, 1]]],
  ["processes", "Company-wide processes", [[2, 2]]], ["roadmap", "Technology roadmap", [[1, 1], [2, 1]]],
  ["budget", "Technical budgets", []], ["investors", "Investors and board", []],
  ["clients", "Clients and partners", []], ["data", "Put data to work", [[1, 1]]],
  ["product", "Product and UX design", [[0, 1]]], ["infrastructure", "Run the infrastructure", [[0, 1]]],
  ["internal-it", "Staff equipment and IT support", []], ["change", "Lead change", [[2, 2]]],
];
export const TYPES = ["hacker", "stabilizer", "industrializer"];
const NAMES = { hacker: "The hacker", stabilizer: "The stabilizer", industrializer: "The industrializer", none: "No CTO, for now" };
const F = 0, A = 1, L = 2, X = 3; // first, also, later, only when a ticked need asks for it
// Each mission: id, title, the needs it answers, its tier for the hacker, stabilizer, industrializer (src/engine/missions.rs).
const MISSIONS = [
  ["build-first-version", "Build the first working version", ["first-version", "product"], [F, X, X]],
  ["architecture", "Lay out the architecture", ["tech-choices", "scalability", "first-version"], [F, F, A]],
  ["tech-audit", "Audit the technical choices", ["tech-choices", "quality-security"], [A, A, A]],
  ["run-infrastructure", "Run the infrastructure", ["infrastructure"], [F, A, L]],
  ["quality-security", "Own quality and security", ["quality-security", "scalability"], [A, F, A]],
  ["data", "Put the data to work", ["data"], [A, A, A]],
  ["tech-budget", "Manage the technical budget", ["budget"], [A, A, F]],
  ["recruit-team", "Recruit and structure the team", ["hire-team"], [A, F, F]],
  ["assign-work", "Organize and assign the work", ["organize-delivery"], [L, A, L]],
  ["daily-standup", "Run the daily stand-up", ["organize-delivery"], [L, A, L]],
  ["one-to-ones", "Hold one-on-ones", ["hire-team"], [L, F, A]],
  ["sprint-planning", "Plan the next sprints", ["organize-delivery"], [L, F, L]],
  ["dashboard", "Keep a dashboard", ["organize-delivery", "processes"], [L, A, A]],
  ["release-coordination", "Coordinate releases", ["organize-delivery", "quality-security"], [A, A, L]],
  ["weekly-review", "Close the week with the team", ["organize-delivery"], [L, A, L]],
  ["business-priorities", "Set priorities by business need", ["product", "roadmap"], [F, A, A]],
  ["cross-team-rollout", "Work with product, operations and data", ["product", "data"], [L, A, A]],
  ["sales-training", "Train the sales team", ["clients"], [L, A, A]],
  ["engineering-processes", "Define engineering processes", ["processes"], [X, A, F]],
  ["lead-change", "Lead change", ["change"], [L, A, A]],
  ["strategy-roadmap", "Decide strategy and roadmap", ["roadmap"], [A, A, F]],
  ["ceo-checkin", "Check in with the CEO", ["roadmap", "hire-team"], [A, F, F]],
  ["investors-board", "Report to investors and the board", ["investors"], [A, A, F]],
  ["clients-partners", "Defend the technology to clients and partners", ["clients"], [A, A, A]],
];
const PAST_MVP_FIRST = ["strategy-roadmap", "architecture", "recruit-team"];
// With a department (20+ in tech): its rituals go through managers, and structuring needs pull the industrializer.
const TEAM_RITUALS = ["assign-work", "daily-standup", "sprint-planning", "weekly-review", "release-coordination"];
const ORG_DESIGN = { "hire-team": 2, "organize-delivery": 2, scalability: 2, "quality-security": 1 };
const IT_OPERATIONS = ["internal-it", "infrastructure", "quality-security"];
const SOFTWARE = ["product", "support", "internal"];

/** The profile in a URL fragment, as cto-match reads it (valid values only). */
export function readFragment(hash) {
  const p = { needs: [] };
  for (const pair of hash.replace(/^#/, "").split("&")) {
    const [k, v = ""] = pair.split("=").map(decodeURIComponent);
    if ((k === "headcount" || k === "tech") && /^\d+$/.test(v)) p[k] = Number(v);
    if (k === "stage" && STAGES.some(([id]) => id === v)) p.stage = v;
    if (k === "software" && SOFTWARE.includes(v)) p.software = v;
    if (k === "needs") p.needs = v.split(",").filter((id) => NEEDS.some(([n]) => n === id));
  }
  if (!(p.headcount >= 1 && p.headcount <= 1e6)) delete p.headcount;
  if (p.tech !== undefined && (p.headcount === undefined || p.tech > p.headcount)) delete p.tech;
  return p;
}

/** Type, scores and missions for a profile; null without a headcount. */
export function assess({ headcount, tech, stage, software, needs = [] }) {
  if (!headcount) return null;
  const scores = [0, 0, 0];
  const size = headcount < 10 ? 0 : headcount <= 50 ? 1 : 2;
  scores[size] += 3;
  if (headcount >= 8 && headcount <= 9) scores[1] += 1;
  if (headcount >= 10 && headcount <= 12) scores[0] += 1;
  if (headcount >= 40 && headcount <= 50) scores[2] += 1;
  if (headcount >= 51 && headcount <= 60) scores[1] += 1;
  const team = tech === undefined ? undefined : tech <= 4 ? 0 : tech < 20 ? 1 : 2;
  const department = tech >= 20;
  if (tech === 0 && headcount > 50 && needs.includes("hire-team")) {
    scores[0] += 2;
    scores[1] += 2;
  } else if (team !== undefined) scores[team] += 4;
  if (stage) {
    const [ty, n] = { idea: [0, 2], mvp: [0, 1], launched: [1, 1], scaling: [1, 1], established: [2, 1] }[stage];
    scores[ty] += n;
  }
  for (const id of needs) {
    if (department && id in ORG_DESIGN) scores[2] += ORG_DESIGN[id];
    else for (const [ty, n] of NEEDS.find(([need]) => need === id)[2]) scores[ty] += n;
  }
  const near = team ?? size;
  const order = [0, 1, 2].sort((a, b) => scores[b] - scores[a] || Math.abs(a - near) - Math.abs(b - near) || Math.abs(a - size) - Math.abs(b - size) || a - b);
  const staffTools = software === "internal";
  const onlyOps = needs.every((id) => IT_OPERATIONS.includes(id) || id === "budget");
  const asksOps = needs.some((id) => IT_OPERATIONS.includes(id)) || staffTools;
  const builds = software === "product" || stage === "idea" || stage === "mvp";
  const leadsTeam = !staffTools && tech > 0;
  const none = onlyOps && asksOps && !builds && !leadsTeam;
  const type = none ? "none" : TYPES[order[0]];
  const past = ["launched", "scaling", "established"].includes(stage);
  const missions = none
    ? []
    : MISSIONS.map((m, i) => {
        const matched = m[2].some((n) => needs.includes(n));
        const tier = department && TEAM_RITUALS.includes(m[0])
          ? L
          : matched || (past && PAST_MVP_FIRST.includes(m[0]))
            ? F
            : past && m[0] === "build-first-version"
              ? X
              : m[3][order[0]];
        return { m, i, matched, tier };
      })
        .filter(({ tier }) => tier !== X)
        .sort((a, b) => a.tier - b.tier || b.matched - a.matched || a.i - b.i)
        .map(({ m }) => ({ id: m[0], title: m[1] }));
  return { type, name: NAMES[type], scores, missions };
}

/** Shows a result in `el`, with the same data attributes as cto-match. */
export function render(el, result) {
  el.replaceChildren();
  if (!result) {
    el.removeAttribute("data-cto-type");
    el.textContent = "Enter the number of people in your company to see which CTO fits.";
    return;
  }
  el.setAttribute("data-cto-type", result.type);
  const name = document.createElement("h2");
  name.textContent = result.name;
  const scores = document.createElement("p");
  scores.textContent = TYPES.map((t, i) => `${t}: ${result.scores[i]} points`).join(" · ");
  const list = document.createElement("ul");
  for (const m of result.missions) {
    const li = document.createElement("li");
    li.dataset.mission = m.id;
    li.textContent = m.title;
    list.append(li);
  }
  el.append(name, scores, list);
}
