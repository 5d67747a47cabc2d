"""The heads-of-state meeting's #rotation: the chapter's rule (§2.1 (1): regular meetings hosted in turn
in the Russian alphabetical order of the members' names) against the hosts of the archive's meetings,
computed from the memberships on each meeting's day."""

import datetime as dt

import pytest

from archive.models import Event, Membership, Organ, State
from archive.rotation import rotation
from tests.language import language_problems

pytestmark = pytest.mark.django_db


def table(organ_slug="sco-heads-of-state"):
    rows = rotation(Organ.objects.get(slug=organ_slug))
    return [(row.meeting.slug, row.previous_host.slug, row.rule_host.slug, row.host.slug, row.agrees) for row in rows]


def test_the_record_departs_from_the_rule_at_every_meeting_after_the_first():
    """2001 Shanghai (China) → 2002 St Petersburg and 2003 Moscow (Russia) → 2004 Tashkent (Uzbekistan);
    in the order Казахстан, Китай, Кыргызстан, Россия, Таджикистан, Узбекистан the rule names
    Kyrgyzstan after China and Tajikistan after Russia."""
    assert table() == [
        ("summit-2002-06-06-st-petersburg", "china", "kyrgyzstan", "russia", False),
        ("summit-2003-05-28-moscow", "russia", "tajikistan", "russia", False),
        ("summit-2004-06-17-tashkent", "russia", "tajikistan", "uzbekistan", False),
    ]


def test_the_rule_follows_the_data_hosts_and_members_on_the_day():
    Event.objects.filter(slug="summit-2002-06-06-st-petersburg").update(host=State.objects.get(slug="kyrgyzstan"))
    Membership.objects.create(
        state=State.objects.get(slug="mongolia"), framework="sco", role="member", starts_on=dt.date(2003, 1, 1), status="published"
    )
    rows = table()
    assert rows[0][1:] == ("china", "kyrgyzstan", "kyrgyzstan", True)
    # Монголия comes after Кыргызстан: a member from 2003 on is next after Kyrgyzstan in 2003, not before.
    assert rows[1][1:3] == ("kyrgyzstan", "mongolia")
    members_2002 = rotation(Organ.objects.get(slug="sco-heads-of-state"))[0].members
    assert "mongolia" not in [state.slug for state in members_2002]


def test_an_extraordinary_meeting_is_not_held_to_the_rule():
    Event.objects.filter(slug="summit-2003-05-28-moscow").update(regularity="extraordinary")
    assert [row[0] for row in table()] == ["summit-2002-06-06-st-petersburg", "summit-2004-06-17-tashkent"]


@pytest.mark.parametrize(
    ("prefix", "lang", "says"),
    [("", "zh-Hant", "輪換規則與實際主辦國"), ("/en", "en", "The rotation rule and the record")],
)
def test_the_rotation_section_in_both_languages(client, prefix, lang, says):
    html = client.get(f"{prefix}/organs/sco-heads-of-state/").content.decode()
    start = html.index('<section id="rotation"')
    section = html[start : html.index("</section>", start)]
    assert says in section
    assert section.count("<tr>") == 4  # the header and three meetings
    assert not language_problems(section, lang)
    assert 'id="rotation"' not in client.get(f"{prefix}/organs/sco-foreign-ministers/").content.decode()
