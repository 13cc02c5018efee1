"""The domain's translate hook: English sources until the app installs a translator, and
digit groups that follow the installed number format."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
from claimdesk.domain.translation import Count, set_number_format, set_translator, translate
from claimdesk.domain.validation import check_values


@pytest.fixture(autouse=True)
def restore() -> Iterator[None]:
    yield
    set_translator(None)
    set_number_format(None)


def test_without_a_translator_the_source_is_used() -> None:
    assert translate("Validation", "is required") == "is required"
    assert f"{Count(1234567):,}" == "1,234,567"
    assert f"{Count(7)}" == "7"


def test_an_installed_translator_and_number_format_reach_the_rules() -> None:
    spanish = {
        ("Validation", "must be a whole number from {low:,} to {high:,}"): (
            "debe ser un número entero de {low:,} a {high:,}"
        )
    }
    set_translator(lambda context, text: spanish.get((context, text), ""))
    set_number_format(lambda n: f"{n:,}".replace(",", "."))
    schema = FormSchema(
        "t", "t", (FieldSpec("q", "Q", FieldType.INTEGER, min_value=1, max_value=1_000_000),)
    )
    (issue,) = check_values(schema, {"q": "0"}).issues
    assert issue.message == "debe ser un número entero de 1 a 1.000.000"
    # A sentence the translator lacks stays English rather than going blank.
    (issue,) = check_values(schema, {"q": "x"}).issues
    assert issue.message == "debe ser un número entero de 1 a 1.000.000"
    assert translate("Validation", "is required") == "is required"
