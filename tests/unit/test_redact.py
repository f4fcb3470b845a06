"""The bot token never reaches a log line, whatever carries it."""

from __future__ import annotations

import io
import logging

from gridbot.redact import MASK, Redactor, SecretFilter, token_secrets

TOKEN = "123456:AAE-secret_part-Z9"


def logged(emit) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(SecretFilter(Redactor(token_secrets(TOKEN))))
    logger = logging.getLogger("test.redact")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        emit(logger)
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_token_in_message_arguments_and_urls_is_masked() -> None:
    out = logged(
        lambda log: log.error(
            "GET %s failed; token %s; quoted %s",
            f"https://api.telegram.org/bot{TOKEN}/getMe",
            TOKEN,
            "123456%3AAAE-secret_part-Z9",
        )
    )
    assert "secret_part" not in out and MASK in out and "/bot***/getMe" in out


def test_token_in_a_traceback_is_masked() -> None:
    def emit(log: logging.Logger) -> None:
        try:
            raise ValueError(f"InvalidUrlClientError: http://[bad/bot{TOKEN}/getUpdates")
        except ValueError:
            log.exception("polling failed")

    out = logged(emit)
    assert "Traceback" in out and "secret_part" not in out


def test_any_bot_url_path_is_masked_even_without_knowing_the_token() -> None:
    redact = Redactor()
    assert redact("POST /bot999:other-token/sendMessage 200") == "POST /bot***/sendMessage 200"
