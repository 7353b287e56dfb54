"""The word lists of the sentence splitter (`segment`): which abbreviations never end a
sentence, which are dates, quantities or units, which words open a sentence.

Lowercase, without the final period. Where a list would be a guess, `segment_lexicon` asks
Morfeusz 2 instead; these are the closed classes a dictionary does not mark.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A whitespace-separated word list (keeps the long lists below readable)."""
    return frozenset(text.split())


COMMON_ABBREVIATIONS = words(
    """m.in tzw tj np ok godz r w tys tyś mln mld zł proc pkt nr ul al pl os św im woj pow gm
    prof dr hab inż mgr gen płk ks red ws wg itd itp jw por zob ang łac cdn
    tzn ds art ust poz str s ss tab rys wyd tel przyp ur zm śp ś.p bł kard abp bp bpa abpa mjr kpt
    ppłk sierż szer pos sen min fot zdj prok mec adw insp kom asp mł sp b.r ub.r p.n.e n.e br
    sztab szt podkom nadkom podinsp kpr plut chor dyw bryg pt ph pw dn nt oprac m.st n med hum n.p.m
    p.o dz.u wew wewn p.s p.w app śww wys boh obr dw oddz rozp pras zw pk wyk pn p.t pok wydz warsz
    pp obw opubl kop międzynar turyst wydawn podst zb prob plast przeł gimn p.n geod tut prez
    nadl ewid zał maks rep feat najśw nagr wzgl szk lit archiw odc dt tyg il ośr m.n.p.m poczt
    c.k przedst sł zat up zarz kat choreogr dol lok akad uniw ucz kl pułk lic oś ref t.j kł poł
    kś konsekr przebud pośw wzmiank wzmian odnow jedn mian wyśw wik okr cyt podpor ćw fund ck dok
    sporz zesp stow osob dyst inst dow gub śś w.wym wezw grodz sufr vol her rozd fig § przewiel
    l.p podw gim ca klaszt hetm przedm diec wojew ppor or got współpr gw katol prześw śs poż
    kurp odm sakr wyp
    śwd własn przym wiel distr płodozm fol dep żelazn ldz l.dz pozn zakł pom śśw przys dek dioec pam
    marszał głog hist pojez"""
)  # "wew.", "wewn." (wewnętrzny): "tel. 44 724 24 00 wew. 28", a phone's extension; "ul. Boh.
# Westerplatte" (Bohaterów), "ul. Obr. Poczty Gdańskiej" (Obrońców; after a number, "obr."
# counts revolutions); "DW. ŁÓDŹ DĄBROWA" (dworzec); Morfeusz 2 knows neither "oddz."
# (oddział: "oddz. H", a ward) nor "rozp." (rozporządzenie: "rozp. MEN z dn. …"); "pras."
# (prasowe) in a credit: "fot. mat. pras. Urząd Miasta" (also "pras", of presses); "il."
# (ilustracje) in a credit: "Patacrua/ il. Chene Gomez"; "zw."
# (zwany: "w budynku zw. Gimnazjum"); "wyk." (wykonanie: "koncert w wyk. Filharmonii");
# "pn." and "p.t." name what follows ("projekt pn. „Zakup…”", "dzieło p.t. „Pytania”");
# "pok." (pokój): "Urząd Gminy, pok. Nr 8"; a biography's "dziekan Wydz. Kompozycji",
# "festiwal Warsz. Jesień", "w 36. pp. Legii Akademickiej" (not "kompoz.", which may close
# one: "koncertów kompoz. Laureat…"); "obw." (obwodnica): "koniec obw. Suwałk" ("oś.", osiedle,
# also closes "To jest oś.": see LABELS_ALSO_WORDS); "opubl." (opublikowano) before its source in a
# ruling's citation: "sygn. akt I CSK 702/09, opubl. LEX nr 688668"; "kop." (kopalnia)
# before a mine's name: "strajk w kop. „Wujek”"; an encyclopedia's and a map's shortened
# words: "Międzynar. Mapy Świata", "mapy turyst. Tatr", "Wydawn. Kartograficzne"; "Szkoła
# Podst. Nr 1" (Podstawowa); "zb." (zbiory) before the collection's owner: "rękopis, zb.
# Biblioteka Naukowa PAU"; "ks. prob. Jan Lis" (proboszcz; the dictionary reads "Prob" as a name);
# "art. plast. Anna Lis" (artysta plastyk); "Przeł. Anna Lis" (przełożyła), a book's credit;
# "Gimn. Salezjańskie" (gimnazjum); "wystawa p.n. „…”" (pod nazwą, as "pn."); "działka o
# numerze geod. 52/17", "obręb geod. Kozińce" (geodezyjny); "w Sali Herbowej tut. Urzędu"
# (tutejszego); "uhonorowania prez. Raczyńskiego" (prezydenta, prezesa); "Fot. Arch. Nadl.
# Spychowo" (nadleśnictwo), "działki o nr ewid. [...]" (ewidencyjny); "lista obecności – zał.
# Nr 1." (załącznik); "opłata w wysokości maks. 200 EUR"; "Dawna Jugosłowiańska Rep.
# Macedonii" (republika); "Kwestia Wyboru feat. ABRADAB" (featuring);
# "Adoracja Najśw. Sakramentu" (Najświętszego); "nagr. MKiS" (nagroda); "Sylwester (wzgl.
# Sylweriusz)" (względnie); "Szk. Podst. nr 3" (szkoła); "art. 19 ust. 3 lit. b)" (litera);
# "(fot. archiw. UG Stawiguda)" (archiwum); "drogi w m. Kanie odc. A-B" (odcinek);
# "Informacja dt. Systemu…" (dotyczy); "red. nacz. tyg. PRAWO DROGOWE" (tygodnik; after a
# number it is weeks, like "os.": "przez 3 tyg. Potem…"); "Miejski Ośr. Sportu" (ośrodek);
# "skr. poczt. 9" (pocztowa); "C.K. Rada szkolna" (cesarsko-królewska); "przedst. Radia"
# (przedstawiciel); "sł. Bożego Jana" (sługa; also słowa, a song's credit: "sł. i muz.");
# "projekt zat. „Świetlica…”" (zatytułowany); "z up. Starosty" (z upoważnienia); "Siedziba
# Zarz. Głównego" (zarządu); "w kat. Street dance" (kategoria); "w choreogr. Giorgia Madii"
# (choreografia); "dol. Będkowskiej", "dol. Prądnika" (dolina); "ul. Sienkiewicza 49 lok. 311"
# (lokal); a biography's "zapisał się na Akad. Krakowską", "studiował na Uniw. Warszawskim"
# (akademia, uniwersytet; also akademicki, uniwersytecki); "ucz. Kl. II SP" (uczeń, klasa);
# "pułk. Mosiewicz" (pułkownik; also a regiment: see RANKS_BEFORE_NAMES); "lic. CC BY-SA"
# (licencja); "kierownik Ref. Prawnego" (referat); "t.j." (tj. typed with two periods; also
# "tekst jednolity" in a citation: "(t.j. Dz. U. z 2020 r. poz. 713)"); "KŁ. „Cyranka”" (koło
# łowieckie, a hunting club); "od 2 poł. XIII w." (połowa); "staraniem kś. Lisa" ("ks." typed
# with an accent); a gazetteer of churches: "konsekr. 10 lipca 1764 r." (konsekrowany), "przebud.
# XVI w." (przebudowany), "pośw. 1990 r." (poświęcony), "Wzmiank. 1374 r." (wzmiankowany),
# "odnow. 1934 r." (odnowiony); "/tekst jedn. – Dz. U. z 2013 r. poz. 594/" (jednolity); a
# diocese's list of priests: "wyśw. 1988, mian. 2007" (wyświęcony, mianowany; "mian" is also
# "of names"), "Tel. wik. 41…" (wikariusz); "sąd pokoju okr. V" (okręgu); "w tym cyt. „Po…”"
# (cytuję, before its quotation); "podpor. W. P." (podporucznik); "w 4 ćw. XV stulecia" (ćwierć);
# a list of wayside crosses: "1916, fund. F. Wieczorek" (fundator, ufundowany); "z polecenia ck.
# Rady szkolnej" (cesarsko-królewskiej, "c.k." without its inner period); "w dok. Bolesława
# Wstydliwego z r. 1262" (dokumencie); "sporz. Sołtys Jan Lis" (sporządził, a notice's author);
# "Dyrektor Zesp. Szk.-Przedszk." (zespół, a school complex); "przez Stow. KGW" (stowarzyszenie);
# a timetable's station: "Rogów Osob. Wąsk." (osobowy; "Wąsk.", wąskotorowy, closes the
# station's name: see PLACE_SUFFIXES); "na dyst. Giga" (dystans, a race's distance); "siedziba
# Inst. Fizjologii" (instytut); "oddziały pod dow. Juliana Lisa" (dowództwem, also dowódca);
# "decyzją gen. gub. Hurki" (gubernatora; also gubernia: "gub. lubelska"); "kościół pw. ŚŚ.
# Mikołaja i Stanisława" (Świętych); "Synem w.wym. Szczepana" (wyżej wymienionego); an old
# parish history's "kościoła pod wezw. Św. Piotra" (wezwaniem), "przed aktami grodz.
# Opoczyńskiemi" (grodzkimi), "bisk. sufr. Gnieźn." (sufragan); a journal's "VOL. LXII";
# "z Podkańskich her. Brochwicz" (herbu); old prints' "w liście do Tessaloniceńsów Rozd. 2."
# (rozdział), "Fig. 10." (figura, a drawing), "wyżej §. 10. opisanego" (the section sign with a
# period), "przykazuje Przewiel. O. Przeor" (przewielebny); a table's "L.p. Imię i nazwisko"
# (liczba porządkowa); a parish's "pw. Podw. Krzyża Świętego" (Podwyższenia); a league's
# results "ZSP Samostrzel 0:2 Gim. Kowalewo" (gimnazjum, round 240c); "In 1939 ca. 750
# German…" (circa, before a number: round 240c); a register of villages' "lub klaszt. 2 korce"
# (klasztoru, round 241c); "Kasztelan Krakowski Hetm. Pol. Koronny" (hetman, 241b); "drogi
# … – Przedm. Rankowskie" (Przedmieście, 241a); "biskup pomocniczy diec. Siedleckiej"
# (diecezji, 242d); "członek Zarządu Wojew. Mazow." (województwa, 243b); "PRZEZ POR. KAROLA
# … I PPOR. STANISŁAWA" (podporucznik, in a plaque's capitals, 245d); an archive's "or.
# Archiwum Archidiecezji" (oryginał, 247b); "kościół got. 3-nawowy" (gotycki, 247d); a
# byline's "(współpr. OSW Braniewo)" (współpraca, 246c); a village name's "Pieńki, gw. Pinki"
# (gwarowo, 250b); "ostatni proboszcz katol. Paweł" (katolicki, 250b); "Wyrok Prześw.
# Konsystorza" (Prześwietnego, 254c); "Kościół pw. śs. Piotra i Pawła" (świętych, as "śś.",
# 255b); "Komendant Pożarnictwa ppor. poż. J. Bartkowiak" (pożarnictwa, a fire officer's rank,
# 255d); a village's name in dialect: "Lipniki (kurp. Lypniki)" (kurpiowski, 256b; also
# "kurp", a bast shoe, rare at a sentence's end); a coat of arms' variant: "herbu Kotwicz odm.
# (Strzała VI)" (odmiana, 258b; also "odm", of "odma", rare at a sentence's end); a parish
# menu's "• SAKR. CHRZTU • SAKR. CHORYCH" (sakrament, 265b); the historical gazetteers'
# "śwd. własn. przym. wiel. distr. płodozm. fol." (round 268) and "na płd. przys. Sanoka"
# (przysiółek, a hamlet; Morfeusz 2 knows no "przys", round 280d); "w skład dek. Chełm-Zachód"
# (dekanat; also "dek", a deck, rare at a sentence's end) and a Latin record's "dioec.
# Chelmensis" (dioecesis, round 281d); "Grób św. pam. Stanisława" (świętej pamięci, 281c);
# an old gazetteer's "ks. Sanguszki marszał. W. Ks. Lit." (marszałka, round 282a) and "księcia
# głog. Henryka" (głogowskiego, 282b); "Dubin (pol. hist. Dupin)" (historyczna, round 313c);
# "miasto na Pojez. Olsztyńskim" (Pojezierze, round 315a)
ADDRESS_AND_RANKS = words(
    # Forms of address and ranks before a name: "o." (ojciec; the preposition never takes a
    # period), "oo." (ojcowie), "p." (pan), "ks. inf.", "prał.", "kan.", "mgr farm.", "dyr.",
    # "prok. rej.", "kontradm.", "ppłk dypl.", "mł. ogn.", "zast.", "sekr.", "przew.", "kier.";
    # "reż." (directed by), "czł." (member); "kpt. mar.", "ppor. rez."; a name follows "ps."
    # (pseudonym), "właśc." (właściwie) and "zd." (z domu); "św. ap." (apostoł); "J.E.",
    # "J.M." (Jego Ekscelencja, Magnificencja); scout ranks "hm.", "phm.", "pwd."; "st. prot.
    # sąd." (protokolant); "opr." (opracował, a byline); "SSO del." (delegowany, a judge);
    # "lek. wet." (weterynarii); "kol." (kolega: "doktorantów kol. Robert…"); "b." (były:
    # "b. Prezes PAN"; lowercase, so no initial); "r.pr." (radca prawny: "Opracowanie: r.pr.
    # Anna Lis"); "kpt. ż.w." (żeglugi wielkiej), also typed "kpt.ż.w."; "Dj." (a disc
    # jockey's stage name: "grali Dj. Plash, Dj. Marenda"); "prof. nadzw." (nadzwyczajny)
    # before the name of the school ("prof. nadzw. Narodowego Instytutu…"); "nadbryg."
    # (nadbrygadier, a fire officer's rank); "Ad. 2." (to the agenda's second item); "apl.
    # sędz." (aplikant sędziowski); a scout's "dh." and "dhna" (druh, druhna: "dh. M.
    # Domagała"); "marsz." (marszałek: "pomnik marsz. Józefa Piłsudskiego"); "strz." (strzelec,
    # a private: "strz. Trąba"); "poinsp.", "nadinsp." (podinspektor, nadinspektor, police
    # ranks: "jak przekazuje poinsp. Martuszewska"); "sap." (saper, a private of the sappers:
    # "mówi st. sap. Anna Lis"); "cc." (cichociemny: "oddziału ppor. cc. Waldemara Szwieca");
    # "hr." (hrabia: "w pałacu gen. hr. Paca", round 260b, "Paca" also a verb); "przod."
    # (przodownik, a pre-war police rank: "pełnili przod. Roch Waloszczyk i przod. A.
    # Matuszek", round 265d); "męcz." and "wlkm." (męczennik, wielkomęczennik: "cerkiew pw. św.
    # męcz. Focjusza", round 310a; "męcz" also an imperative, rare at a sentence's end); "bisk."
    # and "hb." (biskup, herbu: "bisk. Piotr Tomicki", "Drzewickich hb. Ciołek", round 311);
    # "wst." (w stanie: "płk.wst.spocz. Jan Korbanek", round 317d); "ces." (cesarz: "posłowie
    # ces. Zygmunta", round 323a); "kap." (kapitan, kapelan: "w służbie pruskiej kap. Von
    # Gontzenbachowi", round 330b; "ks. kap. hon.").
    """opr o oo p b inf prał kan farm dyr wicemin kontradm dypl pil ogn rej reż czł zast sekr przew
    wiceprzew kier mar rez spocz ps pseud właśc zd ap j.e j.m hm phm pwd prot del wet kol r.pr
    ż.w kpt.ż.w dj nadzw nadbryg ad apl dh dhna marsz strz poinsp nadinsp sap cc hr przod
    męcz wlkm bisk hb wst ces kap"""
)
# Ranks of the army, police and fire service, which may take their service's acronym before
# the name ("ppłk. SG. Grzegorz Biziuk", Straż Graniczna, round 310a)
SERVICE_RANKS = words(
    "gen płk ppłk mjr kpt por ppor podpor sierż plut chor kpr bryg nadbryg kom podkom nadkom insp"
    " podinsp nadinsp asp"
)
# Adjectives before a title that keep it one ("były sen. Jan Lis", "ówczesny sen."), unlike
# those describing a noun ("spokojny sen. Milczałam": sleep)
FORMER_AND_PRESENT = words("były była b obecny ówczesny dotychczasowy nowy przyszły")
# Degrees and titles that follow another in a name's heading: "KS. DR HAB. JAN LIS"
DEGREES_AND_TITLES = words("dr hab prof inż mgr ks lek")
# Labels of a place's name, which a shouted dateline writes in capitals: "WOJ. ŚLĄSKIE."
PLACE_LABELS = words("woj pow gm ul al pl os")
# Places: "k." (koło, near), "m." (miasto), "msc." (miejscowość), "rz." (rzeka), "h."
# (herbu), "rel." (relacji: a train's route), "paraf." and "par." (parafialny, parafia), "ex
# curr." (ex currendo: a parish served from another); "kw." (kwartał); "przyst." (przystanek).
PLACES_AND_PERIODS = words("k m msc rz h kw rel paraf par curr przyst")
# Abbreviations that are also words and, as abbreviations, stand before a name or a number
# only: "sen. Jan Nowak", "im. Jana Pawła II", "ok. 20". Before a common noun in the nominative
# they are the words, ending a sentence: "spokojny sen. Deklaracja…", "Dziękuję im. Sąd…",
# "tandemy dla par. Rowery…" (pairs; "par." is also parafia, before a place: "par. Koźle").
BEFORE_NAMES = words("sen gen kard bp o im ok min mar marsz kom szer bryg hab hm par pułk")
# Titles that are also common words, so they are titles only before a full name: "lek.
# Anna Lis" (lekarz; "lek", a drug), "piel. Ewa Nowak" (pielęgniarka; "piel", weed!).
# "post. Jan Lis" (posterunkowy; "post", a fast); "aut. Anna Lis" (autor; "aut", of cars),
# a byline or a credit in a list ("– aut. Anna Lis – reż. Jan Nowak"); "tłum. Jan Lis"
# (tłumacz; "tłum", a crowd) in a book's credits; "Ilustr. Anna Lis" (ilustracja) under a
# picture, not a book's "ss. 120, ilustr." closing its line
WORD_TITLES = words("lek piel post aut tłum ilustr")
# Of those, the ones far more often a title than a word closing a sentence before a name set
# off by a comma ("był lek. Karol Wilamski, aż do…"); not "sprzedaży aut. Jan Lis, ekspert…"
NAMED_WORD_TITLES = words("lek piel")
# Abbreviations whose other dictionary reading is an interjection no news sentence ends on:
# "dyr." (dyrektor) heads a name or an institution ("dyr. Centrum Edukacji…").
TITLES_OVER_INTERJECTIONS = words("dyr")
# Of those, the ranks that stand right before a person's name ("gen. Jan Nowak", "kard.
# Stanisław…"): any other capitalised word after them is a sentence ("przez sen. Rada…",
# "włączył się także ksiąski sztab. Nad…": the staff, round 263b; "sierż. sztab. Jan Lis").
RANKS_BEFORE_NAMES = words("sen gen kard bp hm szer mar marsz bryg hab pułk sztab")
# Abbreviations in capitals that are also acronyms: a label before a value ("I MIEJSCE KL. VI
# B", "KŁ. „Knieja”", "ówczesny JM. KS. Jan"), but the end of a sentence before a clause ("był
# więźniem KL. Po wojnie", "trenował w klubie KS. Potem")
CAPITALS_OR_ACRONYMS = words("kl kł ks")
# Forms of address typed in capitals without their inner periods ("J.E.", "J.M."), in today's
# parish histories ("witała JE. Ks. Biskupa", "ówczesny JM. KS. Jan Kuczkowski") as in old
# prints ("Króla JM. Polskiego", "JMć. P. Remer", "WM. Panu", "JP. Hromyki", "Ichmość PP.
# Koniecpolscy", Panowie; "J. WW. M.", Wielmożni); not the pronoun "je", nor "JKM." (Jego
# Królewska Mość), a noun phrase of its own: "na stronę JKM. Potem…"
CAPITAL_HONORIFICS = words("JE JM JMć JMci JMP JmP JMKs JW JWP JWM JP WM WMM WMć PP WW")
# Street labels the dictionary has only as a word, labels only after a preposition: "na oś.
# Chopina" (osiedle; also "Oś."), but "To jest oś. Plac…" (the axis)
LABELS_ALSO_WORDS = words("oś")
# First names cut short in old prints and gazetteers, seen before a surname on review pages of
# rounds 268–323 ("przez Zyg. Glogera", "Stef. Czarniecki", "prymasa Ant. Ostrowskiego",
# "Mich. Stryjewski", "Katarzyna ż. Stan. Chotowskiego", "Jan. Ign. Zielonce", "Jnh. Ed.
# Wittek", "Flor. Mokrski"); none is a word that closes a sentence before a name.
FIRST_NAMES_CUT = words("zyg stef stan ant mich ign ed flor")
# Languages, as in "Wrocław (niem. Breslau)": the usual dictionary abbreviations.
LANGUAGES = words(
    """niem fr ros ukr czes słow hiszp węg łot fiń szw norw duń gr hebr jid jap chiń białorus
    kasz wł"""
)
# a week's days cut short, in capitals too: "Godziny pracy: PON. WT. CZW.: 7:30-15:30" (272a)
WEEKDAYS_SHORT = words("pon wt czw sob ndz niedz")
DEFAULT_ABBREVIATIONS: frozenset[str] = (
    COMMON_ABBREVIATIONS | ADDRESS_AND_RANKS | PLACES_AND_PERIODS | LANGUAGES | WEEKDAYS_SHORT
)

