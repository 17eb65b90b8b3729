// The benchmark's comparison pages use this plain-JavaScript port of cto-match's scoring, so they
// ask the same questions and show the same result (type, scores, missions). It mirrors
// src/engine/scoring.rs and src/engine/catalogue.rs; bench/run.mjs checks all three pages agree.
export const STAGES = [
  ["idea", "Idea"], ["mvp", "Building the first version"], ["launched", "Launched"],
  ["scaling", "Scaling"], ["established", "Established"],
];
export const NEEDS = [
  ["first-version", "Build the first version", 0], ["tech-choices", "Choose or audit the stack", 0],
  ["hire-team", "Recruit a tech team", 1], ["organize-delivery", "Organise delivery", 1],
  ["scalability", "Get ready to grow", 1], ["quality-security", "Quality and security", 1],
  ["processes", "Company-wide processes", 2], ["roadmap", "Technology roadmap", 2],
  ["budget", "Technical budgets", 2], ["investors", "Investors and board", 2],
  ["clients", "Clients and partners", 2], ["data", "Make use of data", 1],
  ["product", "Product and UX design", 0], ["infrastructure", "Run the infrastructure", 0],
  ["internal-it", "Staff equipment and IT support", null], ["change", "Lead change", 2],
];
export const TYPES = ["hacker", "stabilizer", "industrializer"];
const NAMES = { hacker: "The hacker", stabilizer: "The stabilizer", industrializer: "The industrializer", none: "No CTO, for now" };
const MISSIONS = [
  ["build-first-version", "Build the first working version", ["first-version", "product"], [0]],
  ["architecture", "Lay out the architecture", ["tech-choices", "scalability", "first-version"], [0, 1]],
  ["tech-audit", "Audit the technical choices", ["tech-choices", "quality-security"], [1, 2]],
  ["run-infrastructure", "Run the infrastructure", ["infrastructure"], [0, 1]],
  ["quality-security", "Own quality and security", ["quality-security", "scalability"], [1]],
  ["data", "Put the data to work", ["data"], [1, 2]],
  ["tech-budget", "Manage the technical budget", ["budget"], [1, 2]],
  ["recruit-team", "Recruit and structure the team", ["hire-team"], [1, 2]],
  ["assign-work", "Organise and hand out the work", ["organize-delivery"], [1]],
  ["daily-standup", "Run the daily stand-up", ["organize-delivery"], [1]],
  ["one-to-ones", "Hold one-to-ones", ["hire-team"], [1, 2]],
  ["sprint-planning", "Plan the next sprints", ["organize-delivery"], [1]],
  ["dashboard", "Keep a dashboard", ["organize-delivery", "processes"], [1, 2]],
  ["release-coordination", "Coordinate releases", ["organize-delivery", "quality-security"], [1]],
  ["weekly-review", "Close the week with the team", ["organize-delivery"], [1]],
  ["business-priorities", "Set priorities by business need", ["product", "roadmap"], [0, 1, 2]],
  ["cross-team-rollout", "Work with product, operations and data", ["product", "data"], [1, 2]],
  ["sales-training", "Train the sales team", ["clients", "data"], [2]],
  ["engineering-processes", "Define engineering processes", ["processes"], [2]],
  ["lead-change", "Lead change", ["change"], [2]],
  ["strategy-roadmap", "Decide strategy and roadmap", ["roadmap"], [1, 2]],
  ["ceo-checkin", "Check in with the CEO", ["roadmap", "hire-team"], [0, 1, 2]],
  ["investors-board", "Face investors and the board", ["investors"], [2]],
  ["clients-partners", "Defend the technology to clients and partners", ["clients"], [1, 2]],
];
const GROUPS = [7, 15, 20, 22, 24]; // first mission index after each group: overall, team, departments, leadership, outside

/** The profile in a URL fragment, as cto-match reads it (valid values only). */
export function readFragment(hash) {
  const p = { needs: [] };
  for (const pair of hash.replace(/^#/, "").split("&")) {
    const [k, v = ""] = pair.split("=").map(decodeURIComponent);
    if ((k === "headcount" || k === "tech") && /^\d+$/.test(v)) p[k] = Number(v);
    if (k === "stage" && STAGES.some(([id]) => id === v)) p.stage = v;
    if (k === "needs") p.needs = v.split(",").filter((id) => NEEDS.some(([n]) => n === id));
  }
  if (!(p.headcount >= 1 && p.headcount <= 1e6)) delete p.headcount;
  if (p.tech !== undefined && (p.headcount === undefined || p.tech > p.headcount)) delete p.tech;
  return p;
}

/** Type, scores and missions for a profile; null without a headcount. */
export function assess({ headcount, tech, stage, needs = [] }) {
  if (!headcount) return null;
  const scores = [0, 0, 0];
  const size = headcount < 10 ? 0 : headcount <= 50 ? 1 : 2;
  scores[size] += 4;
  if (headcount >= 8 && headcount <= 9) scores[1] += 2;
  if (headcount >= 10 && headcount <= 12) scores[0] += 2;
  if (headcount >= 40 && headcount <= 50) scores[2] += 2;
  if (headcount >= 51 && headcount <= 60) scores[1] += 2;
  if (tech !== undefined) scores[tech <= 1 ? 0 : tech <= 14 ? 1 : 2] += 1;
  if (stage) scores[{ idea: 0, mvp: 0, launched: 1, scaling: 1, established: 2 }[stage]] += 1;
  for (const id of needs) {
    const ty = NEEDS.find(([n]) => n === id)[2];
    if (ty !== null) scores[ty] += 1;
  }
  const order = [0, 1, 2].sort((a, b) => scores[b] - scores[a] || Math.abs(a - size) - Math.abs(b - size) || a - b);
  const none = needs.length > 0 && needs.every((id) => id === "internal-it");
  const type = none ? "none" : TYPES[order[0]];
  const missions = none
    ? []
    : MISSIONS.map((m, i) => ({ m, i, matched: m[2].some((n) => needs.includes(n)) }))
        .filter(({ m, matched }) => m[3].includes(order[0]) || matched)
        .sort((a, b) => GROUPS.findIndex((g) => a.i < g) - GROUPS.findIndex((g) => b.i < g) || b.matched - a.matched)
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
