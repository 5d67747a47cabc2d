"""Places in the chapter, as a reader of either language writes them.

The archive stores a place in the chapter as the Chinese text prints its headings ("第一節 貳 2002年
¶3": section, part, the year's heading, paragraph). An English page shows the same place as
"ch. 2, §1.2, 2002, ¶3"; the chapter's source page explains the form once.

A citation keeps the place as numbers too (``Locator``: section, part, the heading as printed,
paragraph), parsed from the text form; the text is then written back in one spelling, the
chapter's own (its year headings print "1996 年上海高峰會" and "2002 年" with a space, "2001年"
without; its numbered headings print "（1）、國家元首會議" with full-width brackets in 第二節 壹
(1)–(3) and "(4)、成員國各部門領導人會議" with half-width ones after), and the numbers give the
chapter's order (¶5 before ¶10, 第二節 before 第三節). A footnote stands where its marker is printed
(``FOOTNOTE_PLACES``), so a source cited by footnote is listed in the chapter's order too.
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

# The headings within a part, in the chapter's order and each as printed, whole (lines 21–63 and
# 83–143 of the chapter's text: the years; lines 176–198 and 212–216: the numbered headings, which
# print full-width brackets for (1)–(3) of 第二節 壹 and half-width ones after); the tables by the
# number the text refers to them by ("表 2-1", line 202; "表 2-2", lines 326 and 328).
HEADINGS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("1996 年上海高峰會", "1997 年莫斯科高峰會", "1998 年阿拉木圖高峰會", "1999 年比什凱克高峰會", "2000 年杜尚別高峰會"),
    (1, 2): ("2001年", "2002 年", "2003年", "2004年"),
    (2, 1): (
        "（1）、國家元首會議",
        "（2）、總理會議",
        "（3）、外交部長會議",
        "(4)、成員國各部門領導人會議",
        "(5)、國家協調員理事會",
        "表 2-1",
    ),
    (2, 2): ("(1)、秘書處", "(2)、地區反恐怖機構"),
    (3, 3): ("表 2-2",),
}
NUMBERED = re.compile(r"^[(（](\d+)[)）]")
# Each numbered heading of 第二節 heads a single paragraph (lines 178, 182, 186, 194, 198, 214, 218):
# the heading is the place, written without "¶1".
ONE_PARAGRAPH = {(2, 1), (2, 2)}
# A table that stands between two paragraphs of a part without headings, by the paragraph before it
# (表 2-2 follows 第三節 參 ¶7, line 326, and precedes ¶8, line 340).
TABLE_AFTER = {(3, 3, "表 2-2"): 7}

LOCATOR = re.compile(
    r"""^\s*
    (?:(?P<introduction>引言)|第(?P<section>[一二三四五六七八九十])節)
    (?:\s*(?P<part>[壹貳參肆伍]))?
    (?:\s*(?P<year_heading>(?P<year>\d{4})\s*年\S*))?
    (?:\s*[(（](?P<heading>\d+)[)）](?:、\S+)?)?
    (?:\s*表\s*(?P<table>\d+-\d+))?
    (?:\s*¶\s*(?P<paragraph>\d+))?
    \s*$""",
    re.VERBOSE,
)
APPENDIX = re.compile(r"^附註([一二三四五六七八九十])$")


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _same_heading(printed: str, written: str) -> bool:
    """A numbered heading is known by its number ("(1)", "（1）" or the whole heading); any other by its
    text, spaces aside."""
    number = NUMBERED.match(printed)
    if number:
        given = NUMBERED.match(written)
        return bool(given) and given[1] == number[1]
    return _spaceless(printed) == _spaceless(written)


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
            printed = [h for h in HEADINGS.get((section, part), ()) if _same_heading(h, heading)]
            if not printed:
                return None
            heading = printed[0]
        paragraph = int(match["paragraph"]) if match["paragraph"] else None
        if NUMBERED.match(heading) and (section, part) in ONE_PARAGRAPH:
            if paragraph not in (None, 1):
                return None
            paragraph = None
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


# The paragraph each footnote's marker stands in (the chapter's text; fn 9 and fn 10 are printed on
# lines of their own, 67 and 71, after the paragraphs they close).
FOOTNOTE_PLACES = {
    1: "引言 ¶1", 2: "引言 ¶2",
    3: "第一節 壹 1996 年上海高峰會 ¶1", 4: "第一節 壹 1997 年莫斯科高峰會 ¶1",
    5: "第一節 壹 1998 年阿拉木圖高峰會 ¶1", 6: "第一節 壹 1998 年阿拉木圖高峰會 ¶2",
    7: "第一節 壹 1999 年比什凱克高峰會 ¶1", 8: "第一節 壹 1999 年比什凱克高峰會 ¶2",
    9: "第一節 壹 2000 年杜尚別高峰會 ¶1", 10: "第一節 壹 2000 年杜尚別高峰會 ¶2", 11: "第一節 壹 2000 年杜尚別高峰會 ¶3",
    12: "第一節 貳 2001年 ¶1", 13: "第一節 貳 2001年 ¶1", 14: "第一節 貳 2001年 ¶1", 15: "第一節 貳 2001年 ¶1",
    16: "第一節 貳 2002 年 ¶1", 17: "第一節 貳 2002 年 ¶2", 18: "第一節 貳 2002 年 ¶2", 19: "第一節 貳 2002 年 ¶3",
    20: "第一節 貳 2003年 ¶1", 21: "第一節 貳 2003年 ¶2", 22: "第一節 貳 2003年 ¶3", 23: "第一節 貳 2003年 ¶3",
    24: "第一節 貳 2003年 ¶4", 25: "第一節 貳 2003年 ¶4",
    26: "第一節 貳 2004年 ¶1", 27: "第一節 貳 2004年 ¶1", 28: "第一節 貳 2004年 ¶1", 29: "第一節 貳 2004年 ¶2",
    30: "第一節 貳 2004年 ¶3",
    31: "第二節 ¶1", 32: "第二節 壹 (5)", 33: "第二節 貳 (2)",
    34: "第三節 壹 ¶3", 35: "第三節 壹 ¶4", 36: "第三節 壹 ¶7", 37: "第三節 壹 ¶8", 38: "第三節 壹 ¶9",
    39: "第三節 壹 ¶9", 40: "第三節 壹 ¶10", 41: "第三節 壹 ¶11",
    42: "第三節 貳 ¶2", 43: "第三節 貳 ¶3", 44: "第三節 貳 ¶3", 45: "第三節 貳 ¶4", 46: "第三節 貳 ¶5",
    47: "第三節 貳 ¶5", 48: "第三節 貳 ¶8",
    49: "第三節 參 ¶3", 50: "第三節 參 ¶4", 51: "第三節 參 ¶5", 52: "第三節 參 ¶7",
    53: "第三節 肆 ¶1", 54: "第三節 肆 ¶1", 55: "第三節 肆 ¶3", 56: "第三節 肆 ¶3", 57: "第三節 肆 ¶5",
    58: "第三節 肆 ¶5", 59: "第三節 肆 ¶6",
}  # fmt: skip


def footnote_place(footnote: int | None) -> Locator | None:
    """The paragraph footnote N's marker stands in."""
    return Locator.parse(FOOTNOTE_PLACES[footnote]) if footnote in FOOTNOTE_PLACES else None


def chapter_order(
    section: int | None, part: int | None, heading: str, paragraph: int | None, footnote: int | None = None
) -> tuple[int | float, ...]:
    """The order of a stored place, or else of the footnote's marker (a paragraph before the footnotes
    printed in it, footnotes by number); a place the chapter does not have comes after every one it has."""
    if section is not None:
        return (*Locator(section, part, heading, paragraph).order, 0)
    marker = footnote_place(footnote)
    if marker:
        return (*marker.order, footnote)
    return (99, footnote or 0)


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
