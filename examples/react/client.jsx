// Hydrates the server-rendered page (server.jsx renders the same App).
import { hydrateRoot } from "react-dom/client";
import { App } from "./App.jsx";

hydrateRoot(document.getElementById("root"), <App headcount={45} />);
