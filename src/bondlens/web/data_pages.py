"""The Your data page: where the journal lives, the country for crisis lines, import and
export, full backup and restore."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from bondlens import messages
from bondlens import preferences_service as preferences
from bondlens.entries import EntryFilter
from bondlens.errors import InvalidInput
from bondlens.exchange_service import export_data, import_batch
from bondlens.render import counted, entries_and_people
from bondlens.web.pages import CheckedForm, journal_of, read_soon, redirect, render, text

router = APIRouter(include_in_schema=False)


# --- Settings and data ---------------------------------------------------------------
@router.get("/settings")
async def settings_page(request: Request) -> Response:
    return _settings_page(request)


def _settings_page(
    request: Request,
    error: str | None = None,
    result: str | None = None,
    status: int = 200,
    region_error: str | None = None,
    restore_error: str | None = None,
    restore_result: str | None = None,
) -> Response:
    from bondlens.exchange_service import last_backup
    from bondlens.formats import export_names, import_names
    from bondlens.render import format_when

    journal = journal_of(request)
    backed_up = last_backup(journal)
    region = preferences.region_choice(journal)
    done = request.query_params.get("done", "")
    return render(
        request,
        "settings.html",
        status,
        nav="settings",
        notice=preferences.saved_notice(region) if done == "region" else None,
        region=region,
        region_choices=preferences.choices(),
        region_error=region_error,
        db_path=journal.db.path,
        last_backup=format_when(backed_up) if backed_up else None,
        import_formats=import_names(),
        export_formats=[n for n in export_names() if n != "md"],
        entry_count=journal.count(EntryFilter()),
        error=error,
        result=result,
        restore_error=restore_error,
        restore_result=restore_result,
    )


@router.post("/settings/region")
def choose_region(request: Request, form: CheckedForm) -> Response:
    try:
        preferences.set_region(journal_of(request), text(form, "region"))
    except InvalidInput as exc:
        return _settings_page(request, status=400, region_error=exc.message)
    return redirect("/settings?done=region")


@router.post("/import")
async def import_file(request: Request, form: CheckedForm) -> Response:
    from starlette.concurrency import run_in_threadpool

    from bondlens.formats import ImportOptions, importer

    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _settings_page(request, error=messages.WEB_NO_FILE, status=400)
    raw = await upload.read()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _settings_page(
            request, error=messages.FILE_NOT_TEXT.format(path=upload.filename), status=400
        )
    options = ImportOptions(people_from_tags=text(form, "people_from_tags") == "on")
    try:
        batch = importer(text(form, "format")).read(content, options)
        result = await run_in_threadpool(import_batch, journal_of(request), batch)
    except InvalidInput as exc:
        message = f"{exc.message} {messages.IMPORT_NOTHING_CHANGED}"
        return _settings_page(request, error=message, status=400)
    summary = messages.WEB_IMPORTED.format(**entries_and_people(result.entries, result.people))
    if result.skipped:
        skipped = counted(result.skipped, "entry", "entries")
        summary += " " + messages.IMPORT_SKIPPED.format(entries=skipped)
    response = _settings_page(request, result=summary)
    response.background = read_soon(request)
    return response


@router.get("/export")
def export_file(request: Request, format: str = "jsonl") -> Response:
    from io import StringIO

    from bondlens.formats import exporter

    writer = exporter(format)
    out = StringIO()
    writer.write(export_data(journal_of(request)), out)
    media = {"jsonl": "application/x-ndjson", "json": "application/json"}.get(
        format, "text/markdown"
    )
    filename = f"bondlens-journal.{writer.extension}"
    return Response(
        out.getvalue(),
        media_type=f"{media}; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/backup")
def backup_file(request: Request) -> Response:
    """A full backup of the journal, made into a private scratch file and sent once."""
    import secrets

    from starlette.background import BackgroundTask
    from starlette.responses import FileResponse

    from bondlens.exchange_service import backup, backup_filename

    journal = journal_of(request)
    # backup() makes the file itself, owner-only, whole or not at all
    scratch = journal.db.path.with_name(f".backup-{secrets.token_hex(8)}.db")
    try:
        backup(journal, scratch)
    except BaseException:  # made, but the journal could not note it: send nothing, keep nothing
        scratch.unlink(missing_ok=True)
        raise
    return FileResponse(
        scratch,
        media_type="application/vnd.sqlite3",
        filename=backup_filename(),
        background=BackgroundTask(scratch.unlink, missing_ok=True),
    )


@router.post("/restore")
async def restore_file(request: Request, form: CheckedForm) -> Response:
    """Replace the journal with an uploaded full backup, keeping today's beside it.

    The upload goes to an owner-only scratch file next to the journal, is checked there
    like a backup named to ``bondlens restore`` and is removed afterwards, restored or not.
    """
    import os
    import secrets

    from starlette.concurrency import run_in_threadpool

    from bondlens.exchange_service import restore, restore_target

    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _settings_page(request, restore_error=messages.WEB_RESTORE_NO_FILE, status=400)
    if text(form, "confirm") != "yes":
        error = messages.WEB_RESTORE_NOT_CONFIRMED
        return _settings_page(request, restore_error=error, status=400)
    journal = journal_of(request)
    name = os.path.basename(upload.filename)
    scratch = journal.db.path.with_name(f".restore-{secrets.token_hex(8)}.db")
    try:
        await _save_upload(upload, scratch)
        keep = restore_target(journal)
        done = await run_in_threadpool(restore, journal, scratch, keep, name)
    except InvalidInput as exc:  # refused: the journal is as it was
        return _settings_page(request, restore_error=exc.message, status=400)
    finally:
        scratch.unlink(missing_ok=True)
    sizes = entries_and_people(done.entries, done.people)
    result = messages.RESTORE_DONE.format(path=name, keep=done.kept, **sizes)
    return _settings_page(request, restore_result=result)


async def _save_upload(upload: UploadFile, target: Path) -> None:
    """Copy an upload into the new owner-only file ``target``."""
    import os

    try:
        with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            while chunk := await upload.read(1 << 20):
                out.write(chunk)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        folder = target.parent
        raise InvalidInput(messages.FILE_UNWRITABLE.format(path=folder, reason=reason)) from None
