"""第一節 貳: the SCO 2001–2004, checked against the text and footnotes 12–30."""

import pytest

from archive.models import Appointment, InstrumentRelation, Membership
from tests.chapter import event, footnotes, held, instrument, places, signed

pytestmark = pytest.mark.django_db

SIX = {"china", "russia", "kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"}


def test_2001_shanghai_is_both_sixth_shanghai_five_and_first_sco_meeting():
    """2001年 ¶1 (fn 12–15): 6月14—15日 第六次會晤, 烏茲別克斯坦加入; 隨後六國元首舉行了首次會晤."""
    five = event("summit-2001-06-14-shanghai-five")
    assert held(five) == ("2001-06-14", "2001-06-15")
    assert five.ordinal == 6
    assert five.framework == "shanghai-five"
    sco = event("summit-2001-06-15-shanghai")
    assert sco.ordinal == 1
    assert sco.framework == "sco"
    assert sco.part_of == five
    assert places(five) == places(sco) == ["shanghai"]
    assert 12 in footnotes(five)


def test_declaration_on_the_establishment_and_shanghai_convention():
    """2001年 ¶1: 「上海合作組織成立宣言」(附註一, fn 13) and the Shanghai Convention (附註二, fn 14)."""
    declaration = instrument("declaration-2001-06-15-establishment")
    assert declaration.title_zh == "上海合作組織成立宣言"
    assert declaration.title_ru == "Декларация о создании Шанхайской Организации Сотрудничества"
    assert declaration.title_ru_latn == "Deklarazija o sozdanii Shanhaiskoj Organizazii Sotrudnisthestva"
    assert declaration.appendix == "附註一"
    assert 13 in footnotes(declaration)
    convention = instrument("convention-2001-06-15-shanghai")
    assert convention.title_zh == "打擊恐怖主義、分裂主義和極端主義的上海公約"
    assert convention.title_en == "Shanghai convention on combating terrorism, separatism and extremism"
    assert convention.title_en_is_translation is False, "the chapter prints the English title"
    assert convention.title_ru == "Шанхайская конвенция о борьбе с терроризмом, сепаратизмом и экстремизмом"
    assert convention.appendix == "附註二"
    assert 14 in footnotes(convention)


def test_sco_membership_of_the_six_begins_2001_06_15():
    """2001年 ¶1 and 第三節 肆 ¶3: 2001年6月15日上海合作組織的成立."""
    members = Membership.objects.filter(framework="sco", role="member")
    assert {m.state.slug for m in members} == SIX
    assert {m.partial("starts").iso() for m in members} == {"2001-06-15"}


def test_first_heads_of_government_meeting_almaty_and_memorandum():
    """2001年 ¶2: 同年9月13日—14日 … 總理在阿拉木圖舉行首次會晤 … 簽署「…備忘錄」."""
    meeting = event("hog-2001-09-13-almaty")
    assert held(meeting) == ("2001-09-13", "2001-09-14")
    assert places(meeting) == ["almaty"]
    assert meeting.ordinal == 1
    memorandum = instrument("memorandum-2001-09-economic-cooperation")
    assert memorandum.title_zh == "上海合作組織成員國政府間關於開展多邊經濟合作的基本目標和方向及貿易投資便利化進程的備忘錄"
    assert memorandum.event == meeting


def test_2002_foreign_ministers_and_st_petersburg_summit():
    """2002 年 ¶1 (fn 16): 1 月 7 日外交部長級會議; ¶2 (fn 17, 18): 6 月 6—7 日 聖彼得堡 第二次會晤."""
    assert held(event("ministerial-2002-01-07-foreign")) == ("2002-01-07", None)
    summit = event("summit-2002-06-06-st-petersburg")
    assert held(summit) == ("2002-06-06", "2002-06-07")
    assert places(summit) == ["st-petersburg"]
    assert summit.ordinal == 2
    charter = instrument("charter-2002-06-sco")
    assert charter.title_zh == "上海合作組織憲章"
    assert charter.title_ru == "Хартия Шанхайской Организации Сотрудничества"
    assert charter.title_ru_latn == "Hartija Shanhaijskoi Organizazii Sotrudnistvestva"
    assert charter.appendix == "附註三"
    assert charter.event == summit
    assert 17 in footnotes(charter)
    rats = instrument("agreement-2002-06-rats")
    assert rats.title_ru == "Соглашение о региональной антитеррористической структуре"
    assert rats.title_ru_latn == "Coglachenie o regional'noi antiterroristicheskoi strukture"
    declaration = instrument("declaration-2002-06-heads-of-state")
    assert declaration.title_ru == "совместная Декларация"


def test_first_joint_exercise_china_kyrgyzstan_october_2002():
    """2002 年 ¶4: 10月10—11日，中國與吉爾吉斯 … 首次雙邊聯合軍事演習 … 在兩國邊界."""
    exercise = event("exercise-2002-10-10-china-kyrgyzstan")
    assert held(exercise) == ("2002-10-10", "2002-10-11")
    assert {p.state.slug for p in exercise.participations.all()} == {"china", "kyrgyzstan"}


def test_2003_moscow_summit_declaration_and_kasymov():
    """2003年 ¶1–2 (fn 20, 21): 5月28—29日 莫斯科; 「…元首宣言」(附註四); 卡西莫夫 appointed."""
    summit = event("summit-2003-05-28-moscow")
    assert held(summit) == ("2003-05-28", "2003-05-29")
    assert places(summit) == ["moscow"]
    declaration = instrument("declaration-2003-05-moscow")
    assert declaration.appendix == "附註四"
    assert declaration.title_ru == "Декларация глав государств-членов Шанхайской Организации Сотрудничества"
    assert 20 in footnotes(declaration)
    appointment = Appointment.objects.get(person__slug="kasymov")
    assert appointment.organ.slug == "rats-executive-committee"
    assert appointment.appointed_by == summit


