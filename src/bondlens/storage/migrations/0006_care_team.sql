-- bondlens schema 6: the care team (issue 7). The people and places that support a
-- person, how to reach them, a short status on the path to care, and notes.
CREATE TABLE care_member (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('therapist', 'support_group', 'doctor',
                                             'crisis_line', 'trusted_person', 'other')),
    name       TEXT NOT NULL,
    reach      TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    added      TEXT NOT NULL,
    updated    TEXT NOT NULL
);

CREATE INDEX care_member_account ON care_member (account_id);