# Abbreviations that introduce a name or a title, which may open with any word ("film pt. Nie
# patrz w górę"): never ambiguous.
# "ph." (pod hasłem): a slogan follows; "pk." (pod kryptonimem): an operation's code name
# "krypt." (kryptonim) only before a quoted code name: alone it is also "krypt", of crypts
NAMING = words("pt p.t pn p.n ph pk tzw zw ps pseud właśc zd zat krypt")
# Nouns that name what follows as "pn." does: "pod hasłem „…”", "pod nazwą… „Prosto z Roztocza”".
NAMED_AS = words("nazwą tytułem hasłem nazwie tytule haśle")
# Classes of abbreviations (lowercase, without the final period); see the module docstring.
ENDING = words("itd itp cdn etc")
DATE = words("r w br b.r ub.r p.n.e n.e")
# "tyś.": a common misspelling of "tys."; "50 m.n.p.m.": the metres glued to "n.p.m."
QUANTITY = words("tys tyś mln mld zł proc n.p.m m.n.p.m")
# Quantities that close a number: another number after them opens a sentence ("12 mln zł. 3
# mln zł", "340 mln. 120 mln"), while "tys." may group digits ("27 tys. 230 komisji").
CLOSING_UNITS = words("zł proc mln mld")
# Quantities that count what follows in the genitive: "13 tys. Ukraińców", "20 proc. Polaków";
# after any other unit a capitalised genitive opens a sentence ("Bilet kosztuje 4 zł.
# Pacjentów…", "na długości 30 m. Mieszkańców…").
COUNTING = words("tys tyś mln mld proc")
# What a percentage is usually of: "1,5 proc. PKB ma być…" is no sentence opened by "PKB".
PERCENT_OF = words("pkb dnb vat")
# Abbreviations that are units only after a number: "200 os." (osób) but "os. Tysiąclecia"
# (osiedle); "2 godz." (hours) but "o godz. 17"; "10 pkt." (points) but "pkt 3"; "25 min."
# (minutes) but "min. Sikorski" (minister); "200 szt." but "sierż. szt." (sztabowy); "30 st."
# (degrees) but "st. sierż." (starszy); "12,50 s." (seconds) but "s. 45" (page); "100 m."
# (metres) but "m. Krakowie" (miasto); "1 199 dol." (dollars) but "dol. Prądnika" (dolina);
# "za 1 dt." (decitonnes of rye, round 266b) but "dt. Systemu" (dotyczy).
UNITS_AFTER_NUMBER = words("os szt egz gr godz pkt sek tyg mies min st s m h obr dol dt")
# A gazetteer's counts, spelled out in a bracket after them: "20 dm. (domów) i 125 mk.
# (mieszkańców)" (round 258a; the dictionary has "mk" without its period)
GAZETTEER_COUNTS = words("dm mk")
# Titles that also close a common phrase ("msza św."): like an initial, they end the sentence
# before a typical opener ("mszę św. Następnie") and continue before a name ("św. Jana").
# (The older "ś.": "Męczeństwo ś. Filoroma"; "sw." typed bare; Our Lady's "M.B." (Matki Bożej)
# and "N.M.P." before her title: "w sanktuarium M.B. Pocieszycielki Strapionych", round 283a.)
NAME_TITLES = words("św ś sw m.b n.m.p")
DOTTED = words("inc ltd corp llc plc bros")
ENGLISH_TITLES = words("mr mrs ms dr prof st jr sr vs e.g i.e cf approx col lt sgt mt")

