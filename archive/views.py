"""Public pages. Only published records are shown; drafts are a 404 everywhere."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.utils import DatabaseError
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView

from archive import metadata, orgchart, rotation, search, selectors
from archive.charts import chart_layout, range_panels
from archive.filters import RecordFilterForm, SearchForm
from archive.footnotes import chapter_supports, page_sources
from archive.languages import localized
from archive.models import (
    Event,
    EventKind,
    Framework,
    Instrument,
    InstrumentKind,
    Organ,
    Person,
    Phase,
    Place,
    Source,
    State,
    Topic,
)
from archive.registry import page_models
from archive.roles import can_preview


@never_cache
def healthz(request):
    """200 with a small JSON body when the database answers, 503 when it does not. A cache that does
    not answer (Redis) is reported but is no failure: the site works without it."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse({"status": "error", "database": "unavailable", "detail": type(error).__name__}, status=503)
    answer = {"status": "ok", "database": "ok"}
    if getattr(cache, "unreachable", None) is not None:  # sco_site.cache.TolerantRedisCache
        cache.get("healthz")
        answer["cache"] = "unavailable" if cache.unreachable else "ok"
    return JsonResponse(answer)


class HomeView(TemplateView):
    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            counts=selectors.home_counts(), phases=selectors.phases(), contact_email=settings.CONTACT_EMAIL, **kwargs
        )


# ---- chronology ------------------------------------------------------------------------------


class FilteredMixin:
    """A page filtered by its query string through ``RecordFilterForm``. A bad value makes the page
    a 400 with the message beside its filter; the other filters still apply."""

    filter_scope = ""  # "chronology", "events" or "instruments"
    filter_controls: tuple[str, ...] = ()  # the parameters the page's form has a control for

    @cached_property
    def filter_form(self) -> RecordFilterForm:
        return RecordFilterForm(self.request.GET, scope=self.filter_scope)

    def get_context_data(self, **kwargs):
        form = self.filter_form
        beside, elsewhere = form.problems_beside(self.filter_controls)
        kwargs.setdefault("download_query", self.download_query().urlencode())
        return super().get_context_data(
            filters=form.shown_values(),
            record_filters=[control | {"error": beside.get(control["name"], "")} for control in form.record_controls(self.filter_controls)],
            filter_errors=beside,
            other_filter_errors=elsewhere,
            download_list=self.filter_scope,
            **kwargs,
        )

    def download_query(self):
        """The filters of the query string that are set, which the page's downloads carry."""
        query = self.request.GET.copy()
        for name in list(query):
            if name not in self.filter_form.fields or not any(query.getlist(name)):
                del query[name]
        return query

    def render_to_response(self, context, **kwargs):
        kwargs.setdefault("status", 400 if self.filter_form.errors else 200)
        return super().render_to_response(context, **kwargs)


# ---- lists and records -----------------------------------------------------------------------


class PublishedListView(ListView):
    paginate_by = 50

    def get_queryset(self):
        return self.model.objects.published()

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        paginator.count = self.row_count(queryset.model)  # in place of the cached property: a count kept per generation
        return paginator

    def row_count(self, model) -> int:
        """How many rows the list holds: every published record of its model (a list that filters
        counts its own)."""
        return selectors.published_count(model)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selectors.without_drafts(context["object_list"])
        return context


class PublishedDetailView(DetailView):
    """A record's page. Staff who may view the model in the admin preview a draft on its public URL,
    under a banner and never cached."""

    context_object_name = "record"
    detail_queryset = None  # a selector taking the base queryset

    def base_queryset(self):
        if can_preview(self.request.user, self.model):
            return self.model._default_manager.all()
        return self.model.objects.published()

    def get_queryset(self):
        base = self.base_queryset()
        return type(self).detail_queryset(base) if self.detail_queryset else base

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            record = selectors.moved_record(self.model, kwargs.get("slug", ""))
            if record is None:
                raise
            return HttpResponsePermanentRedirect(record.get_absolute_url())

    def get_object(self, queryset=None):
        return selectors.without_drafts([super().get_object(queryset)])[0]

    def get_context_data(self, **kwargs):
        page_url = self.request.build_absolute_uri(self.object.get_absolute_url())
        kwargs.setdefault("sources", page_sources(self.object))
        return super().get_context_data(
            draft_preview=not self.object.is_published,
            citation_meta=metadata.citation_meta(self.object, page_url),
            json_ld=metadata.json_ld(self.object, page_url),
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if context.get("draft_preview"):
            response["Cache-Control"] = "private, no-store"
        return response


class EventListView(FilteredMixin, PublishedListView):
    model = Event
    template_name = "archive/event_list.html"
    filter_scope = "events"
    filter_controls = ("kind", "framework", "year_from", "year_to")

    def get_queryset(self):
        return selectors.events(self.filter_form.filters)

    def row_count(self, model) -> int:
        return selectors.filtered_count(selectors.events, self.filter_form.filters)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            kinds=EventKind.choices,
            frameworks=Framework.choices,
            years=selectors.published_years(Event),
            **kwargs,
        )


