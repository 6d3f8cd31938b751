/** A file the importer will not read, with the reason in words a reader can act on. */
export class ImportRefused extends Error {}

/** The reader cancelled an import; nothing changed. */
export class ImportCancelled extends Error {}
