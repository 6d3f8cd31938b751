export declare const CLIP_BOX: readonly [number, number, number, number];
