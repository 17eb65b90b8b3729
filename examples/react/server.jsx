// The page as a server renders it: the widget's element is in the HTML, with its attributes.
import { renderToString } from "react-dom/server";
import { App } from "./App.jsx";

export const render = () => renderToString(<App headcount={45} />);
