"""The query-string filters of the public pages: one form for the chronology, the lists and the downloads.

The parameter names are the chronology's, already in public URLs: ``kind``, ``organ``, ``state``,
``topic``, ``year_from``, ``year_to``; ``framework`` on the events list; ``year=N`` is shorthand for
``year_from=N&year_to=N``. An empty value filters nothing and unknown parameters are ignored. A bad
value is an error that names the parameter and the value: the page answers 400 with the message
beside the filter (the other filters still apply), a download answers 400 in plain text.

``organ``, ``state`` and ``topic`` take a published record's slug (the form links and the page's
select use) or any of its names as a reader types it: Chinese, English, Russian or the chapter's
transliteration, Latin letters in any case. While a kind of record has at most ``SELECT_LIMIT``
published records the page offers them in a select; past that the control is a text box with a link
to the list to pick from, and a name that is no record's, or more than one's, is an error.

Every field refuses a NUL character before anything else reads the value: PostgreSQL cannot store
one, so a query holding it would fail there (SQLite would quietly answer).
"""

from __future__ import annotations

import re
from dataclasses import asdict

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator, validate_slug
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from archive.models import EventKind, Framework, InstrumentKind, Organ, State, Topic
from archive.selectors import RecordFilters

YEAR = re.compile(r"[0-9]{1,4}")  # ASCII digits only: str.isdigit() also accepts "²²²²"
SHOWN_LENGTH = 40
SELECT_LIMIT = 50  # a filter with more options than this is a text box, not a select
NAME_FIELDS = ("name_zh", "name_en", "name_ru", "name_ru_latn")


def shown(value: str) -> str:
    """A value as a message quotes it: cut short, and characters that cannot be printed (NUL, other
    controls, a lone surrogate) written as escapes, so that the message itself is safe to send."""
    if len(value) > SHOWN_LENGTH:
        value = value[:SHOWN_LENGTH] + "…"
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in value)


class FilterField(forms.Field):
    """Refuses a NUL first; every message quotes the value as ``shown()`` writes it."""

    default_error_messages = {
        "null_characters_not_allowed": _("“%(value)s” contains a NUL character, which is not allowed."),
    }

    def clean(self, value):
        try:
            ProhibitNullCharactersValidator(message=self.error_messages["null_characters_not_allowed"])(value or "")
            return super().clean(value)
        except ValidationError as error:
            quoted = shown(str(value))
            raise ValidationError(
                [ValidationError(e.message, code=e.code, params={**(e.params or {}), "value": quoted}) for e in error.error_list]
            ) from None


class TextFilterField(FilterField, forms.CharField):
    pass


class ChoiceFilterField(FilterField, forms.ChoiceField):
    def __init__(self, *, invalid_choice, choices=(), **kwargs):
        super().__init__(choices=choices, required=False, error_messages={"invalid_choice": invalid_choice}, **kwargs)

    def to_python(self, value) -> str:
        return super().to_python(value).strip()


class RecordFilterField(FilterField, forms.CharField):
    """A published record of ``model``: its slug or one of its names (resolved by the form, which
    knows whether the page offers a select or a text box). ``list_url`` is the page to pick one from."""

    default_error_messages = {
        "invalid": _("“%(value)s” is not a valid identifier: use letters, digits, hyphens and underscores."),
        "too_long": _("“%(value)s” is too long for an identifier (at most %(limit_value)d characters)."),
        "max_length": _("“%(value)s” is too long for a name (at most %(limit_value)d characters)."),
        "unknown": _("No %(record)s of the archive is named “%(value)s”."),
        "ambiguous": _("“%(value)s” is the name of more than one %(record)s: type another of its names."),
    }

    def __init__(self, *, model, list_url: str, list_label, order: tuple[str, ...] = (), **kwargs):
        super().__init__(required=False, max_length=model._meta.get_field("name_zh").max_length, **kwargs)
        self.model, self.list_url, self.list_label = model, list_url, list_label
        self.order = order or tuple(model._meta.ordering)

    def options(self) -> list | None:
        """The published records a select offers, or None when they are more than ``SELECT_LIMIT``."""
        found = list(self.model.objects.published().order_by(*self.order)[: SELECT_LIMIT + 1])
        return None if len(found) > SELECT_LIMIT else found

    def named(self, value: str) -> list:
        """The published records whose slug is ``value`` or one of whose names it is (Latin letters in any case)."""
        named = Q(slug=value)
        for name in NAME_FIELDS:
            named |= Q(**{f"{name}__iexact": value})
        return list(self.model.objects.published().filter(named).order_by("pk")[:10])


