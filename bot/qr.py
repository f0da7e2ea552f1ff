"""QR codes of invitation links, as PNG bytes (pure Python: qrcode with pypng)."""

from __future__ import annotations

import io

# qrcode is imported where a code is made (~30 ms): the bot's start does without it.


def png(link: str) -> bytes:
    import qrcode
    from qrcode.image.pure import PyPNGImage

    image = qrcode.make(link, image_factory=PyPNGImage, box_size=8, border=4)
    buffer = io.BytesIO()
    image.save(buffer)
    return buffer.getvalue()


def terminal(link: str) -> str:
    """The code drawn with block characters, for the command line."""
    import qrcode

    code = qrcode.QRCode(border=2)
    code.add_data(link)
    out = io.StringIO()
    code.print_ascii(out=out, invert=True)
    return out.getvalue()
