"""Realistic 1920×1080 PNG screenshots for evidence tests and benchmarks: a browser-like page
with a title bar, a sidebar, lines of text, buttons, a gradient banner and a photograph-like
picture (smooth shading with sensor noise), which is what makes a real screenshot 1–1.5 MB.
Deterministic per seed; cached per process because making one takes a moment."""

from __future__ import annotations

import io
import random
from functools import cache

WIDTH, HEIGHT = 1920, 1080


@cache
def screenshot_png(seed: int = 0) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    picture = Image.new("RGB", (WIDTH, HEIGHT), (246, 247, 249))
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=15)
    big = ImageFont.load_default(size=26)
    draw.rectangle((0, 0, WIDTH, 38), fill=(222, 225, 230))  # tabs and address bar
    draw.rounded_rectangle((220, 6, 1500, 32), 8, fill=(255, 255, 255), outline=(200, 200, 200))
    draw.text((236, 10), f"https://social.example/profile/{seed:05d}/posts", fill=(40, 40, 40), font=font)
    draw.rectangle((0, 38, 300, HEIGHT), fill=(236, 238, 242))  # sidebar
    for i in range(22):
        draw.text((24, 60 + i * 40), f"Menu item {rng.randint(1, 999)}", fill=(60, 60, 70), font=font)
    banner = Image.linear_gradient("L").resize((1560, 160)).rotate(90, expand=True).resize((1560, 160))
    shade = (rng.randint(40, 200), rng.randint(40, 200), rng.randint(40, 200))
    picture.paste(Image.merge("RGB", [banner.point(lambda v, c=c: v * c // 255) for c in shade]), (330, 60))
    draw.text((360, 110), f"Profile {seed} - public posts", fill=(255, 255, 255), font=big)
    # A posted photograph: smooth shapes plus noise (the part PNG cannot compress well).
    photo = Image.effect_mandelbrot((640, 420), (-2.0 + seed % 7 * 0.01, -1.1, 0.7, 1.1), 60)
    noise = Image.effect_noise((640, 420), 32)
    photo = Image.merge("RGB", [photo, Image.blend(photo, noise, 0.5), noise])
    picture.paste(photo, (340, 250))
    grain = Image.effect_noise((300, 1040), 10).convert("RGB")  # a textured sidebar background
    picture.paste(Image.blend(picture.crop((0, 40, 300, 1080)), grain, 0.25), (0, 40))
    words = ["the", "and", "family", "volunteer", "photo", "shared", "weekend", "school", "club", "public"]
    for i in range(30):  # lines of post text
        line = " ".join(rng.choice(words) for _ in range(rng.randint(6, 14)))
        draw.text((1010, 250 + i * 24), line, fill=(30, 30, 30), font=font)
    for i in range(6):  # buttons
        x = 340 + i * 150
        draw.rounded_rectangle((x, 700, x + 130, 736), 6, fill=(25, 118, 210))
        draw.text(
            (x + 18, 709), ("Like", "Comment", "Share", "Save", "Report", "More")[i], fill="white", font=font
        )
    for i in range(8):  # comments
        y = 760 + i * 38
        draw.ellipse((340, y, 370, y + 30), fill=(rng.randint(0, 255), 150, 180))
        draw.text((384, y + 6), " ".join(rng.choice(words) for _ in range(12)), fill=(50, 50, 50), font=font)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()
