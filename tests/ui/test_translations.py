"""Every translatable string in the code has a Spanish translation, and the app speaks it.

The source is scanned afresh with pyside6-lupdate on every run, so a string added anywhere
later (a new screen, a new rule) fails here until `make translations` collects it and it is
translated in resources/i18n/claimdesk_es.ts."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "app" / "claimdesk"
SPANISH = ROOT / "resources" / "i18n" / "claimdesk_es.ts"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?!&)\S")
FIX = "run `make translations`, then translate it in resources/i18n/claimdesk_es.ts"


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the finished translation, or None when it is missing."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") is None
                and bool(translation.text)
            )
            found[(name, source)] = translation.text if done and translation is not None else None
    return found


def source_files() -> list[str]:
    """Every module of the app but the compiled resources: lupdate's Python reader crashes
    on resources_rc.py's long byte string (and it holds no text to translate). The
    Makefile's `translations` target scans the same list."""
    return sorted(str(p) for p in SOURCE.rglob("*.py") if p.name != "resources_rc.py")


@pytest.fixture(scope="module")
def in_source(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code now."""
    ts = tmp_path_factory.mktemp("lupdate") / "current.ts"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-silent",
            *source_files(),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return set(messages(ts))


@pytest.fixture(scope="module")
def spanish() -> dict[tuple[str, str], str | None]:
    return messages(SPANISH)


def test_lupdate_finds_the_strings_of_every_layer(in_source: set[tuple[str, str]]) -> None:
    contexts = {context for context, _ in in_source}
    # The window, the rules' sentences, Thalamus's error sentences and the field labels.
    assert {"MainWindow", "ClaimForm", "Validation", "Thalamus", "Fields"} <= contexts
    assert ("Validation", "is required") in in_source
    assert len(in_source) > 300


def test_every_string_in_the_code_has_a_spanish_translation(
    in_source: set[tuple[str, str]], spanish: dict[tuple[str, str], str | None]
) -> None:
    untranslated = sorted(key for key in in_source if not spanish.get(key))
    assert untranslated == [], f"{len(untranslated)} string(s) without Spanish: {FIX}"


def test_translations_keep_placeholders_and_one_shortcut_letter(
    spanish: dict[tuple[str, str], str | None],
) -> None:
    wrong = []
    for (context, source), translation in spanish.items():
        if not translation:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append((context, source, translation))
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translation)):
            wrong.append((context, source, translation))
    assert wrong == []


def test_translated_strings_are_literals() -> None:
    """An f-string inside tr()/translate() is looked up with its values filled in, so it
    is never found: the values go in with .format() after translating."""
    calls = {"tr", "translate", "QT_TRANSLATE_NOOP"}
    found = []
    for path in SOURCE.rglob("*.py"):
        if path.name == "resources_rc.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in calls and any(isinstance(a, ast.JoinedStr) for a in node.args):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        # lupdate does not look inside f-strings either: a translate() there is never found.
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    func = inner.func if isinstance(inner, ast.Call) else None
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in calls:
                        found.append(f"{path.relative_to(ROOT)}:{inner.lineno} (in an f-string)")
    assert found == []


# Places that look up a string kept elsewhere (marked there with QT_TRANSLATE_NOOP, so
# lupdate has it): a field's label, a state's name, a platform's target noun…
DYNAMIC_LOOKUPS = {
    ("app/claimdesk/domain/reward_points.py", "differences"),
    ("app/claimdesk/domain/thalamus.py", "_t"),
    ("app/claimdesk/importers/interpret.py", "interpret"),
    ("app/claimdesk/service/claret.py", "warning"),
    ("app/claimdesk/service/platform.py", "probe"),  # the target noun of a platform
    ("app/claimdesk/service/connections.py", "open_profile"),
    ("app/claimdesk/service/profiles.py", "_platform_settings"),
    ("app/claimdesk/service/profiles.py", "_label"),
    ("app/claimdesk/ui/connection_bar.py", "load_targets"),
    ("app/claimdesk/ui/field_widgets.py", "_field_text"),
    ("app/claimdesk/ui/i18n.py", "field_text"),
    ("app/claimdesk/ui/i18n.py", "state_name"),
    ("app/claimdesk/ui/mapping_dialog.py", "__init__"),
    ("app/claimdesk/ui/outbox_view.py", "headerData"),
    ("app/claimdesk/ui/profiles_dialog.py", "_build"),
    ("app/claimdesk/ui/reward_points_model.py", "headerData"),
    ("app/claimdesk/ui/reward_points_window.py", "_build"),
    ("app/claimdesk/ui/sales_window.py", "headerData"),
    # MyRewards: permission and request names, promotion types, field labels (all marked
    # with QT_TRANSLATE_NOOP where written).
    ("app/claimdesk/connectors/myrewards.py", "_said"),
    ("app/claimdesk/connectors/myrewards.py", "answer_json"),
    ("app/claimdesk/domain/myrewards.py", "_promotion_type_name"),
    ("app/claimdesk/domain/myrewards.py", "_field_by_name_or_label"),
}


def test_strings_looked_up_by_value_are_the_known_few() -> None:
    """A helper such as ``def _tr(text): return translate("Ctx", text)`` hides its strings
    from lupdate; every lookup by value is listed here after checking that its strings are
    marked with QT_TRANSLATE_NOOP where they are written."""
    calls = {"tr", "translate"}
    found = set()
    for path in SOURCE.rglob("*.py"):
        if path.name == "resources_rc.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                text = node.args[-1] if name == "translate" else node.args[0]
                if name in calls and not isinstance(text, ast.Constant):
                    found.add((str(path.relative_to(ROOT)), function.name))
    assert found == DYNAMIC_LOOKUPS


def test_the_compiled_translations_are_up_to_date(
    spanish: dict[tuple[str, str], str | None],
) -> None:
    """The .qm inside resources_rc translates exactly what the .ts says."""
    import claimdesk.ui.resources_rc  # noqa: F401

    translator = QTranslator()
    assert translator.load(":/i18n/claimdesk_es.qm")
    stale = [
        (context, source)
        for (context, source), translation in spanish.items()
        if translation and translator.translate(context, source) != translation
    ]
    assert stale == [], "the compiled translations are stale: run `make translations`"


def test_the_window_and_the_rules_speak_spanish(qtbot: QtBot) -> None:
    from claimdesk.domain.fields import FieldSpec, FieldType, FormSchema
    from claimdesk.domain.thalamus import server_issue
    from claimdesk.domain.validation import check_values
    from claimdesk.ui.i18n import install_language, uninstall_language
    from claimdesk.ui.main_window import MainWindow

    assert install_language("es") == "es"
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        # (its Alt+letter is whichever the window leaves free: tests/ui/test_window_keys.py)
        assert window.submit_button.text().replace("&", "") == "Enviar reclamación"
        schema = FormSchema("t", "t", (FieldSpec("n", "Quantity", FieldType.INTEGER, True),))
        (issue,) = check_values(schema, {"n": ""}).issues
        assert issue.message == "es obligatorio"
        future = server_issue("saleDate", "BeforeTodayRequired", {})
        assert future.message.startswith("debe ser hoy o antes")
    finally:
        uninstall_language()
    (issue,) = check_values(schema, {"n": ""}).issues
    assert issue.message == "is required"
