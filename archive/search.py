"""Search that gives the same answers on SQLite and PostgreSQL, in every script.

Each searchable record keeps one normalised ``search_text`` column (all its name forms, aliases and
slug); a query is normalised the same way and matched as plain substrings (every word must occur).
No full-text engine decides what matches: Chinese has no word boundaries and most Chinese words are
two characters, too short for trigram indexes; SQLite's LIKE folds ASCII case only. Normalising in
Python avoids both. Trigram indexes only narrow the rows read for a word of three characters or more:
pg_trgm on PostgreSQL (migration 0013), FTS5 on SQLite (``archive.search_index``, ``indexed_rows``).

Latin transliterations of Russian vary (Rakhmonov / Rahmonov, Akayev / Akaev, Almatinskaya /
Almatinskaja): ``fold_latin`` maps the common variants of each Latin-script run to one form. The
column keeps each part as normalised *and*, where folding changes it, as folded; a query word matches
when either of its two forms occurs. So every search that matched before still matches (a partial
word such as "rak" stops at a fold, "rak" is no substring of "rahmonov", but it is one of
"rakhmonov"), and a variant spelling meets the folded form.
"""

from __future__ import annotations

import re
import unicodedata

from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from archive import search_index

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


# ---- Latin transliterations of Russian ---------------------------------------------------------
# Each rule is applied, in this order, to one run of Latin letters (already case-folded), never to
# Cyrillic or Chinese. The choices, and what was left out:
# - ISO 9 / scholarly letters written out as the English systems write them (š → sh, ž → zh, č → ch,
#   ŝ → shch, ë → e, ĭ → i, è → e), and apostrophes for the soft and hard signs dropped
#   (regional'noi = regionalnoi; People's = Peoples, Xi'an = Xian).
# - shch → sh (щ: Sokrashchenie / Sokrashenie, as the chapter writes it).
# - dzh → j (дж: Tadzhikistan / Tajikistan).
# - kh → h (х: Rakhmonov / Rahmonov, Khartiya / Hartija). Pinyin has no "kh"; x (pinyin's, and ISO's
#   х) is left alone.
# - ts before a vowel → c (ц: Deklaratsiya / Deklaracija). Not at a word's end, where English plurals
#   (its, agreements) would fold.
# - y or j after a vowel and before e → nothing (е after a vowel: Akayev / Akaev, Nazarbayev /
#   Nazarbaev, Soglasheniye / Soglashenie).
# - j at a word's start before a, e, o, u → y (я, е, ё, ю: Jakovlev / Yakovlev, Jurij / Yurij).
#   y and j before i are kept, so pinyin ji-, yi- (Jiang, Jintao) do not fold.
# - y or j inside a word before a, e, o, u → i (ya/ja/ia, yu/ju/iu: Almatinskaya / Almatinskaja /
#   Almatinskaia, kommyunike / kommjunike, Vyacheslav / Vjacheslav).
# - y or j before a consonant → i (ы, й: Kasymov / Kasimov, Kyrgyz / Kirgiz, Shankhayskoy /
#   Shanhaiskoi).
# - at a word's end, -ii, -iy, -ij, -yy, -yj, -y, -j and a vowel's -i → y (ий, ый, ой, ай:
#   Ispolnitel'nyy / Ispolnitel'nii, Shanhaiskoj / Shanhaiskoi / Shanhaiskoy). The end keeps y,
#   not i, so English -y words (party, economy) do not meet -i- words (participation, economic).
# Left out: zh / j (j is also й and the iotation of я, ю, е, and pinyin's zh and j are different
# initials: Zhang must not find Jiang); a word-initial ye / e (Yeltsin / Eltsin: pinyin Ye and
# English year, yes would fold onto e-); x / kh (pinyin x); z for ц (the chapter's irregular
# Organizazii: z is з everywhere else).
LATIN_LETTER = "a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff"
APOSTROPHES = "'\u2019\u02bc\u02b9\u02ba"  # ' ’ ʼ ʹ ʺ: soft and hard signs
LATIN_RUN = re.compile(f"[{LATIN_LETTER}]+(?:[{APOSTROPHES}][{LATIN_LETTER}]+)*")
SCHOLARLY_LETTERS = str.maketrans(
    {"š": "sh", "ž": "zh", "č": "ch", "ŝ": "shch", "ë": "e", "ĭ": "i", "è": "e", **dict.fromkeys(APOSTROPHES, "")}
)
VOWEL = "aeiou"
TRANSLITERATION_RULES = [
    (re.compile("shch"), "sh"),
    (re.compile("dzh"), "j"),
    (re.compile("kh"), "h"),
    (re.compile(f"ts(?=[{VOWEL}y])"), "c"),
    (re.compile(f"(?<=[{VOWEL}])[yj]e"), "e"),
    (re.compile("^j(?=[aeou])"), "y"),
    (re.compile("(?<=.)[yj](?=[aeou])"), "i"),
    (re.compile(f"[yj](?=[^{VOWEL}])"), "i"),
    (re.compile("(?:[iy]?[yj]|ii|(?<=[aeou])i)$"), "y"),
]