# Words that typically open a Polish or English sentence (lowercased).
OPENERS = words(
    """a ale bo by choć chociaż ci co czy dlaczego dlatego do dodatkowo dopiero dzięki dziś
    dzisiaj gdy gdyby gdzie i ich im ja jak jaki jaka jakie jednak jego jej jest jeśli jeżeli
    już kiedy kto który która które lecz mimo my na nad należy natomiast nie niestety o obecnie
    od on ona one oni ono oraz po pod podczas podobnie ponadto ponieważ potem później przed
    przez przy również są sam tak także tam te ten ta to tu tutaj tym tymczasem u w we według
    więc wśród wtedy wcześniej wczoraj z za zatem ze zdaniem zgodnie był była było były byli
    będzie będą nasz nasza wasz wy ty oto warto trzeba można wiele wielu większość część kilka
    kilku każdy wszyscy wszystko nikt nic żaden żadna żadne inni inne niektórzy kolejny kolejne
    kolejna najpierw
    następnie ostatecznie oczywiście jutro jeszcze aby żeby poza pomimo stąd dalej chodzi celem
    eksperci ekonomiści analitycy naukowcy badacze lekarze policja prokuratura rząd władze
    mieszkańcy sprzedaż ceny dane teraz grozi grozić został została zostali usłyszał usłyszała
    mężczyzna kobieta sprawca sprawcy policjanci funkcjonariusze śledczy sąd kierowca
    zatrzymany zatrzymana podejrzany podejrzana oskarżony oskarżona poszkodowany poszkodowana
    the this that these those it its he she we they you his her their our in on at but and
    however an there after before when if as for so then meanwhile also what why how who
    many some most all yes"""
)

