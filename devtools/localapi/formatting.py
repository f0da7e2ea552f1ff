"""Turns HTML / MarkdownV2 / Markdown message text into plain text plus entities, like Telegram."""

from __future__ import annotations

import re
from typing import Any

JSON = dict[str, Any]

# Tags Telegram's HTML knows (TDLib's parse_html), and the entity each simple one makes.
_HTML_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_HTML_TAGS = frozenset(_HTML_SIMPLE) | {"a", "tg-emoji", "tg-time", "pre", "code", "blockquote"}
# TDLib's is_space; the NUL past the end of the text counts as one.
_SPACE = frozenset(b" \t\r\n\v\x00")
_MD2_RESERVED = set("_*[]()~`>#+-=|{}.!")


class ParseError(ValueError):
    """The text cannot be parsed; str(error) is Telegram's description after the prefix."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def format_text(
    text: str, parse_mode: str | None, entities: list[JSON] | None = None
) -> tuple[str, list[JSON]]:
    """Return (plain text, entities) for a text as a bot sent it."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _parse_html(text)
    if mode == "markdownv2":
        return _parse_markdown(text, v2=True)
    if mode == "markdown":
        return _parse_markdown(text, v2=False)
    if mode:
        raise ParseError(f"unsupported parse_mode {parse_mode!r}")
    return text, list(entities or [])


def _at(raw: bytes, i: int) -> int:
    """The byte at i, or 0 past the end (TDLib reads the terminating NUL)."""
    return raw[i] if i < len(raw) else 0


def _is_alnum(byte: int) -> bool:
    return chr(byte).isascii() and chr(byte).isalnum()


def _decode_entity(raw: bytes, pos: int) -> tuple[int, int]:
    """(code point, position after it) of the character reference at pos, or (0, pos) if Telegram
    keeps it as text: only &lt; &gt; &amp; &quot; and numeric references are decoded."""
    end = pos + 1
    code = 0
    if _at(raw, end) == ord("#"):
        end += 1
        if _at(raw, end) == ord("x"):
            end += 1
            while chr(_at(raw, end)) in "0123456789abcdefABCDEF":
                code = code * 16 + int(chr(raw[end]), 16)
                end += 1
        else:
            while chr(_at(raw, end)) in "0123456789":
                code = code * 10 + raw[end] - ord("0")
                end += 1
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while chr(_at(raw, end)).isascii() and chr(_at(raw, end)).isalpha():
            end += 1
        code = {b"lt": 60, b"gt": 62, b"amp": 38, b"quot": 34}.get(raw[pos + 1 : end], 0)
        if not code:
            return 0, pos
    if _at(raw, end) == ord(";"):
        end += 1
    return code, end


