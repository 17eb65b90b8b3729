// The floor: the same questions and result in plain HTML and JavaScript, no framework.
import { assess, NEEDS, readFragment, render, STAGES } from "../shared/cto.js";

const form = document.getElementById("form");
const p = readFragment(location.hash);
const field = (name, label, value) => `<label>${label} <input name="${name}" inputmode="numeric" value="${value ?? ""}"></label>`;
const option = (type, name, value, text, checked) =>
  `<label><input type="${type}" name="${name}" value="${value}"${checked ? " checked" : ""}> ${text}</label>`;
form.innerHTML = [
  field("headcount", "People in the company", p.headcount),
  field("tech", "People in the tech team (optional)", p.tech),
  `<fieldset><legend>Stage</legend>${STAGES.map(([v, t]) => option("radio", "stage", v, t, p.stage === v)).join("")}</fieldset>`,
  `<fieldset><legend>What do you expect from your tech leader?</legend>${NEEDS.map(([v, t]) => option("checkbox", "needs", v, t, p.needs.includes(v))).join("")}</fieldset>`,
].join("");
const result = document.getElementById("result");
const show = () => {
  const data = new FormData(form);
  const number = (name) => (/^\d+$/.test(data.get(name)) ? Number(data.get(name)) : undefined);
  render(result, assess({ headcount: number("headcount"), tech: number("tech"), stage: data.get("stage") ?? undefined, needs: data.getAll("needs") }));
};
form.addEventListener("input", show);
show();
