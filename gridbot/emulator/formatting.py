"""parse_mode handling: the plain text a user would see, or the error Telegram would answer.

Only what catches real bot mistakes is modelled: unknown or unbalanced HTML tags, and
unescaped reserved characters in MarkdownV2. Entities are not reconstructed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from gridbot.emulator.objects import ApiError, bad_request

HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
}
_STRAY_LT = re.compile(r"<(?!/?[A-Za-z])([^\s>]*)")
MARKDOWN_V2_RESERVED = set("_*[]()~`>#+-=|{}.!")


def plain_text(text: str, parse_mode: str | None) -> str:
    """`text` as displayed after applying `parse_mode`; raises 400 where Telegram would."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _html_to_text(text)
    if mode == "markdownv2":
        return _markdown_v2_to_text(text)
    if mode == "markdown":
        return text.replace("*", "").replace("`", "")
    if mode:
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    return text


def _cant_parse(detail: str) -> ApiError:
    return bad_request(f"can't parse entities: {detail}")


class _TelegramHTML(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.parts: list[str] = []
        self.open_tags: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        before = "".join(self.source.splitlines(keepends=True)[: line - 1]) + (
            self.source.splitlines()[line - 1][:column] if self.source else ""
        )
        return len(before.encode())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            raise _cant_parse(f'Unsupported start tag "{tag}" at byte offset {self._offset()}')
        self.open_tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags or self.open_tags[-1] != tag:
            raise _cant_parse(
                f'Unmatched end tag at byte offset {self._offset()}, expected "</'
                f'{self.open_tags[-1] if self.open_tags else ""}>", found "</{tag}>"'
            )
        self.open_tags.pop()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_to_text(text: str) -> str:
    # A bare "<" (user text pasted unescaped into HTML) is the classic mistake; refuse it.
    if stray := _STRAY_LT.search(text):
        offset = len(text[: stray.start()].encode())
        raise _cant_parse(f'Unsupported start tag "{stray.group(1)}" at byte offset {offset}')
    parser = _TelegramHTML(text)
    parser.feed(text)
    parser.close()
    if parser.open_tags:
        raise _cant_parse(
            f'Can\'t find end tag corresponding to start tag "{parser.open_tags[-1]}"'
        )
    return "".join(parser.parts)


def _markdown_v2_to_text(text: str) -> str:
    parts: list[str] = []
    in_code = False
    in_link_url = False
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            parts.append(text[i + 1])
            i += 2
            continue
        if char == "`":
            in_code = not in_code
        elif in_code:
            parts.append(char)
        elif in_link_url:
            in_link_url = char != ")"
        elif char == "]" and text[i + 1 : i + 2] == "(":
            in_link_url = True
            i += 1
        elif char in "*_~|[":
            pass  # style markers and the start of a link's text
        elif char in MARKDOWN_V2_RESERVED:
            raise _cant_parse(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        else:
            parts.append(char)
        i += 1
    return "".join(parts)
