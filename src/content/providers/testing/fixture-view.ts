/** One view of a simulated page that the fixture capture saves (providers/<name>/testing/fixture-views.ts). */
export interface FixtureView {
  /** The fixture's name: `sim-<view>.html`. */
  view: string;
  /** What the page shows, for the fixture's header. */
  what: string;
  /** Leaves the test's document showing the view. */
  show(): Promise<void>;
}
