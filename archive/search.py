"""Search that gives the same answers on SQLite and PostgreSQL, in every script.

Each searchable record keeps one normalised ``search_text`` column (all its name forms, aliases and
slug); a query is normalised the same way and matched as plain substrings (every word must occur).
No full-text engine: Chinese has no word boundaries and most Chinese words are two characters, too
short for trigram indexes; SQLite's LIKE folds ASCII case only. Normalising in Python avoids both.
"""

from __future__ import annotations

import unicodedata

MAX_QUERY_LENGTH = 200

# Variant characters folded to one form, so 爲/為, 啓/啟 … find each other.
VARIANTS = str.maketrans(
    {
        "爲": "為",
        "啓": "啟",
        "裏": "裡",
        "台": "臺",
        "峯": "峰",
        "着": "著",
        "綫": "線",
        "麽": "麼",
        "衆": "眾",
        "眞": "真",
        "机": "機",  # 机制 / 機制: the chapter prints both
        "ё": "е",
        "Ё": "е",
        "—": "-",
        "–": "-",
        "－": "-",
        "·": " ",
        "・": " ",
        "「": " ",
        "」": " ",
        "『": " ",
        "』": " ",
        "《": " ",
        "》": " ",
        "，": " ",
        "、": " ",
        "；": " ",
        "（": " ",
        "）": " ",
        "\u00a0": " ",
        "\u3000": " ",
    }
)


def normalise(text: str) -> str:
    """NFKC, case-folded, variants folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(VARIANTS).casefold().translate(VARIANTS)
    return " ".join(text.split())


def query_terms(query: str) -> list[str]:
    """The words of a query, normalised; a very long query is cut, never refused."""
    return normalise(query[:MAX_QUERY_LENGTH]).split()


def document(*parts: str) -> str:
    """The search column of one record: its forms joined with a separator no query can span."""
    return " | ".join(normalise(part) for part in parts if part)
