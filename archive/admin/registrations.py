"""One ModelAdmin per archive model, and the archive's own logs (deletions, imports)."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import BadRequest
from django.http import HttpResponseForbidden
from django.utils.translation import gettext_lazy as _
from treebeard.admin import TreeAdmin
from treebeard.forms import movenodeform_factory

from archive.admin.base import (
    ArchiveAdmin,
    CitationInline,
    EditorialAdminMixin,
    EditorialInlineMixin,
    NameColumn,
    ReadOnlyLogAdmin,
    date_fieldset,
    every_fact,
    facts_formfield,
    forms_fieldset,
    name_search,
    year_filter,
)
from archive.admin.locking import VersionedMoveNodeForm
from archive.admin.pending import PendingChangeAdmin
from archive.admin.spreadsheets import SpreadsheetMixin
from archive.models import (
    Appointment,
    Citation,
    Deletion,
    Event,
    ImportRecord,
    Instrument,
    InstrumentParty,
    InstrumentRelation,
    Membership,
    Organ,
    OrganSeat,
    Participation,
    PendingChange,
    Person,
    Phase,
    Place,
    SlugRedirect,
    Source,
    State,
    Statistic,
    Topic,
)
from archive.registry import cited_model, facts_of
from archive.roles import can_publish
from archive.transfer import resources


@admin.register(State)
class StateAdmin(ArchiveAdmin):
    resource_classes = [resources.StateResource]
    list_display = ("shown_name", "name_en", "name_ru", "iso_code", "ru_sort_key", "status")
    list_filter = ("status",)
    search_fields = (*name_search("name"), "iso_code")
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (None, {"fields": ("slug", "status", "iso_code", "ru_sort_key")}),
        forms_fieldset("name"),
        (_("Notes"), {"fields": ("note_zh", "note_en")}),
    )

    class MembershipInline(EditorialInlineMixin, admin.TabularInline):
        model = Membership
        extra = 0
        autocomplete_fields = ("began_at",)
        fields = ("framework", "role", "starts_on", "starts_precision", "ends_on", "ends_precision", "began_at", "status")
        show_change_link = True

    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(ArchiveAdmin):
    resource_classes = [resources.MembershipResource]
    list_display = ("state", "framework", "role", "starts_on", "ends_on", "status")
    list_filter = ("framework", "role", "status", "state")
    list_select_related = ("state",)
    search_fields = ("state__name_zh", "state__name_en", "state__name_ru", "note_zh", "note_en")
    autocomplete_fields = ("state", "began_at")
    date_hierarchy = "starts_on"
    inlines = [CitationInline]


@admin.register(Place)
class PlaceAdmin(ArchiveAdmin):
    resource_classes = [resources.PlaceResource]
    list_display = ("shown_name", "name_en", "name_ru", "state", "kind", "status")
    list_filter = ("kind", "status", "state")
    list_select_related = ("state",)
    search_fields = name_search("name")
    autocomplete_fields = ("state",)
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Person)
class PersonAdmin(ArchiveAdmin):
    resource_classes = [resources.PersonResource]
    list_display = ("shown_name", "sort_name", "name_ru", "citizenship", "status")
    list_filter = ("status", "citizenship")
    list_select_related = ("citizenship",)
    search_fields = (*name_search("name"), "sort_name", "description_zh", "description_en")
    autocomplete_fields = ("citizenship",)
    prepopulated_fields = {"slug": ("name_en",)}

    class AppointmentInline(EditorialInlineMixin, admin.StackedInline):
        model = Appointment
        extra = 0
        autocomplete_fields = ("organ", "appointed_by")
        show_change_link = True

    inlines = [AppointmentInline, CitationInline]


@admin.register(Appointment)
class AppointmentAdmin(ArchiveAdmin):
    resource_classes = [resources.AppointmentResource]
    list_display = ("person", "office_zh", "organ", "starts_on", "ends_on", "status")
    list_filter = ("status", "organ")
    list_select_related = ("person", "organ")
    search_fields = ("person__name_zh", "person__name_en", "person__name_ru", "office_zh", "office_en")
    autocomplete_fields = ("person", "organ", "appointed_by")
    inlines = [CitationInline]


def moves_published_organs(organ: Organ) -> bool:
    """Moving ``organ`` moves its whole subtree: does it take a published organ along?"""
    return organ.is_published or Organ.objects.get_descendants(organ).filter(status="published").exists()


@admin.register(Organ)
class OrganAdmin(NameColumn, EditorialAdminMixin, SpreadsheetMixin, TreeAdmin):
    resource_classes = [resources.OrganResource]
    form = movenodeform_factory(Organ, form=VersionedMoveNodeForm, exclude=("path", "depth", "numchild"))
    list_display = ("shown_name", "name_en", "kind", "established_on", "ended_on", "status")
    list_filter = ("kind", "status")
    search_fields = name_search("name")
    autocomplete_fields = ("legal_basis",)
    prepopulated_fields = {"slug": ("name_en",)}

    class SeatInline(EditorialInlineMixin, admin.TabularInline):
        model = OrganSeat
        extra = 0
        autocomplete_fields = ("place", "decided_by")
        show_change_link = True

    class AppointmentInline(EditorialInlineMixin, admin.TabularInline):
        model = Appointment
        extra = 0
        autocomplete_fields = ("person", "appointed_by")
        fields = ("person", "office_zh", "starts_on", "starts_precision", "ends_on", "ends_precision", "appointed_by", "status")
        show_change_link = True

    inlines = [SeatInline, AppointmentInline, CitationInline]

    def children_view(self, request, parent_id):
        """treebeard's lazy loading of a node's children builds a changelist without the admin's
        guard: filters that make no sense are a 400, not a 500."""
        try:
            return super().children_view(request, parent_id)
        except IncorrectLookupParameters as error:
            raise BadRequest(_("These filters do not apply to organs.")) from error

    def move_node(self, request):
        """Drag and drop in the tree: one revision with the moved organ (its new parent is in it). A
        published organ's place is public: an editor moves it from its own page, where the move waits
        for a publisher like any other change."""
        moved = Organ.objects.filter(pk__in=self.valid_pks([request.POST.get("node", "")]))
        if not can_publish(request.user, Organ) and any(moves_published_organs(node) for node in moved):
            return HttpResponseForbidden(_("Move a published organ from its own page: the move then waits for a publisher."))
        with self.recording(request, _("Moved in the organ tree"), baseline=[moved]):
            return super().move_node(request)


@admin.register(OrganSeat)
class OrganSeatAdmin(ArchiveAdmin):
    resource_classes = [resources.OrganSeatResource]
    list_display = ("organ", "place", "decided_on", "superseded", "status")
    list_filter = ("superseded", "status")
    list_select_related = ("organ", "place")
    search_fields = ("organ__name_zh", "organ__name_en", "place__name_zh", "place__name_en")
    autocomplete_fields = ("organ", "place", "decided_by")
    inlines = [CitationInline]


@admin.register(Phase)
class PhaseAdmin(ArchiveAdmin):
    resource_classes = [resources.PhaseResource]
    list_display = ("ordinal", "shown_name", "start_year", "end_year", "status")
    list_filter = ("status",)
    search_fields = name_search("title")


@admin.register(Topic)
class TopicAdmin(ArchiveAdmin):
    resource_classes = [resources.TopicResource]
    list_display = ("shown_name", "name_en", "slug", "status")
    list_filter = ("status",)
    search_fields = name_search("name")
    prepopulated_fields = {"slug": ("name_en",)}


class ParticipationInline(EditorialInlineMixin, admin.TabularInline):
    model = Participation
    extra = 1
    autocomplete_fields = ("state", "person")
    fields = ("state", "role", "person", "capacity_zh", "capacity_en", "note_zh", "note_en", "status")


class InstrumentAtEventInline(EditorialInlineMixin, admin.StackedInline):
    """Instruments signed at the meeting, entered on the meeting's own page."""

    model = Instrument
    fk_name = "event"
    extra = 0
    show_change_link = True
    autocomplete_fields = ("place",)
    fields = (
        "slug",
        "kind",
        "title_zh",
        ("title_en", "title_en_is_translation"),
        "title_ru",
        "title_ru_latn",
        ("signed_on", "signed_precision", "signed_qualifier"),
        ("signed_until", "signed_until_precision"),
        "place",
        "appendix",
        "status",
    )


