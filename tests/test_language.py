"""The English check that guards the English-only default model."""

from __future__ import annotations

from pathlib import Path

import pytest

from driftcheck.documents import Document
from driftcheck.language import english_share, language_warnings
from tests.conftest import SEED_ORIGINAL, SEED_VERSION

OTHER_LANGUAGES = {
    "es": "El ministro de Defensa afirmó el lunes que las tropas permanecerán en el país hasta "
    "que se cumplan las condiciones acordadas con el gobierno local, según informó la agencia.",
    "fr": "Le ministre de la Défense a affirmé lundi que les troupes resteraient dans le pays "
    "jusqu’à ce que les conditions convenues avec le gouvernement local soient remplies.",
    "de": "Der Verteidigungsminister sagte am Montag, die Truppen würden im Land bleiben, bis die "
    "mit der örtlichen Regierung vereinbarten Bedingungen erfüllt seien, berichtete die Agentur.",
    "ru": "Министр обороны заявил в понедельник, что войска останутся в стране до тех пор, пока "
    "не будут выполнены условия, согласованные с местным правительством, сообщило агентство.",
}


@pytest.mark.parametrize("path", [SEED_ORIGINAL, SEED_VERSION])
def test_english_news_is_english(path: Path) -> None:
    document = Document("en", path.read_text(encoding="utf-8"))
    assert (english_share(document.text) or 0) > 0.3
    assert language_warnings((document,), ("en",)) == ()


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_other_languages_warn_for_an_english_only_model(language: str) -> None:
    document = Document(f"{language}.txt", OTHER_LANGUAGES[language])
    [warning] = language_warnings((document,), ("en",))
    assert warning.startswith(f"{language}.txt: does not look like English")


def test_a_multilingual_model_is_not_warned_about() -> None:
    document = Document("es.txt", OTHER_LANGUAGES["es"])
    assert language_warnings((document,), ("en", "es", "fr")) == ()


def test_short_texts_are_not_judged() -> None:
    assert english_share("Kabul, Monday") is None
    assert language_warnings((Document("h", "Ministerio de Defensa"),), ("en",)) == ()
