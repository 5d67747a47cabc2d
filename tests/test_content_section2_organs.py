"""第二節: the organ tree — meeting mechanisms and permanent bodies — checked against the text and fn 27, 31–33."""

import pytest

from archive.models import Organ, OrganSeat
from tests.chapter import footnotes, organ

pytestmark = pytest.mark.django_db


def children(slug):
    return [child.slug for child in Organ.objects.get_children(organ(slug))]


def test_sco_has_meeting_mechanisms_and_permanent_bodies():
    """第二節 ¶1 (fn 31): 組織結構包括會議機制和常設機構兩部分."""
    assert children("sco") == ["sco-meeting-mechanisms", "sco-permanent-bodies"]
    assert 31 in footnotes(organ("sco-meeting-mechanisms")) | footnotes(organ("sco"))


def test_five_meeting_mechanisms_in_the_chapters_order():
    """第二節 壹 (1)–(5)."""
    assert children("sco-meeting-mechanisms") == [
        "sco-heads-of-state",
        "sco-heads-of-government",
        "sco-foreign-ministers",
        "sco-heads-of-ministries",
        "sco-national-coordinators",
    ]


def test_heads_of_ministries_meetings_list_seven_fields():
    """第二節 壹 (4): 總檢察長、國防部長、經貿部長、交通部長、文化部長及執法安全、緊急救災."""
    assert children("sco-heads-of-ministries") == [
        "sco-prosecutors-general",
        "sco-defence-ministers",
        "sco-economy-trade-ministers",
        "sco-transport-ministers",
        "sco-culture-ministers",
        "sco-law-enforcement-security",
        "sco-emergency-relief",
    ]


def test_heads_of_state_council_meets_yearly_and_rotates_by_russian_alphabet():
    """第二節 壹 (1): 元首會議例會每年一次，由各成員國按國名俄文字母順序輪流舉行."""
    council = organ("sco-heads-of-state")
    assert "每年一次" in council.frequency_zh
    assert "俄文字母" in council.chair_rule_zh
    assert council.kind == "meeting"


def test_national_coordinators_meet_at_least_three_times_a_year():
    """第二節 壹 (5) (fn 32): 理事會會議每年至少舉行三次."""
    coordinators = organ("sco-national-coordinators")
    assert "至少舉行三次" in coordinators.frequency_zh
    assert 32 in footnotes(coordinators)


def test_foreign_ministers_meet_a_month_before_the_heads_of_state():
    """第二節 壹 (3): 外長會議例會每年安排在元首會議例會前一個月舉行."""
    assert "前一個月" in organ("sco-foreign-ministers").frequency_zh


def test_two_permanent_bodies_and_the_rats_sub_bodies():
    """第二節 貳: 秘書處和地區反恐怖機構; 地區反恐怖機構由理事會和執委會組成."""
    assert children("sco-permanent-bodies") == ["sco-secretariat", "rats"]
    assert children("rats") == ["rats-council", "rats-executive-committee"]


def test_secretariat_in_beijing_established_january_2004():
    """第二節 貳 (1): 設在北京，2004年1月成立; 秘書長 … 任期三年，不得連任."""
    secretariat = organ("sco-secretariat")
    assert secretariat.partial("established").iso() == "2004-01"
    assert [s.place.slug for s in secretariat.seats.all()] == ["beijing"]
    assert "三年" in secretariat.chair_rule_zh or "3" in secretariat.chair_rule_zh


def test_rats_seat_moved_from_bishkek_to_tashkent():
    """第一節 貳 2002/2003 and 第三節 貳: 決定在比什凱克建立 (2002), 2003年改為設置在塔什干."""
    rats_seats = {s.place.slug: s for s in OrganSeat.objects.filter(organ__slug__in=["rats", "rats-executive-committee"])}
    assert rats_seats["bishkek"].superseded is True
    assert rats_seats["bishkek"].partial("decided").value.year == 2002
    assert rats_seats["tashkent"].superseded is False
    assert rats_seats["tashkent"].partial("decided").value.year == 2003


def test_rats_started_june_2004_on_the_2002_agreement():
    """第二節 貳 (2): 2004年6月正式啓動; 協定是2002年6月在聖彼得堡峰會上簽署的."""
    rats = organ("rats")
    assert rats.partial("established").iso() == "2004-06"
    assert "agreement-2002-06-rats" in {i.slug for i in rats.legal_basis.all()}


def test_org_chart_on_2003_01_01_lacks_the_permanent_bodies_that_2004_12_31_has():
    import datetime as dt

    early = {o.slug for o in Organ.objects.all() if o.exists_on(dt.date(2003, 1, 1))}
    late = {o.slug for o in Organ.objects.all() if o.exists_on(dt.date(2004, 12, 31))}
    assert "sco-secretariat" not in early and "sco-secretariat" in late
    assert "rats-executive-committee" in late
    assert "shanghai-five" in {o.slug for o in Organ.objects.all() if o.exists_on(dt.date(2000, 1, 1))}
    assert "shanghai-five" not in late


def test_every_organ_is_cited():
    assert all(o.citations.exists() for o in Organ.objects.all())
