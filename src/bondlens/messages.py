"""Every sentence bondlens says to a person, kept together so tone can be read in one go.

Tone (shared/domain.md §7): warm, plain, brief, never blaming. We describe, we never
diagnose or label anyone. Templates use ``str.format`` fields.
"""

from __future__ import annotations

from typing import Final

# --- entries -------------------------------------------------------------------------
ENTRY_EMPTY: Final = "An entry needs a few words. Write anything, even one line."
ENTRY_TOO_LONG: Final = (
    "This entry is {length:,} characters; one entry holds up to {limit:,}. "
    "You could split it into two entries."
)
ENTRY_NOT_FOUND: Final = "There is no entry #{id} in this journal."
ENTRY_ID_BAD: Final = "{raw!r} is not an entry number. Entry numbers look like 12."
SAFETY_RANGE: Final = "Safety goes from 1 (very unsafe) to 5 (very safe), so {value} doesn't fit."
KIND_UNKNOWN: Final = "{value!r} is not a kind of entry I know. Choose one of: {choices}."
TEXT_TOO_LONG: Final = "{field} can be up to {limit:,} characters."
TAG_BAD: Final = "{value!r} can't be used as a tag. Tags are short words like 'work' or 'sleep'."
NOTHING_TO_CHANGE: Final = "Nothing to change: say what to edit, for example --text or --safety."
SAVED: Final = "Saved entry #{id}."
UPDATED: Final = "Updated entry #{id}."
DELETED: Final = "Deleted entry #{id}."
CONFIRM_DELETE: Final = "Delete entry #{id} ({when})? This can't be undone."
CONFIRM_NEEDED: Final = "Nothing was deleted. Add --yes to confirm when not typing at a terminal."
NOT_DELETED: Final = "Kept it. Nothing was deleted."
NO_ENTRIES: Final = 'No entries yet. Write one with: bondlens add "what happened"'
NO_MATCHES: Final = "Nothing in your journal matches that."
SEARCH_EMPTY: Final = "Search needs a word or two to look for."
STDIN_HINT: Final = "Write your entry, then press Ctrl-D to save it (Ctrl-C to leave)."

# --- people --------------------------------------------------------------------------
PERSON_NEW: Final = "Added {name} to your people."
PERSON_NOT_FOUND: Final = "There's no one called {name!r} in your people yet."
PERSON_ID_NOT_FOUND: Final = "That person isn't in your people any more."
PERSON_EXISTS: Final = "{name} is already in your people."
PERSON_NAME_EMPTY: Final = "A person needs a name (a nickname or an initial is fine)."
PERSON_NAME_LONG: Final = "Names can be up to {limit} characters."
PERSON_SAVED: Final = "Saved {name}."
PERSON_ENDED: Final = (
    "Marked your relationship with {name} as past, from {day}. "
    "You can still write about them and look back."
)
PERSON_DELETED: Final = "Removed {name}. Entries about them are kept."
CONFIRM_PERSON_DELETE: Final = "Remove {name} from your people? Entries about them stay."
RELATIONSHIP_UNKNOWN: Final = "{value!r} is not a relationship I know. Choose one of: {choices}."
ORIGIN_UNKNOWN: Final = "{value!r} is not a bond origin I know. Choose one of: {choices}."
NO_PEOPLE: Final = "No people yet. Add someone with: bondlens person add NAME"
END_BEFORE_START: Final = "The end date can't be in the future."

# --- import / export -----------------------------------------------------------------
IMPORT_LINE: Final = "Line {line}: {problem}"
IMPORT_ITEM: Final = "Item {index}: {problem}"
IMPORT_NOTHING_CHANGED: Final = "Nothing was imported; your journal is as it was."
IMPORT_DONE: Final = "Imported {entries} and {people}."
IMPORT_SKIPPED: Final = "Skipped {entries} already in your journal."
IMPORT_FORMAT_UNKNOWN: Final = "I can't read the format {name!r}. Choose one of: {choices}."
EXPORT_FORMAT_UNKNOWN: Final = "I can't write the format {name!r}. Choose one of: {choices}."
EXPORT_DONE: Final = "Wrote {entries} and {people} to {path}."
FILE_UNREADABLE: Final = "I couldn't read {path}: {reason}."
FILE_UNWRITABLE: Final = "I couldn't write {path}: {reason}."
FILE_NOT_TEXT: Final = "{path} doesn't look like a text file (it should be UTF-8)."
BACKUP_DONE: Final = (
    "Saved a full copy of your journal to {path}: {entries}, {people}, and "
    "everything else you keep here (safety plan, care team, check-ins, notes). Keep it "
    "somewhere private: anyone who opens the file can read it."
)
WEB_BACKUP_TITLE: Final = "Full backup"
WEB_BACKUP_WHAT: Final = (
    "A backup holds everything you keep here: entries and people, and also your safety "
    "plan, care team, check-ins, notes and choices, which an export leaves out."
)
WEB_BACKUP_LINK: Final = "Download a full backup"
WEB_BACKUP_LAST: Final = "Last full backup: {when}."
WEB_BACKUP_NEVER: Final = "No full backup yet."
WEB_BACKUP_HOW: Final = (
    "To bring it back, on this or another computer, choose it below or run: bondlens "
    "restore FILE. Keep the file somewhere private: anyone who opens it can read your "
    "journal."
)
WEB_RESTORE_TITLE: Final = "Restore a full backup"
WEB_RESTORE_WHAT: Final = (
    "This replaces everything here with what the backup holds. Your journal as it is now "
    "is kept first, in a file beside it, so nothing is lost."
)
WEB_RESTORE_FILE: Final = "Backup file"
WEB_RESTORE_CONFIRM: Final = "Yes, replace my journal with this backup"
WEB_RESTORE_BUTTON: Final = "Restore"
WEB_RESTORE_NO_FILE: Final = "Choose a backup file first. Nothing was changed."
WEB_RESTORE_NOT_CONFIRMED: Final = (
    "Nothing was changed. Tick the box to say you want your journal replaced, then choose "
    "Restore again."
)
BACKUP_EXISTS: Final = "{path} already exists. Choose a new file name, so nothing is overwritten."
RESTORE_NOT_JOURNAL: Final = (
    "{path} isn't a bondlens backup I can read. Nothing was changed. Make backups with: "
    "bondlens backup FILE"
)
RESTORE_TOO_NEW: Final = (
    "{path} was made by a newer bondlens (schema {found}, this one knows up to {known}). "
    "Please update bondlens first. Nothing was changed."
)
RESTORE_NO_ACCOUNT: Final = (
    "{path} holds no journal for the account {account!r}. Nothing was changed."
)
RESTORE_SAME_FILE: Final = "{path} is the journal itself. Choose a backup file to restore."
CONFIRM_RESTORE: Final = (
    "Replace everything in your journal with the backup in {path}? Your journal as it is "
    "now will be kept in {keep}."
)
RESTORE_CANCELLED: Final = "Nothing was changed."
RESTORE_CONFIRM_NEEDED: Final = (
    "Nothing was changed. Add --yes to confirm when not typing at a terminal."
)
RESTORE_DONE: Final = (
    "Restored {entries} and {people} from {path}. Your journal as it was is kept in {keep}."
)

