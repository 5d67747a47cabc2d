"""Every model rule, broken on an admin change form, is reported next to its field in the admin's
language (zh-Hant here), and nothing is saved."""

import datetime as dt
import html
import re

import pytest
from django.urls import reverse
from django.utils import translation

from archive.models import Citation, Event, InstrumentRelation, Membership, Organ, Phase, Statistic
from tests import factories
from tests.helpers import change_form_data

pytestmark = pytest.mark.django_db


def meeting():
    return factories.event(title_en="A meeting", held_on=dt.date(1998, 7, 3), held_until=dt.date(1998, 7, 4))


def body():
    return factories.organ(established_on=dt.date(2004, 1, 15))


def relation():
    return factories.relation(factories.instrument(), factories.instrument())


def cited_meeting():
    return factories.citation(meeting(), footnote=5, section="")


def later_membership():
    """A second, later period of a state in a framework, next to one that has ended."""
    ended = factories.membership(factories.state(), ends_on=dt.date(2001, 6, 15), starts_on=dt.date(1996, 4, 26))
    return factories.membership(ended.state, role="observer", starts_on=ended.ends_on, starts_precision="day")


RULES = [
    # (model, record, changes, field, message as written in the model)
    (Event, meeting, {"title_zh": "", "title_en": "", "title_ru": ""},
     "title_zh", "Give at least one form (Chinese, English or Russian)."),
    (Event, meeting, {"held_until": "1998-07-01", "held_until_precision": "day"},
     "held_until", "The last day is before the first day."),
    (Event, meeting, "part_of_self", "part_of", "An event cannot be part of itself."),
    (Organ, body, {"ended_on": "1990-01-01", "ended_precision": "day"},
     "ended_on", "The end is before the start."),
    (Phase, factories.phase, {"end_year": "1900"}, "end_year", "The last year is before the first."),
    (Statistic, factories.statistic, {"high": "0.0001"}, "high", "The high value is below the low value."),
    (InstrumentRelation, relation, "target_self", "target",
     "An instrument cannot relate to itself (e.g. amend itself)."),
    (Citation, cited_meeting, {"footnote": "", "section": ""}, "section",
     "Give the footnote number or, where no footnote supports the fact, the chapter's section."),
    (Membership, later_membership, "overlap", "starts_on",
     "This period overlaps another membership of the same state in this framework: %(other)s"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("model", "get_record", "changes", "field", "message"), RULES, ids=[f"{rule[0].__name__}-{rule[3]}" for rule in RULES]
)
def test_a_broken_rule_is_shown_next_to_its_field_in_the_admins_language(
    admin_client_logged_in, model, get_record, changes, field, message
):
    record = get_record()
    url = reverse(f"admin:archive_{model._meta.model_name}_change", args=[record.pk])
    data = change_form_data(admin_client_logged_in, url)
    if changes == "part_of_self":
        changes = {"part_of": record.pk}
    elif changes == "target_self":
        changes = {"target": record.source_id}
    elif changes == "overlap":
        earlier = Membership.objects.exclude(pk=record.pk).get(state=record.state, framework=record.framework, ends_on=record.starts_on)
        changes = {"starts_on": earlier.starts_on.isoformat(), "starts_precision": "day"}
    version = record.version
    response = admin_client_logged_in.post(url, data | changes, HTTP_ACCEPT_LANGUAGE="zh-hant")
    assert response.status_code == 200, "refused, not saved"
    with translation.override("zh-hant"):
        translated = translation.gettext(message)
    assert translated != message, f"no zh-Hant translation for “{message}”"
    expected = translated.split("%(")[0]
    shown = re.search(rf'<ul class="errorlist" id="id_{field}_error">(.*?)</ul>', response.content.decode(), re.S)
    assert shown, f"no error list next to {field}"
    assert expected in html.unescape(shown.group(1))
    record.refresh_from_db()
    assert record.version == version
