"""The care team service: list the team, add, change or remove one member.

Validates with the pure ``care_team`` module and writes through the journal's
database, each change in one ``Database.write()`` transaction. The CLI and the web
call these functions and nothing else.
"""

from __future__ import annotations

from bondlens import care_team, messages
from bondlens.care_team import CareMember
from bondlens.dates import utc_now
from bondlens.errors import NotFound
from bondlens.journal import Journal


def list_members(journal: Journal) -> list[CareMember]:
    """The whole team, therapists first, then by name."""
    with journal.db.read() as store:
        return care_team.ordered(store.care.members())


def get_member(journal: Journal, member_id: int) -> CareMember:
    with journal.db.read() as store:
        return _found(store.care.member(member_id), member_id)


def add_member(
    journal: Journal, name: str, kind: str, reach: str = "", status: str = "", notes: str = ""
) -> CareMember:
    """One more member of the team, checked first."""
    details = care_team.validated(name, kind, reach, status, notes)
    with journal.db.write() as store:
        care_team.room_for_one_more(store.care.count())
        member_id = store.care.add(details, utc_now())
        return _found(store.care.member(member_id), member_id)


def edit_member(
    journal: Journal,
    member_id: int,
    *,
    name: str | None = None,
    kind: str | None = None,
    reach: str | None = None,
    status: str | None = None,
    notes: str | None = None,
) -> CareMember:
    """Change the given fields of one member (None keeps a field, "" clears it)."""
    with journal.db.write() as store:
        current = _found(store.care.member(member_id), member_id)
        details = care_team.changed(
            current.details, name=name, kind=kind, reach=reach, status=status, notes=notes
        )
        store.care.update(member_id, details, utc_now())
        return _found(store.care.member(member_id), member_id)


def remove_member(journal: Journal, member_id: int) -> CareMember:
    """Take one member out of the team; returns who was removed."""
    with journal.db.write() as store:
        current = _found(store.care.member(member_id), member_id)
        store.care.remove(member_id)
        return current


def _found(member: CareMember | None, member_id: int) -> CareMember:
    if member is None:
        raise NotFound(messages.CARE_NOT_FOUND.format(id=member_id))
    return member
