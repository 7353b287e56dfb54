"""A light, offline guess at the input's language, to warn when it is not Polish.

Function words and letters that only some languages use decide; a few dozen words of text
are enough. It tells Polish from English, Czech, Slovak, German, Russian and Ukrainian,
which is what gets pasted into a Polish→English tool by mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAMES = {
    "pl": "Polish",
    "en": "English",
    "cs": "Czech",
    "sk": "Slovak",
    "de": "German",
    "ru": "Russian",
    "uk": "Ukrainian",
}

_STOPWORDS = {
    "pl": "i w z na się nie że do to jest o jak po a od za przez oraz który która które ale "
    "czy już tak ich jego jej są był była było być ze we dla może także jednak tylko bardzo "
    "został została gdy będzie mu co ten ta te tym tego",
    "en": "the and of to in is that for it was on with as by at be this are from or an has "
    "have were which not but they their will would its been who had said",
    "cs": "a v se na je že to s z do o jako by ale pro jsou byl bylo byla který která které "
    "také jeho jejich podle až při už jen než tak nebo když aby kde však mezi",
    "sk": "a v sa na je že to s z do o ako by ale pre sú bol bolo bola ktorý ktorá ktoré "
    "tiež jeho ich podľa až pri už len než tak alebo keď aby kde však medzi",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
    "auch es an werden aus er hat dass sie nach wird bei",
    "ru": "и в не на я что он с как а то все она так его но да ты к у же вы за бы по только "
    "ее мне было вот от меня еще нет о из ему",
    "uk": "і в не на що він з як а то все вона так його але та ти до у же ви за би по тільки "
    "її мені було ось від мене ще немає про із йому є це",
}
_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
# Letters that point to one language (or a few).
_LETTERS = {
    "pl": "ąęłńśźżć",
    "cs": "řůěť",
    "sk": "ľĺŕôä",
    "de": "ßäöü",
    "uk": "їієґ",
    "ru": "ыэъё",
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 8


@dataclass(frozen=True)
class Guess:
    language: str  # ISO 639-1 code, or "unknown"
    confidence: float  # 0..1, share of the evidence that went to the winner
    words: int
    polish: float = 0.0  # share of the evidence that went to Polish

    @property
    def name(self) -> str:
        return NAMES.get(self.language, "an unknown language")


def detect(text: str, sample_chars: int = 20_000) -> Guess:
    """Guess the language of `text` (reads at most `sample_chars` characters)."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < MIN_WORDS:
        return Guess("unknown", 0.0, len(words))
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOPSETS.items()}
    letters = "".join(words)
    for lang, marks in _LETTERS.items():
        scores[lang] += 0.5 * sum(letters.count(ch) for ch in marks)
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    if cyrillic < len(letters) / 2:
        scores["ru"] = scores["uk"] = 0
    total = sum(scores.values())
    if total == 0:
        return Guess("unknown", 0.0, len(words))
    best = max(scores, key=scores.__getitem__)
    return Guess(best, scores[best] / total, len(words), scores["pl"] / total)


def not_polish_warning(text: str) -> str | None:
    """A sentence for the user when the text clearly isn't Polish; None otherwise."""
    guess = detect(text)
    # Czech and Slovak share many words, so compare the winner with Polish, not with all.
    if guess.language in ("pl", "unknown") or guess.confidence < 2 * guess.polish:
        return None
    return (
        f"The text looks like {guess.name}, not Polish; the translation model expects "
        "Polish, so the result may be poor."
    )
