const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);

export const green = paint(32);
export const red = paint(31);
export const dim = paint(2);
export const bold = paint(1);

/** `  12 ms`, right-aligned so that progress lines line up. */
export function duration(ms: number): string {
  return `${Math.round(ms)} ms`.padStart(7);
}
