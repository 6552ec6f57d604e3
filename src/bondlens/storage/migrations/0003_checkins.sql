-- bondlens schema 3: lens check-ins, a short questionnaire about one relationship.

-- One row per check-in. It belongs to an account through its person, and goes with
-- the person when they are removed.
CREATE TABLE checkin (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    taken     TEXT NOT NULL,
    written   TEXT NOT NULL
);
CREATE INDEX checkin_by_person ON checkin (person_id, taken);

-- The answers given (a skipped question has no row): a marker id of domain §2 and a
-- number from 0 (never) to 3 (often).
CREATE TABLE checkin_answer (
    checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,
    marker     TEXT NOT NULL,
    answer     INTEGER NOT NULL CHECK (answer BETWEEN 0 AND 3),
    PRIMARY KEY (checkin_id, marker)
);
