-- bondlens schema 1: accounts, people, entries, their links, tags and keyword search.
CREATE TABLE account (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);

CREATE TABLE person (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    relationship TEXT NOT NULL DEFAULT 'other',
    origin       TEXT NOT NULL DEFAULT 'unknown',
    notes        TEXT NOT NULL DEFAULT '',
    safe         INTEGER NOT NULL DEFAULT 0,
    triggers     TEXT NOT NULL DEFAULT '[]',
    boundaries   TEXT NOT NULL DEFAULT '[]',
    ended_on     TEXT,
    created      TEXT NOT NULL,
    UNIQUE (account_id, name_key)
);

-- Ids are never reused (AUTOINCREMENT): "entry #12" always means the same entry.
CREATE TABLE entry (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    happened    TEXT NOT NULL,
    written     TEXT NOT NULL,
    updated     TEXT,
    safety      INTEGER CHECK (safety BETWEEN 1 AND 5),
    safe_text   TEXT NOT NULL DEFAULT '',
    unsafe_text TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL
);
CREATE INDEX entry_by_time ON entry (account_id, happened DESC, id DESC);

CREATE TABLE entry_person (
    entry_id  INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (entry_id, person_id)
);
CREATE INDEX entry_person_by_person ON entry_person (person_id, entry_id);

CREATE TABLE entry_tag (
    entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (entry_id, tag)
);
CREATE INDEX entry_tag_by_tag ON entry_tag (tag, entry_id);

CREATE VIRTUAL TABLE entry_fts USING fts5(
    text, safe_text, unsafe_text,
    content='entry', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN
    INSERT INTO entry_fts (rowid, text, safe_text, unsafe_text)
    VALUES (new.id, new.text, new.safe_text, new.unsafe_text);
END;
CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, text, safe_text, unsafe_text)
    VALUES ('delete', old.id, old.text, old.safe_text, old.unsafe_text);
END;
CREATE TRIGGER entry_fts_update AFTER UPDATE OF text, safe_text, unsafe_text ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, text, safe_text, unsafe_text)
    VALUES ('delete', old.id, old.text, old.safe_text, old.unsafe_text);
    INSERT INTO entry_fts (rowid, text, safe_text, unsafe_text)
    VALUES (new.id, new.text, new.safe_text, new.unsafe_text);
END;
