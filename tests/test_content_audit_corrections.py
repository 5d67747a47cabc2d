"""The audits' corrections (issue 14, item 5) and the participants' roles and acts (issue 12, item 5),
each checked against the chapter line it rests on (line numbers of the chapter's text file)."""

import pytest

from archive.models import Appointment, InstrumentParty, InstrumentRelation, OrganSeat, Participation, Person, State
from tests.chapter import event, held, instrument, organ, signed

pytestmark = pytest.mark.django_db

SIX = {"china", "russia", "kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"}


def actions(slug: str) -> set[str]:
    return set(InstrumentParty.objects.filter(instrument__slug=slug).values_list("action", flat=True))


def test_joint_action_2003_has_no_english_name_the_chapter_does_not_print():
    """Line 129 「聯合行動—2003」, line 302 「聯合行動－2003」: nothing says "Coalition-2003"."""
    exercise = event("exercise-2003-08-coalition-2003")
    assert "Coalition" not in exercise.title_en
    assert "coalition" not in exercise.search_text.replace("exercise-2003-08-coalition-2003", "")
    assert "Joint Action–2003" in exercise.title_en


def test_1989_communique_is_issued_not_signed():
    """Line 5 and fn 1 (line 13): the consensus and 「中蘇聯合公報」 in 人民日報; nothing says it was signed."""
    assert actions("communique-1989-05-sino-soviet") == {"issued"}


def test_1997_agreement_other_side_is_not_called_a_joint_delegation():
    """Line 7 uses 聯合代表團 for the talks before 1996 only; for 1997 lines 31 (雙方) and 37 (四個獨立國協國家為另一方)."""
    side_b = InstrumentParty.objects.filter(instrument__slug="agreement-1997-04-24-force-reduction", side="B")
    assert {p.state.slug for p in side_b} == {"russia", "kazakhstan", "kyrgyzstan", "tajikistan"}
    assert all("聯合代表團" not in p.note_en and "另一方" in p.note_en for p in side_b)


def test_september_11_statement_has_neither_day_nor_place():
    """Line 97: 「此外，針對 911 事件，六國總理發表聯合聲明」 — no date, no place; tied to Almaty only by a note."""
    statement = instrument("statement-2001-09-heads-of-government-september-11")
    assert signed(statement) == ("2001-09", None)
    assert statement.place is None and statement.event is None
    assert "[[hog-2001-09-13-almaty]]" in statement.note_en
    assert actions(statement.slug) == {"issued"}


def test_dushanbe_statement_implements_the_1996_and_1997_agreements():
    """Line 69: 「將落實五國關於在軍事領域加強信任及在邊境地區相互裁減軍事力量的協定的所有條款」."""
    implemented = InstrumentRelation.objects.filter(source__slug="statement-2000-07-05-dushanbe", kind="implements")
    assert {r.target.slug for r in implemented} == {"agreement-1996-04-26-confidence-building", "agreement-1997-04-24-force-reduction"}
    assert all(r.is_published for r in implemented)


def test_rats_council_recommendation_is_marked_as_footnote_33s():
    """Line 218 gives the Council as 決策和領導機關; only fn 33 (line 220) gives 根據理事會的推薦."""
    council = organ("rats-council")
    assert "註33" in council.functions_zh
    assert "footnote 33" in council.functions_en


def test_national_coordinators_chair_not_the_council_may_represent_the_organisation():
    """Line 198: 理事會主席…經外長會議主席授權，可對外代表組織."""
    rule = organ("sco-national-coordinators").chair_rule_en
    assert "the chair, with the authorisation of the chair of the Meeting of Foreign Ministers, may represent" in rule
    assert "it may represent" not in rule


@pytest.mark.parametrize(
    "slug, alias",
    [
        ("rats", "RATS"),  # line 119 prints РАТС, never the English abbreviation
        ("shanghai-five-law-enforcement", "Bishkek Group"),  # line 55 prints 比什凱克小組 only
        ("sco-defence-ministers", "國防部長會議"),  # lines 129, 194: 國防部長會晤 / 國防部長…的會議機制
        ("sco", "SCO"),  # printed only inside a URL (line 220)
    ],
)
def test_organ_aliases_the_chapter_does_not_print_are_the_archives(slug, alias):
    record = organ(slug)
    assert alias in record.aliases_archive.splitlines()
    assert alias not in record.aliases.splitlines()
    assert record.__class__.objects.filter(pk=record.pk, search_text__contains=alias.lower()).exists()


def test_aliases_the_chapter_prints_stay_the_chapters():
    """Line 119: 「反恐中心（…РАТС…）」; line 55: 「又稱比什凱克小組」."""
    assert {"反恐中心", "РАТС"} <= set(organ("rats").aliases.splitlines())
    assert "比什凱克小組" in organ("shanghai-five-law-enforcement").aliases.splitlines()
    assert State.objects.get(slug="china").aliases_archive.splitlines() == ["People's Republic of China", "Китайская Народная Республика"]