# An introductory time/place adverbial may precede a date: "Od października 2023 r. KRLD …".
INTRO_WORDS = words(
    """w we od do na po pod przed z ze za u około ok według wg zgodnie już jeszcze dopiero aż
    podczas latem zimą wiosną jesienią dnia tegoż
    in since by until from on at after before during"""
)
# Labels whose value a form leaves blank with "...": "Uchwała Nr... Rady", "z dnia... 2015 r."
BLANK_LABELS = words("nr numer dnia")
# "Dnia 14.11.2018." opening a sentence; "na dzień 27 marca" (the dictionary also has "dzień"
# as a verb)
DAY_WORDS = words("dnia dniu dn dzień")
# Words inside a date's phrase before its year: "w", "z dnia", "w dniu", "od", "do"
DATE_PREPOSITIONS = words("w we z ze od do") | DAY_WORDS
# Weekdays cut short before a date ("Sob. 31.05.2025"); "pt." is "pod tytułem" (NAMING)
WEEKDAYS = words("pon wt śr czw sob niedz nd")
DAY_NAMES = words("poniedziałek wtorek środa czwartek piątek sobota niedziela")
MONTHS = words(
    """stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
    listopada grudnia"""
)  # "12 marca 2024 r. Sejm …": a sentence may open with the date itself
# Months in the nominative, which a date typed as "29. Październik 2021" may also use
MONTHS_NOMINATIVE = words(
    """styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad
    grudzień"""
)
# Months cut short in a date line: "14 sie. 2025 - 13:49"
MONTHS_SHORT = words("sty lut mar kwi maj cze lip sie wrz paź lis gru stycz")
# Short consonant-final words that often end a sentence, so they are not taken for a label
# abbreviation before a number that opens the next sentence.
SENTENCE_FINAL_SHORT = words(
    """tak tam tych tym nich nim ich nas was już też raz wraz dziś dość jest był miał mógł dał
    zmarł szedł wiem czas rok lat dom sąd rząd kraj świat plan koszt atak mecz gol lot bank
    wyrok sklep rynek pożar urząd punkt teren stan sam jak
    it its him them that this said won lost left last yet year week then than men war"""
)
# Words after which a number is a cardinal value, so "N." before a capital ends a sentence
# ("nr 5.", "linii 9 i 12.", roads: "DW 860.").
NUMBER_LABELS = words(
    "nr godz pkt str s poz art ust tel par § rozdz tom t ok około numer wynik lit zał dk dw wyd"
    " rys ryc tab il wykr zdj sygn linia linii linię linie liniami liniach"
    " lok pok bud obr sekt rej ark wyk sem gab fig dok max maks op sala sali salę"
)  # "op." (opus): "Poloneza op. 22. Przedsięwzięcie…" (round 273c); "pok." (pokój, 294a);
# a room's number: "w sali 104. Początek obrad…" (297b)

