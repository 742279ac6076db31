/** The panel's stylesheet, inside its shadow root: design tokens, light and dark themes. */
export const PANEL_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; z-index: 2147483000; background: rgba(20, 20, 24, .28); }
.panel { --bg: #ffffff; --fg: #1f1f24; --muted: #5b5d66; --line: #d9dae0; --accent: #c62828;
  --accent-fg: #ffffff; --soft: #f5f5f7; --ok: #1b6e35; --warn: #8a1c12; --mark: #ffe08a; --mark-client: #ffb4a8;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg);
  position: fixed; left: 16px; top: 16px; width: min(460px, calc(100vw - 32px)); max-height: calc(100vh - 32px);
  overflow: auto; border-radius: 12px; box-sizing: border-box; outline: none; color-scheme: light; accent-color: var(--accent);
  box-shadow: 0 12px 40px rgba(0,0,0,.28); border: 1px solid var(--line); padding: 18px 20px; }
@media (prefers-color-scheme: dark) {
  .panel { --bg: #202124; --fg: #eceef1; --muted: #aeb1b8; --line: #3c3f45; --accent: #ef6c5e; --accent-fg: #1a0906;
    --soft: #2a2c30; --ok: #8fd6a3; --warn: #ffb3a8; --mark: #6b5400; --mark-client: #7a2a20; color-scheme: dark; }
}
h2 { font-size: 16px; margin: 0 0 10px; }
h3 { font-size: 13px; margin: 14px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
p, ul { margin: 6px 0; }
ul { padding-left: 20px; }
.promise[data-kept=true]::before { content: "✓ "; color: var(--ok); }
.promise[data-kept=false]::before { content: "! "; color: var(--warn); font-weight: 700; }
.promise[data-kept=false] { color: var(--warn); font-weight: 600; }
.drift { border-left: 4px solid var(--warn); padding: 4px 8px; background: var(--soft); font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; }
button { font: inherit; border-radius: 8px; padding: 7px 14px; border: 1px solid var(--line);
  background: var(--soft); color: var(--fg); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 600; }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button:disabled { opacity: .55; cursor: default; }
.request { background: var(--soft); border-radius: 8px; padding: 8px 10px; white-space: pre-wrap;
  max-height: 160px; overflow: auto; border: 1px solid var(--line); }
.from { color: var(--muted); font-size: 12px; margin-bottom: 4px; }
mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 0 1px; }
/* The client's own signals: another colour and an underline, so they differ not by colour alone. */
mark[data-source^=client] { background: var(--mark-client); text-decoration: underline 2px; text-underline-offset: 2px; }
fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 10px 0 0; padding: 6px 10px 8px; }
legend { font-weight: 600; padding: 0 4px; }
.hint { color: var(--muted); font-size: 12px; margin: 2px 0 6px; }
label { margin-right: 14px; white-space: nowrap; }
.suggestion { margin-top: 12px; padding: 8px 10px; border-radius: 8px; border: 1px dashed var(--line); }
.reminder { color: var(--muted); font-size: 12px; }
/* Live regions stay rendered (display: none would keep some screen readers from announcing them). */
.status:empty, .error:empty { margin: 0; }
.error { color: var(--warn); font-weight: 600; }
.legend { color: var(--muted); font-size: 12px; list-style: none; padding: 0; }
`;
