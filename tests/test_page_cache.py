"""Public pages kept in memory and the archive generation that invalidates them exactly: every kind of
write shows on the next request of a page that contains it; a rolled-back write or a write outside
the archive bumps nothing; a signed-in response never reaches an anonymous reader; HTTP revalidation;
Redis down. (tests/settings.py re-reads the generation on every request, as the cross-process sweep
in test_page_cache_processes.py does not.)"""

import datetime as dt
import io
import json
import logging
import time
import uuid

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import OperationalError, connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from archive.generation import GENERATION, Mirror, Value, read_database
from archive.models import Deletion, Event, Organ, Topic
from archive.seed import FIXTURES_DIR
from archive.selectors import published_count
from sco_site.page_cache import STORE, Stamps
from tests import factories
from tests.helpers import change_form_data

pytestmark = pytest.mark.django_db

SHANGHAI_1996 = "summit-1996-04-26-shanghai"


def generation() -> int:
    return read_database().number


def kept(path: str, **headers) -> str:
    """The page an anonymous reader gets, after checking that memory answers it the second time."""
    client = Client(**headers)
    first = client.get(path)
    assert first.status_code == 200, path
    assert any(f"{path}?" in key for key in STORE.pages), f"{path} is not kept"
    second = client.get(path)
    assert second.content == first.content
    return second.content.decode()


def fresh(path: str) -> tuple[int, str]:
    response = Client().get(path)
    return response.status_code, response.content.decode()


def edit_in_admin(client, record, **changes):
    url = reverse(f"admin:archive_{record._meta.model_name}_change", args=[record.pk])
    response = client.post(url, change_form_data(client, url) | changes)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response


def delete_in_admin(client, record):
    response = client.post(reverse(f"admin:archive_{record._meta.model_name}_delete", args=[record.pk]), {"post": "yes"})
    assert response.status_code == 302


# ---- the generation ---------------------------------------------------------------------------


def test_a_bulk_update_and_a_bulk_delete_bump_the_generation():
    before = generation()
    Event.objects.filter(slug=SHANGHAI_1996).update(summary_en="Changed in bulk.")
    after_update = generation()
    Topic.objects.filter(slug=factories.topic().slug).delete()
    assert before < after_update < generation()


def test_a_rolled_back_write_bumps_nothing():
    before = generation()
    with pytest.raises(RuntimeError), transaction.atomic():
        Event.objects.filter(slug=SHANGHAI_1996).update(summary_en="Never committed.")
        assert generation() > before, "inside the transaction the bump is there"
        raise RuntimeError
    assert generation() == before


def test_writes_outside_the_archive_bump_nothing(django_user_model):
    before = generation()
    user = django_user_model.objects.create_user("reader-of-logs", password="x" * 12)
    Session.objects.create(session_key="k" * 32, session_data="", expire_date=timezone.now())
    LogEntry.objects.create(user=user, object_repr="x", action_flag=1)
    Version.objects.filter(pk=-1).update(object_repr="x")
    assert generation() == before


def bumps_registered() -> int:
    return sum(isinstance(func, Mirror) for _sids, func, _robust in connection.run_on_commit)


def test_one_transaction_bumps_once_unless_a_reader_inside_it_saw_the_bump():
    before = bumps_registered()
    with transaction.atomic():
        Event.objects.filter(slug=SHANGHAI_1996).update(summary_en="One.")
        Event.objects.filter(slug=SHANGHAI_1996).update(summary_en="Two.")
        assert bumps_registered() == before + 1
        first = generation()  # a reader inside the transaction (a test's request) sees the bump ...
        Event.objects.filter(slug=SHANGHAI_1996).update(summary_en="Three.")
        assert generation() > first, "... and the next write bumps again"
        assert bumps_registered() == before + 2


def test_rows_written_each_in_its_own_savepoint_bump_once_and_a_rolled_back_bump_is_made_again():
    """An import writes each row in a savepoint of its own, released after the row: the first row's
    bump stays in the transaction, so the next rows do not bump again (a bump and a scan of all the
    bumps before it, per row). A bump rolled back with its savepoint is gone: the next write bumps."""
    before = bumps_registered()
    with transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            Event.objects.filter(slug=SHANGHAI_1996).update(summary_en="Rolled back.")
            raise RuntimeError
        assert bumps_registered() == before
        for summary in ("One.", "Two.", "Three."):
            with transaction.atomic():
                Event.objects.filter(slug=SHANGHAI_1996).update(summary_en=summary)
        assert bumps_registered() == before + 1
        first = generation()
    assert generation() >= first