@admin.register(Event)
class EventAdmin(ArchiveAdmin):
    resource_classes = [resources.EventResource]
    list_display = ("display_date", "shown_name", "kind", "framework", "organ", "host", "status")
    list_display_links = ("display_date", "shown_name")
    list_filter = ("kind", "framework", year_filter("held_on"), "status", "organ", "host", "topics")
    list_select_related = ("organ", "host")
    search_fields = (*name_search("title"), "summary_zh", "summary_en")
    autocomplete_fields = ("organ", "part_of", "host", "places", "topics")
    date_hierarchy = "held_on"
    prepopulated_fields = {"slug": ("title_en",)}
    fieldsets = (
        (None, {"fields": ("slug", "status", "kind", "framework", "organ", ("ordinal", "regularity"), "part_of")}),
        forms_fieldset("title"),
        date_fieldset(_("Date"), "held", with_end=True),
        (_("Place"), {"fields": ("places", "host", "date_as_printed")}),
        (_("Content"), {"fields": ("summary_zh", "summary_en", "topics", "note_zh", "note_en")}),
    )
    inlines = [ParticipationInline, InstrumentAtEventInline, CitationInline]

    @admin.display(description=_("date"), ordering="held_on")
    def display_date(self, obj):
        return obj.display_date


@admin.register(Participation)
class ParticipationAdmin(ArchiveAdmin):
    resource_classes = [resources.ParticipationResource]
    list_display = ("event", "state", "role", "person", "status")
    list_filter = ("role", "status", "state")
    list_select_related = ("event", "state", "person")
    search_fields = ("event__title_zh", "event__title_en", "state__name_zh", "state__name_en", "person__name_zh", "person__name_en")
    autocomplete_fields = ("event", "state", "person")