class _HtmlParser:
    """Telegram's HTML parse mode, step by step as TDLib's parse_html does it, with its error
    texts and byte offsets."""

    def __init__(self, text: str) -> None:
        self.raw = text.encode("utf-8", "surrogatepass")
        self.out = bytearray()
        self.utf16 = 0
        self.entities: list[JSON] = []
        self.nested: list[tuple[str, str, int, int]] = []  # tag, argument, utf16 offset, out position

    def parse(self) -> tuple[str, list[JSON]]:
        raw, i = self.raw, 0
        while i < len(raw):
            byte = raw[i]
            if byte == ord("&"):
                code, after = _decode_entity(raw, i)
                if code:
                    if 0xD800 <= code <= 0xDFFF:
                        raise ParseError(
                            "Text contains invalid Unicode characters after decoding HTML entities, "
                            "check for unmatched surrogate code units"
                        )
                    self.out += chr(code).encode()
                    self.utf16 += 2 if code > 0xFFFF else 1
                    i = after
                    continue
            if byte != ord("<"):
                if byte & 0xC0 != 0x80:
                    self.utf16 += 2 if byte >= 0xF0 else 1
                self.out.append(byte)
                i += 1
                continue
            i = self._end_tag(i) if _at(raw, i + 1) == ord("/") else self._start_tag(i)
        if self.nested:
            raise ParseError(f'Can\'t find end tag corresponding to start tag "{self.nested[-1][0]}"')
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return self.out.decode("utf-8", "replace"), self.entities

    def _skip_spaces(self, i: int) -> int:
        while _at(self.raw, i) != 0 and _at(self.raw, i) in _SPACE:
            i += 1
        return i

    def _start_tag(self, begin: int) -> int:
        raw, i = self.raw, begin + 1
        while _at(raw, i) not in _SPACE and _at(raw, i) != ord(">"):
            i += 1
        if _at(raw, i) == 0:
            raise ParseError(f"Unclosed start tag at byte offset {begin}")
        tag = raw[begin + 1 : i].lower().decode("utf-8", "replace")
        if tag not in _HTML_TAGS:
            raise ParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
        argument = ""
        while _at(raw, i) != ord(">"):
            i = self._skip_spaces(i)
            if _at(raw, i) == ord(">"):
                break
            name_begin = i
            while _at(raw, i) not in _SPACE and _at(raw, i) not in b"=>/\"'":
                i += 1
            name = raw[name_begin:i]
            if not name:
                raise ParseError(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
            i = self._skip_spaces(i)
            if _at(raw, i) != ord("="):
                if _at(raw, i) == 0:
                    raise ParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
                if tag == "blockquote" and name == b"expandable":
                    argument = "1"
                continue
            i = self._skip_spaces(i + 1)
            if _at(raw, i) == 0:
                raise ParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
            value, i = self._attribute_value(i)
            if _at(raw, i) == 0:
                raise ParseError(f"Unclosed start tag at byte offset {begin}")
            if (tag, name) in (("a", b"href"), ("tg-emoji", b"emoji-id")):
                argument = value
            elif tag == "code" and name == b"class" and value.startswith("language-"):
                argument = value[len("language-") :]
            elif tag == "span" and name == b"class" and value.startswith("tg-"):
                argument = value[len("tg-") :]
            elif tag == "blockquote" and name == b"expandable":
                argument = "1"
        if tag == "span" and argument != "spoiler":
            raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
        self.nested.append((tag, argument, self.utf16, len(self.out)))
        return i + 1

    def _attribute_value(self, i: int) -> tuple[str, int]:
        raw = self.raw
        if _at(raw, i) not in b"'\"":
            token_begin = i
            while _is_alnum(_at(raw, i)) or _at(raw, i) in b".-":
                i += 1
            if _at(raw, i) not in _SPACE and _at(raw, i) != ord(">"):
                raise ParseError(f"Unexpected end of name token at byte offset {token_begin}")
            return raw[token_begin:i].lower().decode("utf-8", "replace"), i
        quote, i = raw[i], i + 1
        value = bytearray()
        while _at(raw, i) not in (quote, 0):
            if raw[i] == ord("&"):
                code, after = _decode_entity(raw, i)
                if code:
                    value += chr(code).encode("utf-8", "surrogatepass")
                    i = after
                    continue
            value.append(raw[i])
            i += 1
        if _at(raw, i) == quote:
            i += 1
        return value.decode("utf-8", "replace"), i

    def _end_tag(self, begin: int) -> int:
        raw, i = self.raw, begin + 1
        if not self.nested:
            raise ParseError(f"Unexpected end tag at byte offset {begin}")
        while _at(raw, i) not in _SPACE and _at(raw, i) != ord(">"):
            i += 1
        end_name = raw[begin + 2 : i].lower().decode("utf-8", "replace")
        i = self._skip_spaces(i)
        if _at(raw, i) != ord(">"):
            raise ParseError(f"Unclosed end tag at byte offset {begin}")
        tag, argument, start, out_start = self.nested[-1]
        if end_name and end_name != tag:
            raise ParseError(
                f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", found "</{end_name}>"'
            )
        if self.utf16 > start:
            self._entity(tag, argument, start, self.utf16 - start, out_start)
        self.nested.pop()
        return i + 1

    def _entity(self, tag: str, argument: str, offset: int, length: int, out_start: int) -> None:
        span: JSON = {"offset": offset, "length": length}
        last = self.entities[-1] if self.entities else None
        same = last is not None and (last["offset"], last["length"]) == (offset, length)
        if tag in _HTML_SIMPLE:
            self.entities.append({"type": _HTML_SIMPLE[tag], **span})
        elif tag == "tg-emoji":
            if not argument.isdigit() or not 0 < int(argument) < 2**63:
                raise ParseError("Invalid custom emoji identifier specified")
            self.entities.append({"type": "custom_emoji", **span, "custom_emoji_id": argument})
        elif tag == "a":
            url = argument or self.out[out_start:].decode("utf-8", "replace")
            user = re.fullmatch(r"tg:(?://)?user/?\?(?:.*&)?id=(\d+)(?:&.*)?", url, re.IGNORECASE)
            if user:
                mention = {"id": int(user.group(1)), "is_bot": False, "first_name": ""}
                self.entities.append({"type": "text_mention", **span, "user": mention})
            elif url:
                self.entities.append({"type": "text_link", **span, "url": url})
        elif tag == "pre":
            if same and last is not None and last["type"] == "code" and last.get("language"):
                last["type"] = "pre"
            else:
                self.entities.append({"type": "pre", **span})
        elif tag == "code":
            if same and last is not None and last["type"] == "pre" and argument:
                last["language"] = argument
            else:
                self.entities.append({"type": "code", **span, **({"language": argument} if argument else {})})
        elif tag == "blockquote":
            self.entities.append({"type": "expandable_blockquote" if argument else "blockquote", **span})
        # tg-time without a date makes no entity; dates are not modelled here.


def _parse_html(text: str) -> tuple[str, list[JSON]]:
    text, entities = _HtmlParser(text).parse()
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)  # a language only counts inside <pre>
    return text, entities


