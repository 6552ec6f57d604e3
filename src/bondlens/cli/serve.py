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
@pass_app
def serve(app: App, port: int, no_browser: bool) -> None:
    """Open the journal in your browser. Only this computer can reach it."""
    import socket
    import threading
    import webbrowser

    import uvicorn

    from bondlens.web.app import create_app

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            raise InvalidInput(messages.SERVE_PORT_BUSY.format(port=port)) from None
    web = create_app(app.settings, app.journal)
    url = f"http://127.0.0.1:{port}/"
    click.echo(messages.SERVE_ADDRESS.format(url=url))
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.run(
        web,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
        date_header=False,
    )
