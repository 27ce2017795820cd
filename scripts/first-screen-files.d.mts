export declare const FIRST_SCREEN_LIMIT_KB: number;
export declare function firstScreenFiles(html: string): string[];
