"""Masking personal numbers (个人信息脱敏) in report texts shown outside the command centre.

`mask_pii(text)` hides the middle of mainland mobile numbers (138****5678), the subscriber part
of landlines with an area code (0571-****4321) and the middle of 18-digit ID card numbers
(110***********1234). Exports and digests use it for everyone but admins. Full-width digits
and the usual separators (spaces, hyphens, +86) are recognised; other digit runs (amounts,
case numbers, dates) are left alone because they do not have these shapes.
"""

from __future__ import annotations

import re

_D = "[0-9０-９]"
_NOT_DIGIT_BEFORE = r"(?<![0-9０-９])"
_NOT_DIGIT_AFTER = r"(?![0-9０-９])"
_SEP = r"[ \-－]?"

ID_CARD = re.compile(
    _NOT_DIGIT_BEFORE
    + rf"({_D}{{3}})({_D}{{11}})({_D}{{3}}[0-9０-９XxＸｘ])"
    + r"(?![0-9０-９A-Za-z])"
)
MOBILE = re.compile(
    _NOT_DIGIT_BEFORE
    + rf"((?:\+?86{_SEP})?[1１][3-9３-９]{_D})({_SEP}{_D}{{4}})({_SEP}{_D}{{4}})"
    + _NOT_DIGIT_AFTER
)
LANDLINE = re.compile(
    _NOT_DIGIT_BEFORE
    + rf"(\(?[0０]{_D}{{2,3}}\)?{_SEP}|（[0０]{_D}{{2,3}}）)({_D}{{3,4}})({_SEP}{_D}{{4}})"
    + _NOT_DIGIT_AFTER
)


def _stars(text: str) -> str:
    return re.sub(r"[0-9０-９]", "*", text)


def mask_pii(text: str | None) -> str:
    """The text with phone and ID card numbers partly hidden (None gives "")."""
    if not text:
        return ""
    text = ID_CARD.sub(lambda m: m[1] + "*" * len(m[2]) + m[3], text)
    text = MOBILE.sub(lambda m: m[1] + _stars(m[2]) + m[3], text)
    return LANDLINE.sub(lambda m: m[1] + _stars(m[2]) + m[3], text)
