"""Dates as precise as the chapter gives them, and their honest display in both languages.

A month- or year-precision date is stored as the first day of its period (so it sorts at the start
of the period) and is never displayed with that made-up day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from django.utils.translation import get_language

DAY, MONTH, YEAR = "day", "month", "year"

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

QUALIFIER_ZH = {"early": "年初", "late": "年底"}
QUALIFIER_ZH_MONTH = {"early": "初", "late": "底"}
QUALIFIER_EN = {"early": "early", "late": "late"}

# The compact form the spreadsheets and the transcription rules use: 1998-07-03, 2000-03, 1999,
# 1999~late; a range joins two with "/" (1998-07-03/1998-07-04, 2003-08/2003-08-12).
COMPACT = re.compile(r"^([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?(?:~(early|late))?$")


def is_english(lang: str | None) -> bool:
    return (lang or get_language() or "zh-hant").lower().startswith("en")


@dataclass(frozen=True)
class PartialDate:
    value: dt.date
    precision: str = DAY
    qualifier: str = ""

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """A date in the compact form, at the precision it is written in; ValueError says what is wrong."""
        match = COMPACT.match(text.strip())
        if not match:
            raise ValueError(f"“{text}” is not a date (use 1998-07-03, 2000-03, 1999, 1999~late or 1998-07-03/1998-07-04)")
        year, month, day, qualifier = match.groups()
        precision = DAY if day else MONTH if month else YEAR
        try:
            return cls(dt.date(int(year), int(month or 1), int(day or 1)), precision, qualifier or "")
        except ValueError:
            raise ValueError(f"“{text}” is not a date that exists") from None

    def compact(self) -> str:
        """The compact form: the date at its precision, and its qualifier."""
        return self.iso() + (f"~{self.qualifier}" if self.qualifier else "")

    def earliest(self) -> dt.date:
        return self.value

    def latest(self) -> dt.date:
        if self.precision == YEAR:
            return dt.date(self.value.year, 12, 31)
        if self.precision == MONTH:
            last = calendar.monthrange(self.value.year, self.value.month)[1]
            return dt.date(self.value.year, self.value.month, last)
        return self.value

    def normalisation_problem(self) -> str:
        """A month/year date must be stored on the first day of its period."""
        if self.precision == MONTH and self.value.day != 1:
            return "A month-precision date is stored as the first day of the month."
        if self.precision == YEAR and (self.value.month, self.value.day) != (1, 1):
            return "A year-precision date is stored as 1 January."
        return ""

    def iso(self) -> str:
        """yyyy, yyyy-mm or yyyy-mm-dd: the date at its own precision."""
        if self.precision == YEAR:
            return f"{self.value.year:04d}"
        if self.precision == MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    def format(self, lang: str | None = None) -> str:
        return self._en() if is_english(lang) else self._zh()

    def _zh(self) -> str:
        y, m, d = self.value.year, self.value.month, self.value.day
        if self.precision == YEAR:
            return f"{y}{QUALIFIER_ZH.get(self.qualifier, '年')}"
        if self.precision == MONTH:
            return f"{y}年{m}月{QUALIFIER_ZH_MONTH.get(self.qualifier, '')}"
        return f"{y}年{m}月{d}日"

    def _en(self) -> str:
        y, m, d = self.value.year, self.value.month, self.value.day
        prefix = f"{QUALIFIER_EN[self.qualifier]} " if self.qualifier in QUALIFIER_EN else ""
        if self.precision == YEAR:
            return f"{prefix}{y}"
        if self.precision == MONTH:
            return f"{prefix}{MONTHS_EN[m - 1]} {y}"
        return f"{d} {MONTHS_EN[m - 1]} {y}"


def parse_range(text: str, *, with_end: bool) -> tuple[PartialDate | None, PartialDate | None]:
    """A compact date or range; empty text is no date. A range where one date is allowed is an error."""
    text = (text or "").strip()
    if not text:
        return None, None
    first, slash, last = text.partition("/")
    if slash and not last.strip():
        raise ValueError(f"“{text}” is not a date range: give the last day after the “/”")
    if last and not with_end:
        raise ValueError(f"“{text}” is a range, but this column takes a single date")
    return PartialDate.parse(first), PartialDate.parse(last) if last else None


def compact_range(start: PartialDate | None, end: PartialDate | None) -> str:
    if start is None:
        return ""
    return f"{start.compact()}/{end.iso()}" if end else start.compact()


def format_range(start: PartialDate | None, end: PartialDate | None, lang: str | None = None) -> str:
    """'1998年7月3日至4日' / '3–4 July 1998'; a single date when there is no end."""
    if start is None:
        return ""
    if end is None or end == start:
        return start.format(lang)
    english = is_english(lang)
    s, e = start.value, end.value
    same_year = s.year == e.year
    same_month = same_year and s.month == e.month
    if english:
        if start.precision == DAY and end.precision == DAY:
            if same_month:
                return f"{s.day}–{e.day} {MONTHS_EN[s.month - 1]} {s.year}"
            if same_year:
                return f"{s.day} {MONTHS_EN[s.month - 1]} – {e.day} {MONTHS_EN[e.month - 1]} {s.year}"
        if start.precision == MONTH and end.precision == DAY and same_month:
            return f"{MONTHS_EN[s.month - 1]} – {e.day} {MONTHS_EN[e.month - 1]} {s.year}"
        return f"{start.format(lang)} – {end.format(lang)}"
    if same_year and end.precision == DAY:
        if start.precision == DAY and same_month:
            return f"{start.format(lang)}至{e.day}日"
        if start.precision in (DAY, MONTH):
            return f"{start.format(lang)}至{e.month}月{e.day}日"
    if same_year and start.precision == MONTH and end.precision == MONTH:
        return f"{start.format(lang)}至{e.month}月"
    return f"{start.format(lang)}至{end.format(lang)}"
