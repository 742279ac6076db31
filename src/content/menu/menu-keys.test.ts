import { describe, expect, it } from 'vitest';
import { menuKey, opensMenu, type MenuState } from './menu-keys.ts';

const two: MenuState = { active: 0, enabled: [true, true], step: 'actions' };

describe('menuKey', () => {
  it('moves with the arrows, wrapping at both ends', () => {
    expect(menuKey('ArrowDown', two)).toEqual({ kind: 'focus', index: 1 });
    expect(menuKey('ArrowDown', { ...two, active: 1 })).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('ArrowUp', two)).toEqual({ kind: 'focus', index: 1 });
  });

  it('jumps with Home and End', () => {
    const three: MenuState = { active: 1, enabled: [true, true, true], step: 'clients' };
    expect(menuKey('Home', three)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('End', three)).toEqual({ kind: 'focus', index: 2 });
  });

  it('activates the focused item with Enter and Space', () => {
    expect(menuKey('Enter', { ...two, active: 1 })).toEqual({ kind: 'activate', index: 1 });
    expect(menuKey(' ', two)).toEqual({ kind: 'activate', index: 0 });
  });

  it('does not activate a disabled item, but keeps the key', () => {
    const disabled: MenuState = { active: 0, enabled: [false, false], step: 'actions' };
    expect(menuKey('Enter', disabled)).toEqual({ kind: 'focus', index: 0 });
    // Disabled items are still reached, so a screen reader reads why they are disabled.
    expect(menuKey('ArrowDown', disabled)).toEqual({ kind: 'focus', index: 1 });
  });

  it('closes on Escape (focus back to the pill) and on Tab (focus moves on)', () => {
    expect(menuKey('Escape', two)).toEqual({ kind: 'close', returnFocus: true });
    expect(menuKey('Tab', two)).toEqual({ kind: 'close', returnFocus: false });
  });

  it('goes back from the clients with ArrowLeft, and ignores it in the first step', () => {
    expect(menuKey('ArrowLeft', { ...two, step: 'clients' })).toEqual({ kind: 'back' });
    expect(menuKey('ArrowLeft', two)).toEqual({ kind: 'none' });
  });

  it('leaves other keys and an empty menu alone', () => {
    expect(menuKey('a', two)).toEqual({ kind: 'none' });
    expect(menuKey('ArrowDown', { active: 0, enabled: [], step: 'actions' })).toEqual({ kind: 'none' });
  });
});

describe('opensMenu', () => {
  it('opens from the pill with the arrows (Enter and Space click the button)', () => {
    expect(opensMenu('ArrowDown')).toBe(true);
    expect(opensMenu('ArrowUp')).toBe(true);
    expect(opensMenu('Enter')).toBe(false);
  });
});