def test_2002_seat_decisions_carry_the_st_petersburg_days():
    """Line 103: 2002 年 6 月 6—7 日 … 「會議中決定將…秘書處…設在北京，並在比什凱克設立反恐中心」."""
    for organ_slug, place in [("sco-secretariat", "beijing"), ("rats", "bishkek")]:
        seat = OrganSeat.objects.get(organ__slug=organ_slug, place__slug=place)
        assert (seat.partial("decided").iso(), seat.partial_end("decided").iso()) == ("2002-06-06", "2002-06-07")
        assert "does not give its day" in seat.note_en


def test_2003_seat_decision_and_kasymov_carry_the_moscow_days():
    """Line 117: 2003年5月28—29日 莫斯科; line 119: 「會議中並決定…設在…塔什干，並任命卡西莫夫…爲主席」."""
    for organ_slug in ["rats", "rats-executive-committee"]:
        seat = OrganSeat.objects.get(organ__slug=organ_slug, place__slug="tashkent")
        assert (seat.partial("decided").iso(), seat.partial_end("decided").iso()) == ("2003-05-28", "2003-05-29")
        assert "does not give its day" in seat.note_en
    kasymov = Appointment.objects.get(person__slug="kasymov")
    assert (kasymov.partial("starts").iso(), kasymov.partial_end("starts").iso()) == ("2003-05-28", "2003-05-29")
    assert "does not give the day" in kasymov.note_en


def test_2003_defence_ministers_meeting_and_memorandum_carry_the_moscow_days():
    """Line 129: 「在莫斯科高峰期間，成員國舉行國防部長會晤，並簽署備忘錄」 (summit: line 117, 5月28—29日)."""
    meeting = event("ministerial-2003-05-moscow-defence")
    assert held(meeting) == ("2003-05-28", "2003-05-29")
    assert meeting.date_as_printed == "在莫斯科高峰期間"
    assert "the day is not given" in meeting.note_en
    memorandum = instrument("memorandum-2003-05-defence-exercises")
    assert signed(memorandum) == ("2003-05-28", "2003-05-29")
    assert "the day is not given" in memorandum.note_en


def test_statement_after_a_meeting_keeps_its_month():
    """Line 101: 「1 月 7 日的外交部長級會議後的聲明」 — after the meeting, not at it: the month only."""
    assert signed(instrument("statement-2002-01-07-foreign-ministers")) == ("2002-01", None)


@pytest.mark.parametrize(
    "slug, line",
    [
        ("statement-1998-07-almaty", 41),  # 並發表了「阿拉木圖聲明」
        ("statement-1999-08-bishkek", 53),  # 並發表了「比什凱克聲明」
        ("statement-2000-07-05-dushanbe", 69),  # 發表「杜尚別聲明」
        ("statement-2001-09-heads-of-government-september-11", 97),  # 六國總理發表聯合聲明
        ("communique-2003-09-04-foreign-ministers", 131),  # 並發表聯合公報
        ("declaration-2004-06-17-tashkent", 147),  # 並發表「…塔什干宣言」
        ("statement-2002-01-07-foreign-ministers", 101),  # 會議後的聲明: neither signed nor approved
    ],
)
def test_statements_the_chapter_says_were_issued_are_issued(slug, line):
    assert actions(slug) == {"issued"}, line


def test_approved_stays_where_the_chapter_says_approved():
    """Line 165: 「六國總理批准了…落實措施計劃」."""
    assert actions("plan-2004-09-23-programme-measures") == {"approved"}


@pytest.mark.parametrize(
    "slug, role",
    [
        ("diplomatic-1992-01-02-central-asia", "state"),  # line 352: 1992年1月2日—6日與中亞各國建立外交關係
        ("visit-1989-05-gorbachev-china", "state"),  # line 5: 戈巴契夫訪問中國
        ("visit-1994-09-jiang-zemin-russia", "state"),  # line 242: 江澤民訪俄期間
        ("visit-1999-08-rakhmonov-china", "state"),  # line 254: 拉赫曼諾夫訪問中國期間
        ("talks-1989-11-border-forces", "party"),  # line 5: 中蘇開始了…談判
    ],
)
def test_no_state_is_a_member_where_there_was_nothing_to_be_a_member_of(slug, role):
    roles = set(Participation.objects.filter(event__slug=slug).values_list("role", flat=True))
    assert roles == {role}


def test_members_are_members_only_within_a_framework():
    outside = Participation.objects.filter(role="member").exclude(event__framework__in=["shanghai-five", "sco"])
    assert list(outside) == []


def test_people_sort_by_surname_as_the_chapter_and_the_russian_name_give_it():
    """Line 254: 拉赫曼諾夫（Эмомали Рахмонов）; line 163: 額爾登楚龍（Лувсангийн Эрдэнэчулуун）; line 218: 卡西莫夫."""
    assert Person.objects.get(slug="rakhmonov").sort_name == "Rakhmonov, Emomali"
    assert Person.objects.get(slug="erdenechuluun").sort_name == "Erdenechuluun, Luvsangiin"
    assert Person.objects.get(slug="kasymov").sort_name == "Kasymov, Vyacheslav"
    assert Person.objects.get(slug="zhang-deguang").sort_name == "Zhang Deguang"
    order = list(Person.objects.values_list("slug", flat=True))
    assert order.index("karimov") < order.index("rakhmonov") < order.index("yeltsin")
    assert not Person.objects.filter(sort_name="").exists()
