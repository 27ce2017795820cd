/** Served by build/simplified-notes-plugin.ts: the `Simplified:` paragraphs of the source's header comments. */
declare module 'virtual:simplified-notes' {
  export interface SimplifiedNote {
    /** The source file, relative to the project. */
    file: string;
    /** What the file is ("Encrypt", "The simulated clock"). */
    title: string;
    /** The AWS documentation page the header links to, if any. */
    docs?: string;
    text: string;
  }
  export const SIMPLIFIED_NOTES: readonly SimplifiedNote[];
}