class EventDetailView(PublishedDetailView):
    model = Event
    template_name = "archive/event_detail.html"

    detail_queryset = staticmethod(selectors.event_detail_queryset)


class InstrumentListView(FilteredMixin, PublishedListView):
    model = Instrument
    template_name = "archive/instrument_list.html"
    filter_scope = "instruments"
    filter_controls = ("kind", "year_from", "year_to", "state", "topic")

    def get_queryset(self):
        return selectors.instruments(self.filter_form.filters)

    def row_count(self, model) -> int:
        return selectors.filtered_count(selectors.instruments, self.filter_form.filters)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            kinds=InstrumentKind.choices,
            years=selectors.published_years(Instrument),
            **kwargs,
        )


class InstrumentDetailView(PublishedDetailView):
    model = Instrument
    template_name = "archive/instrument_detail.html"

    detail_queryset = staticmethod(selectors.instrument_detail_queryset)


def parse_day(raw: str) -> tuple[dt.date | None, str]:
    """A YYYY-MM-DD date from the query, or an explanation of what is wrong with it."""
    if not raw:
        return None, ""
    try:
        return dt.date.fromisoformat(raw), ""
    except ValueError:
        return None, _("“%(value)s” is not a date: use the form YYYY-MM-DD, e.g. 2003-01-01.") % {"value": raw[:40]}


class OrganChartView(TemplateView):
    template_name = "archive/organ_chart.html"

    def get_context_data(self, **kwargs):
        on, error = parse_day(self.request.GET.get("on", "").strip())
        self.error = error
        return super().get_context_data(on=on, error=error, chart=orgchart.org_chart(on), **kwargs)

    def render_to_response(self, context, **kwargs):
        kwargs.setdefault("status", 400 if context["error"] else 200)
        return super().render_to_response(context, **kwargs)


class OrganChartSvgView(OrganChartView):
    """The same chart as a standalone SVG file to download or print."""

    template_name = "archive/organ_chart.svg"
    content_type = "image/svg+xml; charset=utf-8"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = chart_layout(context["chart"])
        context["height"] = 100 + max((row["y"] - 70 + 56 for row in context["rows"]), default=0)
        context["site"] = self.request.build_absolute_uri("/")[:-1]
        return context


class OrganDetailView(PublishedDetailView):
    model = Organ
    template_name = "archive/organ_detail.html"

    detail_queryset = staticmethod(selectors.organ_detail_queryset)

    def get_context_data(self, **kwargs):
        organ = self.object
        return super().get_context_data(
            ancestors=[a for a in Organ.objects.get_ancestors(organ) if a.is_published],
            sub_bodies=Paginator(orgchart.sub_bodies(organ), orgchart.PAGE_CHILDREN).get_page(self.request.GET.get("page")),
            rotation=rotation.rotation(organ) if organ.slug == rotation.ROTATING_ORGAN else None,
            **kwargs,
        )


class StateListView(PublishedListView):
    model = State
    template_name = "archive/state_list.html"


class StateDetailView(PublishedDetailView):
    model = State
    template_name = "archive/state_detail.html"

    detail_queryset = staticmethod(selectors.state_detail_queryset)


class PersonListView(PublishedListView):
    model = Person
    template_name = "archive/person_list.html"

    def get_queryset(self):
        return Person.objects.published().select_related("citizenship")


class PersonDetailView(PublishedDetailView):
    model = Person
    template_name = "archive/person_detail.html"

    def get_queryset(self):
        return (
            self.base_queryset()
            .select_related("citizenship")
            .prefetch_related(
                selectors.published_citations(),
                "appointments__organ",
                "participations__event",
                "participations__state",
            )
        )