# Prepositions before an hour given alone or after "g.": "zakończyć o 21.", "tuż po 14.",
# "do ok. g. 19.15"
HOUR_PREPOSITIONS = words("o po od do przed ok około")
# Currencies after an amount cut short: "o wartości powyżej 14 tys. EURO" (in capitals, no
# acronym: the word "euro"); "5 tys. Zł" typed with a capital
CURRENCIES = words("euro eur pln usd chf gbp zł złotych dolarów franków funtów koron")

ARTICLE_LABELS = words("art ust pkt § par")  # "art. 5. Traktatu": the act, in the genitive
APPROXIMATE = words("ok. ca. approx.")  # "ok. 5 lat.": a count, not a label chain

LIST_JOINERS = words("i oraz lub albo a")
# a clause joined to the sentence, which may open with its date ("…, ale w 2018 r. Polska…",
# "…, zaś od 1842 r. Zarząd Szpitala powierzono…", "…, jednak w 1946 r. Lewin Kłodzki utracił…";
# "Wprawdzie ok. 1326 r. Łokietek odzyskał…", round 297c)
CLAUSE_JOINERS = LIST_JOINERS | words("ale lecz zaś natomiast jednak jednakże wprawdzie")
# Words that open an example, whose date may lead up to its subject ("np. w 2005 r. Polska…";
# "na przykład" is read as two words)
EXAMPLE_OPENERS = words("np choćby chociażby przykładowo")
# A contrastive or subordinating conjunction before "…" holds back what comes for suspense: "Awans
# już był, ale… Polki o tym nie wiedziały". After "i" (and the other list joiners) a speaker
# rather trails off ("Poszedłem tam i… Nie pamiętam."): a new sentence may follow.
OPEN_CONJUNCTIONS = words("ale lecz a czy że bo")
# A preposition before "…" leaves its phrase open: "czekają od… 1955 roku".
PREPOSITIONS = words(
    """od do na w we z ze o przez za po przy pod nad przed między bez u dla ku wśród spod znad
    sprzed zza według podczas"""
)
# what a court's redacted company name ends with: "(...) Spółka jawna", "(...) Spółki z o.o."
COMPANY_FORMS = words("spółka")
COMPANY_KINDS = words("akcyjny jawny komandytowy cywilny partnerski")
COMPANY_SUFFIXES = words("o.o s.a sp.j sp.k s.c d.o.o")  # "ABC sp. z o.o.", "Orlen S.A."
# "w klasie R.", "kat. B", "Teslę Model Y.", "witamin D i A.", "w kształcie litery L."
LETTER_CLASSES = words("klasa kategoria grupa strefa typ wariant model witamina segment litera")
PLATFORM_WORDS = words("na platformie serwisie portalu platformy serwisu")  # "wpis na X."

