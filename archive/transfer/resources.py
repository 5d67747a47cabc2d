"""Spreadsheet import and export (django-import-export): one explicit resource per model.

Records are keyed by their natural key (slug, or the parents' slugs for link rows). A column named
after a model field reads and writes it with the widget its type calls for (``ArchiveResource.
field_from_django_field``); dates and citations have their own columns (``archive.transfer.columns``).
Every file of records has the columns published_at and updated_at (format 4 on): a round trip
through spreadsheets keeps when each record was published and last changed (``ArchiveResource.import_dates``).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from import_export import fields

from archive.models import (
    Appointment,
    Event,
    Instrument,
    InstrumentParty,
    InstrumentRelation,
    Membership,
    Organ,
    OrganSeat,
    Participation,
    Person,
    Phase,
    Place,
    Source,
    State,
    Statistic,
    Topic,
)
from archive.registry import ARCHIVE
from archive.transfer.base import TIMESTAMPS, ArchiveResource, UpdateOnlyResource
from archive.transfer.columns import CitationsField, PartialDateField, SlugWidget

NAMES = ("name_zh", "name_en", "name_ru", "name_ru_latn", "aliases", "aliases_archive", "name_en_is_translation")
TITLES = ("title_zh", "title_en", "title_ru", "title_ru_latn", "aliases", "title_en_is_translation")


class StateResource(ArchiveResource):
    class Meta(ArchiveResource.Meta):
        model = State
        import_id_fields = ("slug",)
        fields = ("slug", "status", *TIMESTAMPS, *NAMES, "iso_code", "ru_sort_key", "note_zh", "note_en")


class PlaceResource(ArchiveResource):
    class Meta(ArchiveResource.Meta):
        model = Place
        import_id_fields = ("slug",)
        fields = ("slug", "status", *TIMESTAMPS, *NAMES, "state", "kind", "note_zh", "note_en")


class TopicResource(ArchiveResource):
    class Meta(ArchiveResource.Meta):
        model = Topic
        import_id_fields = ("slug",)
        fields = ("slug", "status", *TIMESTAMPS, *NAMES, "description_zh", "description_en")


class PhaseResource(ArchiveResource):
    class Meta(ArchiveResource.Meta):
        model = Phase
        import_id_fields = ("slug",)
        fields = ("slug", "status", *TIMESTAMPS, "ordinal", "start_year", "end_year", *TITLES, "summary_zh", "summary_en")


class SourceResource(ArchiveResource):
    issued = PartialDateField("issued", "issued")

    class Meta(ArchiveResource.Meta):
        model = Source
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "status",
            *TIMESTAMPS,
            "kind",
            "authors",
            "title",
            "title_en",
            "container",
            "publisher",
            "publication_place",
            "date_as_printed",
            "issued",
            "volume",
            "issue",
            "pages",
            "url",
            "language",
            "as_printed",
            "note_zh",
            "note_en",
        )


class PersonResource(ArchiveResource):
    cited = True
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = Person
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "status",
            *TIMESTAMPS,
            *NAMES,
            "sort_name",
            "citizenship",
            "description_zh",
            "description_en",
            "note_zh",
            "note_en",
            "citations",
        )


class OrganResource(ArchiveResource):
    """Organs by parent slug; new rows go in through treebeard's add_root/add_child, a changed
    parent through move — never by writing path/depth/numchild."""

    cited = True
    ordering = ("path",)
    parent = fields.Field(column_name="parent", widget=SlugWidget(Organ))
    established = PartialDateField("established", "established")
    ended = PartialDateField("ended", "ended")
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = Organ
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "parent",
            "status",
            *TIMESTAMPS,
            "kind",
            *NAMES,
            "established",
            "ended",
            "functions_zh",
            "functions_en",
            "frequency_zh",
            "frequency_en",
            "chair_rule_zh",
            "chair_rule_en",
            "composition_zh",
            "composition_en",
            "note_zh",
            "note_en",
            "citations",
        )

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.parent_slugs = None  # read again: the file's rows are compared with the tree as it is now

    def dehydrate_parent(self, organ):
        """The parent's slug, from every organ's path read once (not a query per organ)."""
        if organ.depth is None or organ.depth <= 1:
            return ""
        if getattr(self, "parent_slugs", None) is None:
            self.parent_slugs = dict(Organ._base_manager.values_list("path", "slug"))
        path = organ.path[: -organ.steplen]
        if path not in self.parent_slugs:  # an organ added since
            self.parent_slugs.update(Organ._base_manager.filter(path=path).values_list("path", "slug"))
        return self.parent_slugs.get(path, "")

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        try:
            instance._new_parent = self.fields["parent"].clean(row, slug_cache=self.slug_cache)
        except ValueError as error:
            errors["parent"] = [str(error)]
        else:
            parent = instance._new_parent
            if parent is not None and instance.pk and (parent.pk == instance.pk or parent.path.startswith(instance.path)):
                errors["parent"] = [f"“{parent.slug}” is this organ or one of its sub-bodies: that would make a cycle"]
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(exclude=["path", "depth", "numchild", *errors], validate_unique=validate_unique)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def changed_columns(self, instance, original, row) -> list[str]:
        moved = self.dehydrate_parent(original) != getattr(instance._new_parent, "slug", "")
        return ["parent"] * moved + super().changed_columns(instance, original, row)

    def do_instance_save(self, instance, is_create):
        parent = instance._new_parent
        if is_create:
            if parent is None:
                Organ.objects.add_root(instance=instance)
            else:
                Organ.objects.add_child(Organ.objects.get(pk=parent.pk), instance=instance)
            return
        instance.save()
        instance.place_under(parent)


class EventResource(ArchiveResource):
    cited = True
    ordering = ("held_on", "slug")
    held = PartialDateField("held", "held", with_end=True)
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = Event
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "status",
            *TIMESTAMPS,
            "kind",
            "framework",
            "organ",
            "ordinal",
            "regularity",
            "held",
            "date_as_printed",
            *TITLES,
            "places",
            "host",
            "summary_zh",
            "summary_en",
            "topics",
            "note_zh",
            "note_en",
            "citations",
        )


class EventPartOfResource(UpdateOnlyResource):
    """An event's part_of refers to another event: its own pass, after every event exists."""

    ordering = ("held_on", "slug")

    class Meta(ArchiveResource.Meta):
        model = Event
        import_id_fields = ("slug",)
        fields = ("slug", "part_of")