# --- storage -------------------------------------------------------------------------
DB_LOCKED: Final = "The journal is busy with another change. Please try again in a moment."
DB_URL_UNSUPPORTED: Final = (
    "bondlens can't open {url!r}. Use a sqlite:/// address, like sqlite:///journal.db."
)
DB_OPEN_FAILED: Final = "I couldn't open the journal at {path}: {reason}."
DB_TOO_NEW: Final = (
    "This journal was written by a newer bondlens (schema {found}, this one knows up to "
    "{known}). Please update bondlens; your journal was not changed."
)
DATE_BAD: Final = (
    "I couldn't read {value!r} as a date. Try 2026-03-14, 'yesterday' or '3 days ago'."
)

# --- general -------------------------------------------------------------------------
UNEXPECTED: Final = (
    "Something went wrong on our side ({kind}). Your journal was not changed. "
    "Run again with BONDLENS_DEBUG=1 to see the details."
)
INTERRUPTED: Final = "Stopped. Nothing half-written was kept."

# --- tour ----------------------------------------------------------------------------
TOUR_INTRO: Final = (
    "Welcome to bondlens. This tour uses a made-up sample journal, so your own "
    "journal is not touched."
)
TOUR_PEOPLE: Final = "The people in the sample journal, and when they were last written about:"
TOUR_PERSON: Final = "The latest entries about {name}:"
TOUR_SEARCH: Final = "Searching for '{words}' finds:"
TOUR_KEPT: Final = (
    "The sample journal is kept in {path}. Explore it with: bondlens --home {path} list"
)
TOUR_KEEP_BUSY: Final = "{path} already holds a journal. Choose an empty folder for the tour."
TOUR_NEXT: Final = (
    "Your own journal lives in {home}.\n"
    "Start it whenever you are ready:\n"
    '  bondlens add "What happened, in a few words" --person NAME --safety 1-5\n'
    "  bondlens list\n"
    "  bondlens --help"
)

# --- web -----------------------------------------------------------------------------
WEB_NOT_FOUND: Final = "There's nothing at this address. The menu above leads everywhere."
WEB_FORBIDDEN: Final = (
    "This form had expired, so nothing was changed. Please go back, reload the page and try again."
)
WEB_BAD_REQUEST: Final = "Some of what was sent couldn't be read, so nothing was changed."
WEB_UNEXPECTED: Final = (
    "Something went wrong on our side. Your journal was not changed. "
    "Please try again; if it keeps happening, restart bondlens."
)
WEB_SAVED: Final = "Saved. Thank you for writing it down."
WEB_UPDATED: Final = "Your changes are saved."
WEB_DELETED: Final = "The entry was deleted."
WEB_PERSON_SAVED: Final = "Saved."
WEB_IMPORTED: Final = "Imported {entries} and {people}."
WEB_NO_FILE: Final = "Choose a file to import first."
SERVE_ADDRESS: Final = (
    "bondlens is open at {url}\nOnly this computer can reach it. Press Ctrl-C to stop."
)
SERVE_PORT_BUSY: Final = "Port {port} is already in use. Try another one with --port."

# --- analysis ------------------------------------------------------------------------
#: Each belief about support in the person's own voice (shared/domain.md §5).
BELIEF_WORDS: Final = {
    "self_reliance": "I should handle this alone",
    "burden": "I don't want to be a burden",
    "abandonment": "people always leave",
    "not_understood": "no one would understand what I went through",
    "guard_up": "if I let my guard down I'll get hurt again",
    "distrust": "I can't trust anyone",
    "weakness": "needing people means I'm weak",
    "unworthy": "I don't deserve love or care",
}
ANALYSIS_NOTHING: Final = "Nothing stood out in this text."
ANALYSIS_BELIEF: Final = "This sounds like the belief “{words}”: “{quote}”"
ANALYSIS_MARKER: Final = "A sign of {marker}: “{quote}”"
ANALYSIS_EMOTIONS: Final = "Emotions it may carry: {emotions}."
ANALYSIS_NOTE: Final = (
    "These are patterns in the words, not a judgement of you or anyone. You decide what fits."
)
CRISIS_INTRO: Final = (
    "It sounds like things may be very hard right now. You deserve support, and you "
    "don't have to carry this alone. You can reach someone now:"
)
#: The same support for words that tell of a past time ("years ago I tried to end my life").
CRISIS_INTRO_PAST: Final = (
    "You wrote about a very hard time. If any of it feels close again, now or later, you "
    "don't have to carry it alone. You can reach someone:"
)
WEB_SUPPORT_TITLE: Final = "You deserve support right now"
WEB_SUPPORT_TITLE_PAST: Final = "Support is here if you want it"
CRISIS_DANGER: Final = "If you are in danger right now, please call your local emergency number."
READ_CRISIS_NOTICE: Final = "Looking again at what you wrote in {entries}:"
BATCH_LINE: Final = "Line {line}: {problem}"
BATCH_SHAPE: Final = 'each line should be an object like {"id": 1, "text": "..."}.'

# --- notes: what the reader found in an entry ------------------------------------------
#: Each relationship sign (shared/domain.md §2) as a plain description of a moment.
MARKER_WORDS: Final = {
    "boundaries_honesty": "boundaries named and respected",
    "mutual_growth": "growing together",
    "beyond_trauma": "a bond about more than shared pain",
    "self_outside": "keeping a life of your own",
    "other_support": "leaning on other support too",
    "triggers_shared": "talking openly about triggers",
    "codependence": "needing each other to feel okay",
    "retraumatizing": "setting off each other's pain",
    "stagnation": "staying stuck in the pain together",
    "trauma_dumping": "heavy things shared with no room to work through them",
    "harm": "a hurtful moment",
    "apology": "an apology or a sudden burst of kindness",
    "reconciliation": "making up after a hard time",
    "unpredictability": "someone being loving one day and hurtful the next",
    "fear": "walking on eggshells",
    "hard_to_leave": "finding it hard to leave",
    "isolation_by_other": "being kept apart from other people",
    "power_imbalance": "one person holding more power",
    "overstayed": "a bond that may have outlived its purpose",
}
NOTE_BELIEF: Final = "This sounds like the belief “{words}”."
NOTE_MARKER: Final = "This may describe {words}."
NOTE_CONFIRMED: Final = "You said this fits."
NOTES_INTRO: Final = "Patterns in your words, noticed on this computer. Only you decide what fits."
NOTES_NOT_READ: Final = "This entry has not been read for patterns yet."
NOTES_NONE: Final = "Nothing stood out in this entry."
NOTES_OFF: Final = "Reading entries for patterns is switched off (BONDLENS_READING=off)."
WEB_MEANING_UNREAD: Final = (
    "{count:,} entries are still being read on this computer; "
    "they will show up here in a little while."
)
WEB_CHECKIN_SAVED: Final = "Thank you. Your check-in is saved, and the lens below includes it."
WEB_NOTE_SAVED: Final = "Thank you. Your answer is saved."
NOTE_SAVED_CONFIRMED: Final = "Noted: you said this fits."
NOTE_SAVED_DISMISSED: Final = "Noted: this note won't show again for this entry."
NOTE_SAVED_CLEARED: Final = "Your answer was taken back."
FINDING_KIND_UNKNOWN: Final = "{kind!r} is not something a note can be about (belief or marker)."
FINDING_LABEL_UNKNOWN: Final = "There is no {kind} called {label!r}. Known ones: {known}."
FINDING_VERDICT_UNKNOWN: Final = "{verdict!r} is not an answer I know (confirmed or dismissed)."
READING_PROGRESS: Final = "Reading entries"
READING_DONE: Final = "Read {count:,} {entries}."
READING_NOTHING: Final = "Every entry has already been read."
READING_IS_OFF: Final = (
    "Reading entries is switched off (BONDLENS_READING=off), so there is nothing to do."
)
SEARCH_MEANING_UNREAD: Final = (
    "{count:,} {entries} not read yet, so search by meaning can't see them. "
    "Run `bondlens reanalyze` to read them."
)