class PlaceListView(PublishedListView):
    model = Place
    template_name = "archive/place_list.html"

    def get_queryset(self):
        return Place.objects.published().select_related("state")


class PlaceDetailView(PublishedDetailView):
    model = Place
    template_name = "archive/place_detail.html"

    def get_queryset(self):
        return self.base_queryset().select_related("state").prefetch_related("events", "instruments", "seats__organ")


class SourceListView(PublishedListView):
    model = Source
    template_name = "archive/source_list.html"

    def get_queryset(self):
        return Source.objects.published().order_by("kind", "authors", "title")


class SourceDetailView(PublishedDetailView):
    model = Source
    template_name = "archive/source_detail.html"
    paginate_by = 50

    def get_context_data(self, **kwargs):
        # Each record once, in the chapter's order (its places as numbers), then a page of them.
        cited = chapter_supports(selectors.without_drafts(list(selectors.source_supports(self.object))))
        supports = Paginator(cited, self.paginate_by).get_page(self.request.GET.get("page"))
        return super().get_context_data(supports=supports, page_obj=supports, is_paginated=supports.has_other_pages(), **kwargs)


class TopicListView(PublishedListView):
    model = Topic
    template_name = "archive/topic_list.html"


class TopicDetailView(PublishedDetailView):
    model = Topic
    template_name = "archive/topic_detail.html"

    detail_queryset = staticmethod(selectors.topic_detail_queryset)


class StatisticsView(PublishedListView):
    """The figures, 50 a page, grouped by the table or passage they belong to (Table 2-2 first)."""

    template_name = "archive/statistics.html"

    def get_queryset(self):
        return selectors.statistics_in_order()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        datasets: dict[str, dict] = {}
        for stat in context["object_list"]:
            datasets.setdefault(stat.dataset, {"title": localized(stat, "dataset_title"), "rows": []})["rows"].append(stat)
        charts = {slug: range_panels(data["rows"]) for slug, data in datasets.items() if slug == "table-2-2"}
        return {**context, "datasets": datasets, "charts": charts}


class PhaseListView(PublishedListView):
    model = Phase
    template_name = "archive/phase_list.html"


# ---- search ----------------------------------------------------------------------------------

SEARCH_GROUPS = [(entry.key, entry.model, entry.search_order) for entry in page_models()]
SEARCH_GROUP_SIZE = 10
# Past this many matches a group says "more than": counting every match reads every record's text
# (a substring has no index), and a common word matches a share of the whole archive.
SEARCH_COUNT_LIMIT = 100


class SearchView(TemplateView):
    """One box across every record type and every form: 漢字, English, Кириллица, transliteration, aliases."""

    template_name = "archive/search.html"

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET, groups=[key for key, _model, _order in SEARCH_GROUPS])
        form.is_valid()
        raw = form.cleaned_data.get("q") or ""  # a query with a NUL is refused, not searched
        terms = search.query_terms(raw)
        only = form.cleaned_data.get("type", "")
        groups = []
        if terms:
            for key, model, order in SEARCH_GROUPS:
                if only and only != key:
                    continue
                found = model.objects.published()
                for condition in search.term_filters(terms, model):
                    found = found.filter(condition)
                found = found.order_by(order, "slug")
                if only:
                    page = Paginator(found, 25).get_page(self.request.GET.get("page"))
                    groups.append(
                        {"key": key, "label": model._meta.verbose_name_plural, "records": page, "count": page.paginator.count, "page": page}
                    )
                else:
                    count = found.order_by()[: SEARCH_COUNT_LIMIT + 1].count()  # unsorted: stops at the limit
                    if count:
                        label, records = model._meta.verbose_name_plural, found[:SEARCH_GROUP_SIZE]
                        shown = min(count, SEARCH_COUNT_LIMIT)
                        groups.append({"key": key, "label": label, "records": records, "count": shown, "more": count > SEARCH_COUNT_LIMIT})
        return super().get_context_data(
            search_query=raw[: search.MAX_QUERY_LENGTH],
            truncated=len(raw) > search.MAX_QUERY_LENGTH,
            terms=terms,
            groups=groups,
            only=only,
            total=sum(group["count"] for group in groups),
            more=any(group.get("more") for group in groups),
            search_errors=form.problems(),
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        kwargs.setdefault("status", 400 if context["search_errors"] else 200)
        return super().render_to_response(context, **kwargs)
