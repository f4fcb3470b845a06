"""Keep the bot token out of every log line and error text.

The token is part of every Bot API URL (`/bot<token>/method`), so any library that logs a URL
(aiohttp's access log, an invalid-URL error, a traceback) would print it. `SecretFilter`, put on
the log handlers at start, rewrites records before they are written: the token, its secret half
and any `/bot…/` URL path become `***`.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

_URL_TOKEN = re.compile(r"/bot[^/\s'\"]+/")
MASK = "***"


def token_secrets(token: str) -> list[str]:
    """The strings that give the token away: itself, URL-quoted, and the part after the colon."""
    secrets = {token, quote(token, safe="")}
    if ":" in token:
        secrets.add(token.split(":", 1)[1])
    return sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True)


class Redactor:
    def __init__(self, secrets: list[str] | tuple[str, ...] = ()) -> None:
        self.secrets = list(secrets)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return _URL_TOKEN.sub(f"/bot{MASK}/", text)


class SecretFilter(logging.Filter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave the record as it is
            message = str(record.msg)
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_log_redaction(token: str | None = None) -> SecretFilter:
    """Redact on every handler of the root logger (call after logging is configured)."""
    secret_filter = SecretFilter(Redactor(token_secrets(token) if token else []))
    for handler in logging.getLogger().handlers:
        handler.addFilter(secret_filter)
    return secret_filter