# --- the bond lens, check-ins and insights ----------------------------------------------
#: One plain question per marker of shared/domain.md §2, asked in a lens check-in.
CHECKIN_QUESTIONS: Final = {
    "boundaries_honesty": "Can you both say what you need, and is a 'no' respected?",
    "mutual_growth": "Do you encourage each other's healing and celebrate progress?",
    "beyond_trauma": "Do you share more than the hard past: fun, plans, everyday life?",
    "self_outside": "Do you each keep your own friends, interests and time apart?",
    "other_support": "Do you also lean on other support, like friends, therapy or a group?",
    "triggers_shared": "Can you talk openly with them about what sets you off?",
    "codependence": "Do you feel you need them in order to feel okay?",
    "retraumatizing": "Do you set off each other's old pain?",
    "stagnation": "Does time together go round the same pain without moving on?",
    "trauma_dumping": "Do heavy things get poured out with no room to work through them?",
    "harm": "Have they hurt, frightened, put down or controlled you?",
    "apology_cycle": (
        "After a hurtful time, do apologies or sudden kindness pull you close again, "
        "until it happens again?"
    ),
    "unpredictability": "Is it hard to know if they'll be loving or hurtful from day to day?",
    "fear": "Do you find yourself walking on eggshells around them?",
    "hard_to_leave": "Have you wanted to step back or leave, and found you couldn't?",
    "isolation_by_other": "Do they make it harder for you to see other people?",
    "power_imbalance": "Does one of you hold much more power: authority, money or status?",
    "overstayed": "Has the bond outlived what it was for, in a way that holds you back?",
}
CHECKIN_INTRO: Final = (
    "A short check-in about {name}: {count} questions, one at a time. Answer 0 never, "
    "1 rarely, 2 sometimes, 3 often, or press Enter to skip. There are no wrong answers."
)
CHECKIN_PROMPT: Final = "0-3, Enter to skip"
CHECKIN_SAVED: Final = "Saved your check-in about {name} ({count} {answers})."
CHECKIN_NOTHING: Final = "Nothing was answered, so nothing was saved. You can come back any time."
CHECKIN_EMPTY: Final = "A check-in needs at least one answer, like --answer fear=1."
CHECKIN_NEEDS_TERMINAL: Final = (
    "The check-in asks one question at a time at a terminal. "
    "Elsewhere, give answers with --answer, like --answer codependence=2."
)
CHECKIN_MARKER_UNKNOWN: Final = "There is no check-in question {marker!r}. Known ones: {known}."
CHECKIN_ANSWER_BAD: Final = (
    "{value!r} is not an answer I know. Use 0 never, 1 rarely, 2 sometimes or 3 often."
)
CHECKIN_PAIR_BAD: Final = "{value!r} should look like marker=answer, for example fear=1."
CHECKIN_NONE: Final = "No check-ins about {name} yet. Start one with: bondlens checkin {name}"
CHECKIN_HISTORY: Final = "Your check-ins about {name}, oldest first:"
CHECKIN_CHANGES: Final = "How your answers have moved since the first time:"

#: What each kind of bond looks like in a person's entries (shared/domain.md §2).
LENS_BOND: Final = {
    "trauma_bond": (
        "Your entries about {name} show a pattern often seen in a trauma bond: hurtful "
        "moments, then apologies or kindness, then making up, and then hurt again."
    ),
    "trauma_connection": (
        "Your entries about {name} look like a trauma connection: a closeness that grows "
        "from having been through similar pain."
    ),
    "healing_bond": (
        "Your entries about {name} look like a healing bond: a closeness formed by doing "
        "healing work together."
    ),
    "supportive": "Your entries about {name} describe a supportive connection.",
    "unclear": "It isn't clear yet what kind of bond this is.",
}
LENS_FEW: Final = "There isn't enough in your journal about {name} yet to see a pattern."
LENS_LOOKING_BACK: Final = "Looking back on a relationship that ended on {day}."
LENS_OVERRIDE: Final = (
    "You noted that this bond began {origin}. Bonds can change from how they started, "
    "and the lens goes by what your entries describe."
)
LENS_CYCLES: Final = (
    "{times} between {first} and {last}, a hurtful moment was followed by an apology or "
    "kindness and then by making up (entries {refs})."
)
LENS_CYCLE_ONCE: Final = (
    "On {first}, a hurtful moment was followed by an apology or kindness and then by "
    "making up (entries {refs})."
)
LENS_CYCLE_DAYS: Final = "From the hurt to making up took about {days}."
LENS_SIGN: Final = (
    "In {count} of your {total} entries about {name}, you wrote about {words} ({refs})."
)
LENS_SIGN_RECENT: Final = (
    "In {count} of your last {total} entries about {name}, you wrote about {words} ({refs})."
)
LENS_SIGN_CHECKIN: Final = "In your latest check-in you answered “{answer}” to: {question}"
LENS_HEALTH: Final = {
    "healthy": "Overall, what you wrote about {name} looks healthy.",
    "at_risk": "Some of what you wrote about {name} is worth keeping an eye on.",
    "unhealthy": (
        "Taken together, your entries show an unhealthy pattern. You deserve to feel safe; "
        "talking it through with someone you trust or a counsellor can help."
    ),
    "unclear": "",
}
LENS_TREND: Final = {
    "safer": "Lately it has felt safer: {recent:.1f} of 5 on average, up from {earlier:.1f}.",
    "less_safe": (
        "Lately it has felt less safe: {recent:.1f} of 5 on average, down from {earlier:.1f}."
    ),
    "steady": "How safe it feels has stayed about the same, around {average:.1f} of 5.",
    "unclear": "",
}
LENS_HELPS: Final = "What seems to help: {items}, which felt safer than usual."
LENS_NEEDS_INTRO: Final = "What would make this clearer:"
LENS_NEEDS: Final = {
    "more_entries": "a few more entries about {name} (three or more)",
    "safety_ratings": "how safe each moment felt (1 to 5) on your entries",
    "checkin": "a short check-in about {name}",
    "origin": "how the bond with {name} began (in their details)",
    "time": "more time: a few more entries will show which way it is going",
}
#: How to do what would make the lens clearer, on the command line.
LENS_NEEDS_HOW: Final = {
    "checkin": "Check in: bondlens checkin {name}",
    "origin": "Say how it began: bondlens person edit {name} --origin ORIGIN",
}
LENS_CLOSING: Final = (
    "These are patterns in your own words, not a judgement of you or anyone. You decide what fits."
)
LENS_WAITING: Final = "{count:,} {entries} not read yet, so the lens can't see them."

