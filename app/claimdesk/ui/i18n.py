"""The user's language: Qt translators for ClaimDesk's own strings (``resources/i18n``,
compiled into ``resources_rc``) and for Qt's standard buttons, the default ``QLocale`` for
numbers and dates, and the domain's translate hook, so the rules' sentences follow too."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from claimdesk.domain.translation import QT_TRANSLATE_NOOP, set_number_format, set_translator

# Languages ClaimDesk is translated into, each named in itself (as the settings list them).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language when ClaimDesk has it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def resolve_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def install_language(setting: str = "") -> str:
    """Install the translators for ``setting`` ("" = the system's language); returns the
    language code used. Safe to call again: the previous translators are removed."""
    import claimdesk.ui.resources_rc  # noqa: F401  (registers :/i18n and :/icons)

    app = QCoreApplication.instance()
    assert app is not None, "make the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = resolve_language(setting)
    system = QLocale.system()
    # Numbers and dates: the system's own conventions when it speaks this language (es_MX
    # stays Mexican), else the language's main country.
    locale = system if system.name().split("_")[0] == language else QLocale(language)
    QLocale.setDefault(locale)
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f":/i18n/claimdesk_{language}.qm"):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(
            QLocale(language),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    set_translator(QCoreApplication.translate)
    set_number_format(local_number)
    return language


def uninstall_language() -> None:
    """Back to the English sources (tests that switch language put things back)."""
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_translator(None)
    set_number_format(None)


# The outbox states as the window names them (the stored value stays English).
STATE_NAMES = {
    "queued": QT_TRANSLATE_NOOP("State", "queued"),
    "sending": QT_TRANSLATE_NOOP("State", "sending"),
    "accepted": QT_TRANSLATE_NOOP("State", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("State", "rejected"),
    "unknown": QT_TRANSLATE_NOOP("State", "unknown"),
    "discarded": QT_TRANSLATE_NOOP("State", "discarded"),
    "retry": QT_TRANSLATE_NOOP("State", "to retry"),
    "interrupted": QT_TRANSLATE_NOOP("State", "interrupted"),
    "cancelled": QT_TRANSLATE_NOOP("State", "cancelled"),
    "invalid": QT_TRANSLATE_NOOP("State", "invalid"),
    "duplicate": QT_TRANSLATE_NOOP("State", "duplicate"),
}


def state_name(value: str) -> str:
    return QCoreApplication.translate("State", STATE_NAMES.get(value, value))


def shown_connection_name(name: str) -> str:
    """Training connections' names in the user's language (the stored name, a key of the
    outbox, stays as it is)."""
    prefix = "Training · "
    if name.startswith(prefix):
        return QCoreApplication.translate("MainWindow", "Training · {platform}").format(
            platform=name.removeprefix(prefix)
        )
    return name


def field_text(text: str) -> str:
    """A field's label or help in the user's language, when it is one of ours (platforms'
    own field names come from their servers and are shown as they are)."""
    return QCoreApplication.translate("Fields", text) if text else text


def local_number(value: int) -> str:
    """A whole number with the locale's digit groups (English-style ones under the bare C
    locale, which has none)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,}"
    return locale.toString(value)


def local_datetime(moment: object) -> str:
    """A timezone-aware ``datetime`` as the user's locale writes a short date and time."""
    import datetime as dt

    assert isinstance(moment, dt.datetime)
    local = moment.astimezone()
    qt = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
    )
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def local_time(moment: object) -> str:
    import datetime as dt

    assert isinstance(moment, dt.datetime)
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss")
