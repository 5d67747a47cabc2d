"""Places in the chapter, as a reader of either language writes them.

The archive stores a place in the chapter as the Chinese text prints its headings ("第一節 貳 2002年
¶3": section, part, the year's heading, paragraph). An English page shows the same place as
"ch. 2, §1.2, 2002, ¶3"; the chapter's source page explains the form once.
"""

from __future__ import annotations

import re

from django.utils.translation import get_language

CHINESE_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
PARTS = {"壹": 1, "貳": 2, "參": 3, "肆": 4, "伍": 5}

LOCATOR = re.compile(
    r"""^\s*
    (?:(?P<introduction>引言)|第(?P<section>[一二三四五六七八九十])節)
    (?:\s*(?P<part>[壹貳參肆伍]))?
    (?:\s*(?P<year>\d{4})\s*年\S*)?
    (?:\s*[(（](?P<heading>\d+)[)）])?
    (?:\s*表\s*(?P<table>\d+-\d+))?
    (?:\s*¶\s*(?P<paragraph>\d+))?
    \s*$""",
    re.VERBOSE,
)
APPENDIX = re.compile(r"^附註([一二三四五六七八九十])$")


def english_locator(section: str, chapter: bool = True) -> str:
    """'第一節 貳 2002年 ¶3' → 'ch. 2, §1.2, 2002, ¶3'; a form it does not know is returned as it is."""
    match = LOCATOR.match(section or "")
    if not match:
        return section
    parts = []
    if match["introduction"]:
        parts.append("introduction")
    else:
        where = f"§{CHINESE_NUMBERS[match['section']]}"
        if match["part"]:
            where += f".{PARTS[match['part']]}"
        if match["heading"]:
            where += f" ({match['heading']})"
        parts.append(where)
    if match["year"]:
        parts.append(match["year"])
    if match["table"]:
        parts.append(f"Table {match['table']}")
    if match["paragraph"]:
        parts.append(f"¶{match['paragraph']}")
    return ", ".join((["ch. 2"] if chapter else []) + parts)


def english_appendix(appendix: str) -> str:
    """'附註三' → 'Appendix 3'."""
    match = APPENDIX.match(appendix or "")
    return f"Appendix {CHINESE_NUMBERS[match[1]]}" if match else appendix


def _english() -> bool:
    return (get_language() or "").lower().startswith("en")


def page_locator(section: str) -> str:
    """The place in the chapter in the page's language."""
    return english_locator(section) if _english() else section


def page_appendix(appendix: str) -> str:
    return english_appendix(appendix) if _english() else appendix