INSIGHTS_EMPTY: Final = "No entries about people yet, so there are no patterns to show."
INSIGHTS_RECIPROCITY: Final = (
    "You gave support {given} {given_times} and received it {received} {received_times}."
)
INSIGHTS_RECIPROCITY_PERSON: Final = "With {name}: you gave {given}, received {received}."
INSIGHTS_LOSING_TOUCH: Final = "It has been {days} days since you wrote about {name}{safe}."
INSIGHTS_SAFE_MARK: Final = ", one of your safe people"
INSIGHTS_ISOLATION: Final = (
    "It has been {days} days since you wrote about any of your safe people. Hard things "
    "weigh more when carried alone; a small message to someone safe can be a good step."
)
INSIGHTS_NARROWING: Final = (
    "Lately most of your contact has been with {name} ({recent}% of entries, up from "
    "{earlier}%), while time with others has dropped."
)
INSIGHTS_TRIGGER: Final = "{what} came with a hard moment in {count} of {total} entries ({refs})."
INSIGHTS_TREND: Final = {
    "safer": "Time with {name} has felt safer lately.",
    "less_safe": "Time with {name} has felt less safe lately.",
}
INSIGHTS_WEEK: Final = "This week: {entries} {entry_word} about {people} {people_word}{average}."
INSIGHTS_WEEK_AVERAGE: Final = ", feeling {average} of 5 safe on average"
INSIGHTS_WEEK_BEFORE: Final = " (the week before: {average})"
INSIGHTS_WEEK_EMPTY: Final = "Nothing written this week yet."
LENS_TREND_CYCLE: Final = (
    "In a pattern like this, good stretches often come between the hard ones, so a "
    "better spell may not last; you know best."
)

# --- the path from isolation to connection (shared/domain.md §4) -------------------------
PATH_OPTIONAL: Final = "Every step is optional. Take the ones that help, in any order, or none."

# Step 1: a safe person.
SAFE_INTRO: Final = (
    "A quiet reflection, ten minutes or so. Safe doesn't mean perfect: it means steady, "
    "kind and careful with your limits. Think of one person at a time."
)
#: Questions to sit with before rating anyone (no answer is stored).
SAFE_PROMPTS: Final = (
    "Around whom does your body loosen a little?",
    "Who listens to the end before offering advice?",
    "Who takes your feelings as real, without asking you to prove them?",
    "Who has been there more than once, in ordinary ways?",
    "With whom can you say no and still feel welcome?",
)
#: What makes someone safe for you, each rated 0-3.
SAFE_CRITERIA: Final = {
    "consistent": "They are steady: what they say and do lines up over time.",
    "kind": "They are kind to you, also when things are hard.",
    "respects_limits": "They respect your limits when you say no or need space.",
    "listens": "They listen without rushing to fix things.",
    "believes_me": "They believe your feelings without asking for proof.",
}
SAFE_SCALE_WORDS: Final = {0: "not really", 1: "a little", 2: "mostly", 3: "very much"}
SAFE_PROMPT: Final = "0 not really, 1 a little, 2 mostly, 3 very much; Enter to skip"
SAFE_CRITERION_UNKNOWN: Final = "There is no criterion {value!r}. Known ones: {known}."
SAFE_RATING_BAD: Final = (
    "{value!r} is not a rating I know. Use 0 not really, 1 a little, 2 mostly or 3 very much."
)
SAFE_PAIR_BAD: Final = "{value!r} should look like criterion=rating, for example kind=3."
SAFE_EMPTY: Final = "A reflection needs at least one rating, like --rate kind=3."
SAFE_SAVED: Final = "Saved your reflection about {name} ({count} {ratings})."
SAFE_NOTHING: Final = "Nothing was rated, so nothing was saved. You can come back any time."
SAFE_DECIDE: Final = (
    "Whether {name} is a safe person for you is yours to decide. If you decide they are: "
    "bondlens safe {name} --mark"
)
SAFE_MARKED: Final = "Marked {name} as a safe person for you."
SAFE_UNMARKED: Final = "{name} is no longer marked as a safe person. You can change this any time."
SAFE_MARK_BOTH: Final = "Choose --mark or --unmark, not both."
SAFE_NO_PEOPLE: Final = "No people yet. Add someone with: bondlens person add NAME"
SAFE_NONE_YET: Final = "No reflections about {name} yet."
SAFE_EVIDENCE: Final = (
    "From your journal: {entries} {entry_word}, {rated} rated for safety{average}; "
    "last written about {last}."
)
SAFE_EVIDENCE_AVERAGE: Final = ", {average:.1f} of 5 on average"

# Step 2: micro-sharing.
SHARE_SIZES: Final = {
    "feeling": "a feeling (“I'm tired today”)",
    "preference": "something you like or don't (“I'd rather walk than sit in a café”)",
    "small_memory": "a small memory",
    "vulnerable_thought": "a thought that feels a bit exposed",
    "bigger_story": "a bigger part of your story",
}
SHARE_RESPONSES: Final = {
    "supportive": "they were supportive",
    "neutral": "they were neutral",
    "dismissive": "they brushed it aside",
    "hurtful": "their response hurt",
}
SHARE_SIZE_UNKNOWN: Final = "{value!r} is not a sharing size I know. Choose one of: {choices}."
SHARE_RESPONSE_UNKNOWN: Final = "{value!r} is not a response I know. Choose one of: {choices}."
SHARE_FELT_RANGE: Final = (
    "How you felt after goes from 1 (awful) to 5 (good), so {value} doesn't fit."
)
SHARE_TEXT: Final = "Shared {size} with {name}; {response}. I felt {felt} of 5 afterwards."
SHARE_SAVED: Final = "Saved your share with {name} as entry #{id}."
SHARE_LADDER_INTRO: Final = (
    "The sharing ladder, smallest first. Going up is never required: staying on a step "
    "for as long as you like is part of it."
)
SHARE_STEP: Final = {
    "start": "When you feel like it, {name} could hear something small, like {size}.",
    "next": "{name} met you well last time. When you feel ready, a next step could be {size}.",
    "top": "You have shared even bigger things with {name}, and they met you well.",
    "stay": (
        "{name}'s last response was neutral. Staying with small things for now is fine, "
        "or waiting to see how it feels."
    ),
    "rest": (
        "Your last share with {name} wasn't met well. You don't owe anyone more. Small "
        "shares with people who have been kind to you can wait until you want them."
    ),
}
SHARE_NONE: Final = (
    "No shares logged yet. After you share something small, note it with: "
    "bondlens share NAME --size feeling --response supportive --felt 4"
)

