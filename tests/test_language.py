"""Offline language check: warn when the input is clearly not Polish."""

from __future__ import annotations

import pytest

from service.text.language import detect, not_polish_warning

SAMPLES = {
    "pl": "Rada Miasta przyjęła w czwartek budżet na przyszły rok. Głosowało 30 radnych, "
    "a opozycja była przeciw, bo jej zdaniem wydatki są zbyt wysokie.",
    "en": "The city council passed the budget on Thursday. Thirty members voted for it and "
    "the opposition was against it because the costs are too high.",
    "cs": "Městská rada ve čtvrtek schválila rozpočet na příští rok. Hlasovalo 30 zastupitelů "
    "a opozice byla proti, protože podle ní jsou výdaje příliš vysoké.",
    "sk": "Mestská rada vo štvrtok schválila rozpočet na budúci rok. Hlasovalo 30 poslancov "
    "a opozícia bola proti, lebo podľa nej sú výdavky príliš vysoké.",
    "de": "Der Stadtrat hat am Donnerstag den Haushalt für das nächste Jahr beschlossen. "
    "Die Opposition war dagegen, weil die Kosten zu hoch sind.",
    "ru": "Городской совет в четверг принял бюджет на следующий год. Оппозиция была против, "
    "потому что расходы слишком высоки.",
    "uk": "Міська рада в четвер ухвалила бюджет на наступний рік. Опозиція була проти, "
    "бо витрати надто високі, і це її позиція.",
}


@pytest.mark.parametrize("lang", SAMPLES)
def test_detects_language(lang: str) -> None:
    assert detect(SAMPLES[lang]).language == lang


@pytest.mark.parametrize("lang", [x for x in SAMPLES if x != "pl"])
def test_warns_for_other_languages(lang: str) -> None:
    warning = not_polish_warning(SAMPLES[lang])
    assert warning and detect(SAMPLES[lang]).name in warning


@pytest.mark.parametrize(
    "text",
    [
        SAMPLES["pl"],
        "Krótko.",  # too little evidence: no warning
        "12 345 678 — 2025-01-01",
        "Prezydent USA Donald Trump spotkał się z premierem. Rozmowa trwała godzinę, "
        "a tematem była m.in. sytuacja na Bliskim Wschodzie oraz cła.",
    ],
)
def test_no_warning_for_polish_or_too_little_text(text: str) -> None:
    assert not_polish_warning(text) is None