def trim(text: str, entities: list[JSON]) -> tuple[str, list[JSON]]:
    """Telegram's trimming of a message text: trailing whitespace goes (entities are cut to
    what remains), leading spaces and newlines before the first entity go."""
    kept = text.rstrip()
    end = utf16_len(kept)
    cut = []
    for entity in entities:
        if entity["offset"] >= end:
            continue
        entity = {**entity, "length": min(entity["length"], end - entity["offset"])}
        cut.append(entity)
    first = min((e["offset"] for e in cut), default=end)
    lead = 0
    while lead < len(kept) and lead < first and kept[lead] in " \n":
        lead += 1
    return kept[lead:], [{**e, "offset": e["offset"] - lead} for e in cut]


_MD_NAMES = {
    "*": "bold",
    "_": "italic",
    "__": "underline",
    "~": "strikethrough",
    "||": "spoiler",
}


def _parse_markdown(text: str, *, v2: bool) -> tuple[str, list[JSON]]:
    out: list[str] = []
    offset = 0
    stack: list[tuple[str, int, int]] = []  # (marker, utf16 offset, byte offset)
    entities: list[JSON] = []
    i = 0

    def emit(chunk: str) -> None:
        nonlocal offset
        out.append(chunk)
        offset += utf16_len(chunk)

    def byte_at(index: int) -> int:
        return len(text[:index].encode())

    def close(marker: str, **extra: Any) -> None:
        _, start, _ = stack.pop()
        if offset > start:
            kind = "text_link" if marker == "[" else _MD_NAMES.get(marker, "bold")
            entities.append({"type": kind, "offset": start, "length": offset - start, **extra})

    while i < len(text):
        ch = text[i]
        if v2 and ch == "\\" and i + 1 < len(text):
            emit(text[i + 1])
            i += 2
            continue
        if ch == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = text.find(fence, i + len(fence))
            if end < 0:
                raise ParseError(f"Can't find end of the entity starting at byte offset {byte_at(i)}")
            body = text[i + len(fence) : end]
            language = ""
            if fence == "```" and "\n" in body:
                first, rest = body.split("\n", 1)
                if first and " " not in first:
                    language, body = first, rest
            if v2:
                body = body.replace("\\`", "`").replace("\\\\", "\\")
            start = offset
            emit(body)
            entity: JSON = {
                "type": "pre" if fence == "```" else "code",
                "offset": start,
                "length": offset - start,
            }
            if language:
                entity["language"] = language
            if entity["length"]:
                entities.append(entity)
            i = end + len(fence)
            continue
        marker = ""
        if v2 and text.startswith("||", i):
            marker = "||"
        elif v2 and text.startswith("__", i):
            marker = "__"
        elif ch in "*_" or (v2 and ch == "~"):
            marker = ch
        if marker:
            if stack and stack[-1][0] == marker:
                close(marker)
            elif any(m == marker for m, _, _ in stack):
                raise ParseError(f"Can't find end of the entity at byte offset {byte_at(i)}")
            else:
                stack.append((marker, offset, byte_at(i)))
            i += len(marker)
            continue
        if ch == "[":
            stack.append(("[", offset, byte_at(i)))
            i += 1
            continue
        if ch == "]" and stack and stack[-1][0] == "[":
            if not text.startswith("(", i + 1):
                raise ParseError(f"Can't find end of a link at byte offset {byte_at(i)}")
            end = text.find(")", i + 2)
            while v2 and end > 0 and text[end - 1] == "\\":
                end = text.find(")", end + 1)
            if end < 0:
                raise ParseError(f"Can't find end of a URL at byte offset {byte_at(i)}")
            url = text[i + 2 : end].replace("\\)", ")").replace("\\\\", "\\")
            close("[", url=url)
            i = end + 1
            continue
        if v2 and ch == ">" and (i == 0 or text[i - 1] == "\n"):
            i += 1  # block quotes: the marker is dropped, no entity is tracked
            continue
        if v2 and ch in _MD2_RESERVED:
            raise ParseError(f"Character '{ch}' is reserved and must be escaped with the preceding '\\'")
        emit(ch)
        i += 1
    if stack:
        raise ParseError(f"Can't find end of the entity starting at byte offset {stack[-1][2]}")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