# Step 3: the beliefs workbook.
#: What each belief about support (domain §5) can cost, in life and at work.
BELIEF_COSTS: Final = {
    "self_reliance": (
        "Hard days get carried alone, and what you feel has nowhere to go, so healing "
        "takes longer than it needs to.",
        "You take on too much, rarely hand things over, and wear yourself thin.",
    ),
    "burden": (
        "You go quiet when you most need company, and people who care don't get the chance to.",
        "You work around problems on your own instead of asking a colleague.",
    ),
    "abandonment": (
        "Closeness feels risky, so you may step back first, even from people who want to stay.",
        "It's hard to rely on colleagues or to let work friendships grow.",
    ),
    "not_understood": (
        "What happened stays unspoken, and you can feel far away even in a full room.",
        "You keep your feelings out of sight and can feel like you don't quite belong.",
    ),
    "guard_up": (
        "You stay on watch all the time, which keeps hurt out and comfort out too.",
        "Feedback can feel like an attack, and trusting a team takes a long time.",
    ),
    "distrust": (
        "You pull away from people before they can let you down.",
        "You keep your cards close and rarely let others help with your work.",
    ),
    "weakness": (
        "You hide what you need, even from people who would gladly help.",
        "You push through alone rather than ask for what would make the work easier.",
    ),
    "unworthy": (
        "You may put up with being treated badly, because asking for better feels too much.",
        "You give more and more and rarely let yourself receive.",
    ),
}
#: Counter-beliefs to start from; the person's own words are always better.
BELIEF_SUGGESTIONS: Final = {
    "self_reliance": (
        "Letting someone help me is a strength, not a failure.",
        "I can be capable and still share the load.",
    ),
    "burden": (
        "The people who care about me are glad to be asked.",
        "Asking for help gives someone a chance to show up for me.",
    ),
    "abandonment": (
        "Not everyone leaves; I can notice the people who stay.",
        "Some people have stayed, and I can let them count.",
    ),
    "not_understood": (
        "Some people can understand more than I expect.",
        "I don't need someone to have lived it to be understood a little.",
    ),
    "guard_up": (
        "I can open a little and keep my limits.",
        "Being open with a safe person is not the same as being unprotected.",
    ),
    "distrust": (
        "Some people aren't safe, and some are; I can learn to tell the difference.",
        "Trust can be built slowly, one small step at a time.",
    ),
    "weakness": (
        "Needing people is part of being human.",
        "Reaching out is a step forward, not a step back.",
    ),
    "unworthy": (
        "I deserve care, just like everyone else.",
        "Being treated kindly is something I'm allowed to ask for.",
    ),
}
BELIEF_UNKNOWN: Final = "There is no belief {value!r}. Known ones: {choices}."
BELIEF_COUNTER_EMPTY: Final = "A counter-belief needs a few words of your own."
BELIEF_COUNTER_SAVED: Final = "Saved your counter-belief to “{belief}”."
BELIEF_PINNED: Final = "Pinned: “{counter}”. You'll see it with bondlens beliefs."
BELIEF_UNPINNED: Final = "Nothing is pinned now."
BELIEF_PIN_NEEDS_COUNTER: Final = (
    "Write your counter-belief first, then pin it: bondlens beliefs {id} --counter TEXT --pin"
)
BELIEF_STRENGTH_RANGE: Final = "How strongly goes from 0 to 100, so {value} doesn't fit."
BELIEF_RATE_EMPTY: Final = "Say how strongly, like --rate-belief 70 or --rate-counter 30."
BELIEF_RATED: Final = "Saved how strongly you believe each, today."
BELIEF_PIN_LINE: Final = "Your pinned counter-belief: “{counter}”"
BELIEF_NO_PIN: Final = (
    "Nothing pinned yet. Pick a belief, write your own counter-belief and pin it: "
    "bondlens beliefs ID --counter TEXT --pin"
)
BELIEF_MOMENTS_NONE: Final = "No entries show this belief so far."
BELIEF_MOMENTS: Final = "Moments this belief showed up in your journal:"

# Step 4: nourishing a connection.
NUDGE_ACTIONS: Final = {
    "message": "Send {name} a short check-in message.",
    "walk": "Suggest a walk or a coffee with {name}.",
    "invitation": "If {name} invites you to something, you could say yes this time.",
    "thanks": "Tell {name} one thing you appreciate about them.",
}
#: Check-in messages to copy and change as you like.
NUDGE_DRAFTS: Final = (
    "Hi {name}, you crossed my mind today. How are you doing?",
    "Hey {name}, no need to reply quickly, just wanted to say hi.",
    "Hi {name}, would you like to catch up sometime soon?",
)
NUDGE_DONE_TEXT: Final = {
    "message": "Sent {name} a check-in message.",
    "walk": "Suggested a walk or a coffee to {name}.",
    "invitation": "Said yes to an invitation from {name}.",
    "thanks": "Told {name} something I appreciate about them.",
}
NUDGE_WHY: Final = {
    "never": "you haven't written about {name} yet",
    "days": "{days} days since you last wrote about {name}",
}
NUDGE_WHY_SAFE: Final = ", one of your safe people"
NUDGE_INTRO: Final = "A few small ideas for today. Intention matters more than doing it perfectly."
NUDGE_NONE: Final = "Nothing to suggest today. You've been in touch with the people you keep close."
NUDGE_UNKNOWN: Final = "There is no suggestion {id!r} today. See them with: bondlens nudges"
NUDGE_DONE: Final = "Well done. Saved as entry #{entry}."
NUDGE_NOT_NOW: Final = "That's fine. It won't come up again for a few days."

# Step 7: giving support.
GIVE_LEFT: Final = {
    "energised": "it left me energised",
    "fine": "it left me fine",
    "drained": "it left me drained",
}
GIVE_LEFT_UNKNOWN: Final = "{value!r} is not something I know. Choose one of: {choices}."
GIVE_SAVED: Final = "Saved the support you gave {name} as entry #{id}."
GIVE_NONE: Final = (
    "No support given or received logged yet. Log some with: "
    "bondlens give NAME 'what you did' --left fine"
)
GIVE_DRAINING: Final = (
    "Giving to {name} has left you drained {drained} of the last {total} times. "
    "Your limits matter too; it's okay to give less, or to ask for something back."
)
GIVE_UNEVEN: Final = (
    "With {name}, you have given support {given} times and received it {received}. "
    "Being someone's support can heal; it can also be worth noticing who supports you."
)

