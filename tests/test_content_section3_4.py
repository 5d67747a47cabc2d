"""第三節 (border settlements, Table 2-2 and the figures) and 第四節 (the four phases)."""

from decimal import Decimal

import pytest

from archive.models import Phase, Statistic
from tests.chapter import footnotes, instrument, parties, signed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("slug", "title", "date", "states", "footnote"),
    [
        ("agreement-1994-09-china-russia-western-border", "中俄國界西段協定", "1994-09", {"china", "russia"}, 36),
        ("treaty-1999-china-russia-border-demarcation", "中俄全面勘分邊界條約", "1999", {"china", "russia"}, 36),
        ("agreement-2004-10-china-russia-eastern-supplementary", "中俄國界東段的補充協定", "2004-10", {"china", "russia"}, 36),
        ("agreement-1994-04-china-kazakhstan-border", "中哈國界協定", "1994-04", {"china", "kazakhstan"}, 37),
        ("agreement-1997-09-china-kazakhstan-supplementary", "中哈國界補充協定", "1997-09", {"china", "kazakhstan"}, 37),
        ("agreement-1998-07-china-kazakhstan-supplementary-second", "中哈國界補充協定", "1998-07", {"china", "kazakhstan"}, 37),
        ("agreement-1996-07-china-kyrgyzstan-border", "中華人民共和國和吉爾吉斯共和國國界協定", "1996-07", {"china", "kyrgyzstan"}, 38),
        (
            "agreement-1999-08-china-kyrgyzstan-supplementary",
            "中華人民共和國和吉爾吉斯共和國國界補充協定",
            "1999-08",
            {"china", "kyrgyzstan"},
            38,
        ),
        (
            "agreement-1999-08-china-tajikistan-border",
            "中華人民共和國和塔吉克斯坦共和國關於中塔國界的協定",
            "1999-08",
            {"china", "tajikistan"},
            40,
        ),
        ("agreement-2002-05-china-tajikistan-supplementary", "中塔國界補充協定", "2002-05", {"china", "tajikistan"}, 40),
        (
            "agreement-1999-08-china-kyrgyzstan-kazakhstan-junction",
            "中、吉、哈三國邊界交界點協定",
            "1999-08",
            {"china", "kyrgyzstan", "kazakhstan"},
            41,
        ),
        (
            "agreement-2000-china-kyrgyzstan-tajikistan-junction",
            "中、吉、塔三國邊界交界點協定",
            "2000",
            {"china", "kyrgyzstan", "tajikistan"},
            41,
        ),
    ],
)
def test_border_instruments_of_section_3(slug, title, date, states, footnote):
    """第三節 壹 ¶6–10 (fn 36–41): titles as printed, dates at the chapter's precision, parties."""
    record = instrument(slug)
    assert record.title_zh == title
    assert signed(record)[0] == date
    assert set(parties(record)) == states
    assert footnote in footnotes(record)


def test_china_russia_comprehensive_treaty_is_late_1999():
    """第三節 壹 ¶6: 1999年底 — a year with the qualifier 'late', never a made-up day."""
    treaty = instrument("treaty-1999-china-russia-border-demarcation")
    assert (treaty.signed_precision, treaty.signed_qualifier) == ("year", "late")
    assert treaty.display_range("signed", "zh-hant") == "1999年底"


def test_western_section_ratifications_exchanged_the_next_october():
    """第三節 壹 ¶6: 1994年9月 … 簽署「中俄國界西段協定」，隔年10月互換批准書."""
    exchanged = instrument("agreement-1994-09-china-russia-western-border").parties.filter(action="ratifications-exchanged")
    assert {p.partial("action").iso() for p in exchanged} == {"1995-10"}


def test_kyrgyz_demarcation_protocol_and_its_map():
    """第三節 壹 ¶8 (fn 39): 2004年9月 勘界議定書及其所附「…國界地圖」."""
    protocol = instrument("protocol-2004-09-china-kyrgyzstan-demarcation")
    assert protocol.title_zh == "中華人民共和國政府和吉爾吉斯共和國政府關於中吉國界線的勘界議定書"
    map_ = instrument("map-2004-09-china-kyrgyzstan-border")
    assert map_.relations_out.get(kind="annex").target == protocol


def table(indicator, state):
    return Statistic.objects.get(dataset="table-2-2", indicator__contains=indicator, state__slug=state)


def test_table_2_2_ranges_are_low_and_high():
    """表 2-2 (its source line, lines 337–338): 哈薩克 9~17.6; 烏茲別克 0.3~0.594; 土庫曼 0.546~1.7 billion barrels."""
    kazakh = table("oil", "kazakhstan")
    assert (kazakh.value_as_printed, kazakh.low, kazakh.high) == ("9~17.6", Decimal("9"), Decimal("17.6"))
    uzbek = table("oil", "uzbekistan")
    assert (uzbek.low, uzbek.high) == (Decimal("0.3"), Decimal("0.594"))
    turkmen = table("oil", "turkmenistan")
    assert (turkmen.low, turkmen.high) == (Decimal("0.546"), Decimal("1.7"))
    assert not footnotes(kazakh) and [c.section for c in kazakh.citations.all()] == ["第三節 參 表 2-2"]


def test_table_2_2_missing_russian_gas_is_empty_not_zero():
    """表 2-2: 俄羅斯 (僅限於裏海地區) gas is printed '---'."""
    russia_gas = table("gas", "russia")
    assert russia_gas.value_as_printed == "---"
    assert russia_gas.low is None and russia_gas.high is None
    assert table("oil", "russia").low == Decimal("0.3")


def test_table_2_2_gas_figures():
    assert [table("gas", s).low for s in ("kazakhstan", "uzbekistan", "turkmenistan")] == [Decimal("65"), Decimal("66.2"), Decimal("71")]


def test_four_phases_of_the_conclusion():
    """第四節: 1996—1997, 1998—2000, 2001—2002, 2003—2004."""
    phases = list(Phase.objects.order_by("ordinal"))
    assert [(p.start_year, p.end_year) for p in phases] == [(1996, 1997), (1998, 2000), (2001, 2002), (2003, 2004)]
    assert phases[0].title_zh.startswith("建立信任關係")
    assert phases[3].title_zh.startswith("強化組織結構")
