"""Case evidence thumbnails are read lazily (issue 12): nothing while the Evidence tab is hidden,
then only the thumbnails in view, and more as the list scrolls. Real case page, real database."""

from __future__ import annotations

import io

from PIL import Image

from lcs_desktop.gui.cases.case_page import CasePage
from tests.gui.check_helpers import context_for
from tests.screenshots import screenshot_png
from tests.services.case_helpers import build_world, report
from tests.services.check_fixtures import audit_details

FILES = 30


def _picture(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 200), (n * 8 % 256, 90, 200 - n)).save(out, "PNG")
    return out.getvalue()


def _thumbnail_reads(org) -> list[list[int]]:
    return [d["evidence_ids"] for d in audit_details(org, "evidence_viewed") if d.get("thumbnails")]


def test_thumbnails_are_not_read_while_the_tab_is_hidden_and_only_those_in_view(qtbot, org, make_user):
    world = build_world(org, make_user)
    case_id = report(world).case_id
    ids = [world.cases.attach_evidence(world.lead, case_id, "shot.png", screenshot_png(1)).id]
    ids += [
        world.cases.attach_evidence(world.lead, case_id, f"p{n}.png", _picture(n)).id for n in range(FILES)
    ]
    page = CasePage(context_for(org))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    assert page.load(case_id)
    strip = page.evidence
    qtbot.wait(200)  # any lazy work would have been scheduled and run by now
    assert not strip.isVisible() and strip.lazy.asked == set() and _thumbnail_reads(org) == []
    assert len(strip.entries) == FILES + 1  # names and hashes are there already

    page.ui.tabs.setCurrentIndex(2)  # the Evidence tab
    qtbot.waitUntil(lambda: len(_thumbnail_reads(org)) == 1)
    first = _thumbnail_reads(org)[0]
    view = strip.list.viewport().rect()
    in_view = [
        ids[r] for r in range(len(ids)) if strip.list.visualItemRect(strip.list.item(r)).intersects(view)
    ]
    assert first == sorted(in_view) and ids[0] in first and len(first) < len(ids)
    # The file icon gives way to the thumbnail, sized for the strip (112 px wide for 16:9).
    qtbot.waitUntil(
        lambda: [(s.width(), s.height()) for s in strip.list.item(0).icon().availableSizes()] == [(112, 63)]
    )

    strip.list.scrollToBottom()
    qtbot.waitUntil(lambda: any(ids[-1] in read for read in _thumbnail_reads(org)))
    later = [i for read in _thumbnail_reads(org)[1:] for i in read]
    assert len(later) == len(set(later)) and not set(later) & set(first)  # each thumbnail read once


def test_a_pasted_screenshot_is_prepared_off_the_gui_thread_and_kept_byte_exact(qtbot):
    import hashlib

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from lcs_desktop.gui.checks.evidence_strip import EvidenceStrip

    strip = EvidenceStrip()
    qtbot.addWidget(strip)
    strip.show()
    QApplication.clipboard().setImage(QImage.fromData(screenshot_png(2)))
    strip.paste()
    # Encoding and rendering run on a worker: the paste returns at once, with nothing added yet.
    assert strip.busy and strip.entries == [] and strip.details_label.text() == "Preparing the picture…"
    qtbot.waitUntil(lambda: not strip.busy)
    (entry,) = strip.entries
    assert entry.ready and entry.data is not None and entry.data.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(entry.data)).size == (1920, 1080)
    assert entry.sha256 == hashlib.sha256(
        entry.data
    ).hexdigest() and entry.sha256 in strip.details_label.text().replace("<br>", "")
    assert strip.pending() == [(entry.name, entry.data)]  # the PNG itself goes to the service
    sizes = [(s.width(), s.height()) for s in strip.list.item(0).icon().availableSizes()]
    assert sizes == [(112, 63)]


def test_a_pasted_pictures_renditions_are_those_its_stored_png_would_give(qtbot):
    """Made from the pixels in hand (no second decode), they equal what the file gives."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from lcs_desktop.domain.evidence_renditions import make_renditions
    from lcs_desktop.gui.checks.evidence_work import prepare_picture

    opaque = QImage.fromData(screenshot_png(3)).convertToFormat(QImage.Format.Format_RGB32)
    clear = QImage(640, 360, QImage.Format.Format_ARGB32_Premultiplied)
    clear.fill(QColor(0, 0, 0, 0))  # a transparent picture prints on white, not black
    painter = QPainter(clear)
    painter.fillRect(40, 40, 300, 200, QColor(200, 30, 30, 255))
    painter.end()
    for image in (opaque, clear):
        ready = prepare_picture("Screenshot.png", image)
        stored = make_renditions(ready.prepared.data, "image/png")
        assert ready.prepared.renditions == stored and stored.thumbnail and stored.print_image
        assert ready.picture is not None and not ready.picture.isNull()