# What Telegram marks in every message text by itself (TDLib's find_entities), simplified: a URL
# needs a scheme or "www."; phone numbers are not marked (TDLib does not either).
_FOUND = (
    ("mention", re.compile(r"(?<!\w)@[A-Za-z0-9_]{2,32}(?!\w)")),
    ("bot_command", re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])")),
    ("hashtag", re.compile(r"(?<!\w)#(?=\w*[^\W\d_])\w{1,256}(?![\w#])")),
    ("email", re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?!\w)")),
    ("url", re.compile(r"(?<![\w@])(?:(?:https?|tg)://|www\.)[^\s<>\"]+(?<![.,:;!?'\")])", re.IGNORECASE)),
)
# Entities inside which nothing is found, as in TDLib's merge_new_entities.
_OPAQUE = frozenset({"code", "pre", "text_link", "text_mention", "custom_emoji"})


def add_found_entities(text: str, entities: list[JSON]) -> list[JSON]:
    """`entities` plus what Telegram finds by itself, where no given entity is in the way."""
    found: list[JSON] = []
    for kind, pattern in _FOUND:
        for match in pattern.finditer(text):
            offset = utf16_len(text[: match.start()])
            length = utf16_len(match.group(0))
            taken = [e for e in entities if e["type"] in _OPAQUE] + found
            if any(e["offset"] < offset + length and offset < e["offset"] + e["length"] for e in taken):
                continue
            found.append({"type": kind, "offset": offset, "length": length})
    return sorted(entities + found, key=lambda e: (e["offset"], -e["length"]))
