/** The small coloured circle that stands for a client; decorative, the name is always beside it. */
export function ColorDot({ color }: { color: string }) {
  return <span class="rc-dot" style={{ backgroundColor: color }} aria-hidden="true" />;
}
