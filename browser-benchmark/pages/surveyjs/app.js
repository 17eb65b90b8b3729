// The same questions and result as cto-match, built with SurveyJS (survey-core + survey-js-ui).
import { assess, NEEDS, readFragment, render, STAGES } from "../shared/cto.js";

const survey = new Survey.Model({
  showQuestionNumbers: "off",
  showCompleteButton: false,
  textUpdateMode: "onTyping",
  elements: [
    { type: "text", name: "headcount", title: "People in the company", inputType: "number", min: 1, max: 1000000 },
    { type: "text", name: "tech", title: "People in the tech team (optional)", inputType: "number", min: 0 },
    { type: "radiogroup", name: "stage", title: "Stage", choices: STAGES.map(([value, text]) => ({ value, text })) },
    {
      type: "checkbox",
      name: "needs",
      title: "What do you expect from your tech leader?",
      choices: NEEDS.map(([value, text]) => ({ value, text })),
    },
  ],
});
survey.data = readFragment(location.hash);
const result = document.getElementById("result");
const show = () => {
  const d = survey.data;
  render(result, assess({ headcount: Number(d.headcount) || undefined, tech: d.tech === undefined ? undefined : Number(d.tech), stage: d.stage, needs: d.needs ?? [] }));
};
survey.onValueChanged.add(show);
survey.render(document.getElementById("survey"));
show();
