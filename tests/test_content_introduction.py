"""The chapter's untitled introduction (引言), 1989–1991, checked against the text and footnotes 1–2."""

import pytest

from tests.chapter import event, footnotes, instrument, parties, signed

pytestmark = pytest.mark.django_db


def test_gorbachev_visit_is_dated_to_the_month_only():
    """引言 ¶1: 1989年5月，戈巴契夫訪問中國 — fn 1 (中蘇聯合公報, 人民日報 1989-05-19)."""
    visit = event("visit-1989-05-gorbachev-china")
    assert visit.held_precision == "month"
    assert visit.partial("held").iso() == "1989-05"
    assert 1 in footnotes(visit)


def test_border_talks_began_november_1989():
    """引言 ¶1: 同年11月，中蘇開始了關於邊境地區相互裁減軍力和加強軍事領域信任的談判."""
    talks = event("talks-1989-11-border-forces")
    assert talks.partial("held").iso() == "1989-11"


def test_1990_guidelines_agreement_between_china_and_the_ussr():
    """引言 ¶2 (fn 2): 1990年4月24日，中蘇簽署「…指導原則的協議」."""
    agreement = instrument("agreement-1990-04-24-border-guidelines")
    assert agreement.title_zh == "關於在邊境地區相互裁減軍事力量和加強軍事領域信任的指導原則的協議"
    assert signed(agreement) == ("1990-04-24", None)
    assert set(parties(agreement)) == {"china", "ussr"}
    assert 2 in footnotes(agreement)


def test_dissolution_of_the_ussr_december_1991():
    """引言 ¶2: 1991年12月蘇聯解體."""
    assert event("other-1991-12-ussr-dissolution").partial("held").iso() == "1991-12"