CARDINAL_WORDS = words(
    "ponad około ok blisko niemal prawie aż zaledwie tylko jedynie niż nawet najmniej przynajmniej"
    " łącznie powyżej poniżej"
)

# Words between a counting verb and its number: "pozostało ich jeszcze 185.", "przybyło o 15."
COMPASS = words("płn płd wsch zach")  # "na płn.": a direction, a phrase's last word
FEW = words("kilka kilkanaście kilkadziesiąt parę paręnaście")  # "kilka min.": minutes counted
COUNT_GAP_WORDS = words("jeszcze już wciąż nadal dotąd obecnie o bowiem")  # "było ich bowiem 62."
DECADE_WORDS = words("lata lat latach latami latom")

RANK_FIRST = words("st mł")  # "st. post.", "mł. ogn.": a rank's first part

RANK_SECOND = words("post")  # ... and a second part that is also a word ("post": fast)

SCALES = words("Celsjusza Fahrenheita")

# "msza św." (święta), "spowiedź św.", "Komunia św.": a complete phrase, not "św. Jana"
MASS = words("msza spowiedź komunia")

# Verbs whose object is an amount, even after a date: "wyniósł w 2022 r. 133,2 mln ton".
AMOUNT_VERBS = words(
    """przekroczyć przekraczać wynieść wynosić osiągnąć osiągać sięgnąć sięgać liczyć kosztować
    ważyć mierzyć zebrać zgromadzić zainwestować inwestować przeznaczyć przeznaczać obejmować"""
)  # not "trwać": its time has a unit ("trwa 3 godz."), and "Trwa 3. Festiwal" is an event
# Verbs whose object may be a sum received, after a date: "dostała w 2010 r. 30 mln zł dotacji"
# (not counting verbs: "otrzymała 25. Nagrodę" may name an award)
RECEIVING_VERBS = words("otrzymać otrzymywać dostać dostawać pozyskać uzyskać")
# ... and verbs that record a count: "zarejestrowano w 2022 r. 27 małżeństw", "naliczono tu
# bowiem w 1827 r. 80 domów" (round 292b: 2)
RECORDING_VERBS = words("zarejestrować odnotować zanotować naliczyć doliczyć")
# Verbs whose object may be an anniversary, even after a date: "obchodzi w 2017 r. 90-lecie".
CELEBRATING_VERBS = words("obchodzić świętować")
# Verbs that count: the number after them is a quantity ("przekroczyła 350."); after other
# verbs an ordinal may open a name ("otworzył 32. Międzynarodowe Targi").
COUNTING_VERBS = AMOUNT_VERBS | words(
    "wzrosnąć wzrastać rosnąć spaść spadać zmaleć maleć zginąć ginąć"
)
# Nouns an ordinal opens ("5. Armia", "12. Brygada"), also after a name ("gen. Hansa Mullera
# 5. Armia"), where a number otherwise closes the name ("Nord Stream 2. Spółka").
ORDINAL_NOUNS = words(
    """armia dywizja brygada pułk batalion korpus flotylla flota eskadra dywizjon kompania skrzydło
    zgrupowanie rocznica edycja zebranie posiedzenie sesja zjazd kongres festiwal turniej
    liga ekstraliga bundesliga kolejka runda etap jarmark targi przegląd maraton półmaraton zlot
    rajd finał święto biennale triennale urodziny regaty olimpiada spartakiada memoriał konkurs
    jubileusz spotkanie"""
)  # also leagues after a sponsor's name: "Metalkas 2. Ekstraligi"; "przerodził się 764. Jarmark";
# "otworzył 33. Finał" (the charity's yearly final); "zaprasza na 50. Święto Róży"; "obchodziła
# 100. Urodziny"; "rozegrano 24. Regaty o Błękitną Wstęgę"; "5 kwietnia 2009 – 51. Konkurs
# Lipnickich Palm" (round 282c)
# ... of which an anniversary's ordinal may have four digits: "obchody 1050. Rocznicy Chrztu
# Polski" (round 263b), where a year before a preposition's noun ends ("w 1966. Rocznicę…")
ANNIVERSARIES = words("rocznica")
# Adjectives of an event's year or jubilee, which agree with the noun after the ordinal, not
# with one before it: "gości tegorocznego 44. Lata Kwiatów" (round 280b)
EDITION_ADJECTIVES = words("tegoroczny ubiegłoroczny zeszłoroczny przyszłoroczny jubileuszowy")
# Parts numbered in Roman numerals, after which "I." is the first, not an initial
NUMBERED_PARTS = words("etap część tom faza rozdział zeszyt odcinek księga")
# Ordinals, which no surname is: after an initial they open a sentence ("Adriana O. Trzeciemu
# z nich postawiono zarzut").
ORDINAL_WORDS = words("pierwszy drugi trzeci czwarty piąty szósty siódmy ósmy dziewiąty")
# Regional adjectives that close a town's name: "Nowy Dwór Gd." (Gdański), "Gorzów Wlkp.",
# "Mińsk Maz.", "Ruda Śl.", "Dąbrowa Górn.": the name is complete, so the period ends the
# sentence before a capital like an ordinary word's ("w Nowym Dworze Gd. Ostateczną…").
# A town's or a station's suffix: "Gd." (Gdański), "Wlkp.", "Gł." (Główny: "Kraków Gł."),
# "Płd.", "Płn.", "Wsch.", "Zach." ("Opoczno Płd.", "Warszawa Zach."), "Młp." (Małopolski),
# "Wlk." (also Wielkopolski: "Gorzów Wlk."); "Tryb." (Trybunalski); "Lub." (Lubelski, after a
# capitalised town only: the conjunction "lub"), "Podl." (Podlaski), "Kraj." (Krajeńskie),
# "Zdr." (Zdrój: "Kudowa Zdr."), "Wąsk." (wąskotorowy, a narrow-gauge station: "Rogów Wąsk.")
PLACE_SUFFIXES = words(
    "gd maz wlkp wlk śl kuj pom górn gł płd płn wsch zach kam młp tryb lub podl kraj zdr wąsk"
)
# Journals cited with a number: "(Dz. U. z 2001 r. Nr 142, poz. 1591)", "M.P. Nr 5".
JOURNAL_NUMBER = words("Nr nr Poz poz")
# Nouns whose number is a label, a cardinal ("zajmuje miejsce 14.", "od godziny 8.", "w
# minucie 90."), so "N." ends the sentence before a capital; and nouns that a number after "na"
# or "do" counts ("ustaliło liczbę członków na 10.").
# also "po raz 28."; a phone's number: "telefon alarmowy 112. Nagranie…"; a choice's:
# "wybiera opcję 2. Osoby, które…"
LABEL_NOUNS = words(
    "miejsce godzina minuta pozycja numer raz telefon alarmowy opcja wariant seria"
)  # "Nowe BMW serii 1. Cena od…": a model's series
# Units of a funding programme, numbered before their names: "działanie 5.4. „Budowa…”",
# "poddziałanie 6.2.1. Infrastruktura Ochrony Zdrowia."
PROGRAMME_UNITS = words("działanie poddziałanie priorytet oś")
COUNT_NOUNS = words("liczba limit")
# A place won, capitalised by mistake after its ordinal: "zajął 3. Miejsce", "zdobyła 1. Lokatę"
PLACING_VERBS = words("zająć zajmować zdobyć zdobywać otrzymać otrzymywać wywalczyć uzyskać")
PLACE_NOUNS = words("miejsce lokata")
# Labels whose value a number after their colon is ("Liczba zgłoszeń: 1. Nikt więcej…"); after
# any other a "1." opens a numbered list ("Porządek był następujący: 1. Otwarcie sesji")
VALUE_LABELS = COUNT_NOUNS | LABEL_NOUNS | words("ilość suma wynik wynosić ogółem ludność obecny")
# Subordinators that open a sentence whose main clause follows ("Ponieważ pismo nie dotarło,
# 5 marca 2023 r. Rzecznik…", "Jak mówił 16 kwietnia br. Jan Kowalski, …").
SUBORDINATE_OPENERS = words(
    "jak jeśli jeżeli gdy kiedy ponieważ choć chociaż zanim skoro dopóki aby żeby gdyby odkąd"
)
SEASONS = words("wiosna lato jesień zima")
# Words that ask: a "?" after a sentence with one of them is a question's
QUESTION_WORDS = words(
    """czy kto kogo komu kim co czego czemu czym jak jaki jaka jakie jakiego jakiej jakim gdzie
    dokąd skąd kiedy dlaczego ile ilu który która które którego której czyż czyj czyja"""
)
# A noun's owner before the noun, opening a sentence whose subject may follow its verb
# ("Jej pierwszym właścicielem był … Mikołaj z Markowa")
POSSESSIVES = words("jej jego ich")
# Subordinators that open their clause, comma or not ("mówi że w 2030 r. Polska…"); "jak"
# and "gdy" only after "po tym" ("po tym jak 9 lutego br. Najwyższa Izba…")
COMMALESS_SUBORDINATORS = words("że iż zanim ponieważ gdy kiedy jeśli jeżeli chociaż choć")
# Nouns naming a text or a work: a quotation after them is its title, whatever words it holds
# ("opublikował tekst Anny Nowak „Ujawniamy. Miliony dla fundacji”.").
TITLE_NOUNS = words(
    """tekst artykuł reportaż felieton wywiad raport książka powieść film serial spektakl
    wystawa płyta album piosenka program audycja komunikat list wpis tytuł nagłówek
    hasło motto slogan nazwa akcja kampania projekt wydarzenie impreza festiwal konkurs
    koncert przedstawienie inicjatywa gra brzmieć zatytułować ekspozycja monografia
    opowiadanie zbiór cykl sztuka opera widowisko konferencja debata panel warsztat publikacja
    wykład prelekcja odczyt seminarium broszura almanach antologia tomik utwór wiersz poemat
    singiel pieśń ballada show napis inskrypcja dokument western obraz temat praca rozprawa
    studium"""
)  # "brzmieć": "Hasło akcji brzmi „Nie pij. Jedź bezpiecznie”."; "zatytułowana jest „…”";
# a study's title: "zaletą pracy „Alwernia. Dzieje klasztoru OO. Bernardynów” jest" (258a)
# a talk's subject: "spotkanie na temat „Polesie w naturze. 25 lat Parku”"
# Prepositions before "r." written ahead of its year: "wstępując w r. 1823 jako ochotnik"
YEAR_PREPOSITIONS = words("w we od do z ze przed po")  # "istniała już przed r. 1581"
# Periodicals, whose quoted name may close with "!" or "?" mid-sentence: 'magazynu "Viva!"'
PERIODICAL_NOUNS = words("magazyn gazeta tygodnik miesięcznik dziennik kwartalnik pismo łam")
# ("łam": 'pisała na łamach "Miłujcie się!" Teresa Lis', in its columns)
# Works whose title may follow a colon some words after the noun ("autor książki poświęconej
# tym latom: „Europa walczy. …”"); not "komunikat" or "list", whose words are quoted after one
WORK_NOUNS = words(
    """książka powieść film serial spektakl wystawa płyta album piosenka monografia opowiadanie
    zbiór sztuka opera widowisko ekspozycja tytuł zatytułować program wykład prelekcja
    spotkanie"""
)  # "program": a show's or a plan's name ("pierwszym programem: "I podawał… Perypetie…""); a
# talk's ("w spotkaniach takich jak: „A”, „B?” czy „C? D”")
# A copula between a work's noun and its quoted title: "wystawa jest zatytułowana „…”"
TITLE_COPULAS = words("jest był była było są została został zostało")
# Verbs that attribute a quotation ("„Idę. Dobranoc” napisał"): after a quote that opens the
# sentence any other word makes the quote a title ("„Wesele. Powrót” trafi do kin").
SPEECH_VERBS = words(
    """mówić powiedzieć napisać pisać dodać dodawać podkreślić podkreślać stwierdzić
    stwierdzać zaznaczyć zaznaczać przekonywać pytać zapytać odpowiedzieć odpowiadać ocenić
    oceniać twierdzić wyjaśnić wyjaśniać podsumować tłumaczyć przyznać przyznawać zauważyć
    zauważać zapewnić zapewniać ostrzec ostrzegać skomentować komentować wspomnieć wspominać
    relacjonować opowiadać opowiedzieć krzyczeć krzyknąć wołać zawołać usłyszeć słyszeć
    ogłosić ogłaszać poinformować informować przekazać przekazywać oznajmić apelować
    zaapelować skwitować odeprzeć czytać cytować zacytować deklarować zadeklarować wyznać
    żartować zażartować"""
)
# Length units that "kw." (kwadratowy) or "sześc." (sześcienny) raise to an area or volume:
# "za metr kw. Kraków…", "4700 m sześc. Nasz wynik…" end like a quantity.
SQUARED_UNITS = words("metr kilometr centymetr milimetr m km cm mm")
# A photo credit glued to a caption by a slash: "w Kruszwicy/fot. Marcin Glapiak".
PHOTO_CREDITS = words("fot foto zdj")
# Nouns of a "pod …" phrase that always name their leader in the genitive: an initial right
# after one opens that name ("pod kierownictwem Ł. Wędy zaowocowały", round 242a), even when
# the surname also reads as a plural noun before a verb.
LED_BY = words("kierownictwem przewodnictwem dyrekcją batutą dowództwem redakcją patronatem")
# a headline's tag in round brackets: "…przedszkola? (ROZMOWA)" (not an agency's "(PAP)")
MEDIA_TAGS = words(
    """FOTO ZDJĘCIA WIDEO VIDEO GALERIA AUDIO ROZMOWA WYWIAD RELACJA RECENZJA FELIETON KOMENTARZ
    WYNIKI PROGRAM MAPA"""
)  # in small letters when the tag is one word or a list of them: "…? (recenzja)", "(foto, wideo)"
BYLINE_LABELS = words("oprac opr")  # "oprac. (ip)", "opr. (or)": the editor's tag is the byline's
# A phone label's partners after a slash: "tel/fax. 515 252 776", "tel./faks 22 …"
PHONE_LABELS = words("tel fax faks")
# Who issues a resolution or an order, named after its date: "Uchwały Nr … z dnia … r. Rady…"
ISSUERS = words(
    "rada sejmik zarząd minister prezes wojewoda burmistrz wójt starosta prezydent sąd skład"
    " komisja"
)  # "… r. Składu Orzekającego Regionalnej Izby Obrachunkowej", "… r. Sądu Rejonowego"
# A town's office, its holder's name after the town: "burmistrz Tomaszowa Lub. Jan Lis"
OFFICES = words(
    """burmistrz wiceburmistrz wójt starosta prezydent wiceprezydent wojewoda marszałek
    komendant dyrektor prezes proboszcz"""
)
# ... and the offices "P." (pan, pani) addresses: "powitał P. Sekretarz oraz P. Skarbnika"
ADDRESSED_OFFICES = OFFICES | words("sekretarz skarbnik radny sołtys przewodniczący kierownik")
STREET_LABELS = words("ul al pl os oś")  # ulica, aleja, plac, osiedle ("oś.", also an axis)
# Labels cut short before a clock time: "akt." (aktualizacja) of an update ("15:01, akt.
# 15:14"), a timetable's departure and arrival ("Rzepin odj. 22:25 - Zbąszynek przyj. 23:23")
TIME_LABELS = words("akt aktual odj przyj przyb")
# A credit's word before the slash that names its source: "mat.pr. / Kancelaria Sejmu RP"
CREDIT_WORDS = PHOTO_CREDITS | words("mat mat.pr pras")
# Statutes whose title follows their date with a capital ("ustawa z dnia 14 grudnia 2016 r.
# Prawo oświatowe", "Kodeks pracy", "Ordynacja podatkowa", "Karta Nauczyciela").
ACT_TITLE_HEADS = words("prawo kodeks ordynacja karta przepis")  # lemmas: "Kartą praw…"
DEGREES = words("stopień")  # "2,7 stopnia C.": degrees Celsius, not an initial
