"""Public pages. Only published records are shown; drafts are a 404."""

from django.db import connection
from django.db.utils import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, TemplateView

from archive.models import Event, Instrument, Organ, Person, Place, Source, State, Topic
from archive.selectors import chronology_rows, home_counts


@never_cache
def healthz(request):
    """200 with a small JSON body when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse({"status": "error", "database": "unavailable", "detail": type(error).__name__}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


class HomeView(TemplateView):
    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(counts=home_counts(), **kwargs)


class ChronologyView(TemplateView):
    template_name = "archive/chronology.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(rows=chronology_rows(), **kwargs)


class PublishedDetailView(DetailView):
    template_name = "archive/record_detail.html"
    context_object_name = "record"

    def get_queryset(self):
        return self.model.objects.published()


class EventDetailView(PublishedDetailView):
    model = Event


class InstrumentDetailView(PublishedDetailView):
    model = Instrument


class OrganDetailView(PublishedDetailView):
    model = Organ


class StateDetailView(PublishedDetailView):
    model = State


class PersonDetailView(PublishedDetailView):
    model = Person


class PlaceDetailView(PublishedDetailView):
    model = Place


class SourceDetailView(PublishedDetailView):
    model = Source


class TopicDetailView(PublishedDetailView):
    model = Topic