class YearField(FilterField, forms.CharField):
    default_error_messages = {"invalid": _("“%(value)s” is not a year (four digits, 1–9999).")}

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value) -> int | None:
        value = super().to_python(value)
        if not value:
            return None
        if not YEAR.fullmatch(value) or not 1 <= int(value) <= 9999:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return int(value)


class FilterForm(forms.Form):
    def problems(self) -> dict[str, str]:
        """The first message for each bad parameter, by parameter name."""
        return {name: errors[0] for name, errors in self.errors.items()}


KINDS = {
    "chronology": [
        ("events", _("all meetings and milestones")),
        ("instruments", _("all instruments")),
        *EventKind.choices,
        *InstrumentKind.choices,
    ],
    "events": EventKind.choices,
    "instruments": InstrumentKind.choices,
}


class RecordFilterForm(FilterForm):
    """The filters of one page: ``scope`` is "chronology", "events" or "instruments"."""

    kind = ChoiceFilterField(invalid_choice=_("“%(value)s” is not one of the kinds offered here."))
    framework = ChoiceFilterField(choices=Framework.choices, invalid_choice=_("“%(value)s” is not a framework."))
    organ = RecordFilterField(
        label=_("Organ"), model=Organ, list_url="archive:organ-chart", list_label=_("the organ chart"), order=("path",)
    )
    state = RecordFilterField(label=_("State"), model=State, list_url="archive:state-list", list_label=_("the list of states"))
    topic = RecordFilterField(label=_("Topic"), model=Topic, list_url="archive:topic-list", list_label=_("the list of topics"))
    year = YearField()
    year_from = YearField()
    year_to = YearField()

    def __init__(self, data, *, scope: str):
        super().__init__(data)
        self.fields["kind"].choices = KINDS[scope]
        if scope != "events":
            del self.fields["framework"]
        self._options: dict[str, list | None] = {}
        self.records: dict[str, object] = {}  # the record each record filter names
        self.typed: dict[str, str] = {}  # what each text box shows: the name typed, or the record's own

    def options(self, name: str) -> list | None:
        """The select's records for the record filter ``name``, None when it is a text box (one query, once)."""
        if name not in self._options:
            self._options[name] = self.fields[name].options()
        return self._options[name]

    def clean_organ(self):
        return self.clean_record("organ")

    def clean_state(self):
        return self.clean_record("state")

    def clean_topic(self):
        return self.clean_record("topic")

    def clean_record(self, name: str) -> str:
        """The slug of the record the value names. Unknown: in a text box an error; in a select (a
        link made by hand, a record since unpublished) a well-formed slug filters everything out."""
        value, field = self.cleaned_data[name].strip(), self.fields[name]
        if not value:
            return ""
        options = self.options(name)
        if options is not None and (record := next((o for o in options if o.slug == value), None)):
            self.records[name] = record
            return value
        try:
            found = field.named(value.encode("utf-8").decode("utf-8"))
        except UnicodeError:  # a lone surrogate, from a percent-encoded query: no record's name
            found = []
        by_slug = [record for record in found if record.slug == value]
        params = {"value": shown(value), "record": field.model._meta.verbose_name}
        if by_slug or len(found) == 1:
            record = self.records[name] = (by_slug or found)[0]
            self.typed[name] = self.shown_name(field, record) if by_slug else value
            return record.slug
        if len(found) > 1:
            raise ValidationError(field.error_messages["ambiguous"], code="ambiguous", params=params)
        if options is None:
            raise ValidationError(field.error_messages["unknown"], code="unknown", params=params)
        slug_length = Topic._meta.get_field("slug").max_length
        if len(value) > slug_length:
            raise ValidationError(field.error_messages["too_long"], code="too_long", params=params | {"limit_value": slug_length})
        try:
            validate_slug(value)
        except ValidationError:
            raise ValidationError(field.error_messages["invalid"], code="invalid", params=params) from None
        return value

    @staticmethod
    def shown_name(field, record) -> str:
        """The record's name in the page's language, when it names no other record; else its slug
        (a text box must show what finds the same record again)."""
        return record.display if len(field.named(record.display)) == 1 else record.slug

    def record_controls(self, names) -> list[dict]:
        """What the page's record filters show: a select of ``options`` or a text box with ``value``,
        the link to the list to pick from."""
        controls = []
        for name in names:
            if name not in RECORD_FILTER_NAMES:
                continue
            field = self.fields[name]
            options = self.options(name)
            value = shown(self.data.get(name, "")) if name in self.errors else self.typed.get(name, self.cleaned_data.get(name, ""))
            controls.append(
                {
                    "name": name,
                    "label": field.label,
                    "options": options,
                    "value": value,
                    "selected": self.cleaned_data.get(name, "") if options is not None else "",
                    "list_url": reverse(field.list_url),
                    "list_label": field.list_label,
                }
            )
        return controls

    def clean(self):
        data = super().clean()
        year_from, year_to = data.get("year_from"), data.get("year_to")
        if year_from and year_to and year_from > year_to:
            self.add_error(
                "year_to",
                ValidationError(
                    _("“%(value)s” is before the first year, %(year_from)s."),
                    code="order",
                    params={"value": year_to, "year_from": year_from},
                ),
            )
        return data

    @property
    def filters(self) -> RecordFilters:
        """The valid filters: a bad value filters nothing (its message says so)."""
        self.is_valid()  # cleans the data once
        data = self.cleaned_data
        first = [year for year in (data.get("year"), data.get("year_from")) if year]
        last = [year for year in (data.get("year"), data.get("year_to")) if year]
        return RecordFilters(
            kind=data.get("kind", ""),
            framework=data.get("framework", ""),
            organ=data.get("organ", ""),
            state=data.get("state", ""),
            topic=data.get("topic", ""),
            year_from=max(first, default=None),
            year_to=min(last, default=None),
        )

    def shown_values(self) -> dict[str, object]:
        """What the filter controls show: the filters in use, or a bad value as ``shown()`` writes it."""
        values = asdict(self.filters)
        for name in self.errors:
            if name in values:
                values[name] = shown(self.data.get(name, ""))
        return values

    def problems_beside(self, controls: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
        """``problems()`` split in two: those shown beside a control of the page, by its name, and
        the rest, which the page lists on their own. ``year`` has no control: its message goes
        beside the first year."""
        problems = self.problems()
        if "year" in problems and "year_from" in controls and "year_from" not in problems:
            problems["year_from"] = problems.pop("year")
        beside = {name: message for name, message in problems.items() if name in controls}
        return beside, {name: message for name, message in problems.items() if name not in controls}

    def problems_as_text(self) -> str:
        """One line per bad parameter, for a plain-text answer: ``year_from: “abc” is not a year …``."""
        return "".join(f"{name}: {message}\n" for name, message in self.problems().items())


RECORD_FILTER_NAMES = [name for name, field in RecordFilterForm.base_fields.items() if isinstance(field, RecordFilterField)]


class SearchForm(FilterForm):
    """The search box: any text but a NUL (a long query is cut, never refused), and one of the groups."""

    q = TextFilterField(required=False, strip=False)
    type = ChoiceFilterField(invalid_choice=_("“%(value)s” is not a kind of record to search."))

    def __init__(self, data, *, groups: list[str]):
        super().__init__(data)
        self.fields["type"].choices = [(group, group) for group in groups]