def test_cache_bump_moves_the_generation_and_says_to_what():
    before = generation()
    out = io.StringIO()
    call_command("cache_bump", stdout=out)
    assert generation() > before
    assert str(generation()) in out.getvalue()


# ---- every kind of write shows on the next request ---------------------------------------------


def test_an_admin_save_shows_on_the_next_request(publisher):
    event = Event.objects.get(slug=SHANGHAI_1996)
    path = event.get_absolute_url()
    assert "Revised in the admin" not in kept(path)
    edit_in_admin(publisher, event, summary_zh=event.summary_zh + "（管理介面修訂）")
    assert "（管理介面修訂）" in fresh(path)[1]


def test_an_admin_delete_and_a_restore_show_on_the_next_request(publisher):
    event = factories.event(published=True, title_zh="將刪除的會議")
    path = event.get_absolute_url()
    kept(path)
    assert "將刪除的會議" in kept("/events/")
    delete_in_admin(publisher, event)
    assert fresh(path)[0] == 404
    assert "將刪除的會議" not in fresh("/events/")[1]
    deletion = Deletion.objects.get(model="archive.Event", object_id=str(event.pk))
    publisher.post(reverse("admin:archive_event_restore", args=[deletion.pk]))
    assert fresh(path)[0] == 200
    assert "將刪除的會議" in fresh("/events/")[1]


def test_publishing_and_unpublishing_cascade_shows_on_the_source_page(publisher):
    """The cascade reaches the citations through update(): the source's page lists what it supports."""
    source = factories.source(published=True, title="A source of the test")
    event = factories.event(title_zh="待發布的會議")
    factories.citation(event, source=source)
    path = source.get_absolute_url()
    assert "待發布的會議" not in kept(path)
    changelist = reverse("admin:archive_event_changelist")
    publisher.post(changelist, {"action": "publish_selected", "_selected_action": [event.pk]})
    assert "待發布的會議" in fresh(path)[1]
    kept(path)
    publisher.post(changelist, {"action": "unpublish_selected", "_selected_action": [event.pk]})
    assert "待發布的會議" not in fresh(path)[1]


def test_a_tree_move_shows_on_the_next_request():
    first, second = factories.organ(published=True, name_zh="甲機構"), factories.organ(published=True, name_zh="乙機構")
    moved = factories.organ(first, published=True, name_zh="搬動的機構")
    path = moved.get_absolute_url()
    assert "甲機構" in kept(path) and "乙機構" not in kept(path)
    Organ.objects.move(Organ.objects.get(pk=moved.pk), Organ.objects.get(pk=second.pk), "last-child")
    assert not any(Organ.objects.find_problems())
    breadcrumbs = fresh(path)[1].split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert "乙機構" in breadcrumbs and "甲機構" not in breadcrumbs


def test_a_revert_shows_on_the_next_request(publisher):
    event = factories.event(published=True, kind="summit", summary_zh="原來的摘要。")
    path = event.get_absolute_url()
    edit_in_admin(publisher, event, summary_zh="錯誤的摘要。")
    assert "錯誤的摘要" in kept(path)
    baseline = Version.objects.get_for_object(event).last()
    publisher.post(reverse("admin:archive_event_revert", args=[event.pk, baseline.pk]))
    body = fresh(path)[1]
    assert "原來的摘要" in body and "錯誤的摘要" not in body


def test_loaddata_shows_on_the_next_request(tmp_path):
    topic = next(r for r in json.loads((FIXTURES_DIR / "01_vocabulary.json").read_text(encoding="utf-8")) if r["model"] == "archive.topic")
    path = f"/en/topics/{topic['fields']['slug']}/"
    assert "Loaded from a fixture" not in kept(path)
    topic["fields"]["name_en"] = "Loaded from a fixture"
    (tmp_path / "topic.json").write_text(json.dumps([topic]), encoding="utf-8")
    call_command("loaddata", str(tmp_path / "topic.json"), verbosity=0)
    assert "Loaded from a fixture" in fresh(path)[1]


