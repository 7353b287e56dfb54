"""Glossary: Polish case forms of names, parsing, precedence, check/repair, consistency, speed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from service.config import Settings
from service.errors import ConfigError, GlossaryError
from service.pipeline import settings_glossary
from service.text.glossary import (
    INLINE_MAX_CHARS,
    Entry,
    Glossary,
    NameChange,
    consistent_names,
    forms,
)
from service.text.glossary.consistency import GLOSSARY, MOST_FREQUENT
from tests.imports import loaded_by


@pytest.fixture(scope="module")
def builtin() -> Glossary:
    return Glossary.builtin().prepare()


def found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(m.form, m.entry.english) for m in glossary.find(text)]


# -- matching inflected forms --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form", "english"),
    [
        # forms from the dictionary (Morfeusz)
        ("Delegacja przyleciała do Pjongjangu wieczorem.", "Pjongjangu", "Pyongyang"),
        ("Rozmowy odbyły się w Kijowie.", "Kijowie", "Kyiv"),
        ("Ostrzelano przedmieścia Charkowa.", "Charkowa", "Kharkiv"),
        ("Pociąg ze Lwowa był opóźniony.", "Lwowa", "Lviv"),
        ("Rzecznik Putina nie skomentował sprawy.", "Putina", "Putin"),
        ("Mieszka w Warszawie od lat.", "Warszawie", "Warsaw"),
        ("Od lat mieszka w Krakowie.", "Krakowie", "Krakow"),
        # foreign names through our ending rules
        ("Spotkanie z Kim Dzong Unem trwało godzinę.", "Kim Dzong Unem", "Kim Jong Un"),
        ("Delegacja przekazała Kim Dzong Unowi list.", "Kim Dzong Unowi", "Kim Jong Un"),
        ("Portret Kim Dzong Una wisiał w sali.", "Kim Dzong Una", "Kim Jong Un"),
        ("Rozmawiał z Xi Jinpingiem przez telefon.", "Xi Jinpingiem", "Xi Jinping"),
        ("Przemówienie Łukaszenki było krótkie.", "Łukaszenki", "Lukashenko"),
        # -ski/-ska surnames
        ("Doradca Zełenskiego zabrał głos.", "Zełenskiego", "Zelensky"),
        ("Kanclerz podziękował Wołodymyrowi Zełenskiemu.", "Wołodymyrowi Zełenskiemu",
         "Volodymyr Zelensky"),
        ("Fundacja Ołeny Zełenskiej zebrała środki.", "Ołeny Zełenskiej", "Olena Zelenska"),
        ("Wywiad z Jarosławem Kaczyńskim ukazał się rano.", "Jarosławem Kaczyńskim",
         "Jaroslaw Kaczynski"),
        # acronyms, hyphenated endings and indeclinable ones
        ("Sankcje wobec KRLD-u zaostrzono.", "KRLD-u", "North Korea"),
        ("Rada przekazała NBP-owi nowe uprawnienia.", "NBP-owi", "National Bank of Poland"),
        ("Posłowie PiS-u opuścili salę.", "PiS-u", "Law and Justice"),
        ("Szczyt NATO odbędzie się w lipcu.", "NATO", "NATO"),
        ("Dane GUS-u pokazały spadek.", "GUS-u", "Statistics Poland"),
        # multi-word entries inflect their inflecting words only
        ("Armia Korei Północnej ćwiczyła.", "Korei Północnej", "North Korea"),
        ("Mieszka w Stanach Zjednoczonych.", "Stanach Zjednoczonych", "United States"),
        ("Prezes Narodowego Banku Polskiego mówił długo.", "Narodowego Banku Polskiego",
         "National Bank of Poland"),
        ("Decyzja Rady Polityki Pieniężnej zaskoczyła.", "Rady Polityki Pieniężnej",
         "Monetary Policy Council"),
        ("Wybory w Bośni i Hercegowinie przełożono.", "Bośni i Hercegowinie",
         "Bosnia and Herzegovina"),
        ("Posiedzenie Rady Bezpieczeństwa ONZ zwołano.", "Rady Bezpieczeństwa ONZ",
         "UN Security Council"),
        ("Pamięć Jana Pawła II uczczono.", "Jana Pawła II", "John Paul II"),
        ("Spotkanie z Baszarem al-Asadem odwołano.", "Baszarem al-Asadem", "Bashar al-Assad"),
    ],
)
def test_every_case_form_of_an_entry_matches(builtin: Glossary, text: str, form: str,
                                             english: str) -> None:
    matches = builtin.find(text)
    assert (form, english) in [(m.form, m.entry.english) for m in matches]
    for m in matches:
        assert text[m.start:m.end] == m.form and m.span == (m.start, m.end)


def test_names_ending_in_a_vowel_get_apostrophe_and_adjectival_forms() -> None:
    g = Glossary.from_entries([("JD Vance", "JD Vance"), ("Mark Rutte", "Mark Rutte"),
                               ("Tony Boyle", "Tony Boyle"), ("Marco Rubio", "Marco Rubio")])
    text = ("Z JD Vance’em i JD Vance'em, u Marka Ruttego, z Tony'ego Boyle’a, "
            "o Marco Rubio.")
    assert [m.form for m in g.find(text)] == [
        "JD Vance’em", "JD Vance'em", "Marka Ruttego", "Tony'ego Boyle’a", "Marco Rubio"]


def test_without_the_dictionary_the_ending_rules_still_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    caches = (forms.analyse, forms.word_forms, forms.is_common_word)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(forms, "_analyser", lambda: None)
    try:
        g = Glossary.from_entries([("Kim Dzong Un", "Kim Jong Un"), ("NBP", "NBP (en)")])
        assert [m.form for m in g.find("Kim Dzong Unowi i NBP-owi.")] == [
            "Kim Dzong Unowi", "NBP-owi"]
    finally:
        for cache in caches:
            cache.cache_clear()


def test_a_short_name_matches_whole_words_in_its_own_case_only() -> None:
    g = Glossary.from_entries([("Un", "Un (test)")])
    assert found(g, "Unia, UN, Unii, Tunezja, Uniwersytet, unosi, ONZ-UN.") == []
    assert [f for f, _ in found(g, "Dał Unowi list, a potem z Unem rozmawiał o Unie.")] == [
        "Unowi", "Unem", "Unie"]


def test_longest_entry_wins_and_overlaps_are_not_reported_twice(builtin: Glossary) -> None:
    assert found(builtin, "Korea Północna i Korea Południowa") == [
        ("Korea Północna", "North Korea"), ("Korea Południowa", "South Korea")]
    assert found(builtin, "Obrady Rady Bezpieczeństwa ONZ i ONZ") == [
        ("Rady Bezpieczeństwa ONZ", "UN Security Council"), ("ONZ", "UN")]


def test_an_inflected_form_that_is_a_common_word_is_skipped_at_sentence_start(
        builtin: Glossary) -> None:
    assert found(builtin, "Polski rząd zaprotestował.") == []  # the adjective
    assert found(builtin, "Protestował rząd Polski.") == [("Polski", "Poland")]
    assert found(builtin, "Polska protestuje.") == [("Polska", "Poland")]  # the base form


def test_hyphens_join_endings_but_separate_two_names(builtin: Glossary) -> None:
    assert found(builtin, "trasa Warszawa-Kraków") == [("Warszawa", "Warsaw"),
                                                       ("Kraków", "Krakow")]
    assert found(builtin, "spotkanie polsko-ukraińskie") == []


def test_words_of_a_name_must_be_adjacent() -> None:
    g = Glossary.from_entries([("Kim Dzong Un", "Kim Jong Un")])
    assert found(g, "Kim, Dzong Un") == []
    assert found(g, "Kim Dzong\nUna") == [("Kim Dzong\nUna", "Kim Jong Un")]


def test_a_lowercase_entry_also_matches_at_sentence_start(builtin: Glossary) -> None:
    assert found(builtin, "Papież Franciszek przyjechał.") == [
        ("Papież Franciszek", "Pope Francis")]
    assert found(builtin, "Audiencja u papieża Franciszka.") == [
        ("papieża Franciszka", "Pope Francis")]


def test_builtin_list_size_and_shape(builtin: Glossary) -> None:
    assert len(builtin) >= 300
    for polish, english in [("Kijów", "Kyiv"), ("KRLD", "North Korea"), ("ONZ", "UN"),
                            ("UE", "EU"), ("GUS", "Statistics Poland"), ("NATO", "NATO"),
                            ("Wołodymyr Zełenski", "Volodymyr Zelensky"),
                            ("Władimir Putin", "Vladimir Putin"), ("Kraków", "Krakow"),
                            ("RPP", "Monetary Policy Council")]:
        entry = builtin.get(polish)
        assert entry is not None and entry.english == english
    assert "Kiev" in builtin.get("Kijów").wrong
    assert "Pjongjang" in builtin.get("Pjongjang").wrong


# -- parsing ---------------------------------------------------------------------------------


def test_tsv_with_comments_variants_and_accepted_renderings() -> None:
    g = Glossary.from_text(
        "# names\n\nKijów\tKyiv\tKiev | Kiew\n  # indented comment\n"
        "Polska\tPoland\t\tPolish|Poles\r\nNATO\tNATO\n"
    )
    assert list(g) == [Entry("Kijów", "Kyiv", ("Kiev", "Kiew")),
                       Entry("Polska", "Poland", (), ("Polish", "Poles")),
                       Entry("NATO", "NATO")]


def test_csv_with_quotes() -> None:
    g = Glossary.from_text('Kim Dzong Un,"Kim Jong Un","Kim Jong-un|Kim Dzong Un"\n'
                           '"Bank, Światowy",World Bank\n')
    assert g.get("Kim Dzong Un") == Entry("Kim Dzong Un", "Kim Jong Un",
                                          ("Kim Jong-un", "Kim Dzong Un"))
    assert g.get("Bank, Światowy") is not None


def test_every_problem_is_reported_with_its_line_number() -> None:
    text = ("# header\n"
            "Kijów\tKyiv\n"                 # 2 fine
            "Kijów\tKiev\n"                 # 3 duplicate of line 2
            "Lwów\t \n"                     # 4 empty English
            "\tWarsaw\n"                    # 5 empty Polish
            "Charków\tKhar\x0bkiv\n"         # 6 control character
            "Odessa\tOdesa\tOdesa\n"        # 7 wrong == required
            "a\tb\tc\td\te\n"               # 8 too many columns
            "---\tdash\n"                   # 9 no words
            "Ryga\n")                       # 10 one column
    with pytest.raises(GlossaryError) as caught:
        Glossary.from_text(text, source="test.tsv")
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == [f"line {n}" for n in range(3, 11)]
    assert "duplicate of line 2" in problems[0]
    assert "empty English" in problems[1] and "empty Polish" in problems[2]
    assert "U+000B" in problems[3]
    assert "test.tsv" in str(caught.value)
    assert isinstance(caught.value, ConfigError)


def test_from_entries_accepts_tuples_and_reports_items() -> None:
    g = Glossary.from_entries([("Kijów", "Kyiv"), ("Lwów", "Lviv", ["Lvov"]),
                               ("Polska", "Poland", "", "Polish"),
                               Entry("Ryga", "Riga")])
    assert [e.english for e in g] == ["Kyiv", "Lviv", "Poland", "Riga"]
    assert g.get("Lwów").wrong == ("Lvov",) and g.get("Polska").also == ("Polish",)
    with pytest.raises(GlossaryError, match=r"entry 2: .*entry 3: duplicate of entry 1"):
        Glossary.from_entries([("Kijów", "Kyiv"), ("Lwów",), ("Kijów", "Kiev")])


def test_files_by_suffix_and_encoding_errors(tmp_path: Path) -> None:
    tsv = tmp_path / "names.tsv"
    tsv.write_text("Kijów\tKyiv\n", encoding="utf-8")
    csv = tmp_path / "names.csv"
    csv.write_text("\ufeffKijów,Kyiv\n", encoding="utf-8")
    assert list(Glossary.from_file(tsv)) == list(Glossary.from_file(csv)) == [
        Entry("Kijów", "Kyiv")]
    latin = tmp_path / "latin.tsv"
    latin.write_bytes("Kijów\tKyiv\n".encode() + "Łódź\tLodz\n".encode("cp1250"))
    with pytest.raises(GlossaryError, match="line 2: not UTF-8"):
        Glossary.from_file(latin)
    with pytest.raises(GlossaryError, match="cannot read"):
        Glossary.from_file(tmp_path / "missing.tsv")
    with pytest.raises(GlossaryError, match="cannot read"):
        Glossary.from_file(tmp_path)


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("Kijów\tKyiv\n", encoding="utf-8")
    first = Glossary.from_file(path)
    assert Glossary.from_file(path) is first
    path.write_text("Kijów\tKiev, the old way\nLwów\tLviv\n", encoding="utf-8")
    assert [e.english for e in Glossary.from_file(path)] == ["Kiev, the old way", "Lviv"]


def test_inline_text_over_the_limit_is_refused_not_cut() -> None:
    big = "".join(f"Miasto{n}\tTown {n}\n" for n in range(10_000))
    assert len(big) > INLINE_MAX_CHARS
    with pytest.raises(GlossaryError, match="limit"):
        Glossary.from_text(big)
    assert len(Glossary.from_text(big, max_chars=None)) == 10_000


def test_more_entries_than_the_limit_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from service.text.glossary import entries

    monkeypatch.setattr(entries, "MAX_ENTRIES", 5)
    lines = ["# komentarz", "", *(f"Miasto{n}\tTown {n}" for n in range(5))]
    path = tmp_path / "g.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(Glossary.from_file(path)) == 5  # comments and blank lines are not entries
    path.write_text("\n".join([*lines, "Wieś\tVillage"]) + "\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="6 entries; the limit is 5"):
        Glossary.from_file(path)
    with pytest.raises(GlossaryError, match="entry 6: more than 5 entries"):
        Glossary.from_entries([(f"Miasto{n}", f"Town {n}") for n in range(6)])


# -- precedence ------------------------------------------------------------------------------


def test_merge_later_wins(builtin: Glossary) -> None:
    mine = Glossary.from_entries([("Kijów", "Kiev"), ("Zakopane", "Zakopane (resort)")])
    request = Glossary.from_entries([("Zakopane", "Zakopane, Tatras")])
    merged = Glossary.merge(builtin, None, mine, request)
    assert merged.get("Kijów").english == "Kiev"
    assert merged.get("Zakopane").english == "Zakopane, Tatras"
    assert merged.get("Lwów").english == "Lviv"
    assert merged.required_terms("W Kijowie i w Zakopanem.") == ["Kiev", "Zakopane, Tatras"]
    assert Glossary.merge(mine, builtin).get("Kijów").english == "Kyiv"
    assert len(Glossary.merge()) == 0 and Glossary.merge(None, mine) is mine


def test_from_settings_builtin_then_file(tmp_path: Path) -> None:
    path = tmp_path / "house.tsv"
    path.write_text("Kijów\tKiev\nZakopane\tZakopane\n", encoding="utf-8")
    both = settings_glossary(Settings.from_env({"PL2EN_GLOSSARY": str(path)}))
    assert both.get("Kijów").english == "Kiev" and both.get("Lwów") is not None
    only_file = settings_glossary(
        Settings.from_env({"PL2EN_GLOSSARY": str(path), "PL2EN_BUILTIN_GLOSSARY": "0"}))
    assert [e.polish for e in only_file] == ["Kijów", "Zakopane"]
    assert len(settings_glossary(Settings.from_env({"PL2EN_BUILTIN_GLOSSARY": "0"}))) == 0
    default = Settings.from_env({})
    assert default.builtin_glossary and default.glossary is None


# -- check and repair ------------------------------------------------------------------------


def test_required_terms_in_order_once(builtin: Glossary) -> None:
    polish = "Z Kijowa do Lwowa, a potem znów do Kijowa i na posiedzenie NBP."
    assert builtin.required_terms(polish) == ["Kyiv", "Lviv", "National Bank of Poland"]


def test_only_a_wrong_variant_is_replaced(builtin: Glossary) -> None:
    text, issues = builtin.repair("Rozmowy w Kijowie.", "Talks in Kiev ended; Kiev's mayor spoke.")
    assert text == "Talks in Kyiv ended; Kyiv's mayor spoke."
    assert [(i.kind, i.found, i.span, i.fixed) for i in issues] == [
        ("wrong_variant", "Kiev", (9, 13), True), ("wrong_variant", "Kiev", (21, 25), True)]


def test_nothing_rendered_is_flagged_and_left(builtin: Glossary) -> None:
    polish, english = "Rozmowy w Kijowie.", "Talks in the capital ended."
    assert [(i.kind, i.entry.english) for i in builtin.check(polish, english)] == [
        ("missing", "Kyiv")]
    text, issues = builtin.repair(polish, english)
    assert text == english and [(i.kind, i.fixed) for i in issues] == [("missing", False)]


def test_possessives_count_and_are_kept(builtin: Glossary) -> None:
    polish = "Siostra Kim Dzong Una przemawiała."
    assert builtin.check(polish, "Kim Jong Un's sister spoke.") == []
    assert builtin.check(polish, "Kim Jong Un’s sister spoke.") == []
    text, issues = builtin.repair(polish, "Kim Dzong Un's sister spoke.")
    assert text == "Kim Jong Un's sister spoke."
    assert issues[0].fixed and issues[0].found == "Kim Dzong Un"


def test_untranslated_polish_forms_are_replaced(builtin: Glossary) -> None:
    text, issues = builtin.repair("Spotkali się w Pjongjangu i w Kijowie.",
                                  "They met in Pjongjangu and in Kijowie.")
    assert text == "They met in Pyongyang and in Kyiv."
    assert [(i.kind, i.found) for i in issues] == [("untranslated", "Pjongjangu"),
                                                   ("untranslated", "Kijowie")]


def test_english_terms_match_case_insensitively_on_word_boundaries(builtin: Glossary) -> None:
    polish = "Wojna o Kijów."
    assert builtin.check(polish, "THE BATTLE FOR KYIV") == []
    assert builtin.check(polish, "A Kyiv-based group") == []
    assert [i.kind for i in builtin.check(polish, "Kyivan Rus")] == ["missing"]
    usa = "Decyzja USA."
    assert [i.kind for i in builtin.check(usa, "a decision for us")] == ["missing"]
    assert builtin.check(usa, "a U.S. decision") == []


def test_accepted_renderings_satisfy_but_wrong_ones_still_go(builtin: Glossary) -> None:
    assert builtin.check("Rząd Polski zdecydował.", "The Polish government decided.") == []
    text, issues = builtin.repair("Kijów i Kijów.", "Kyiv, or Kiev.")
    assert text == "Kyiv, or Kyiv." and [i.kind for i in issues] == ["wrong_variant"]
    assert builtin.check("Prezydent Zełenski.", "President Zelenskyy.")[0].found == "Zelenskyy"


def test_a_term_equal_to_its_polish_form_is_not_untranslated(builtin: Glossary) -> None:
    assert builtin.check("Szczyt NATO w Sejmie.", "NATO summit in the Sejm.") == []
    text, _ = builtin.repair("Obrady Sejmu.", "Debates of the Sejmu.")
    assert text == "Debates of the Sejm."


# -- consistency ------------------------------------------------------------------------------


def test_consistency_aligns_to_the_glossary(builtin: Glossary) -> None:
    pairs = [("Kim Dzong Un przyjechał.", "Kim Jong Un arrived."),
             ("Kim Dzong Un przemówił.", "Kim Jong-un spoke."),
             ("Potem Kim Dzong Un wyjechał do Kijowa.", "Then Kim Jong Un left for Kiev.")]
    english, changes = consistent_names(pairs, builtin)
    assert english == ["Kim Jong Un arrived.", "Kim Jong Un spoke.",
                       "Then Kim Jong Un left for Kyiv."]
    assert changes == [NameChange(1, "Kim Jong-un", "Kim Jong Un", GLOSSARY),
                       NameChange(2, "Kiev", "Kyiv", GLOSSARY)]


def test_a_spelling_variant_never_takes_another_terms_words() -> None:
    g = Glossary.from_entries([("Kim Dzong Il", "Kim Jong Il"), ("Kim Dzong Un", "Kim Jong Un")])
    pairs = [("Kim Dzong Il i Kim Dzong Un.", "Kim Jong Il and Kim Jong-Un."),
             ("Kim Dzong Il i Kim Dzong Un.", "Kim Jong Il and his son.")]
    english, changes = consistent_names(pairs, g)
    assert english == ["Kim Jong Il and Kim Jong Un.", "Kim Jong Il and his son."]
    assert changes == [NameChange(0, "Kim Jong-Un", "Kim Jong Un", GLOSSARY)]


def test_consistency_without_entry_follows_the_majority() -> None:
    pairs = [("Premier Szmyhal zabrał głos.", "Prime Minister Shmyhal spoke."),
             ("Według Szmyhala plan jest gotowy.", "According to Shmyhal, the plan is ready."),
             ("Rozmawiano o tym ze Szmyhalem.", "This was discussed with Szmyhal."),
             ("Pogoda była ładna.", "The weather was nice.")]
    english, changes = consistent_names(pairs)
    assert english[2] == "This was discussed with Shmyhal."
    assert english[:2] + english[3:] == [en for _, en in pairs[:2] + pairs[3:]]
    assert changes == [NameChange(2, "Szmyhal", "Shmyhal", MOST_FREQUENT)]
    inflected = [*pairs[:2], ("Rozmawiano ze Szmyhalem.", "They talked to Szmyhalem.")]
    assert consistent_names(inflected) == (
        [*english[:2], "They talked to Shmyhal."],
        [NameChange(2, "Szmyhalem", "Shmyhal", MOST_FREQUENT)])


def test_consistency_does_nothing_when_unsure() -> None:
    tie = [("Premier Szmyhal zabrał głos.", "Prime Minister Shmyhal spoke."),
           ("Według Szmyhala plan jest gotowy.", "According to Szmyhal, it is ready.")]
    assert consistent_names(tie) == ([en for _, en in tie], [])
    copied = [("Według Szmyhala plan jest gotowy.", "According to Szmyhala, it is ready."),
              ("Rząd Szmyhala upadł.", "The Szmyhala government fell."),
              ("Szmyhal milczał.", "Shmyhal was silent.")]
    assert consistent_names(copied)[1] == []  # the majority is an inflected Polish copy
    different = [("Jan Kowalczyk przyszedł.", "Jan Kowalczyk came."),
                 ("Kowalczyka widziano.", "Kowalczyk was seen."),
                 ("Kowalewski milczał.", "Kowalski was silent.")]
    assert consistent_names(different)[1] == []


def test_importing_the_glossary_loads_no_dictionary() -> None:
    then = "service.text.glossary.Glossary.from_entries([('Kijów', 'Kyiv')])"
    assert loaded_by(["service", "service.text.glossary"], {"morfeusz2"}, then) == []


# -- speed -----------------------------------------------------------------------------------


def _synthetic(count: int, seed: int = 13) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ran", "to", "wes", "dor", "bu", "zen", "ta", "ri", "gol",
                 "pa", "nek", "sza", "wil", "mo", "kre"]
    tails = ["Północna", "Zachodni", "Wielki", "Nowy", "Bank", "Rada"]
    items: dict[str, str] = {}
    while len(items) < count:
        words = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
                 for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.2:
            words.append(rng.choice(tails))
        items.setdefault(" ".join(words), f"Term {len(items)}")
    return list(items.items())


def test_a_10000_entry_glossary_finds_the_names_of_an_article() -> None:
    """Its speed: python -m service.dev.bench --text."""
    items = _synthetic(10_000)
    glossary = Glossary.from_entries(items)
    rng = random.Random(5)
    sentences = []
    while sum(len(s) for s in sentences) < 3000:
        name = rng.choice(items)[0]
        sentences.append(f"Wczoraj o {name} rozmawiali przedstawiciele rządu i opozycji. ")
    article = "".join(sentences)[:3000]
    assert len(glossary.find(article)) >= 25
