"""Many plain rows appended to one sheet of a workbook openpyxl has written.

openpyxl spends 20-30 µs a cell without lxml, so a month's case sheet (80k cases, 30 columns,
2.4M cells) would take over a minute. openpyxl writes the workbook (styles, header, frozen
row, widths, every other sheet, and the first data row, whose cells show which style dates
use); the remaining rows are written here as sheet XML, a few µs a cell, and streamed into
a copy of the zip. Strings are inline strings, numbers plain values, datetimes Excel serial
numbers in the first row's date style.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import IO, Any
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

_EPOCH = datetime(1899, 12, 30)
_DAY = timedelta(days=1)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0
_END = "</sheetData>"


def _date_style(sheet_xml: str, first: Sequence[Any], row: int) -> str | None:
    """The style id openpyxl gave the first datetime cell of row `row`."""
    for i, value in enumerate(first):
        if isinstance(value, datetime):
            ref = f"{get_column_letter(i + 1)}{row}"
            match = re.search(rf'<c r="{ref}"[^>]*? s="(\d+)"', sheet_xml)
            if match is None:
                match = re.search(rf'<c [^>]*?s="(\d+)"[^>]*? r="{ref}"', sheet_xml)
            return match[1] if match else None
    return None


def _cell(ref: str, value: Any, date_style: str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if isinstance(value, datetime):
        style = f' s="{date_style}"' if date_style else ""
        return f'<c r="{ref}"{style}><v>{(value - _EPOCH) / _DAY!r}</v></c>'
    text = escape(_ILLEGAL.sub("", str(value)))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def rows_xml(
    rows: Iterable[Sequence[Any]], first_row: int, date_style: str | None
) -> Iterable[str]:
    letters: list[str] = []
    for n, row in enumerate(rows, start=first_row):
        while len(letters) < len(row):
            letters.append(get_column_letter(len(letters) + 1))
        cells = "".join(_cell(f"{letters[i]}{n}", v, date_style) for i, v in enumerate(row))
        yield f'<row r="{n}">{cells}</row>'


def append_rows(
    workbook: bytes,
    out: IO[bytes] | str,
    sheet: str,
    rows: Sequence[Sequence[Any]],
    first_row: int,
    template: Sequence[Any],
    chunk: int = 2000,
) -> None:
    """Copy the workbook to `out`, the `rows` added to `sheet` (e.g. xl/worksheets/sheet1.xml)
    from row `first_row` on; `template` is the row openpyxl wrote just before them."""
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != sheet or not rows:
                target.writestr(info, data)
                continue
            xml = data.decode("utf-8")
            head, _, tail = xml.partition(_END)
            head = re.sub(r'<dimension ref="[^"]*"/>', "", head, count=1)
            style = _date_style(head, template, first_row - 1)
            with target.open(info.filename, "w", force_zip64=True) as stream:
                stream.write(head.encode("utf-8"))
                for start in range(0, len(rows), chunk):
                    part = rows[start : start + chunk]
                    xml_rows = rows_xml(part, first_row + start, style)
                    stream.write("".join(xml_rows).encode("utf-8"))
                stream.write((_END + tail).encode("utf-8"))
