CREATE VIEW claims (doc_key, doc_id, position, quote, quote_start, quote_length, quantity, value, unit, date, sources,
        why) AS
    SELECT d.doc_key, d.doc_id, c.key, c.value ->> 0, c.value ->> 1, c.value ->> 2, c.value ->> 3,
        CAST(c.value ->> 4 AS REAL), c.value ->> 5, c.value ->> 6, c.value ->> 7, c.value ->> 8
    FROM document_claims d, json_each(d.claims) c;

CREATE TABLE document_claims (
    doc_key INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    claims TEXT NOT NULL
);

CREATE TABLE document_labels (
    doc_key INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    labels TEXT NOT NULL
);

CREATE TABLE "document_mentions" (
    doc_key INTEGER PRIMARY KEY REFERENCES "documents"(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    mentions TEXT NOT NULL
);

CREATE TABLE "documents" (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    outlet TEXT,
    published TEXT,
    language TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    output_hash TEXT NOT NULL,
    resource_version TEXT NOT NULL,
    coded_at TEXT NOT NULL
);

CREATE TABLE event_clusters (
    event_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);

CREATE INDEX event_clusters_by_cluster ON event_clusters (cluster_id);

CREATE TABLE "events" (
    doc_key INTEGER NOT NULL REFERENCES "documents"(key) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    quote TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_length INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT,
    actor2 TEXT,
    location TEXT,
    place_name TEXT,
    place_parent TEXT,
    place_country TEXT,
    place_level TEXT,
    place_id TEXT,
    admin1 TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
    date TEXT,
    time_precision INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
    fatalities INTEGER,
    injured INTEGER,
    sources TEXT NOT NULL,
    negated INTEGER NOT NULL,
    hedged INTEGER NOT NULL,
    why TEXT NOT NULL,
    other_reports TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (doc_key, position),
    UNIQUE (doc_key, event_id)
);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE VIEW labels (doc_key, doc_id, position, actor, word, start, length, entry) AS
    SELECT d.doc_key, d.doc_id, l.key, l.value ->> 0, l.value ->> 1, l.value ->> 2, l.value ->> 3, l.value ->> 4
    FROM document_labels d, json_each(d.labels) l;
