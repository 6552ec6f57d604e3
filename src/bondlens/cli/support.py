"""What the command line shows when words call for support: one block, whichever command
saved them (``add``, ``edit``, ``share``, ``give``, ``nudges done``, ``beliefs --counter``).

The order is decided in ``support.py``: emergency services first when the danger is now,
then the person's own contacts from their care team, the region's lines, and the safety
plan (or a gentle pointer to start one). The care team and the plan are read only when
the crisis screen flagged the words, and only from SQLite, so ``add`` stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from bondlens import messages
from bondlens.cli import App

if TYPE_CHECKING:
    from bondlens.analysis.results import Crisis, Resource
    from bondlens.journal import Journal
    from bondlens.support import Contact, Support


def contact_line(contact: Contact) -> str:
    """ "Sam (trusted person): 555 0100"; without a way to reach them, the name alone."""
    head = f"{contact.name} ({contact.kind_label.lower()})"
    return f"{head}: {contact.reach}" if contact.reach else head


def _resource(resource: Resource) -> str:
    return f"  • {resource.name}: {resource.contact}"


def support_lines(support: Support) -> list[str]:
    """The whole block as text, each part in the order ``support.py`` decided."""
    from bondlens.cli.safety import plan_lines

    lines = [messages.CRISIS_INTRO_PAST if support.looking_back else messages.CRISIS_INTRO]
    if support.urgent:
        lines.extend(_resource(r) for r in support.urgent)
        lines.append(messages.CRISIS_DANGER)
    if support.contacts:
        lines.append(messages.SUPPORT_OWN)
        lines.extend(f"  • {contact_line(c)}" for c in support.contacts)
    if support.lines:
        if support.urgent or support.contacts:
            lines.append(messages.SUPPORT_LINES)
        lines.extend(_resource(r) for r in support.lines)
    if support.plan.empty:
        lines += ["", messages.SAFETY_CRISIS_NONE]
    else:
        lines += ["", messages.SAFETY_CRISIS_HEADING]
        lines += plan_lines(support.plan, (), numbered=False)
    return lines


def screened(app: App, text: str) -> Crisis:
    """The fast crisis screen over words just saved (no model), for the region in use."""
    from bondlens.analysis.crisis import screen
    from bondlens.preferences_service import region

    return screen(text, region(app.journal))


def offer_support(app: App, crisis: Crisis) -> None:
    """The support block at once when the words call for it, whatever the command."""
    show_support(app.journal, crisis)


def show_support(journal: Journal, crisis: Crisis, *, err: bool = False) -> None:
    """The support block when ``crisis`` is flagged (on stderr with ``err``)."""
    if not crisis.flag:
        return
    from bondlens.support_service import for_crisis

    click.echo("\n" + "\n".join(support_lines(for_crisis(journal, crisis))), err=err)


def notice_read(journal: Journal, entry_ids: list[int], *, err: bool = False) -> None:
    """Once, after reading: the entries whose closer reading found words that call for
    support the quick check at saving had missed, and the support block."""
    if not entry_ids:
        return
    from bondlens.reading import crisis_of

    crisis = crisis_of(journal, entry_ids)
    if not crisis.flag:
        return
    from bondlens.support_service import for_crisis

    ids = sorted(set(entry_ids))
    which = ("entry " if len(ids) == 1 else "entries ") + ", ".join(f"#{i}" for i in ids)
    lines = support_lines(for_crisis(journal, crisis))
    click.echo("\n".join([messages.READ_CRISIS_NOTICE.format(entries=which), *lines, ""]), err=err)


def crisis_json(app: App, crisis: Crisis) -> dict[str, Any]:
    """The crisis screen's JSON with the person's own ``contacts`` added (read only when
    the words were flagged; an empty list otherwise)."""
    if not crisis.flag:
        return {**crisis.to_json(), "contacts": []}
    from bondlens.support import contacts_json
    from bondlens.support_service import contacts

    return {**crisis.to_json(), "contacts": contacts_json(contacts(app.journal))}
