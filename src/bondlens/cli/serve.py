"""``bondlens serve``: the local web app, on this computer only."""

from __future__ import annotations

import click

from bondlens import messages
from bondlens.cli import App, cli, pass_app
from bondlens.errors import InvalidInput

DEFAULT_PORT = 8765


@cli.command()
@click.option(
    "--port",
    "-p",
    type=click.IntRange(1, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port on 127.0.0.1 to listen on.",
)
@click.option("--no-browser", is_flag=True, help="Don't open a browser window.")
@click.option(
    "--workers",
    type=click.IntRange(1, 16),
    default=None,
    help="Processes serving pages (default: 1 per core, at most 2).",
)
@pass_app
def serve(app: App, port: int, no_browser: bool, workers: int | None) -> None:
    """Open the journal in your browser. Only this computer can reach it."""
    import os
    import secrets
    import socket
    import threading
    import webbrowser

    import uvicorn

    from bondlens.web.app import SECRET_ENV, create_app, settle, start_reading

    workers = workers or min(os.cpu_count() or 1, 2)

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            raise InvalidInput(messages.SERVE_PORT_BUSY.format(port=port)) from None
    options = {
        "host": "127.0.0.1",
        "port": port,
        "log_level": "warning",
        "access_log": False,
        "server_header": False,
        "date_header": False,
    }
    url = f"http://127.0.0.1:{port}/"
    if workers == 1:
        web = create_app(app.settings, app.journal)
        start_reading(web)
        settle()
    else:
        # Each worker process opens the journal itself (SQLite allows one writer and
        # many readers); they share the form secret so any of them accepts a form.
        os.environ["BONDLENS_HOME"] = str(app.settings.home)
        os.environ[SECRET_ENV] = secrets.token_urlsafe(32)
        app.close()
    click.echo(messages.SERVE_ADDRESS.format(url=url))
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    if workers == 1:
        uvicorn.run(web, **options)  # type: ignore[arg-type]
    else:
        uvicorn.run("bondlens.web.app:from_environment", factory=True, workers=workers, **options)  # type: ignore[arg-type]