def test_coalition_2003_exercise_keeps_the_irregular_date():
    """2003年 ¶3 (fn 22, 23): 8月—12日 … 「聯合行動—2003」 … 中國新疆和哈薩克東部; no start day is invented."""
    exercise = event("exercise-2003-08-coalition-2003")
    assert held(exercise) == ("2003-08", "2003-08-12")
    assert exercise.date_as_printed == "8月—12日"
    assert places(exercise) == ["eastern-kazakhstan", "xinjiang"]
    assert {p.state.slug for p in exercise.participations.all()} == {"china", "russia", "kazakhstan", "kyrgyzstan", "tajikistan"}
    assert {22, 23} <= footnotes(exercise)


def test_tashkent_extraordinary_foreign_ministers_and_amending_protocols():
    """2003年 ¶4 (fn 24): 9月4—5日 塔什干 外交部長非例行會議; protocols amending the Charter, Convention, RATS agreement."""
    meeting = event("ministerial-2003-09-04-tashkent-foreign")
    assert held(meeting) == ("2003-09-04", "2003-09-05")
    assert meeting.regularity == "extraordinary"
    amended = {r.target.slug for r in InstrumentRelation.objects.filter(kind="amends", source__event=meeting).select_related("target")}
    assert amended == {"charter-2002-06-sco", "convention-2001-06-15-shanghai", "agreement-2002-06-rats"}
    communique = instrument("communique-2003-09-04-foreign-ministers")
    assert communique.title_ru == "Совместное коммюнике"


def test_beijing_heads_of_government_2003_and_the_programme():
    """2003年 ¶4 (fn 25): 9月23日 … 總理在北京舉行會晤 … 「上海合作組織成員國多邊經貿合作綱要」."""
    meeting = event("hog-2003-09-23-beijing")
    assert held(meeting) == ("2003-09-23", None)
    assert places(meeting) == ["beijing"]
    programme = instrument("programme-2003-09-23-trade-economic")
    assert programme.title_zh == "上海合作組織成員國多邊經貿合作綱要"
    assert 25 in footnotes(programme)


def test_2004_secretariat_and_rats_openings_and_zhang_deguang():
    """2004年 ¶1 (fn 26–28): 1月15日 秘書處 北京 成立儀式, 張德廣 首任秘書長; 6月17日 反恐機構執委會 開幕."""
    secretariat = event("opening-2004-01-15-secretariat")
    assert held(secretariat) == ("2004-01-15", None)
    assert places(secretariat) == ["beijing"]
    assert 26 in footnotes(secretariat)
    rats = event("opening-2004-06-17-rats-executive-committee")
    assert held(rats) == ("2004-06-17", None)
    assert places(rats) == ["tashkent"]
    zhang = Appointment.objects.get(person__slug="zhang-deguang")
    assert zhang.organ.slug == "sco-secretariat"
    assert zhang.term_en


def test_2004_tashkent_summit_documents_and_mongolia_first_observer():
    """2004年 ¶2–3 (fn 29, 30): 6月17日 塔什干; 4 documents; 蒙古 第一個觀察員; 卡爾紮伊 invited."""
    summit = event("summit-2004-06-17-tashkent")
    assert held(summit) == ("2004-06-17", None)
    assert places(summit) == ["tashkent"]
    documents = {i.slug for i in summit.instruments.all()}
    assert {
        "regulation-2004-06-17-observer-status",
        "agreement-2004-06-17-narcotics",
        "convention-2004-06-17-privileges-immunities",
        "declaration-2004-06-17-tashkent",
    } <= documents
    declaration = instrument("declaration-2004-06-17-tashkent")
    assert declaration.appendix == "附註五"
    assert declaration.title_ru_latn == "Tashkentskaja geklarazija glav gosudarstv-chlenov Shanhaiskoi Organizazii Sotrudnishestva"
    mongolia = Membership.objects.get(state__slug="mongolia", framework="sco")
    assert mongolia.role == "observer"
    assert mongolia.partial("starts").iso() == "2004-06-17"
    assert 30 in footnotes(mongolia)
    afghanistan = summit.participations.get(state__slug="afghanistan")
    assert afghanistan.person.slug == "karzai"
    assert afghanistan.role == "guest"


def test_bishkek_heads_of_government_2004_approve_the_plan_implementing_the_programme():
    """2004年 ¶4: 9月23日 … 總理例行會議在比什凱克 … 批准「…綱要」落實措施計劃."""
    meeting = event("hog-2004-09-23-bishkek")
    assert held(meeting) == ("2004-09-23", None)
    assert meeting.regularity == "regular"
    plan = instrument("plan-2004-09-23-programme-measures")
    assert plan.event == meeting
    assert plan.relations_out.get(kind="implements").target.slug == "programme-2003-09-23-trade-economic"


def test_every_sco_summit_document_is_signed_during_its_meeting():
    for slug in ["charter-2002-06-sco", "declaration-2003-05-moscow", "declaration-2004-06-17-tashkent"]:
        record = instrument(slug)
        start, _end = signed(record)
        first, last = held(record.event)
        assert first <= start <= (last or first)
