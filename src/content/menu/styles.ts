/** The pill menu's look: the pill's palette, light and dark, in its own closed Shadow DOM. */
export const MENU_STYLE = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; min-width: 220px; max-width: 320px; padding: 4px 0;
  font: 13px/1.4 system-ui, sans-serif; color: #202124; background: #fff; border: 1px solid #d5d8dc;
  border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); }
.caption { margin: 4px 12px; font-weight: 600; }
[role=menuitem] { display: flex; align-items: center; gap: 8px; padding: 6px 12px; cursor: pointer; outline: none; }
[role=menuitem]:focus { background: #e8eaed; box-shadow: inset 3px 0 0 #8a1c12; }
[role=menuitem][aria-disabled=true] { color: #5f6368; cursor: default; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
.note, .message { margin: 4px 12px; color: #5f6368; font-size: 12px; }
.message:empty { display: none; }
.message[data-tone=error] { color: #8a1c12; }
@media (prefers-color-scheme: dark) {
  .box { color: #e8eaed; background: #2d2f31; border-color: #5f6368; }
  [role=menuitem]:focus { background: #3c4043; box-shadow: inset 3px 0 0 #ffb4a9; }
  [role=menuitem][aria-disabled=true], .note { color: #bdc1c6; }
  .message[data-tone=error] { color: #ffb4a9; }
}`;
