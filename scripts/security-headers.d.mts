export declare const CSP_DIRECTIVES: readonly (readonly [string, string])[];
export declare const CSP: string;
export declare const META_CSP: string;
export declare const PERMISSIONS_POLICY: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const CACHE_RULES: readonly { path: string; cacheControl: string }[];
export declare function netlifyHeaders(): string;
