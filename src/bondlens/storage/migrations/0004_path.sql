-- bondlens schema 4: the path from isolation to connection (shared/domain.md §4).
-- Rows belong to an account directly or through their person or entry, and go with
-- them when those are removed.

-- Step 1, a safe person: the criteria rated for one person, dated and repeatable.
CREATE TABLE safe_reflection (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    taken     TEXT NOT NULL,
    written   TEXT NOT NULL
);
CREATE INDEX safe_reflection_by_person ON safe_reflection (person_id, taken);

-- One row per criterion rated (a skipped one has no row), 0 "not really" to 3 "very much".
CREATE TABLE safe_rating (
    reflection_id INTEGER NOT NULL REFERENCES safe_reflection(id) ON DELETE CASCADE,
    criterion     TEXT NOT NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 3),
    PRIMARY KEY (reflection_id, criterion)
);

-- Step 2, micro-sharing: what a `micro_share` entry shared, with whom, how it was met.
CREATE TABLE micro_share (
    entry_id  INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    size      TEXT NOT NULL,
    response  TEXT NOT NULL,
    felt      INTEGER NOT NULL CHECK (felt BETWEEN 1 AND 5),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX micro_share_by_person ON micro_share (person_id);

-- Step 3, the beliefs workbook: my own counter-belief to a belief, and the one pinned.
CREATE TABLE belief_counter (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    belief     TEXT NOT NULL,
    counter    TEXT NOT NULL,
    pinned     INTEGER NOT NULL DEFAULT 0,
    updated    TEXT NOT NULL,
    PRIMARY KEY (account_id, belief)
);
CREATE UNIQUE INDEX belief_counter_one_pinned ON belief_counter (account_id) WHERE pinned = 1;

-- How strongly I believed a belief and its counter-belief (0 to 100), over time.
CREATE TABLE belief_strength (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    belief     TEXT NOT NULL,
    taken      TEXT NOT NULL,
    strength   INTEGER CHECK (strength BETWEEN 0 AND 100),
    counter    INTEGER CHECK (counter BETWEEN 0 AND 100),
    written    TEXT NOT NULL
);
CREATE INDEX belief_strength_by_belief ON belief_strength (account_id, belief, taken);

-- Step 4, nourishing a connection: a suggestion done (with its `check_in` entry) or
-- put off for now.
CREATE TABLE nudge_answer (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    action    TEXT NOT NULL,
    day       TEXT NOT NULL,
    answer    TEXT NOT NULL CHECK (answer IN ('done', 'not_now')),
    entry_id  INTEGER REFERENCES entry(id) ON DELETE SET NULL,
    written   TEXT NOT NULL
);
CREATE INDEX nudge_answer_by_person ON nudge_answer (person_id, day);

-- Step 7, giving support: how a `support_given` entry left me.
CREATE TABLE support_left (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    left_me  TEXT NOT NULL CHECK (left_me IN ('energised', 'fine', 'drained'))
);