class ParticipationResource(ArchiveResource):
    class Meta(ArchiveResource.Meta):
        model = Participation
        import_id_fields = ("event", "state")
        fields = ("event", "state", "status", *TIMESTAMPS, "role", "person", "capacity_zh", "capacity_en", "note_zh", "note_en")


class InstrumentResource(ArchiveResource):
    cited = True
    ordering = ("signed_on", "slug")
    signed = PartialDateField("signed", "signed", with_end=True)
    in_force = PartialDateField("in_force", "in_force")
    expires = PartialDateField("expires", "expires")
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = Instrument
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "status",
            *TIMESTAMPS,
            "kind",
            "title_as_printed",
            *TITLES,
            "signed",
            "in_force",
            "expires",
            "place",
            "event",
            "validity_zh",
            "validity_en",
            "summary_zh",
            "summary_en",
            "appendix",
            "topics",
            "note_zh",
            "note_en",
            "citations",
        )


class InstrumentPartyResource(ArchiveResource):
    action_date = PartialDateField("action", "action_date")

    class Meta(ArchiveResource.Meta):
        model = InstrumentParty
        import_id_fields = ("instrument", "state", "action")
        fields = ("instrument", "state", "action", "status", *TIMESTAMPS, "side", "action_date", "note_zh", "note_en")


class InstrumentRelationResource(ArchiveResource):
    class Meta(ArchiveResource.Meta):
        model = InstrumentRelation
        import_id_fields = ("source", "kind", "target")
        fields = ("source", "kind", "target", "status", *TIMESTAMPS, "note_zh", "note_en")


class OrganLegalBasisResource(UpdateOnlyResource):
    """An organ's legal basis refers to instruments: its own pass, after every instrument exists."""

    ordering = ("path",)

    class Meta(ArchiveResource.Meta):
        model = Organ
        import_id_fields = ("slug",)
        fields = ("slug", "legal_basis")


class MembershipResource(ArchiveResource):
    cited = True
    starts = PartialDateField("starts", "starts")
    ends = PartialDateField("ends", "ends")
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = Membership
        import_id_fields = ("state", "framework", "role", "starts")
        fields = ("state", "framework", "role", "status", *TIMESTAMPS, "starts", "ends", "began_at", "note_zh", "note_en", "citations")


class AppointmentResource(ArchiveResource):
    cited = True
    starts = PartialDateField("starts", "starts", with_end=True)
    ends = PartialDateField("ends", "ends")
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = Appointment
        import_id_fields = ("person", "organ", "starts")
        fields = (
            "person",
            "organ",
            "status",
            *TIMESTAMPS,
            "office_zh",
            "office_en",
            "starts",
            "ends",
            "appointed_by",
            "term_en",
            "term_zh",
            "note_zh",
            "note_en",
            "citations",
        )


class OrganSeatResource(ArchiveResource):
    cited = True
    decided = PartialDateField("decided", "decided", with_end=True)
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = OrganSeat
        import_id_fields = ("organ", "place")
        fields = ("organ", "place", "status", *TIMESTAMPS, "decided", "decided_by", "superseded", "note_zh", "note_en", "citations")


class StatisticResource(ArchiveResource):
    cited = True
    citations = CitationsField()

    class Meta(ArchiveResource.Meta):
        model = Statistic
        import_id_fields = ("dataset", "indicator", "state")
        fields = (
            "dataset",
            "indicator",
            "state",
            "status",
            *TIMESTAMPS,
            "dataset_title",
            "dataset_title_en",
            "scope",
            "scope_en",
            "indicator_zh",
            "indicator_en",
            "value_as_printed",
            "low",
            "high",
            "unit",
            "unit_en",
            "year",
            "position",
            "note_zh",
            "note_en",
            "citations",
        )


RESOURCES_BY_FILE: dict[str, type[ArchiveResource]] = {
    "states": StateResource,
    "places": PlaceResource,
    "topics": TopicResource,
    "phases": PhaseResource,
    "sources": SourceResource,
    "people": PersonResource,
    "organs": OrganResource,
    "events": EventResource,
    "participations": ParticipationResource,
    "instruments": InstrumentResource,
    "instrument_parties": InstrumentPartyResource,
    "instrument_relations": InstrumentRelationResource,
    "memberships": MembershipResource,
    "appointments": AppointmentResource,
    "organ_seats": OrganSeatResource,
    "statistics": StatisticResource,
    "organ_legal_basis": OrganLegalBasisResource,
    "event_part_of": EventPartOfResource,
}

# The archive in dependency order (the registry's), each model's spreadsheet, then the second passes
# over fields that refer to rows of later files: a file only refers to rows of files before it.
ARCHIVE_RESOURCES: list[tuple[str, type[ArchiveResource]]] = [
    *((entry.spreadsheet, RESOURCES_BY_FILE[entry.spreadsheet]) for entry in ARCHIVE if entry.spreadsheet),
    *((entry.second_pass, RESOURCES_BY_FILE[entry.second_pass]) for entry in ARCHIVE if entry.second_pass),
]
