-- bondlens schema 5: the safety plan (issue 7). One plan an account, when it was last
-- saved, and its lines by section in order; saved whole, in one transaction.
CREATE TABLE safety_plan (
    account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    updated    TEXT NOT NULL
);

CREATE TABLE safety_item (
    account_id INTEGER NOT NULL REFERENCES safety_plan(account_id) ON DELETE CASCADE,
    section    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (account_id, section, position)
);
