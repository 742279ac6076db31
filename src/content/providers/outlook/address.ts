/** Finding an e-mail address in a title, a label or a piece of text. */
const ADDRESS_IN = /[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+\.[^\s<>"',;:()[\]]+/;

/** The first address in `text`, as written, or null. */
export function addressIn(text: string | null | undefined): string | null {
  return text ? (ADDRESS_IN.exec(text)?.[0] ?? null) : null;
}
