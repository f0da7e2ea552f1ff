"""Turns HTML / MarkdownV2 / Markdown message text into plain text plus entities, like Telegram."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

JSON = dict[str, Any]

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
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
}
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


class _HtmlToEntities(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.parts: list[str] = []
        self.position = 0
        self.stack: list[tuple[str, int, JSON]] = []
        self.entities: list[JSON] = []

    def _byte_offset(self) -> int:
        line, col = self.getpos()
        lines = self.source.split("\n")
        index = sum(len(row) + 1 for row in lines[: line - 1]) + col
        return len(self.source[:index].encode())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_SIMPLE:
            raise ParseError(f'Unsupported start tag "{tag}" at byte offset {self._byte_offset()}')
        values = dict(attrs)
        extra: JSON = {}
        if tag == "a":
            href = values.get("href") or ""
            user_id = href.removeprefix("tg://user?id=")
            if href.startswith("tg://user?id=") and user_id.isdigit():
                extra = {
                    "type": "text_mention",
                    "user": {"id": int(user_id), "is_bot": False, "first_name": ""},
                }
            else:
                extra = {"url": href}
        elif tag == "code" and (values.get("class") or "").startswith("language-"):
            if self.stack and self.stack[-1][0] == "pre":
                self.stack[-1][2]["language"] = (values["class"] or "")[len("language-") :]
        elif tag == "blockquote" and "expandable" in values:
            extra = {"type": "expandable_blockquote"}
        elif tag == "tg-emoji":
            extra = {"custom_emoji_id": values.get("emoji-id") or ""}
        self.stack.append((tag, self.position, extra))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise ParseError(f'Unsupported start tag "{tag}" at byte offset {self._byte_offset()}')

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            raise ParseError(f'Unexpected end tag "{tag}" at byte offset {self._byte_offset()}')
        open_tag, start, extra = self.stack.pop()
        if open_tag != tag:
            raise ParseError(
                f"Unmatched end tag at byte offset {self._byte_offset()}, "
                f'expected "</{open_tag}>", found "</{tag}>"'
            )
        kind = _HTML_SIMPLE[tag]
        if tag == "code" and self.stack and self.stack[-1][0] == "pre" and ("language" in self.stack[-1][2]):
            return
        entity: JSON = {"type": kind, "offset": start, "length": self.position - start}
        entity.update(extra)
        if entity["length"] > 0:
            self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        self.position += utf16_len(data)


def _parse_html(text: str) -> tuple[str, list[JSON]]:
    parser = _HtmlToEntities(text)
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1][0]}"')
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
    return "".join(parser.parts), entities


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
