"""Template filters: honest dates and every name form of a record."""

from django import template
from django.utils.translation import gettext as _

from archive.dates import PartialDate, format_range

register = template.Library()

# Each record's principal date: (prefix of its date fields).
DATE_PREFIX = {"event": "held", "instrument": "signed", "organ": "established"}
FORM_LABELS = {"zh": "中文", "en": "English", "ru": "Русский", "ru_latn": "Latin"}
FORM_LANG = {"zh": "zh-Hant", "en": "en", "ru": "ru", "ru_latn": "ru-Latn"}


@register.filter
def record_date(record) -> str:
    """'1998年7月3日至4日' / '3–4 July 1998' for a record's principal date, '' when it has none."""
    prefix = DATE_PREFIX.get(record._meta.model_name)
    if not prefix:
        return ""
    return record.display_range(prefix)


@register.filter
def partial_date(value, precision="day") -> str:
    """{{ some_date|partial_date:"month" }} → '2000年3月' / 'March 2000'."""
    return PartialDate(value, precision).format() if value else ""


@register.filter
def date_range(start, end=None) -> str:
    return format_range(start, end)


@register.filter
def name_forms(record) -> list[dict]:
    if not hasattr(record, "forms"):
        return []
    translation = getattr(record, f"{record.forms_prefix}_en_is_translation", False)
    return [
        {"label": _(FORM_LABELS[key]), "lang": FORM_LANG[key], "value": value, "translation": key == "en" and translation}
        for key, value in record.forms().items()
        if value
    ]
