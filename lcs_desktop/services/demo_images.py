"""Screenshot-like PNGs for the demo, drawn in pure Python (no imaging library needed).

A social-media post as a checker would capture it: a coloured top bar, an avatar, lines
of "text" and a photo area. Nothing in it is readable or real.
"""

from __future__ import annotations

import random
import struct
import zlib

Colour = tuple[int, int, int]

PLATFORM_COLOURS: dict[str, Colour] = {
    "facebook": (24, 119, 242),
    "x": (20, 23, 26),
    "instagram": (193, 53, 132),
    "tiktok": (37, 244, 238),
    "snapchat": (255, 214, 0),
    "whatsapp": (37, 211, 102),
}


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def encode_png(width: int, height: int, rows: list[bytes]) -> bytes:
    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 6))
        + _chunk(b"IEND", b"")
    )


def screenshot_png(platform: str, seed: int, width: int = 640, height: int = 420) -> bytes:
    rng = random.Random(seed)
    bar = PLATFORM_COLOURS.get(platform, (90, 90, 110))
    canvas = [bytearray(b"\xf5\xf6\xf8" * width) for _ in range(height)]

    def rect(x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        x0, x1 = max(0, x0), min(width, x1)
        span = bytes(colour) * max(0, x1 - x0)
        for y in range(max(0, y0), min(height, y1)):
            canvas[y][x0 * 3 : x1 * 3] = span

    rect(0, 0, width, 44, bar)
    rect(16, 12, 120, 32, (255, 255, 255))
    rect(24, 60, width - 24, height - 16, (255, 255, 255))  # the post card
    cx, cy, r = 64, 100, 22  # avatar
    avatar = (rng.randint(90, 200), rng.randint(90, 200), rng.randint(90, 200))
    for y in range(cy - r, cy + r):
        half = int((r * r - (y - cy) ** 2) ** 0.5)
        rect(cx - half, y, cx + half, y + 1, avatar)
    rect(100, 86, 260, 96, (60, 64, 70))  # name
    rect(100, 104, 190, 110, (170, 174, 180))  # time
    y = 140
    for _ in range(rng.randint(2, 4)):  # lines of text
        rect(44, y, 44 + rng.randint(width // 3, width - 110), y + 9, (90, 94, 100))
        y += 20
    photo = (rng.randint(60, 220), rng.randint(60, 220), rng.randint(60, 220))
    rect(44, y + 8, width - 44, height - 60, photo)
    rect(44, height - 46, 120, height - 34, bar)  # like / share row
    rect(140, height - 46, 216, height - 34, (200, 204, 210))
    return encode_png(width, height, [bytes(row) for row in canvas])
