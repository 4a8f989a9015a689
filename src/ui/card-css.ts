// The hover card's styles, injected into its shadow root only (page CSS cannot reach in, ours cannot leak out).
export const CARD_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; z-index: 2147483647; pointer-events: none; }
@media print { .layer { display: none; } }
.card {
  pointer-events: auto; position: fixed; box-sizing: border-box; width: 320px; max-height: min(420px, 70vh);
  overflow: auto; padding: 12px 14px; border-radius: 10px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, sans-serif; color: #1b1b1f; background: #ffffff; border: 1px solid #c9ccd3;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); animation: fade-in 120ms ease-out;
}
@keyframes fade-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #1f2026; border-color: #3b3d46; }
  .subtitle, .printed, .kind, dt, .source-label { color: #a9acb8 !important; }
  .source { background: #2a2c34 !important; border-color: #555a66 !important; }
  button { color: #ececf1 !important; background: #30333c !important; border-color: #4a4e59 !important; }
}
header { display: flex; justify-content: space-between; align-items: center; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #5b5f6b; }
.name { margin: 4px 0 0; font-size: 16px; font-weight: 650; }
.printed, .subtitle { margin: 2px 0 0; color: #4a4e59; }
.details { margin: 8px 0 0; display: grid; gap: 2px; }
.details div { display: grid; grid-template-columns: 96px 1fr; gap: 8px; }
dt { color: #5b5f6b; }
dd { margin: 0; }
.agreement-differs dd { color: #c01c28; font-weight: 650; }
.agreement-approximate dd { color: #9a6700; font-weight: 600; }
.agreement-same dd { color: #1a7f37; font-weight: 600; }
ul { margin: 8px 0 0; padding-left: 18px; }
li { margin: 2px 0; }
.source { margin: 10px 0 0; padding: 6px 8px; background: #f4f5f7; border-left: 3px solid #8a8f9c; font-style: italic; }
.source-label { display: block; font-style: normal; font-size: 11px; color: #5b5f6b; }
footer { margin-top: 10px; display: flex; justify-content: flex-end; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #c9ccd3; background: #f4f5f7; color: #1b1b1f; padding: 3px 10px; }
button.close { padding: 0 6px; font-size: 16px; line-height: 1.2; }
button:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
`;
