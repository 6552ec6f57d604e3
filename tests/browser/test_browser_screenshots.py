"""Every page at desktop and phone width, light and dark: a screenshot of each (in a
temporary folder, to look at), and nothing may be wider than the window."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.browser.helpers import OpenPage, StartServer

WIDTHS = (1280, 390, 360)  # desktop, a common phone, the narrowest we promise


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_fits_the_window(
    open_page: OpenPage, start_server: StartServer, tmp_path: Path, scheme: str
) -> None:
    server = start_server(sample=True)
    pages = server.pages()
    folder = tmp_path / "screenshots"
    folder.mkdir()
    too_wide = []
    for width in WIDTHS:
        page = open_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
        for name, path in pages.items():
            page.goto(server.url + path)
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                too_wide.append(f"{name} at {width} px is {overflow} px too wide")
            shot = folder / f"{name}-{width}-{scheme}.png"
            page.screenshot(path=shot, full_page=True)
            shot_width, shot_height = png_size(shot)
            assert shot_width >= width
            assert shot_height >= 900
    assert not too_wide, "\n".join(too_wide)
    assert len(list(folder.glob("*.png"))) == len(WIDTHS) * len(pages)
    print(f"[{scheme}] screenshots in {folder}")
