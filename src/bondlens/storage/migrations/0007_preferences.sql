-- bondlens schema 7: preferences. Small per-account choices made in the app, one value a
-- key (today only "region": the country whose crisis lines are shown).
CREATE TABLE preference (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated    TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
);