def test_pages_kept_today_are_rendered_afresh_tomorrow(monkeypatch):
    """The sources block says when the page was accessed: a page kept yesterday is not answered today."""
    path = Event.objects.get(slug=SHANGHAI_1996).get_absolute_url()
    today = timezone.localdate()
    assert f"accessed {today.isoformat()}" in kept("/en" + path)
    etag = Client().get("/en" + path)["ETag"]
    tomorrow = today + dt.timedelta(days=1)
    monkeypatch.setattr("sco_site.page_cache.timezone.localdate", lambda: tomorrow)
    response = Client().get("/en" + path)
    assert response.status_code == 200 and response["ETag"] != etag
    assert STORE.stamp.day == tomorrow


def test_a_worker_reads_the_date_again_within_a_second_of_midnight(monkeypatch):
    """The stamp is made once per generation read and second, not per request (a hit then costs no
    clock and time-zone arithmetic); the date it holds is at most a second old."""
    stamps, generation = Stamps(), Value(5, 0)
    first = stamps.current(generation)
    tomorrow = first.day + dt.timedelta(days=1)
    monkeypatch.setattr("sco_site.page_cache.timezone.localdate", lambda: tomorrow)
    assert stamps.current(generation) is first
    later = time.monotonic() + 1.01
    monkeypatch.setattr("sco_site.page_cache.time.monotonic", lambda: later)
    assert stamps.current(generation).day == tomorrow
    assert stamps.current(Value(6, 0)).generation == 6


# ---- who gets what -----------------------------------------------------------------------------


def test_a_signed_in_response_never_reaches_an_anonymous_reader(publisher):
    draft = factories.event(title_zh="草稿會議")
    path = draft.get_absolute_url()
    preview = publisher.get(path)
    assert preview.status_code == 200 and "草稿會議" in preview.content.decode()
    assert fresh(path)[0] == 404
    published = Event.objects.get(slug=SHANGHAI_1996).get_absolute_url()
    staff_page = publisher.get(published)
    assert not any(published in key for key in STORE.pages), "a signed-in reader's page is not kept"
    assert "ETag" not in staff_page
    anonymous = Client().get(published)
    assert anonymous.status_code == 200 and "ETag" in anonymous
    staff_again = publisher.get(published, HTTP_IF_NONE_MATCH=anonymous["ETag"])
    assert staff_again.status_code == 200, "no 304 from the anonymous ETag for a signed-in reader"
    assert "private" in staff_again["Cache-Control"]


def test_kept_pages_carry_no_cookie_and_no_csrf_token():
    for path in ("/", "/search/?q=上海", "/en/chronology/", "/organs/", "/sitemap.xml"):
        response = Client().get(path)
        assert response.status_code == 200 and not response.cookies, path
        assert "csrfmiddlewaretoken" not in response.content.decode()
    assert STORE.pages
    for page in STORE.pages.values():
        assert b"csrfmiddlewaretoken" not in page.body
        assert not any(name.lower() == "set-cookie" for name, _value in page.headers)


def test_a_page_with_an_unknown_parameter_goes_by_the_cache():
    Client().get("/events/?utm_source=mail")
    Client().get("/events/?kind=summit")
    assert not any("utm_source" in key for key in STORE.pages)
    assert any("/events/?kind=summit" in key for key in STORE.pages)


