"""第一節 壹: the Shanghai Five meetings 1996–2000, checked against the text and footnotes 3–11."""

import pytest

from archive.models import Membership
from tests.chapter import event, footnotes, held, instrument, parties, places, signed

pytestmark = pytest.mark.django_db

FOUR = {"russia", "kazakhstan", "kyrgyzstan", "tajikistan"}


def test_1996_shanghai_first_meeting_and_confidence_building_agreement():
    """1996 年上海高峰會 ¶1 (fn 3): 1996 年 4 月 26 日 … 五國元首在上海舉行第一次會晤."""
    summit = event("summit-1996-04-26-shanghai")
    assert held(summit) == ("1996-04-26", None)
    assert places(summit) == ["shanghai"]
    assert summit.ordinal == 1
    assert summit.framework == "shanghai-five"
    agreement = instrument("agreement-1996-04-26-confidence-building")
    assert agreement.event == summit
    assert agreement.title_zh == "關於在邊境地區加強軍事領域信任的協定"
    # Printed without "об" and with "pogramichnih": kept as printed.
    assert agreement.title_ru == "Соглашение укрепления доверия в военной сфере в пограничных районах"
    assert agreement.title_ru_latn == "Soglachenie ukreplenija doverija v voennoi sfere v pogramichnih raionah"
    sides = parties(agreement)
    assert sides["china"] not in {sides[s] for s in FOUR}
    assert len({sides[s] for s in FOUR}) == 1, "the four act jointly as one side"
    assert 3 in footnotes(agreement)


def test_1997_moscow_second_meeting_and_force_reduction_agreement_valid_to_2020():
    """1997 年莫斯科高峰會 (fn 4): 1997 年 4 月 24 日 … 第二次會晤; 協定有效期到 2020 年 12 月 31 日."""
    summit = event("summit-1997-04-24-moscow")
    assert held(summit) == ("1997-04-24", None)
    assert places(summit) == ["moscow"]
    assert summit.ordinal == 2
    agreement = instrument("agreement-1997-04-24-force-reduction")
    assert agreement.title_zh == "關於在邊境地區相互裁減軍事力量的協定"
    assert agreement.title_ru == "Соглашение о взаимном сокращении вооруженных сил в приграничных районах"
    assert agreement.title_ru_latn == "Soglachenie o vzaimnom sokrashenii voorujennih sil v prigranichnih raionah"
    assert agreement.partial("expires").iso() == "2020-12-31"
    assert "延長" in agreement.validity_zh
    assert 4 in footnotes(agreement)


def test_1998_almaty_third_meeting_russia_represented_by_primakov():
    """1998 年阿拉木圖高峰會 ¶2 and fn 5: 7 月 3—4 日, 第三次會晤; 葉爾欽 absent, 普利馬可夫 attended."""
    summit = event("summit-1998-07-03-almaty")
    assert held(summit) == ("1998-07-03", "1998-07-04")
    assert places(summit) == ["almaty"]
    assert summit.ordinal == 3
    russia = summit.participations.get(state__slug="russia")
    assert russia.person.slug == "primakov"
    statement = instrument("statement-1998-07-almaty")
    assert statement.title_zh == "阿拉木圖聲明"
    assert statement.title_ru == "Алматынская декларация"
    assert statement.title_ru_latn == "Almatinskaja deklaracija"


def test_1999_bishkek_fourth_meeting_and_mixed_script_transliteration():
    """1999 年比什凱克高峰會 (fn 7): 8 月 24—26 日, 第四次會晤; 「比什凱克聲明」 (Bishkekское kommjunike, as printed)."""
    summit = event("summit-1999-08-24-bishkek")
    assert held(summit) == ("1999-08-24", "1999-08-26")
    assert summit.ordinal == 4
    statement = instrument("statement-1999-08-bishkek")
    assert statement.title_ru == "Бишкекское коммюнике"
    assert statement.title_ru_latn == "Bishkekское kommjunike"
    assert 7 in footnotes(statement)


def test_bishkek_group_founded_november_1999():
    """1999 ¶3 (fn 8): 11 月，在比什凱克建立執法和安全部門領導人會議（又稱比什凱克小組）."""
    group = event("founding-1999-11-bishkek-group")
    assert held(group) == ("1999-11", None)
    assert places(group) == ["bishkek"]
    assert 8 in footnotes(group)


def test_2000_first_defence_and_foreign_ministers_meetings():
    """2000 年杜尚別高峰會 ¶1 (fn 9): 3 月 … 阿斯塔納 … 第一次國防部長會晤; 7 月 4 日 … 杜尚別 … 外交部長會議."""
    defence = event("ministerial-2000-03-astana-defence")
    assert held(defence) == ("2000-03", None)
    assert places(defence) == ["astana"]
    foreign = event("ministerial-2000-07-04-dushanbe-foreign")
    assert held(foreign) == ("2000-07-04", None)
    assert places(foreign) == ["dushanbe"]


def test_2000_dushanbe_fifth_meeting_with_uzbekistan_as_observer():
    """2000 ¶2–3 (fn 10, 11): 7 月 5 日, 第五次會晤; 卡里莫夫以觀察員身份首次出席."""
    summit = event("summit-2000-07-05-dushanbe")
    assert held(summit) == ("2000-07-05", None)
    assert summit.ordinal == 5
    uzbekistan = summit.participations.get(state__slug="uzbekistan")
    assert uzbekistan.role == "observer"
    assert uzbekistan.person.slug == "karimov"
    statement = instrument("statement-2000-07-05-dushanbe")
    assert statement.title_ru == "Душанбинская декларация"
    assert statement.title_ru_latn == "Dushanbinckaja deklarazija"
    observer = Membership.objects.get(state__slug="uzbekistan", framework="shanghai-five", role="observer")
    assert observer.partial("starts").iso() == "2000-07-05"
    assert observer.began_at == summit


def test_five_founding_members_of_the_shanghai_five():
    """1996 年上海高峰會 ¶1: 中國與俄、哈、吉、塔 — the five members from the first meeting."""
    members = Membership.objects.filter(framework="shanghai-five", role="member", starts_on="1996-04-26")
    assert {m.state.slug for m in members} == {"china"} | FOUR


def test_every_shanghai_five_meeting_is_signed_where_it_was_held():
    for slug in ["agreement-1996-04-26-confidence-building", "agreement-1997-04-24-force-reduction"]:
        record = instrument(slug)
        assert signed(record)[0] == held(record.event)[0]
