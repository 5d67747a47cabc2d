"""Places in the chapter, as a reader of either language writes them.

The archive stores a place in the chapter as the Chinese text prints its headings ("第一節 貳 2002年
¶3": section, part, the year's heading, paragraph). An English page shows the same place as
"ch. 2, §1.2, 2002, ¶3"; the chapter's source page explains the form once.

A citation keeps the place as numbers too (``Locator``: section, part, the heading as printed,
paragraph), parsed from the text form; the text is then written back in one spelling, the
chapter's own (its year headings print "1996 年上海高峰會" and "2002 年" with a space, "2001年"
without), and the numbers give the chapter's order (¶5 before ¶10, 第二節 before 第三節).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import get_language

CHINESE_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
PARTS = {"壹": 1, "貳": 2, "參": 3, "肆": 4, "伍": 5}
SECTION_NAMES = {number: name for name, number in CHINESE_NUMBERS.items()}
PART_NAMES = {number: name for name, number in PARTS.items()}
INTRODUCTION = 0  # the section number of the paragraphs before 第一節

# The headings within a part, in the chapter's order and as printed (lines 21–63, 83–143 of the
# chapter's text; the numbered headings "（1）、國家元首會議" are written by their number, the tables
# by their number).
HEADINGS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("1996 年上海高峰會", "1997 年莫斯科高峰會", "1998 年阿拉木圖高峰會", "1999 年比什凱克高峰會", "2000 年杜尚別高峰會"),
    (1, 2): ("2001年", "2002 年", "2003年", "2004年"),
    (2, 1): ("(1)", "(2)", "(3)", "(4)", "(5)", "表 2-1"),
    (2, 2): ("(1)", "(2)"),
    (3, 3): ("表 2-2",),
}
# A table that stands between two paragraphs of a part without headings, by the paragraph before it
# (表 2-2 follows 第三節 參 ¶7, line 326, and precedes ¶8, line 340).
TABLE_AFTER = {(3, 3, "表 2-2"): 7}

LOCATOR = re.compile(
    r"""^\s*
    (?:(?P<introduction>引言)|第(?P<section>[一二三四五六七八九十])節)
    (?:\s*(?P<part>[壹貳參肆伍]))?
    (?:\s*(?P<year_heading>(?P<year>\d{4})\s*年\S*))?
    (?:\s*[(（](?P<heading>\d+)[)）])?
    (?:\s*表\s*(?P<table>\d+-\d+))?
    (?:\s*¶\s*(?P<paragraph>\d+))?
    \s*$""",
    re.VERBOSE,
)
APPENDIX = re.compile(r"^附註([一二三四五六七八九十])$")


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Locator:
    """A place in the chapter as numbers: section (0 the introduction), part, heading as printed, paragraph."""

    section: int
    part: int | None = None
    heading: str = ""
    paragraph: int | None = None

    @classmethod
    def parse(cls, text: str) -> Locator | None:
        """'第一節 貳 2002年 ¶3' → Locator(1, 2, '2002 年', 3); None for a text that is no place in the chapter."""
        match = LOCATOR.match(text or "")
        if not match:
            return None
        section = INTRODUCTION if match["introduction"] else CHINESE_NUMBERS[match["section"]]
        part = PARTS[match["part"]] if match["part"] else None
        heading = ""
        if match["year_heading"]:
            heading = match["year_heading"]
        elif match["heading"]:
            heading = f"({match['heading']})"
        elif match["table"]:
            heading = f"表 {match['table']}"
        if heading:
            printed = [h for h in HEADINGS.get((section, part), ()) if _spaceless(h) == _spaceless(heading)]
            if not printed:
                return None
            heading = printed[0]
        paragraph = int(match["paragraph"]) if match["paragraph"] else None
        return cls(section, part, heading, paragraph)

    @property
    def text(self) -> str:
        """The place in the chapter's spelling: '第一節 貳 2002 年 ¶3'."""
        words = ["引言" if self.section == INTRODUCTION else f"第{SECTION_NAMES[self.section]}節"]
        if self.part:
            words.append(PART_NAMES[self.part])
        if self.heading:
            words.append(self.heading)
        if self.paragraph:
            words.append(f"¶{self.paragraph}")
        return " ".join(words)

    @property
    def order(self) -> tuple[int | float, ...]:
        """The place's position in the chapter: headings by their order in the part, paragraphs by number."""
        after = TABLE_AFTER.get((self.section, self.part, self.heading))
        if after is not None:
            return (self.section, self.part or 0, 0, after + 0.5)
        headings = HEADINGS.get((self.section, self.part), ())
        heading = headings.index(self.heading) + 1 if self.heading in headings else 0
        return (self.section, self.part or 0, heading, self.paragraph or 0)


def chapter_spelling(section: str) -> str:
    """A place in the chapter written the one way the archive writes it; any other text as it is."""
    located = Locator.parse(section)
    return located.text if located else section


def chapter_order(section: int | None, part: int | None, heading: str, paragraph: int | None) -> tuple[int | float, ...]:
    """The order of a stored place; a place the chapter does not have comes after every one it has."""
    if section is None:
        return (99,)
    return Locator(section, part, heading, paragraph).order


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