def _fold_run(match: re.Match) -> str:
    run = match.group(0).translate(SCHOLARLY_LETTERS)
    for pattern, replacement in TRANSLITERATION_RULES:
        run = pattern.sub(replacement, run)
    return run


def fold_latin(text: str) -> str:
    """A normalised text with the variants of Russian transliteration folded, in its Latin runs only."""
    return LATIN_RUN.sub(_fold_run, text)


def query_terms(query: str) -> list[str]:
    """The words of a query, normalised; a very long query is cut, never refused."""
    return normalise(query[:MAX_QUERY_LENGTH]).split()


def term_forms(term: str) -> list[str]:
    """The forms one query word is looked for in: as typed (normalised) and, if it differs, folded."""
    folded = fold_latin(term)
    return [term] if folded == term else [term, folded]


def term_filters(terms: list[str], model=None) -> list[Q]:
    """One condition on ``search_text`` per query word; a record (of ``model``) must meet them all."""
    conditions = []
    for term in terms:
        condition = Q()
        for form in term_forms(term):
            condition |= Q(search_text__contains=form) & indexed_rows(model, form)
        conditions.append(condition)
    return conditions


# A word the trigram index finds in more rows than this is common: reading the table in order finds
# its first matches soon, and listing every match from the index would cost more than it saves.
INDEXED_ROWS_LIMIT = 2000


def indexed_rows(model, form: str) -> Q:
    """On SQLite, the rows whose search text may hold ``form`` by the table's trigram index, for a
    word of three characters or more found in at most ``INDEXED_ROWS_LIMIT`` rows: the substring
    condition beside it then reads those rows only instead of every row (a rare word at 1000 times
    the seed: 8 ms a table, now 0.1). Q() (every row) otherwise; PostgreSQL's planner uses its own
    trigram index (migration 0013); the SQLite index is ``archive.search_index``."""
    if model is None or len(form) < 3 or connection.vendor != "sqlite":
        return Q()
    table = model._meta.db_table
    if table not in search_index.indexed_tables(connection.settings_dict["NAME"]):
        return Q()
    index = connection.ops.quote_name(search_index.index_name(table))
    phrase = '"' + form.replace('"', '""') + '"'  # an FTS5 string: matched as typed, a substring by its trigrams
    matching = f"SELECT rowid FROM {index} WHERE {index} MATCH %s"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({matching} LIMIT %s)", [phrase, INDEXED_ROWS_LIMIT + 1])
        (found,) = cursor.fetchone()
    return Q(pk__in=RawSQL(matching, [phrase])) if found <= INDEXED_ROWS_LIMIT else Q()


def document(*parts: str) -> str:
    """The search column of one record: its forms joined with a separator no query can span, each
    form also folded where folding changes it."""
    forms: list[str] = []
    for part in parts:
        if not part:
            continue
        text = normalise(part)
        forms.append(text)
        folded = text if "://" in text else fold_latin(text)  # an address is typed as it is
        if folded != text:
            forms.append(folded)
    return " | ".join(forms)
