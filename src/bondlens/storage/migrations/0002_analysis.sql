-- bondlens schema 2: what the analysis engine read in each entry, and what the person
-- said about it.

-- One row per analysed entry. `reader` names the model and heads that read it, so a
-- different reader means reading again. `vector` is the entry's meaning as 384
-- half-precision numbers, for search by meaning.
CREATE TABLE entry_reading (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    reader   TEXT NOT NULL,
    read_at  TEXT NOT NULL,
    crisis   TEXT NOT NULL DEFAULT '[]',
    vector   BLOB NOT NULL
);
CREATE INDEX entry_reading_by_reader ON entry_reading (reader);

-- What a reading found: a belief, a relationship sign (marker) or an emotion, with its
-- score and the sentence that matched best.
CREATE TABLE entry_finding (
    entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('belief', 'marker', 'emotion')),
    label    TEXT NOT NULL,
    score    REAL NOT NULL,
    quote    TEXT,
    PRIMARY KEY (entry_id, kind, label)
);
CREATE INDEX entry_finding_by_label ON entry_finding (kind, label, entry_id);

-- The person's own word on a finding ("yes, that fits" / "not this"). Kept when the
-- entry is read again, and it wins over whatever the reader finds.
CREATE TABLE finding_verdict (
    entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('belief', 'marker', 'emotion')),
    label    TEXT NOT NULL,
    verdict  TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
    decided  TEXT NOT NULL,
    PRIMARY KEY (entry_id, kind, label)
);

-- Changing what an entry says makes its reading stale: forget it, so it is read again.
CREATE TRIGGER entry_reading_stale AFTER UPDATE OF text, safe_text, unsafe_text ON entry
WHEN old.text IS NOT new.text OR old.safe_text IS NOT new.safe_text
    OR old.unsafe_text IS NOT new.unsafe_text
BEGIN
    DELETE FROM entry_finding WHERE entry_id = old.id;
    DELETE FROM entry_reading WHERE entry_id = old.id;
END;
