"""Quoted titles, for the sentence splitter (`segment`): a period inside a short quoted
title ("obejrzeli „Orzeł. Ostatni patrol” w reżyserii") does not end the sentence, while a
quotation of sentences ("„Idę. Dobranoc” – napisał") is split like any text."""

from __future__ import annotations

import re
from itertools import pairwise

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_lexicon import Start
from .segment_scan import CLOSERS, OPENING, Next, Scan, peek, reads, token_before

_TITLE_WINDOW = 80  # characters looked back for the „ of a quoted title
_CUT_TITLE_CHARS = 40  # the same, for a title cut short by "…": "„Kobiety z…”"
_NAMED_TITLE_CHARS = 400  # "pn. „…”": the longest name followed to its closing quote
_PERIODICAL_NAME_CHARS = 30  # "Viva!", "Przekrój", "Tygodnik Powszechny"
_COLON_LOOKBACK = 6  # words looked back from a colon for the noun naming a work
_IN_LANGUAGE = re.compile(r"po|[a-ząćęłńóśźż]+[sc]ku|łacinie")  # "po rosyjsku", "po łacinie"
_AUTHOR_MAX_WORDS = 3  # "tekst Anny Marii Nowak „…”": words of a name before a title
_TITLE_LINE_WORDS = 3  # "„Swaty przez Wisłę. Wieczór panieński”": a title's first part
_LISTED_TITLES = 5  # "wykłady „A”, „B” czy „C”": quoted titles looked back over in a list
# a document site's page opens with its file's title quoted after "Download": its first lines
# run together ('Download "ZNALEZIONE W WIEŻY. Dokumenty sprzed 85 lat. …"'), one piece for
# the reviewers of rounds 185-264 (21 of 23 decisions inside such a title joined)
_DOWNLOAD_TITLE = re.compile(r'Download "[^"\n]*"')
_DOWNLOAD_CHARS = 300  # looked back for it: a search to the line's start is quadratic
_NEXT_LISTED = re.compile(r"”(?:,|\s+(?:i|oraz|lub|albo|czy))\s+\Z")
# A title in quotes: short, no sentence punctuation inside, then a comma or a lowercase word.
# "patrol” w", "Best" - pod takim tytułem", "Ale Jazda!",", "…” /", "”.1)" (a footnote), a
# year after a book's title: "w książce „Lubliniec. Zarys rozwoju powiatu” 1972 r." (round 255b)
_TITLE_REST = re.compile(  # a quoted name may stand inside: "„Rok 1863. Ostatnia kampania
    # „Lelewela” (według pamiętników)”, który…" (round 270b)
    r"(?:[^„”\"«».!?…]|„[^„”\"\n.!?…]{1,40}”){1,100}[.!?]?[”\"«»]\s*"
    r"(?:[\[(](?:…|\.\.\.)[\])]\s+)?"  # words left out: "„W jedności siła. …” […] odniosła"
    r"(,|\(|/|[.;:!?](?:[0-9]{1,2}\))?(?=\s|$)|(?:[-–—]\s+)?[^\W\d_]+|[0-9]{1,4}\b)"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
_AFTER_QUOTATION = re.compile(r'["”»],\s*\Z')  # a quotation closed, then a comma: a list of them
_TITLE_PARTS = re.compile(
    r"(?:[^„”\".!?…]{1,40}[.!?]\s+){0,3}" + _TITLE_REST.pattern
)  # "Uczeń. Rodzic.", "Od Opola do Opola. Wielkie Gwiazdy! Legendarne Przeboje"
_EXCLAIMED = re.compile(r"[!?]\s")
_LISTED_SOURCE = re.compile(r"\s*[•·*▪–-]\s+[^„”\"\n]{1,120},\s*")  # a bullet, its author, ","
_SOURCE_AUTHOR_CHARS = 130  # the bullet and the author before the quote, looked back for
_SOURCE_TITLE_END = re.compile(r"[^„”\"\n]{0,200}[”\"]\s*\Z")
_CLOSES_LINE = re.compile(r"[^„”\".!?…]{1,100}[.!?]?[”\"]\s*\Z")
_GUILLEMETS = {"»": "«", "«": "»"}  # an opening guillemet and its closing one
_CLOSING = ("”", "’’", "''")  # "działacz „Solidarności’’, senatorem…": closed by two apostrophes
_LISTING_LINE_CHARS = 160  # a listing's entry: a title, its author or director, a venue
_SENTENCE_MARK = re.compile(r"[.!?…]")
_DIRECTOR = re.compile(r",\s+reż\.\s+[^\W\d_]")  # "Persona. Ciało Bożeny, reż. Jan Lis"
# a citation's publisher, place and year, maybe a page: "…, Wydawnictwo Czarne, Wołowiec 2024,
# s. 34"
_PUBLICATION = re.compile(
    r"[^.!?…]*,\s[^.!?…]*\b(?:1[5-9]|20)[0-9]{2}(?:,\s+s\.\s*[0-9]+(?:[-–][0-9]+)?)?\.?\s*"
)
# "Andrzej Nowak, Miłosz. Biografia": a first name, a surname, a comma, the title
_AUTHOR_ENTRY = re.compile(  # "Jan Lis, …", "Anna i Jan Lisowie, …"
    r"[-–•]?\s*([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+|[A-ZĄĆĘŁŃÓŚŹŻ]\.(?:\s?[A-ZĄĆĘŁŃÓŚŹŻ]\.)?)"
    r"(?:\s+i\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?"
    r"\s*[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+[,:]\s"  # "Konrad Wyszkowski: Przekroczyć antynomie. Hegel…"
    # more authors by initials: "H. Kurkowska, S. Skorupka, Stylistyka polska. Zarys, …"
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.\s?(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.\s?)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+,\s)*"
)
# a reference's imprint: "…, Warszawa 2001", "…, Gdańsk 2011, s. 14–20"
# a reference's place and year, after a comma or its publisher's stop ("…podstawowe. PWN.
# Warszawa 1987"), or right after the period in question ("PWN. Warszawa 1987")
_IMPRINT = re.compile(r"[,.]?\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+){1,2}(?:1[5-9]|20)[0-9]{2}\b")
# "wystawa zatytułowana W sowieckim „raju”. Losy mieszkańców…": a title named so, unquoted
# (a quoted one, „…”, closes before its period: `_inside_quoted_title` decides inside it)
_TITLED = re.compile(r"\bzatytułowan[aeyą]\w*\s+[A-ZĄĆĘŁŃÓŚŹŻ][^.!?,;:()\n]*\Z")
_TITLED_CHARS = 80
# "tom pt. Odrzywół i okolice. Mały słownik…" (round 283c): a title "pt." (pod tytułem) names,
# unquoted; "w pt." is Friday
_CALLED_MAX_WORDS = 5  # a short title, then its subtitle: "Sieradz i okolice. Przewodnik…"
_CALLED = re.compile(r"(?<![Ww] )\b(?:pt|p\.t)\.\s+([A-ZĄĆĘŁŃÓŚŹŻ][^.!?,;:()\n]*)\Z")
# a book named by its noun, unquoted, and its subtitle up to a bracket, a comma or the line's
# end: "za książkę Delficki trójnóg. Sentencje delfickie (Wydawnictwo…)"
_BOOK_NAMED = re.compile(
    r"\b(?:książk|tomik|powieś|monografi|antologi|almanach)\w*\s+[A-ZĄĆĘŁŃÓŚŹŻ][^.!?,;:()\n„”\"]*\Z"
)
_TITLE_MAX_WORDS = 8  # the book's noun and its title before a subtitle: "książkę Zboże rosło."
_BOOK_SUBTITLE = re.compile(r"[^.!?…,;:()\n]{1,120}(?=[(,;]|\n|\Z)")
_SUBTITLE = re.compile(r"[^.!?…,;:\n]{0,160}")
_QUOTED_TITLE = re.compile(r"\s*[„\"“«»][^„”\"“«».!?…]{1,80}[”\"“»«]\s*(,|[^\W\d_]+)")