# --- the Path on the web ------------------------------------------------------------------
WEB_PATH_INTRO: Final = (
    "Small steps from feeling alone towards feeling connected. None of them is required, "
    "and there is no order to keep: take what helps today, and leave the rest."
)
#: The steps of shared/domain.md §4 as the Path page tells them: (title, words, tool link).
WEB_PATH_STEPS: Final = (
    (
        "Find one safe person",
        "Safe isn't perfect: steady, kind, careful with your limits. A quiet reflection, "
        "person by person, with what your journal already shows.",
        "/path/safe",
        "Reflect on who feels safe",
    ),
    (
        "Practise sharing small things",
        "Tell someone something small, notice how they respond, and collect evidence that "
        "being seen can be okay. Bigger steps only if and when you want them.",
        "/path/sharing",
        "Log a small share",
    ),
    (
        "Loosen a belief about support",
        "Pick a belief that holds you back, write a counter-belief in your own words, keep "
        "it where you'll see it, and notice how strongly you believe each over time.",
        "/path/beliefs",
        "Open the beliefs workbook",
    ),
    (
        "Nourish a connection",
        "Small, intentional acts: a check-in message, saying yes to an invitation, "
        "suggesting a walk. Intention matters more than doing it perfectly.",
        "/path/nudges",
        "See today's small ideas",
    ),
    (
        "Get support for building support",
        "When relationships themselves feel triggering, a trauma-informed therapist can "
        "help with the patterns underneath. Asking for that help is a step forward.",
        "/summary",
        "Prepare a summary for a session",
    ),
    (
        "Keep a connection journal",
        "After time with someone, note what felt safe and what didn't. Over time, patterns "
        "appear: who, which situations, what kind of support helps.",
        "/",
        "Write an entry",
    ),
    (
        "Give support too, within your limits",
        "Being someone's safe person heals as well. Notice how giving leaves you, and "
        "whether support flows both ways.",
        "/path/giving",
        "Log support you gave",
    ),
)
WEB_PATH_WHY: Final = (
    "Trauma often begins in relationships, and it also heals in them. A calm person nearby "
    "helps a stirred-up nervous system settle, people who know us remind us of strengths "
    "we forgot, and being witnessed keeps us going."
)
WEB_PATH_LINK: Final = "Your path: small, optional steps towards connection"
WEB_PIN_HOME: Final = "Your counter-belief"
WEB_REFLECTION_SAVED: Final = "Saved your reflection. You can take it again any time."
WEB_SAFE_MARKED: Final = "Marked as a safe person for you. You can change this any time."
WEB_SAFE_UNMARKED: Final = "No longer marked as a safe person. You can change this any time."
WEB_SAFE_EMPTY: Final = (
    "Nothing was rated, so nothing was saved. Rate one line or more, or come back later."
)
WEB_SAFE_NO_PEOPLE: Final = "No people yet. Once you add someone, you can reflect on them here."
WEB_SHARE_SAVED: Final = "Saved your share in your journal. Thank you for noticing how it went."
WEB_SHARE_WHO: Final = "Choose who you shared with, so the share can be kept with them."
WEB_FELT_BAD: Final = "Choose how you felt afterwards, from 1 (awful) to 5 (good)."
WEB_COUNTER_SAVED: Final = "Saved your counter-belief."
WEB_PIN_CHANGED: Final = "Done. What's pinned shows on the Write page."
WEB_RATED: Final = "Saved how strongly you believe each, today."
WEB_STRENGTH_BAD: Final = (
    "How strongly goes from 0 to 100, as a whole number; leave one empty to skip it."
)
WEB_BELIEF_NOT_FOUND: Final = "There is no belief at this address. The workbook lists all eight."
WEB_NUDGE_DONE: Final = "Well done. It's in your journal as a check-in."
WEB_NUDGE_NOT_NOW: Final = "That's fine. It won't come up again for a few days."
WEB_NUDGE_GONE: Final = "That suggestion isn't on today's list any more, so nothing was changed."
WEB_GIVE_SAVED: Final = "Saved the support you gave in your journal."
WEB_GIVE_WHO: Final = "Choose who you supported, so it can be kept with them."
WEB_GIVE_LEFT: Final = "Choose how giving left you: energised, fine or drained."
#: How you felt after a share, 1-5 (the words beside the numbers).
WEB_FELT_WORDS: Final = {1: "awful", 2: "uneasy", 3: "okay", 4: "fairly good", 5: "good"}


# --- the safety plan (issue 7) ---------------------------------------------------------
#: Each section of the plan: its title and a plain prompt, in the plan's order. Our
#: own words; the structure is the one safety plans commonly use.
SAFETY_SECTIONS: Final = {
    "warning_signs": (
        "My warning signs",
        "What tells you a hard time may be coming: thoughts, feelings, places, moments.",
    ),
    "on_my_own": (
        "Things I can do on my own",
        "Small things that help you get through a wave, even a little: a walk, music, "
        "a shower, breathing slowly.",
    ),
    "feel_better": (
        "People and places that help me feel better",
        "Where you can go, and who you can be around, without having to explain anything.",
    ),
    "ask_for_help": (
        "People I can ask for help",
        "Someone you could tell that things are hard right now, and how to reach them.",
    ),
    "professionals": (
        "Professionals and crisis lines",
        "A therapist, doctor or service you can contact, with a number. Crisis lines for "
        "your region are always listed here too.",
    ),
    "safer_surroundings": (
        "Making my surroundings safer",
        "What you could put away, hand to someone, or keep out of reach when things are hard.",
    ),
    "reasons": (
        "My reasons to keep going",
        "People, animals, plans, anything that matters to you, however small.",
    ),
}
SAFETY_INTRO: Final = (
    "A plan you write on a calmer day, for a harder one. Short lines are enough, "
    "and you can change it any time."
)
SAFETY_EMPTY: Final = (
    "Your safety plan is empty so far. Add a line with "
    '`bondlens safety --add SECTION "TEXT"`, or write it all with `bondlens safety --edit`.'
)
SAFETY_NOTHING_YET: Final = "Nothing here yet."
SAFETY_REGION_LINES: Final = "Crisis lines for your region:"
SAFETY_SAVED: Final = "Saved your safety plan."
SAFETY_UNCHANGED: Final = "Nothing changed in your safety plan."
SAFETY_SECTION_UNKNOWN: Final = (
    "There is no section {value!r} in the safety plan. The sections are: {choices}."
)
SAFETY_TOO_MANY: Final = (
    "“{section}” can hold up to {limit} lines; please keep the ones that help most."
)
SAFETY_NO_ITEM: Final = "“{section}” has no line {number}. `bondlens safety` shows the numbers."
SAFETY_ITEM_EMPTY: Final = "Please write a few words for the new line."
SAFETY_FORM_STRAY: Final = (
    "Line {line} of the form comes before any section heading, so I couldn't tell where "
    "it belongs. Put it under a heading that starts with “## ”."
)
SAFETY_FORM_HEADING: Final = (
    "Line {line} of the form names a section I don't know: {heading!r}. Keep the headings "
    "as they were."
)
SAFETY_FORM_HELP: Final = (
    "# Your safety plan. Write one item a line under each heading; keep the headings\n"
    "# as they are. Lines starting with a single # are ignored. Save and close to keep it."
)
SAFETY_EDIT_NEEDS_TERMINAL: Final = (
    "Editing the whole plan opens your text editor, which needs a terminal. "
    'From a script, use `bondlens safety --add SECTION "TEXT"` and `--remove SECTION N`.'
)
SAFETY_CRISIS_HEADING: Final = "Your safety plan:"
SAFETY_CRISIS_NONE: Final = (
    "When things are calmer, you might write a safety plan for harder days: "
    "`bondlens safety --edit`."
)
WEB_SAFETY_LINK: Final = "Safety plan"
WEB_SAFETY_SAVED: Final = "Saved your safety plan. You can change it any time."
WEB_SAFETY_IN_SUPPORT: Final = "Your safety plan"
WEB_SAFETY_MAKE: Final = (
    "When things feel calmer, a safety plan can help on harder days. You can start one here:"
)


