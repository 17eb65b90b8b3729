// The host page's side: every widget's result reaches the page as a bubbling `ctomatch:result` event.
document.addEventListener("ctomatch:result", (event) => {
  const { type, runnerUp, profile } = event.detail;
  const output = document.getElementById("last-result");
  output.textContent = `${event.target.id}: ${type}${runnerUp ? ` (runner-up ${runnerUp})` : ""}, ${profile.headcount} people`;
});
