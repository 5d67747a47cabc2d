"""The query-string filters of the public pages: one form for the chronology, the lists and the downloads.

The parameter names are the chronology's, already in public URLs: ``kind``, ``organ``, ``state``,
``topic``, ``year_from``, ``year_to``; ``framework`` on the events list; ``year=N`` is shorthand for
``year_from=N&year_to=N``. An empty value filters nothing and unknown parameters are ignored. A bad
value is an error that names the parameter and the value: the page answers 400 with the message
beside the filter (the other filters still apply), a download answers 400 in plain text.

Every field refuses a NUL character before anything else reads the value: PostgreSQL cannot store
one, so a query holding it would fail there (SQLite would quietly answer).
"""

from __future__ import annotations

import re
from dataclasses import asdict

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from archive.models import EventKind, Framework, InstrumentKind, Topic
from archive.selectors import RecordFilters

YEAR = re.compile(r"[0-9]{1,4}")  # ASCII digits only: str.isdigit() also accepts "²²²²"
SHOWN_LENGTH = 40


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


class SlugFilterField(FilterField, forms.SlugField):
    """A record's slug. Well-formed but unknown (or a draft's) filters everything out; it is not an error."""

    default_error_messages = {
        "invalid": _("“%(value)s” is not a valid identifier: use letters, digits, hyphens and underscores."),
        "max_length": _("“%(value)s” is too long for an identifier (at most %(limit_value)d characters)."),
    }

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=Topic._meta.get_field("slug").max_length, **kwargs)


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
    organ = SlugFilterField()
    state = SlugFilterField()
    topic = SlugFilterField()
    year = YearField()
    year_from = YearField()
    year_to = YearField()

    def __init__(self, data, *, scope: str):
        super().__init__(data)
        self.fields["kind"].choices = KINDS[scope]
        if scope != "events":
            del self.fields["framework"]

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


class SearchForm(FilterForm):
    """The search box: any text but a NUL (a long query is cut, never refused), and one of the groups."""

    q = TextFilterField(required=False, strip=False)
    type = ChoiceFilterField(invalid_choice=_("“%(value)s” is not a kind of record to search."))

    def __init__(self, data, *, groups: list[str]):
        super().__init__(data)
        self.fields["type"].choices = [(group, group) for group in groups]