# --- the care team (issue 7, shared/domain.md §6) -------------------------------------------
#: Each kind of care team member: its label, in the order the team is listed.
CARE_KINDS: Final = {
    "therapist": "Therapist",
    "support_group": "Support group",
    "doctor": "Doctor",
    "crisis_line": "Crisis line",
    "trusted_person": "Trusted person",
    "other": "Other",
}
CARE_INTRO: Final = (
    "The people and places that support you, how to reach them, and where you are on "
    "the path to care. Nobody has to do this alone."
)
CARE_EMPTY: Final = (
    "Your care team is empty for now. You might add a therapist you'd like to see, a "
    'group, or someone you trust: `bondlens care add "NAME" --kind therapist`.'
)
CARE_KIND_UNKNOWN: Final = (
    "There is no kind {value!r} for a care team member. The kinds are: {choices}."
)
CARE_NAME_EMPTY: Final = "Please give this member of your care team a name."
CARE_TOO_MANY: Final = (
    "Your care team can hold up to {limit} members; you might remove one you no longer need."
)
CARE_NOT_FOUND: Final = (
    "There is no care team member #{id}. `bondlens care` lists them with their numbers."
)
CARE_NOTHING_TO_CHANGE: Final = (
    "Nothing to change: give at least one of --name, --kind, --reach, --status or --notes."
)
CARE_ADDED: Final = "Added {name} to your care team (#{id})."
CARE_EDITED: Final = "Saved the changes to {name}."
CARE_REMOVED: Final = "Removed {name} from your care team."
WEB_CARE_LINK: Final = "Your care team"
WEB_CARE_ADDED: Final = "Added to your care team."
WEB_CARE_EDITED: Final = "Saved your changes."
WEB_CARE_REMOVED: Final = "Removed from your care team."


# --- support in a hard moment: own contacts first, "Get help now" (issue 7) -------------
#: The crisis block (the CLI, and the web's headings without the colon).
SUPPORT_OWN: Final = "Your own contacts:"
SUPPORT_LINES: Final = "Crisis lines and services:"
SUPPORT_FROM_CARE: Final = "From your care team:"
SUPPORT_ADD_CONTACTS: Final = (
    "People you trust and crisis lines you know can be kept in your care team; they are "
    'then shown first whenever things are hard: `bondlens care add "NAME" --kind '
    'trusted-person --reach "NUMBER"`.'
)
WEB_SUPPORT_OWN: Final = "Your own contacts"
WEB_SUPPORT_LINES: Final = "Crisis lines and services"
WEB_HELP_LINK: Final = "Get help now"
HELP_TITLE: Final = "Get help now"
HELP_INTRO: Final = (
    "You don't have to get through this alone. Here is who you can reach right now, "
    "starting with the people you chose."
)
HELP_URGENT_TITLE: Final = "Emergency services"
HELP_NO_CONTACTS: Final = (
    "No contacts of your own here yet. When you feel up to it, you can add people you "
    "trust and crisis lines you know to your care team, and they will be shown first."
)
HELP_REGION: Final = "These are the lines for {name}."
HELP_REGION_UNSET: Final = "No country is chosen, so this is a list from several countries."
HELP_REGION_SEVERAL: Final = "These lines come from several countries, as you chose."
HELP_REGION_CHANGE: Final = "Change your region"
HELP_PLAN_INTRO: Final = "What you wrote for a day like this:"
HELP_CARE: Final = "Everyone who supports you, and how to reach them:"
SETTINGS_REGION: Final = "Crisis lines are shown for {name}."
SETTINGS_REGION_UNSET: Final = (
    "No country is chosen, so crisis lines come from a list of several countries."
)


# --- choosing your country for crisis lines ---------------------------------------------
#: Where the region in use comes from (``bondlens region``, the Your data page).
REGION_SOURCES: Final = {
    "chosen": "you chose it in bondlens",
    "environment": "set by BONDLENS_REGION",
    "none": "no country chosen",
}
REGION_IN_USE: Final = "Crisis lines are shown for {name} ({code}): {source}."
REGION_NONE: Final = "No country is chosen, so crisis lines come from a list of several countries."
REGION_SEVERAL_CHOSEN: Final = "Crisis lines come from a list of several countries, as you chose."
REGION_HOW: Final = (
    "To choose your country: `bondlens region CODE` (for example `bondlens region GB`, or "
    "`bondlens region international` for the list from several countries); "
    "`bondlens region --list` shows the codes, `bondlens region --clear` goes back to the "
    "default."
)
REGION_SAVED: Final = "Saved. Crisis lines now show for {name}."
REGION_SAVED_NONE: Final = "Saved. Crisis lines now come from a list of several countries."
REGION_UNKNOWN: Final = (
    "bondlens has no crisis lines for {value!r} yet. To see the countries you can "
    "choose, run `bondlens region --list` or open Your data in the web app."
)
REGION_ONE_AT_A_TIME: Final = "Give a country CODE, --clear or --list: one at a time."
REGION_LIST_INTRO: Final = "The countries you can choose, by code (`bondlens region CODE`):"
REGION_ENV_DEFAULT: Final = (
    "BONDLENS_REGION sets the default, {name}; a country you choose here comes first."
)
WEB_REGION_LABEL: Final = "Your country"
WEB_REGION_INTERNATIONAL: Final = "International list (no country chosen)"
WEB_REGION_DEFAULT: Final = "The default: {name} (from BONDLENS_REGION)"
WEB_REGION_SEVERAL: Final = "International list (several countries)"
WEB_REGION_HINT: Final = (
    "Get help now, your safety plan and the support shown after a hard entry all use "
    "the lines for this country."
)
WEB_REGION_SAVE: Final = "Save country"


