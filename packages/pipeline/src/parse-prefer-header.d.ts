// The package ships no types: a preference's value is its text, or `true` when it has none.
declare module 'parse-prefer-header' {
  export default function parsePreferHeader(prefer?: string | string[]): Record<string, string | true>;
}