class PartyInline(EditorialInlineMixin, admin.TabularInline):
    model = InstrumentParty
    extra = 1
    autocomplete_fields = ("state",)
    fields = ("state", "side", "action", "action_on", "action_precision", "note_zh", "note_en", "status")


class RelationInline(EditorialInlineMixin, admin.TabularInline):
    model = InstrumentRelation
    fk_name = "source"
    extra = 1
    autocomplete_fields = ("target",)
    fields = ("kind", "target", "note_zh", "note_en", "status")
    verbose_name = _("relation to another instrument")
    verbose_name_plural = _("relations to other instruments")


@admin.register(Instrument)
class InstrumentAdmin(ArchiveAdmin):
    resource_classes = [resources.InstrumentResource]
    list_display = ("display_date", "shown_name", "kind", "event", "appendix", "status")
    list_display_links = ("display_date", "shown_name")
    list_filter = ("kind", year_filter("signed_on"), "status", "parties__state", "topics")
    list_select_related = ("event",)
    search_fields = (*name_search("title"), "summary_zh", "summary_en", "appendix")
    autocomplete_fields = ("place", "event", "topics")
    date_hierarchy = "signed_on"
    prepopulated_fields = {"slug": ("title_en",)}
    fieldsets = (
        (None, {"fields": ("slug", "status", "kind", "title_as_printed", "appendix")}),
        forms_fieldset("title"),
        date_fieldset(_("Signed"), "signed", with_end=True),
        (_("Where"), {"fields": ("place", "event")}),
        date_fieldset(_("Entry into force"), "in_force"),
        date_fieldset(_("Expiry"), "expires"),
        (_("Content"), {"fields": ("validity_zh", "validity_en", "summary_zh", "summary_en", "topics", "note_zh", "note_en")}),
    )
    inlines = [PartyInline, RelationInline, CitationInline]

    @admin.display(description=_("signed"), ordering="signed_on")
    def display_date(self, obj):
        return obj.display_date