# --- the session summary (issue 7, shared/domain.md §4 step 5 and §6) -----------------------
SUMMARY_TITLE: Final = "Session summary"
SUMMARY_PREPARED: Final = "Prepared by you with bondlens, {range}."
SUMMARY_RANGE: Final = "{since} to {until}"
SUMMARY_NOT_DIAGNOSIS: Final = (
    "This is your own journal, in your own words, with only the parts you chose to bring. "
    "bondlens reflects patterns in what you wrote; it is not a diagnosis."
)
#: Each part of a summary, in the order it is shown: its heading.
SUMMARY_PARTS: Final = {
    "entries": "Entries",
    "lens": "Through the lens",
    "checkins": "Check-ins",
    "workbook": "Beliefs workbook",
    "safety_plan": "Safety plan",
}
SUMMARY_ENTRY_META: Final = "Entry #{id}"
SUMMARY_SAFE: Final = "What felt safe: {text}"
SUMMARY_UNSAFE: Final = "What felt unsafe: {text}"
SUMMARY_NO_ENTRIES: Final = "No entries in these dates."
SUMMARY_LENS_FACTS: Final = "Pattern: {bond} · Health: {health}"
SUMMARY_LENS_LATELY: Final = " · Lately: {trend} ({recent} of 5)"
SUMMARY_LENS_SCOPE: Final = (
    "The lens looks at everything you've written about {name}, not only these dates."
)
SUMMARY_LENS_SIGN: Final = "{words}: {count} {entries}"
SUMMARY_NO_CHECKINS: Final = "No check-ins in these dates."
SUMMARY_CHECKIN_HEADING: Final = "About {name}, {when}"
SUMMARY_CHECKIN_ANSWER: Final = "{words}: {answer}"
SUMMARY_NO_WORKBOOK: Final = "Nothing in the beliefs workbook for these dates."
SUMMARY_COUNTER: Final = "Your counter-belief: {counter}"
SUMMARY_STRENGTHS: Final = "How strongly you believed it / your counter-belief (0-100): {ratings}"
SUMMARY_MOMENTS: Final = "Showed up in {count} {entries} in these dates."
SUMMARY_PLAN_EMPTY: Final = "Your safety plan is empty so far."
SUMMARY_NOTHING_CHOSEN: Final = (
    "Nothing is chosen yet. Tick the entries or parts you'd like to bring, then make the summary."
)
SUMMARY_RANGE_BACKWARDS: Final = (
    "The first day ({since}) comes after the last day ({until}). You might swap them."
)
SUMMARY_CLI_NO_ENTRIES: Final = (
    "There are no entries from {range}. You might try other dates with --since and "
    "--until, or add a part such as --workbook or --checkins."
)
SUMMARY_CLI_NOTHING: Final = (
    "With --no-entries, add at least one part: --lens NAME, --lens-everyone, --workbook, "
    "--checkins or --safety-plan."
)
SUMMARY_WRITTEN: Final = "Wrote your session summary to {path}."
SUMMARY_FILE_EXISTS: Final = (
    "{path} already exists. Choose another name, or add --force to replace it."
)
WEB_SUMMARY_LINK: Final = "Prepare a summary for a session"
WEB_SUMMARY_INTRO: Final = (
    "Bring what you choose to a therapy session: pick the dates, then tick what to "
    "include. Nothing is saved, and nothing leaves this computer unless you print or "
    "download it."
)
WEB_SUMMARY_DATA: Final = (
    "A printable summary of the dates and parts you choose, to bring to a therapy session."
)
WEB_SUMMARY_NO_ENTRIES: Final = (
    "No entries in these dates. You can still include other parts, or try other dates."
)
WEB_SUMMARY_TOO_MANY: Final = (
    "There are {total:,} entries in these dates; here are the newest {shown:,}. "
    "Shorter dates show the rest."
)
WEB_SUMMARY_NO_PEOPLE: Final = "Nobody is named in the entries from these dates."
WEB_SUMMARY_CHECKINS_NONE: Final = "none in these dates"
WEB_SUMMARY_CHECKINS_ABOUT: Final = "{count} about {name}"
WEB_SUMMARY_PLAN_EMPTY: Final = "it is empty so far"
WEB_SUMMARY_WAITING: Final = (
    "{count:,} {entries} not read yet, so the lens and the workbook can't see them. "
    "They are being read now; in a moment, you can make the summary again."
)


# --- taking back what you recorded in the lens and on the path --------------------------
#: Not found: one line on the command line, the "not found" page (404) on the web.
CHECKIN_NOT_FOUND: Final = (
    "There is no check-in #{id} about {name}. It may have been deleted already."
)
REFLECTION_NOT_FOUND: Final = (
    "There is no reflection #{id} about {name}. It may have been deleted already."
)
STRENGTH_NOT_FOUND: Final = (
    "There is no rating #{id} of “{belief}”. It may have been deleted already."
)
COUNTER_NOT_FOUND: Final = "There is no counter-belief of yours to “{belief}” to clear."
#: On the command line: asked first at a terminal, like ``bondlens delete``; then done.
CONFIRM_CHECKIN_DELETE: Final = "Delete check-in #{id} about {name} ({when})? This can't be undone."
CONFIRM_REFLECTION_DELETE: Final = (
    "Delete reflection #{id} about {name} ({when})? This can't be undone."
)
CONFIRM_STRENGTH_DELETE: Final = "Delete rating #{id} of “{belief}” ({when})? This can't be undone."
CONFIRM_COUNTER_CLEAR: Final = (
    "Clear your counter-belief to “{belief}”, “{counter}”? This can't be undone."
)
CHECKIN_DELETED: Final = "Deleted check-in #{id} about {name}. The lens no longer counts it."
REFLECTION_DELETED: Final = "Deleted reflection #{id} about {name}."
STRENGTH_DELETED: Final = "Deleted rating #{id} of “{belief}”."
COUNTER_CLEARED: Final = "Cleared your counter-belief to “{belief}”."
#: Under the lists that show the numbers.
CHECKIN_DELETE_HINT: Final = "To delete one: bondlens checkin {name} --delete ID"
SAFE_DELETE_HINT: Final = "To delete one: bondlens safe {name} --delete-reflection ID"
BELIEF_RATINGS: Final = "How strongly you believed it / your counter-belief (0-100):"
BELIEF_DELETE_HINT: Final = (
    "To delete a rating: bondlens beliefs {id} --delete-rating NUMBER. "
    "To clear your counter-belief: bondlens beliefs {id} --clear-counter"
)
#: Something missing to know what to delete (exit 1), or a delete mixed with other
#: changes (a usage mistake, exit 2).
SAFE_DELETE_NEEDS_NAME: Final = (
    "Say whose reflection it is: bondlens safe NAME --delete-reflection ID"
)
BELIEF_DELETE_NEEDS_ID: Final = "Say which belief: bondlens beliefs ID {option}"
TAKE_BACK_ALONE: Final = "{option} works on its own: leave out {others}, or run them separately."
#: On the web: the notice after a delete.
WEB_CHECKIN_DELETED: Final = "The check-in was deleted, and the lens no longer counts it."
WEB_REFLECTION_DELETED: Final = "The reflection was deleted."
WEB_STRENGTH_DELETED: Final = "The rating was deleted."
WEB_COUNTER_CLEARED: Final = "Your counter-belief was cleared."
#: The page that asks before deleting (``web/confirm.py``, no JavaScript needed).
WEB_CONFIRM_CHECKIN: Final = "Delete this check-in?"
WEB_CONFIRM_REFLECTION: Final = "Delete this reflection?"
WEB_CONFIRM_STRENGTH: Final = "Delete this rating?"
WEB_CONFIRM_COUNTER: Final = "Clear your counter-belief?"
WEB_CONFIRM_UNDONE: Final = "Deleting can't be undone. Nothing else in your journal changes."
WEB_CONFIRM_YES: Final = "Yes, delete it"
WEB_CONFIRM_YES_CLEAR: Final = "Yes, clear it"
WEB_CONFIRM_NO: Final = "No, keep it"
WEB_ITEM_ABOUT: Final = "About {name}, {when}"
WEB_ITEM_BELIEF: Final = "“{belief}”, {when}"
WEB_ITEM_COUNTER: Final = "Your counter-belief to “{belief}”"
WEB_RATING_BELIEF: Final = "The belief: {value} of 100"
WEB_RATING_COUNTER: Final = "Your counter-belief: {value} of 100"
WEB_COUNTER_PINNED: Final = "It is pinned on the Write page; clearing it unpins it too."
WEB_BACK_CHECKINS: Final = "Check-ins about {name}"
WEB_BACK_SAFE: Final = "Finding a safe person"