def test_a_kept_page_is_answered_with_its_first_headers():
    first = Client().get("/en/events/")
    second = Client().get("/en/events/")
    for name in ("Content-Security-Policy", "Content-Language", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Vary"):
        assert second[name] == first[name], name
    assert second["Content-Language"] == "en"
    assert "Accept-Language" not in second["Vary"] and "Cookie" in second["Vary"]
    assert second["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_a_kept_page_costs_no_query_between_two_reads_of_the_generation(settings, django_assert_num_queries):
    settings.PAGE_CACHE_GENERATION_SECONDS = 60
    Client().get("/en/instruments/")
    with django_assert_num_queries(0):
        assert Client().get("/en/instruments/").status_code == 200


def test_the_store_is_bounded_in_bytes(settings):
    settings.PAGE_CACHE_MAX_BYTES = 200_000
    for page in ("/", "/events/", "/instruments/", "/states/", "/people/", "/sources/", "/topics/", "/statistics/"):
        Client().get(page)
    assert 0 < STORE.size <= 200_000
    assert STORE.size == sum(page.size for page in STORE.pages.values())


# ---- HTTP revalidation -------------------------------------------------------------------------


def test_a_matching_etag_is_answered_304_until_the_archive_changes():
    path = Event.objects.get(slug=SHANGHAI_1996).get_absolute_url()
    first = Client().get(path)
    assert first["ETag"].startswith('W/"') and first["Last-Modified"]
    again = Client().get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again["ETag"] == first["ETag"] and not again.content
    STORE.clear()  # a 304 needs no kept page either
    assert Client().get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    Event.objects.filter(slug=SHANGHAI_1996).update(summary_zh="改了。")
    changed = Client().get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]


def test_answers_that_are_not_200_are_neither_kept_nor_tagged():
    for path in ("/events/no-such-event/", "/chronology/?year_from=abc", "/organs/?on=yesterday"):
        response = Client().get(path)
        assert response.status_code in (400, 404) and "ETag" not in response, path
    assert not any("no-such-event" in key or "abc" in key or "yesterday" in key for key in STORE.pages)


# ---- Redis -------------------------------------------------------------------------------------


@pytest.fixture
def redis_settings(settings):
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    settings.ARCHIVE_GENERATION_REDIS_KEY = f"test-generation-{uuid.uuid4().hex}"
    yield settings
    if GENERATION.redis:
        GENERATION.redis.client.delete(settings.ARCHIVE_GENERATION_REDIS_KEY)


def test_a_commit_is_mirrored_to_redis(redis_settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        Event.objects.filter(slug=SHANGHAI_1996).update(summary_en="Mirrored.")
    mirrored = GENERATION.redis.read()
    assert mirrored is not None and mirrored.number == generation()
    assert GENERATION.current().number == generation()


def test_redis_down_pages_stay_correct_and_the_outage_is_logged_once(settings, caplog):
    settings.REDIS_URL = "redis://127.0.0.1:9/0"  # nothing listens on the discard port
    settings.ARCHIVE_GENERATION_REDIS_KEY = "test-generation-unreachable"
    path = "/en/events/"
    with caplog.at_level(logging.ERROR, logger="archive.generation"):
        assert "A meeting while Redis is down" not in kept(path)
        factories.event(published=True, title_en="A meeting while Redis is down", title_zh="甲")
        for _ in range(3):
            status, body = fresh(path)
            assert status == 200 and "A meeting while Redis is down" in body
    assert [record.message for record in caplog.records].count(caplog.records[0].message) == 1
    assert "Redis does not answer" in caplog.records[0].message


def test_a_database_outage_keeps_the_last_generation(settings, monkeypatch):
    settings.PAGE_CACHE_GENERATION_SECONDS = 0
    path = "/en/states/"
    body = kept(path)

    def unavailable(*args, **kwargs):
        raise OperationalError("the database is down")

    monkeypatch.setattr("archive.generation.read_database", unavailable)
    response = Client().get(path)
    assert response.status_code == 200 and response.content.decode() == body


def test_a_worker_never_goes_back_to_an_older_generation(settings, monkeypatch):
    """Redis may still hold the value before a commit this worker learnt (the mirror could not be
    written): pages and counts kept under the new one must not give way to the old ones."""
    settings.PAGE_CACHE_GENERATION_SECONDS = 0
    GENERATION.learn(Value(generation() + 10, 0))
    learnt = GENERATION.current()
    monkeypatch.setattr(GENERATION, "_read", lambda now: Value(learnt.number - 5, 0))
    assert GENERATION.current() == learnt
    monkeypatch.setattr(GENERATION, "_read", lambda now: Value(learnt.number + 1, 0))
    assert GENERATION.current().number == learnt.number + 1


def test_a_count_inside_a_writing_transaction_is_not_kept(settings):
    """A count taken after this transaction wrote is its own: were it kept, a rollback would leave
    other readers a count of rows that never were, and before the commit they would see it early."""
    settings.PAGE_CACHE_GENERATION_SECONDS = 60  # the generation is not read again in between
    before = published_count(Event)
    with transaction.atomic():
        factories.event(published=True)
        assert published_count(Event) == before + 1
        transaction.set_rollback(True)
    assert published_count(Event) == before
