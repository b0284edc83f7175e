/** Built entry name (`index` is the root export, every other name is the subpath `./<name>`) -> source file. */
export declare const LIBRARY_ENTRIES: Readonly<Record<string, string>>;
