"""An admin save baselines only the rows it is about to change: its cost does not grow with the archive."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.models import Event
from archive.roles import PUBLISHER
from tests.forms import form_data

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def save_queries(client, event: Event, summary: str) -> int:
    """The queries of one save of the meeting's change form, as a browser submits it."""
    url = reverse("admin:archive_event_change", args=[event.pk])
    data = form_data(client.get(url).content.decode(), "event_form") | {"summary_en": summary}
    with CaptureQueriesContext(connection) as queries:
        assert client.post(url, data).status_code == 302
    return len(queries)


def test_a_change_form_save_makes_as_many_queries_at_ten_times_the_archive(client, django_user_model):
    user = django_user_model.objects.create_user("pub", is_staff=True)
    user.groups.add(Group.objects.get(name=PUBLISHER))
    client.force_login(user)
    event = Event.objects.get(slug="summit-1998-07-03-almaty")  # with participants, instruments and citations
    save_queries(client, event, "First save: the rows get their baseline.")
    at_seed = save_queries(client, event, "Second save.")
    call_command("generate_archive", scale=10, verbosity=0)
    assert save_queries(client, event, "Third save, ten times the archive.") == at_seed
