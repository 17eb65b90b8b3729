// A React 19 app with the widget: attributes from props, the result through the colon-free event, and,
// when the page was rendered on the server, `el.result` read once on mount (the widget may have had its
// first result before React hydrated and listened). Driven by tests/e2e/package.test.mjs.
import { useEffect, useRef, useState } from "react";

export function App({ headcount = 45 }) {
  const widget = useRef(null);
  const [result, setResult] = useState(null);
  useEffect(() => {
    if (widget.current?.result) setResult(widget.current.result);
  }, []);
  return (
    <section>
      <h1>Which technical leader do we need?</h1>
      <cto-match ref={widget} headcount={String(headcount)} onctomatch-result={(event) => setResult(event.detail)}></cto-match>
      <p id="summary">{result ? `Best fit: ${result.type}` : "Answer the questions to see the best fit."}</p>
    </section>
  );
}