class QuoteRules(Scan):
    """The quoted-title rules of `segment_line.Line`."""

    def _inside_quoted_title(self, start: int, after: int) -> bool:
        """Is the punctuation at `start` inside a short quoted title, which the sentence goes
        on after ("obejrzeli „Orzeł. Ostatni patrol” w reżyserii", "„Wesele. Powrót” to film")
        or closes on ("tekst Anny Nowak „Ujawniamy. Miliony dla fundacji”.")? A quotation
        with a verb after a colon or a dash is split like any text, as is one that opens the
        sentence and is not its subject ("„Idę. Dobranoc” – napisał")."""
        label = self.text.rfind('Download "', max(0, start - _DOWNLOAD_CHARS), start)
        if label >= 0 and self.text[label - 1 : label] in ("", "\n"):
            download = _DOWNLOAD_TITLE.match(self.text, label)
            if download and download.end() > after:
                return True
        window = max(self.sentence_start, start - _TITLE_WINDOW)
        opened = max(
            self.text.rfind("„", window, start),
            self._straight_quote(window, start),
            self._opening_mark("“", window, start),
            self._opening_mark("»«", window, start),
            self._double_comma(window, start),
        )
        if opened < self.sentence_start or self._closed_since(opened, start):
            return False
        if self._listed_source(opened, after):
            return True
        # Periods may part a title in Polish or English quotes ("„Uczeń. Rodzic. Nauczyciel”");
        # no quotation follows a preposition ('w "interAKCJA. Starcie pokoleń" opowiedziała')
        governed = (
            self.text[opened - 1 : opened].isspace()
            and self._previous(opened).lower() in lists.PREPOSITIONS
        )
        straight = self.text[opened] == '"' and not (governed or self._title_named(opened))
        m = _TITLE_PARTS.match(self.text, after, self.end)  # 'wystawa "1905. Nowy początek. …"'
        if self.text[opened] == '"' and self.text[start + 1 : start + 2] == '"':
            # the straight quote closes at this stop ('że "bo erekcyi nie ma." Kościół "nie
            # mający…"', round 331b): the next one opens another quotation
            m = None
        # a straight quote may have closed a quotation before: one part only, unless the parts
        # make a verbless name the sentence goes on after ('TVP1 "Od Opola do Opola. …" i')
        several = straight and m is not None and not _TITLE_REST.match(self.text, after, self.end)
        if not m:
            # a quote closing the line is a title where a work is named before it ("promocja
            # książki „Tomek i świat. Wspomnienie”") or where it is the whole line, short and
            # verbless ("„Swaty przez Wisłę. Wieczór panieński”"), not a quoted headline
            return bool(_CLOSES_LINE.match(self.text, after, self.end)) and (
                self._title_named(opened) or self._title_line(opened, start)
            )
        then = m.group(1)
        title = self.text[opened + 1 : m.end(1) - len(then)].split()
        verbless = not any(_title_verb(w.strip(OPENING + CLOSERS + ".,;:")) for w in title)
        lead = self.text[max(self.sentence_start, opened - 8) : opened].rstrip()[-1:]
        if (several or _EXCLAIMED.search(self.text, after, m.start(1))) and not (
            verbless and lead and lead not in ":–—-" and (then == "," or then.islower())
        ):
            # "TVP1 „Od Opola do Opola. Wielkie Gwiazdy! Legendarne Przeboje” i…" goes on after
            # its title; "„Wstawaj! Idziemy” i wyszli", ": „Jakim blikiem? Co jest?”." are speech
            # (and '"Idę. Dobranoc" i wyszedł' after another quotation, with its verb)
            return False
        if (
            lead
            and lead in ":–—-"
            and not verbless
            and not (lead == ":" and self._title_named(opened))
        ):
            return False  # "Powiedział: „Idę. Dobranoc”, i wyszedł": a quotation
        if not verbless and _AFTER_QUOTATION.search(
            self.text, max(self.sentence_start, opened - 4), opened
        ):
            return False  # '…interwencję", "Niewiarygodne. Polska się rozwinęła", "…': listed
        dash, then = then[:1] in "-–—", then.lstrip("-–— ")
        if opened == self.sentence_start:
            # the subject, or a title commented on: "„Wesele. Powrót” trafi do kin", "„Still…
            # Here We Are” – pod takim tytułem"; not a quotation and its speaker ("… – mówi")
            if then == ":":  # "„Szlaki Nadziei. Odyseja Wolności”: opowiedzieć światu…"
                return verbless
            if then == "," and verbless and _CAPITAL_NEXT.match(self.text, m.end(1)):
                # "„Słownik … w średniowieczu. Edycja elektroniczna”, Instytut Historii…"
                # (round 286c): a source's title, then its publisher or place
                return True
            if (
                verbless
                and self.text[opened] == "„"  # a straight one may open the next quotation
                and lexicon.first_name(then)
                and self._capitalised_pair(m.start(1))
            ):
                return True  # "„Kownacka. Ta od Plastusia” Olga Szmidt": a book and its author
            return verbless and then.islower() and not lexicon.lemma_in(then, lists.SPEECH_VERBS)
        if dash:  # "„Beksińskich. Portretu podwójnego” – to opowieść", not "„Idę. Żegnajcie” –"
            return verbless and not lexicon.lemma_in(then, lists.SPEECH_VERBS)
        if then == "," or then.islower():
            if then in (",", "to") or not lexicon.finite_verb(then):
                # "… „Szlaki Nadziei. Odyseja wolności” to projekt": the copula, also after a
                # title with verbs ('date 2021-09 "Najmro. Kocha, kradnie, szanuje" to komedia')
                return True
            # a work named before it, without a verb in it and no speech verb after it:
            # "Wystawę „Jaćwingowie. Zapomniani wojownicy” można oglądać od piątku"; a verbless
            # title its noun names may have one: "W wierszu „Różana. Legenda” opowiada…"
            # (round 330c)
            if governed or (verbless and self._title_named(opened)):
                return True
            return not lexicon.lemma_in(then, lists.SPEECH_VERBS) and (
                verbless or self._title_named(opened)
            )  # "wykład … „Stanisław Staszic. O potrzebie elit” nawiązuje do…"
        if governed and lexicon.lemma_in(
            self._previous(token_before(self.text, opened - 1, self.sentence_start)[1]),
            lists.SPEECH_VERBS,
        ):
            return True  # 'powiedział w "Money. To się liczy" Stanisław Szwed': a programme
        # the title closes the sentence ("reformę „Szkoła. Nowe otwarcie”. To…"): without a
        # verb, or named as a work ("tekst Anny Nowak „Ujawniamy. Miliony dla fundacji”.")
        return verbless or self._title_named(opened)

    def _inside_named_title(self, start: int) -> bool:
        """Is the punctuation at `start` inside a quotation that a naming abbreviation or noun
        introduced ("zadania pn. „Przebudowa ulic A, B. Przebudowa ulicy C. …” z firmą", "pod
        hasłem „Alkohol? Nie!”")? A project's or a work's name may hold several sentences; it
        runs to its closing quote."""
        opened = self.text.rfind("„", max(self.sentence_start, start - _NAMED_TITLE_CHARS), start)
        if opened < 0 or any(q in self.text[opened:start] for q in _CLOSING):
            return False
        word_end = opened  # "pn. „…”", "pn.  „…”" (however many spaces), "pt.: „…”"
        while word_end > self.sentence_start and self.text[word_end - 1].isspace():
            word_end -= 1
        naming = token_before(self.text, word_end, self.sentence_start)[0].removesuffix(":")
        if naming.lower() not in lists.NAMED_AS and (
            naming.rstrip(".").lower() not in lists.NAMING or not naming.endswith(".")
        ):
            return False  # (also "pod hasłem „Alkohol? Narkotyki? Nie!”", round 251c)
        closing = self.text.find("”", start, min(self.end, opened + _NAMED_TITLE_CHARS))
        # the name's last stop, right before its closing quote, is the sentence's to settle:
        # "w skład tzw. „Grodów Czerwieńskich.” Ziemie te…"
        return (
            closing != -1
            and "„" not in self.text[start:closing]
            and bool(self.text[start:closing].strip(".!?…"))
        )

    def _unquoted_title(self, start: int, after: int) -> bool:
        """Is the period at `start` inside an unquoted title on a verbless line of a listing:
        before its director's credit ("Persona. Ciało Bożeny, reż. Jan Lis, Teatr…") or after
        its author, closing the line ("Andrzej Nowak, Miłosz. Biografia")? A finite verb in
        the title makes it a sentence, whatever follows. Or inside a title that "zatytułowany"
        names, its subtitle capitalised and verbless up to the next stop ("Sympozjum,
        zatytułowane Bursztyn. Nauka i Sztuka z udziałem naukowców…")?"""
        window = max(self.sentence_start, start - _TITLED_CHARS)
        called = _CALLED.search(self.text, window, start)
        if called and not (
            len(called.group(1).split()) <= _CALLED_MAX_WORDS
            and not self._verb_between(called.start(1), start)
            and reads(peek(self.text, after, self.end)) in (Start.NOMINATIVE, Start.NAME)
        ):
            called = None  # not "album pt. W obłokach Drezdenka z wierszami… Z kolei książka"
        if called or _TITLED.search(self.text, window, start):
            subtitle = _SUBTITLE.match(self.text, after, self.end)
            parts = subtitle.group().split() if subtitle else []
            bare = [w.strip(OPENING + CLOSERS).lower() for w in parts]
            return (
                bool(parts)
                and parts[0][:1].isupper()
                and not any(lexicon.finite_verb(w) and not lexicon.noun(w) for w in bare)
            )
        book = _BOOK_NAMED.search(self.text, window, start)
        if book:
            subtitle = _BOOK_SUBTITLE.match(self.text, after, self.end)
            nxt = peek(self.text, after, self.end)
            named = [w.strip(OPENING + CLOSERS) for w in self.text[book.start() : start].split()]
            return (
                subtitle is not None
                # a first name in an oblique case is the author, not the title: "książki
                # Zbigniewa Grochowskiego. Wąbrzeźno, które…"
                and not (
                    len(named) > 1
                    and lexicon.first_name(named[1])
                    and not lexicon.first_name_nominative(named[1])
                )
                # a long run with a verb is a clause, the title ended before it: "powieści
                # Syzyfowe prace rozgrywa się w II połowie XIX wieku w zaborze rosyjskim."
                and not (
                    len(named) > _TITLE_MAX_WORDS
                    and any(w[:1].islower() and lexicon.finite_verb(w) for w in named)
                )
                and reads(nxt) in (Start.NAME, Start.NOMINATIVE, Start.UNKNOWN)
                and not any(_any_verb(w.strip(OPENING + CLOSERS)) for w in subtitle.group().split())
            )
        if self.end - self.sentence_start > _LISTING_LINE_CHARS:
            return False
        credit = _DIRECTOR.search(self.text, after, self.end)
        if credit:
            title, stop = self.sentence_start, credit.start()
        else:
            author = _AUTHOR_ENTRY.match(self.text, self.sentence_start, self.end)
            initials = author is not None and author.group(1).endswith(".")
            if author is None or not (initials or lexicon.first_name(author.group(1))):
                return False  # "Lipsko Kosobudy, 14.08.2017r. …": a place, not an author
            named = self.text[author.end() : start].split()
            if not named or not named[0][:1].isupper():
                return False  # "Tomasz Lis, projektant. Kariera po cichu": a role, no title
            if initials and self._imprint_follows(after):
                return True  # "L. Magnone, Maria Konopnicka. Lustra i symptomy, Gdańsk 2011"
            if any(w[:1].isupper() and p[:1].isupper() for p, w in pairwise(named)):
                # a Polish title capitalises its first word and names only: "Anna Lis, Marcin
                # Nowak. Wernisaż…", "Jan Lis, Biuro Ekspertyz Sejmu. …" are names, "Jan Lis,
                # Którędy do Yellowstone? …" a title
                return False
            if _PUBLICATION.fullmatch(self.text, after, self.end):
                return True  # "Jan Lis, Zboże rosło. Pamięć wsi, Wydawnictwo X, Kraków 2024"
            if _SENTENCE_MARK.search(self.text, after, self.end):
                return False  # the subtitle closes the entry, with no period of its own
            title, stop = author.end(), self.end
        words = (w.strip(OPENING + CLOSERS + ".,;:") for w in self.text[title:stop].split())
        # a verb that is also a noun may be a title's word: "Dzieje grzechu", "nad rzeką"
        return not any(w and lexicon.finite_verb(w) and not lexicon.noun(w) for w in words)

    def _imprint_follows(self, after: int) -> bool:
        """Does the line after `after` reach a reference's place and year with no finite verb
        on the way ("Grecja i Rzym, przeł. H. Bednarek, Warszawa 2004, s. 128.")?"""
        imprint = _IMPRINT.search(self.text, after, self.end)  # leftmost: right here first
        if imprint is None or not (imprint.start() == after or imprint.group()[0] in ",."):
            return False
        words = (
            w.strip(OPENING + CLOSERS + ".,;:") for w in self.text[after : imprint.start()].split()
        )
        return not any(w[:1].islower() and _any_verb(w) for w in words)

    def _title_cut_short(self, start: int, nxt: Next) -> bool:
        """Does the ellipsis at `start` close a short quoted title that opened after a word,
        not after a colon or dash, with a name next ("autorzy „Kobiety z…” Małgorzata
        Szumowska i Michał Englert")? Then the sentence goes on."""
        window = max(self.sentence_start, start - _CUT_TITLE_CHARS)
        opened = max(self.text.rfind("„", window, start), self.text.rfind("“", window, start))
        if opened <= self.sentence_start or not self.text[opened - 1].isspace():
            return False
        lead = self.text[max(self.sentence_start, opened - 8) : opened].rstrip()[-1:]
        if not lead.isalpha():
            return False  # 'powiedział: „Nie wiem…” Potem': a quotation
        return reads(nxt) in (Start.NAME, Start.UNKNOWN) and not nxt.dotted

    def _listed_source(self, opened: int, after: int) -> bool:
        """Is the quote a work's title in a list of sources, after a bullet and its author's
        name, closing the line, with no verb ('• J. Szynkowski, "Mazury. Kraina jezior.
        Przewodnik"', round 271b: five decisions)?"""
        window = max(0, opened - _SOURCE_AUTHOR_CHARS)
        newline = self.text.rfind("\n", window, opened)
        if newline < 0 and window > 0:
            return False  # no line opens near enough: no bullet and author before the quote
        if _LISTED_SOURCE.fullmatch(self.text, newline + 1, opened) is None:
            return False
        rest = _SOURCE_TITLE_END.match(self.text, after, self.end)
        return rest is not None and not any(
            _title_verb(w.strip(OPENING + CLOSERS + ".,;:"))
            for w in self.text[opened + 1 : rest.end()].split()
        )

    def _closed_since(self, opened: int, start: int) -> bool:
        """Has the quote opened at `opened` closed before `start`: by a closing mark, or a „ by
        a straight quote, its count odd ("(„beil" od "bil" – wieś). Już…", round 271b)?"""
        between = self.text[opened:start]
        return (
            any(q in between for q in _CLOSING)
            or (between[:1] == "„" and between.count('"') % 2 == 1)
            or (between[:1] in _GUILLEMETS and _GUILLEMETS[between[0]] in between)
        )

    def _title_ends_here(self, start: int, nxt: Next) -> bool:
        """Does a "?" or "!" at `start` close a quoted title named as a work, its author's
        name after it ("O spektaklach „Kto chce być Żydem?” Marka Modzelewskiego w reż.…")?"""
        opened = self.text.rfind("„", max(self.sentence_start, start - _TITLE_WINDOW), start)
        if opened < self.sentence_start or self._closed_since(opened, start):
            return False
        return (
            not nxt.dotted
            and lexicon.genitive(nxt.word)
            and lexicon.start(nxt.word) is Start.NAME
            and self._capitalised_pair(nxt.end - len(nxt.word))
            and self._title_named(opened)
        )

    def _periodical_named(self, start: int, nxt: Next) -> bool:
        """Does the "!" or "?" at `start` close a periodical's short quoted name, the noun
        naming it just before the quote and no clause's opening word after it ('w wywiadzie
        dla magazynu "Viva!" Monika Olejnik', not "czytam gazetę „Co dalej?” Nie wiem")?"""
        if lexicon.clause_start(nxt.word):
            return False
        window = max(self.sentence_start, start - _PERIODICAL_NAME_CHARS)
        opened = max(self.text.rfind("„", window, start), self._straight_quote(window, start))
        if opened <= self.sentence_start:
            return False
        noun = token_before(self.text, opened - 1, self.sentence_start)[0]
        return self.text[opened - 1].isspace() and lexicon.lemma_in(noun, lists.PERIODICAL_NOUNS)

    def _title_line(self, opened: int, start: int) -> bool:
        """Is the quotation opened at `opened` the whole line, a title: its first part before
        the period at `start` a few words without a comma, and no verb in it ("„13 grudnia.
        Świadectwa stanu wojennego”"; not "„Zamiast sierści ma skorupę. Pchły jedzą go”")?"""
        if opened != self.sentence_start or self.text[opened - 1 : opened] not in ("", "\n"):
            return False
        first = self.text[opened + 1 : start]
        words = self.text[opened + 1 : self.end].split()
        return (
            self.text[start] == "."
            and "," not in first
            # (any length in capitals: "„ZIEMIA ZAGÓRZAŃSKA W OBIEKTYWIE. CZTERY PORY ROKU”")
            and (len(first.split()) <= _TITLE_LINE_WORDS or first.isupper())
            and not any(_any_verb(w.strip(OPENING + CLOSERS + ".,;:")) for w in words)
        )

    def _title_named(self, opened: int, items: int = _LISTED_TITLES) -> bool:
        """Does a noun naming a work stand before the quote at `opened`, maybe with its
        author's name between ("tekst Bianki Mikołajewskiej „…”", "film pt. „…”"), or
        before the list of quoted titles this one closes ("wykłady „A”, „B?” czy „C? D”")?"""
        joined = _NEXT_LISTED.search(self.text, max(self.sentence_start, opened - 12), opened)
        if items and joined:
            previous = self.text.rfind("„", self.sentence_start, joined.start())
            if previous >= 0:
                return self._title_named(previous, items - 1)
        pos, left = opened, _AUTHOR_MAX_WORDS + 1
        while left:
            left -= 1
            word, pos = token_before(self.text, pos - 1, self.sentence_start)
            if word.endswith(":"):
                return self._work_before_colon(pos + len(word))
            bare = word.strip(OPENING + CLOSERS + ".,;:")
            if not bare:
                return False
            if bare.lower() in lists.NAMING or lexicon.lemma_in(bare, lists.TITLE_NOUNS):
                return True
            if word.lower() == "im.":
                # "Konkursu Historycznego im. Majora Marka Gajewskiego „…”" (round 264a): the
                # patron's name between the work's noun and its title
                left = _AUTHOR_MAX_WORDS
                continue
            if not (
                bare[:1].isupper()
                or bare.lower() in lists.TITLE_COPULAS
                or (bare.islower() and lexicon.adjectival(bare))  # "Kampanii społecznej „…”"
                or _IN_LANGUAGE.fullmatch(bare)  # "napis po rosyjsku „…”"
            ):
                return False
        return False

    def _work_before_colon(self, colon: int) -> bool:
        """Does a noun naming a work stand a few words before the colon at `colon` ("autor
        książki poświęconej tym latom: „Europa walczy, 1939–1945. Nie takie…”"), with no verb
        between ("W książce napisał: „Idę. Dobranoc”" quotes the book)?"""
        pos = colon + 1
        for _ in range(_COLON_LOOKBACK):
            word, pos = token_before(self.text, pos - 1, self.sentence_start)
            bare = word.strip(OPENING + CLOSERS + ".,;:")
            if not bare:
                return False
            if lexicon.lemma_in(bare, lists.WORK_NOUNS):
                return True
            if bare.islower() and lexicon.finite_verb(bare):
                return False  # "W książce napisał: „Idę. Dobranoc”": a quotation from it
        return False

    def _opening_mark(self, marks: str, window: int, start: int) -> int:
        """The offset of the last of `marks` before `start` that opens a quotation by its
        shape (a space or the sentence's start before it, a letter after it), or -1: an
        English quote ("“Wieża. Jasny dzień”"; a Polish closing one, "„Wieża“", follows a
        letter) or a guillemet ("»Różana. Legenda«", "«…»")."""
        opened = max(self.text.rfind(q, window, start) for q in marks)
        if opened < 0 or not self.text[opened + 1 : opened + 2].isalnum():
            return -1
        if opened > self.sentence_start and not self.text[opened - 1].isspace():
            return -1
        return opened

    def _double_comma(self, window: int, start: int) -> int:
        """The offset of the second comma of ",," typed for „ before a letter ("konkurs
        ,,Polskie drogi do wolności. W stulecie…”", round 286b) before `start`, or -1."""
        opened = self.text.rfind(",,", window, start)
        if opened < 0 or not self.text[opened + 2 : opened + 3].isalpha():
            return -1
        return opened + 1

    def _straight_quote(self, window: int, start: int) -> int:
        """The offset of a straight '"' that opens a quotation (by its shape: a space before
        it, a letter after it) before `start`, or -1."""
        opened = self.text.rfind('"', window, start)
        if opened < 0:
            return -1
        before, after = self.text[opened - 1 : opened], self.text[opened + 1 : opened + 2]
        if not ((before.isspace() or opened == self.sentence_start) and after.isalnum()):
            return -1  # 'łupanego".' closes a quotation; only ' "Gość' opens one
        return opened

    def _quoted_title(self, pos: int) -> bool:
        """Does a short quotation without sentence punctuation open at `pos` and run on into
        the sentence ("„Monster Mash”, ogłaszają", "„Połów szczęścia” w reżyserii")? A quote
        followed by a dash ("„Nie ma zgody” – mówi"), a period or a verb ("„Die Zeit” napisała")
        is a sentence of its own or the next one's subject."""
        m = _QUOTED_TITLE.match(self.text, pos, self.end)
        if not m:
            return False
        then = m.group(1)
        return then == "," or (then.islower() and not lexicon.finite_verb(then))


def _any_verb(word: str) -> bool:
    """Can `word` be a verb in any reading ("sprawdziłem"), clear or not?"""
    return lexicon.finite_verb(word) or _title_verb(word)


def _title_verb(word: str) -> bool:
    """Is `word` a verb, in a title? A capitalised word that can be an adjective is taken
    for one ("Młodzi i Moralni"); "powinny" in lowercase stays a verb."""
    if word[:1].isupper() and lexicon.adjectival(word):
        return False
    return lexicon.clearly_verb(word)