@admin.register(InstrumentParty)
class InstrumentPartyAdmin(ArchiveAdmin):
    resource_classes = [resources.InstrumentPartyResource]
    list_display = ("instrument", "state", "side", "action", "action_on", "status")
    list_filter = ("action", "status", "state")
    list_select_related = ("instrument", "state")
    search_fields = ("instrument__title_zh", "instrument__title_en", "state__name_zh", "state__name_en")
    autocomplete_fields = ("instrument", "state")


@admin.register(InstrumentRelation)
class InstrumentRelationAdmin(ArchiveAdmin):
    resource_classes = [resources.InstrumentRelationResource]
    list_display = ("source", "kind", "target", "status")
    list_filter = ("kind", "status")
    list_select_related = ("source", "target")
    search_fields = ("source__title_zh", "source__title_en", "target__title_zh", "target__title_en")
    autocomplete_fields = ("source", "target")


@admin.register(Source)
class SourceAdmin(ArchiveAdmin):
    resource_classes = [resources.SourceResource]
    list_display = ("title", "authors", "container", "date_as_printed", "kind", "language", "status")
    list_filter = ("kind", "language", year_filter("issued_on"), "status")
    search_fields = ("title", "title_en", "authors", "container", "url", "as_printed", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    fieldsets = (
        (None, {"fields": ("slug", "status", "kind", "authors", "title", "title_en", "container", "publisher", "publication_place")}),
        (_("Date"), {"fields": ["date_as_printed", ("issued_on", "issued_precision", "issued_qualifier")]}),
        (None, {"fields": ("volume", "issue", "pages", "url", "language", "as_printed")}),
        (_("Notes"), {"fields": ("note_zh", "note_en")}),
    )


@admin.register(Citation)
class CitationAdmin(NameColumn, EditorialAdminMixin, admin.ModelAdmin):
    """Citations travel in their records' “citations” column, so they have no spreadsheet of their own."""

    list_display = ("__str__", "footnote", "pages", "section", "status")
    list_filter = ("status", "source__kind")
    list_select_related = ("source", "event", "instrument", "organ", "seat", "membership", "appointment", "statistic", "person")
    search_fields = ("source__title", "section", "note_zh", "note_en", "pages")
    autocomplete_fields = ("source", "event", "instrument", "organ", "seat", "membership", "appointment", "statistic", "person")

    def get_form(self, request, obj=None, **kwargs):
        """The facts of the citation's record's model; before a record is chosen, every fact (checked on save)."""
        form = super().get_form(request, obj, **kwargs)
        kind = obj.target_kind if obj is not None else None
        form.base_fields["facts"] = facts_formfield(facts_of(cited_model(kind)) if kind else every_fact())
        return form


@admin.register(Statistic)
class StatisticAdmin(ArchiveAdmin):
    resource_classes = [resources.StatisticResource]
    list_display = ("dataset_title", "state", "indicator_zh", "value_as_printed", "low", "high", "unit", "status")
    list_filter = ("dataset", "status", "state")
    list_select_related = ("state",)
    search_fields = ("dataset_title", "indicator_zh", "indicator_en", "value_as_printed", "state__name_zh", "state__name_en")
    autocomplete_fields = ("state",)
    inlines = [CitationInline]


admin.site.register(PendingChange, PendingChangeAdmin)


@admin.register(SlugRedirect)
class SlugRedirectAdmin(ReadOnlyLogAdmin):
    """Former URLs of published records whose slug a publisher changed; each redirects to its record."""

    list_display = ("old_slug", "model", "object_id", "created_at")
    search_fields = ("old_slug",)


@admin.register(Deletion)
class DeletionAdmin(ReadOnlyLogAdmin):
    """Who deleted what, when; each model's “Deleted records” page restores them."""

    list_display = ("deleted_at", "user", "model", "object_repr", "comment", "restored_at")
    list_filter = ("model", "restored_at")
    search_fields = ("object_repr", "user", "comment")
    exclude = ("data",)


@admin.register(ImportRecord)
class ImportRecordAdmin(ReadOnlyLogAdmin):
    list_display = ("created_at", "user", "file_name", "file_format", "target", "dry_run", "new", "updated", "unchanged", "errors")
    list_filter = ("target", "file_format", "dry_run")
    search_fields = ("user", "file_name")
