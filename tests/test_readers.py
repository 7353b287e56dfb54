"""service.inputs.readers: every fixture is built here, in tmp_path or in memory (no binary files
checked in), so what each test feeds the reader is visible next to the assertion."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from service.errors import Pl2enError, UnsupportedInputError
from service.inputs.readers import (
    Document,
    ReadLimits,
    html_to_text,
    looks_like_html,
    read_document,
    read_path,
)
from tests.documents import make_pdf
from tests.imports import loaded_by

PARAGRAPHS = [
    "Rada Miasta Krakowa przyjęła we wtorek nowy plan zagospodarowania bulwarów wiślanych. "
    "Za uchwałą głosowało dwudziestu radnych.",
    "Według urzędników prace ruszą wiosną przyszłego roku i potrwają około osiemnastu "
    "miesięcy. Koszt inwestycji oszacowano na czterdzieści milionów złotych.",
    "Mieszkańcy Zabłocia od dawna domagali się zieleni nad rzeką. Stowarzyszenie sąsiedzkie "
    "zapowiada, że będzie pilnować terminów.",
]


# ------------------------------------------------------------------------- fixtures


def make_docx(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("Nowe bulwary nad Wisłą", level=1)
    for p in PARAGRAPHS:
        doc.add_paragraph(p)
    doc.add_paragraph("")  # empty paragraphs are dropped
    doc.save(str(path))
    return path


ARTICLE_HTML = (
    """<!DOCTYPE html>
<html lang="pl"><head>
<meta charset="utf-8">
<title>Nowe bulwary nad Wisłą | Gazeta Testowa</title>
<meta property="og:title" content="Nowe bulwary nad Wisłą">
<meta property="article:published_time" content="2024-05-14T08:30:00+02:00">
<script>var tracking = "nie pokazuj tego";</script>
<style>body { color: black; }</style>
</head><body>
<header><nav><ul>
  <li><a href="/">Strona główna</a></li><li><a href="/kraj">Kraj</a></li>
  <li><a href="/sport">Sport i rekreacja</a></li><li><a href="/pogoda">Pogoda na weekend</a></li>
</ul></nav></header>
<div class="layout">
<aside class="sidebar"><h3>Najczęściej czytane</h3><ul>
  <li><a href="/a">Horoskop na jutro dla wszystkich znaków</a></li>
  <li><a href="/b">Ceny paliw znowu w górę</a></li></ul></aside>
<main><article>
<h1>Nowe bulwary nad Wisłą</h1>
<p>{0}</p>
<p>{1}</p>
<p>{2}</p>
</article></main></div>
<footer><p>Copyright 2023 Gazeta Testowa. Wszelkie prawa zastrzeżone.</p>
<p><a href="/regulamin">Regulamin serwisu</a> | <a href="/cookies">Polityka cookies</a></p>
</footer></body></html>
""".replace("{0}", PARAGRAPHS[0])
    .replace("{1}", PARAGRAPHS[1])
    .replace("{2}", PARAGRAPHS[2])
)

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


# ------------------------------------------------------------------------- text, md


def test_plain_utf8_text_passes_through_with_paragraphs():
    text = "\n\n".join(PARAGRAPHS) + "\n"
    doc = read_document("artykul.txt", text.encode("utf-8"))
    assert isinstance(doc, Document)
    assert doc.kind == "txt"
    assert paragraphs(doc.text) == PARAGRAPHS
    assert doc.warnings == ()
    assert doc.date is None


def test_utf8_bom_is_stripped_and_crlf_normalized():
    data = "\ufeffZażółć gęślą jaźń.\r\n\r\nDrugi akapit.\r\n".encode()
    doc = read_document("bom.txt", data)
    assert doc.text == "Zażółć gęślą jaźń.\n\nDrugi akapit."
    assert doc.warnings == ()


def test_cp1250_text_is_decoded_with_warning(tmp_path: Path):
    path = tmp_path / "stary.txt"
    path.write_bytes("Źródło: Łódź, ślązaczka, gęś i żółw.\n\nŚwięto.".encode("cp1250"))
    doc = read_path(path)
    assert doc.text == "Źródło: Łódź, ślązaczka, gęś i żółw.\n\nŚwięto."
    assert len(doc.warnings) == 1
    assert "Windows-1250" in doc.warnings[0] and "stary.txt" in doc.warnings[0]


def test_iso_8859_2_text_is_told_apart_from_cp1250():
    doc = read_document("latin2.txt", "Ślęża, źdźbło, ąś.".encode("iso-8859-2"))
    assert doc.text == "Ślęża, źdźbło, ąś."
    assert "ISO-8859-2" in doc.warnings[0]


def test_utf16_with_bom():
    doc = read_document("notatnik.txt", "Zażółć gęślą jaźń.".encode("utf-16"))
    assert doc.text == "Zażółć gęślą jaźń."


def test_decomposed_diacritics_are_normalized_to_nfc():
    doc = read_document("mac.txt", "Zaz\u0307o\u0301łc\u0301".encode())
    assert doc.text == "Zażółć"


def test_markdown_passes_through_unchanged_with_title():
    md = "# Nowe bulwary\n\n**Kraków.** Rada przyjęła plan.\n\n- punkt pierwszy\n- punkt drugi"
    doc = read_document("notka.md", md.encode())
    assert doc.kind == "md"
    assert doc.text == md
    assert doc.title == "Nowe bulwary"


def test_unknown_extension_with_text_is_read_as_text():
    doc = read_document("notatka.log", "Zwykły tekst bez rozszerzenia.".encode())
    assert doc.kind == "txt"
    assert doc.text == "Zwykły tekst bez rozszerzenia."
    assert read_document("bez_rozszerzenia", b"abc").text == "abc"


def test_text_with_a_less_than_sign_is_not_html():
    doc = read_document("x", "Wynik a < b oraz c > d, a także <br> w markdownie.".encode())
    assert doc.kind == "txt"


def test_empty_file_gives_empty_text():
    assert read_document("pusty.txt", b"").text == ""
    assert read_document("pusty.pdf", b"").kind == "pdf"


# ------------------------------------------------------------------------- docx


def test_docx_heading_and_paragraphs(tmp_path: Path):
    path = make_docx(tmp_path / "artykul.docx")
    doc = read_path(path)
    assert doc.kind == "docx"
    assert paragraphs(doc.text) == ["Nowe bulwary nad Wisłą", *PARAGRAPHS]
    assert "\n\n\n" not in doc.text
    assert doc.title == "Nowe bulwary nad Wisłą"


def test_docx_tables_are_kept_in_order(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Przed tabelą.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Miasto", "Ludność"
    table.cell(1, 0).text, table.cell(1, 1).text = "Kraków", "800 tys."
    d.add_paragraph("Po tabeli.")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_document("tabela.docx", buf.getvalue())
    assert paragraphs(doc.text) == [
        "Przed tabelą.",
        "Miasto | Ludność",
        "Kraków | 800 tys.",
        "Po tabeli.",
    ]


def test_docx_with_hyperlinks_breaks_and_tabs_reads_like_python_docx(tmp_path: Path):
    """The compiled text query gives what python-docx's paragraph.text gives."""
    import docx

    d = docx.Document()
    p = d.add_paragraph("Rada\tMiasta")
    p.add_run().add_break()
    p.add_run("Krakowa")
    d.add_paragraph("Tytuł", style="Title")
    path = tmp_path / "a.docx"
    d.save(str(path))
    expected = [q.text for q in docx.Document(str(path)).paragraphs]
    doc = read_path(path)
    assert paragraphs(doc.text) == expected == ["Rada\tMiasta\nKrakowa", "Tytuł"]
    assert doc.title == "Tytuł"


def test_docx_limits(tmp_path: Path):
    from service.errors import InputTooLongError
    from service.inputs.readers import ziplimits

    data = make_docx(tmp_path / "a.docx").read_bytes()
    text_size = len(read_document("a.docx", data).text)
    with pytest.raises(InputTooLongError, match="the limit is 100"):
        read_document("a.docx", data, limits=ReadLimits(max_chars=100))
    assert len(read_document("a.docx", data, limits=ReadLimits(max_chars=text_size)).text)
    with pytest.raises(UnsupportedInputError, match=r"a\.docx unpacks to more than 1,000 bytes"):
        read_document("a.docx", data, limits=ReadLimits(max_unpacked=1_000))
    with pytest.raises(UnsupportedInputError, match="more than 2,000 bytes of XML"):
        ziplimits.load_docx(data, max_unpacked=10**7, name="a.docx", max_xml=2_000)


def test_zips_are_opened_only_when_plain(monkeypatch: pytest.MonkeyPatch):
    from service.inputs.readers import ziplimits

    def zipped(compression: int, names: list[str]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression) as zf:
            for name in names:
                zf.writestr(name, b"<x/>" * 100)
        return buffer.getvalue()

    def unpack(data: bytes, limit: int = 10**6) -> dict[str, bytes]:
        return ziplimits.unpack_bounded(data, max_unpacked=limit, name="z")

    ok = ziplimits.open_bounded_zip(
        zipped(zipfile.ZIP_DEFLATED, ["a.xml", "b.xml"]), max_unpacked=800, name="z"
    )
    assert {i.filename: i.compress_type for i in ok.infolist()} == {"a.xml": 0, "b.xml": 0}
    assert ok.read("b.xml") == b"<x/>" * 100
    with pytest.raises(UnsupportedInputError, match="more than 799 bytes"):
        unpack(zipped(zipfile.ZIP_DEFLATED, ["a", "b"]), 799)
    with pytest.raises(UnsupportedInputError, match="a compression Word does not write"):
        unpack(zipped(zipfile.ZIP_BZIP2, ["a"]))
    with pytest.warns(UserWarning, match="Duplicate name"):
        twice = zipped(zipfile.ZIP_DEFLATED, ["a", "a"])
    with pytest.raises(UnsupportedInputError, match="holds a twice"):
        unpack(twice)
    monkeypatch.setattr(ziplimits, "MAX_MEMBERS", 2)
    with pytest.raises(UnsupportedInputError, match="holds 3 files; the limit is 2"):
        unpack(zipped(zipfile.ZIP_STORED, list("abc")))
    with pytest.raises(UnsupportedInputError, match="z is a damaged zip file"):
        unpack(b"PK\x03\x04 nothing")


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<p " + "a " * 257 + ">x</p>", "an element with 257 attributes"),
        ('<p a=">" ' + "b " * 300 + ">x</p>", "an element with 301 attributes"),
        ("<p a='x' b=\"y\" c=z d>x</p>" * 25_001, "more than 100,000 HTML attributes"),
        ("<i>x</i>" * 30_001, "more than 30,000 HTML elements"),
        ("<a<a<a" * 10_001, "more than 30,000 HTML elements"),
    ],
)
def test_html_over_its_bounds_is_refused_before_parsing(html: str, message: str):
    with pytest.raises(UnsupportedInputError, match=message):
        html_to_text("<html><body>" + html)


def test_html_within_its_bounds_is_read():
    from service.inputs.readers.htmllimits import check_html_bounds

    page = "<html><body>" + "<p class=\"a\" data-x='1 2' hidden>Ala ma kota.</p>" * 20_000
    check_html_bounds(page, name="strona")
    check_html_bounds("<p " + "a " * 256 + ">x</p>", name="strona")


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_text_with_a_byte_order_mark_is_decoded_by_it(codec: str):
    doc = read_document("list.txt", ("\ufeff" + PARAGRAPHS[0]).encode(codec))
    assert doc.text == PARAGRAPHS[0]


# ------------------------------------------------------------------------- pdf

PDF_PAGE_1 = [
    "Nowe bulwary nad Wisla",
    "",
    "Rada Miasta Krakowa przyjela we wtorek nowy plan zagospodarowania",
    "bulwarow wislanych. Za uchwala glosowalo dwudziestu radnych, a prze-",
    "ciw bylo tylko pieciu. Sesja trwala do poznego wieczora.",
    "",
    "Wedlug urzednikow prace rusza wiosna przyszlego roku i potrwaja okolo",
    "osiemnastu miesiecy. Koszt inwestycji oszacowano na czterdziesci",
    "milionow zlotych.",
]
PDF_PAGE_2 = [
    "Mieszkancy Zablocia od dawna domagali sie zieleni nad rzeka, takze",
    "w rejonie mo-",
    "stu Grunwaldzkiego. Stowarzyszenie sasiedzkie zapowiada kontrole.",
]


def test_pdf_lines_joined_into_paragraphs(tmp_path: Path):
    path = tmp_path / "artykul.pdf"
    path.write_bytes(make_pdf([PDF_PAGE_1, PDF_PAGE_2], title="Bulwary"))
    doc = read_path(path)
    assert doc.kind == "pdf"
    assert doc.title == "Bulwary"
    assert paragraphs(doc.text) == [
        "Nowe bulwary nad Wisla",
        "Rada Miasta Krakowa przyjela we wtorek nowy plan zagospodarowania bulwarow "
        "wislanych. Za uchwala glosowalo dwudziestu radnych, a przeciw bylo tylko pieciu. "
        "Sesja trwala do poznego wieczora.",
        "Wedlug urzednikow prace rusza wiosna przyszlego roku i potrwaja okolo osiemnastu "
        "miesiecy. Koszt inwestycji oszacowano na czterdziesci milionow zlotych.",
        "Mieszkancy Zablocia od dawna domagali sie zieleni nad rzeka, takze w rejonie mostu "
        "Grunwaldzkiego. Stowarzyszenie sasiedzkie zapowiada kontrole.",
    ]


def test_pdf_keeps_hyphen_of_compound_seen_elsewhere():
    lines = [
        "Wspolpraca polsko-niemiecka rozwija sie od lat i obejmuje wiele dziedzin",
        "gospodarki, a takze kultury. Fundacja polsko-",
        "niemiecka wspiera wymiane mlodziezy.",
    ]
    doc = read_document("x.pdf", make_pdf([lines]))
    assert "Fundacja polsko-niemiecka wspiera" in doc.text


def test_pdf_without_gaps_uses_short_last_lines_and_drops_page_numbers():
    page = [
        "Pierwszy akapit ma kilka linii tekstu, ktore siegaja prawie do marginesu",
        "strony, tak jak w prawdziwym dokumencie skladanym do druku przez gazete.",
        "Konczy sie krotko.",
        "Drugi akapit takze zawija sie na kolejna linie, bo jest odpowiednio dlugi",
        "i zawiera wiecej niz jedno zdanie. To jest jego ostatnie zdanie tutaj.",
        "Koniec.",
        "7",
    ]
    doc = read_document("x.pdf", make_pdf([page]))
    got = paragraphs(doc.text)
    assert len(got) == 2
    assert got[0].endswith("Konczy sie krotko.")
    assert got[1].endswith("Koniec.")
    assert "7" not in doc.text.split()


def test_pdf_without_text_warns():
    doc = read_document("skan.pdf", make_pdf([[""], [""]]))
    assert doc.text == ""
    assert doc.warnings and "OCR" in doc.warnings[0]


def test_corrupt_pdf_raises():
    with pytest.raises(UnsupportedInputError, match="zepsuty.pdf"):
        read_document("zepsuty.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")


# ------------------------------------------------------------------------- html


def test_html_article_without_boilerplate(tmp_path: Path):
    path = tmp_path / "strona.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = read_path(path)
    assert doc.kind == "html"
    for p in PARAGRAPHS:
        assert p in paragraphs(doc.text)
    for junk in (
        "Strona główna",
        "Sport i rekreacja",
        "Pogoda na weekend",
        "Horoskop",
        "Ceny paliw",
        "Regulamin serwisu",
        "Polityka cookies",
        "Wszelkie prawa",
        "tracking",
        "color: black",
    ):
        assert junk not in doc.text
    assert doc.title == "Nowe bulwary nad Wisłą"
    assert doc.date == "2024-05-14"


def test_html_without_date_metadata_has_no_date():
    page = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2024-05-14T08:30:00+02:00">', ""
    )
    doc = html_to_text(page)
    assert doc.date is None  # the footer's "Copyright 2023" must not become a date
    assert paragraphs(doc.text)[-1] == PARAGRAPHS[2]


def test_html_line_breaks_and_lists():
    page = (
        "<html><body><article><p>Pierwsza linia akapitu,<br>druga linia tego samego.</p>"
        f"<p>{PARAGRAPHS[0]}</p><ul><li>jeden punkt listy</li><li>drugi punkt listy</li></ul>"
        f"<p>{PARAGRAPHS[1]}</p></article></body></html>"
    )
    doc = html_to_text(page)
    got = paragraphs(doc.text)
    assert "Pierwsza linia akapitu,\ndruga linia tego samego." in got
    assert "- jeden punkt listy\n- drugi punkt listy" in got


def test_pasted_html_fragment_keeps_all_text():
    doc = html_to_text(
        "<p>Ala ma   kota.<br>Nowa linia.</p>\n<div>Drugi <i>blok</i>.</div><script>x=1</script>"
    )
    assert doc.text == "Ala ma kota.\nNowa linia.\n\nDrugi blok."
    assert doc.kind == "html"


def test_html_in_cp1250_file_without_extension():
    page = ARTICLE_HTML.replace('<meta charset="utf-8">', '<meta charset="windows-1250">')
    doc = read_document("pobrane", page.encode("cp1250"))
    assert doc.kind == "html"
    assert PARAGRAPHS[0] in doc.text
    assert any("Windows-1250" in w for w in doc.warnings)


def test_html_extension_without_markup_is_text_with_warning():
    doc = read_document("a.html", "Zwykły tekst.".encode())
    assert doc.text == "Zwykły tekst."
    assert doc.warnings


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <html lang='pl'>", True),
        ("<p>Ala ma kota.</p>", True),
        ('<div class="x">a</div><span>b</span>', True),
        ("Zwykły tekst bez znaczników.", False),
        ("a < b && c > d", False),
        ("Tekst<br>z łamaniem<br>linii", False),
        ("# Nagłówek\n\nTekst *markdown*.", False),
    ],
)
def test_looks_like_html(text: str, expected: bool):
    assert looks_like_html(text) is expected


# ------------------------------------------------------------------------- refusals


def _zip_bytes(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, data, pattern",
    [
        ("zdjecie.txt", PNG_BYTES, r"zdjecie\.txt.*PNG image"),
        ("notatka.pdf", "To jest zwykły tekst.".encode(), r"notatka\.pdf is not a \.pdf.*text"),
        ("program.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", r"program\.pdf.*Windows executable"),
        ("archiwum.docx", _zip_bytes({"a.txt": b"hello"}), r"archiwum\.docx.*ZIP archive"),
        ("tekst.docx", "zwykły tekst".encode(), r"tekst\.docx is not a \.docx"),
        ("arkusz.docx", _zip_bytes({"xl/workbook.xml": b"<x/>"}), r"Excel workbook"),
        ("stary.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, r"legacy Office"),
        ("dokument.txt", b"%PDF-1.4\n%\xe2\xe3", r"dokument\.txt.*PDF document.*\.pdf"),
        ("smieci.txt", b"abc\x00\x01\x02def" * 10, r"smieci\.txt.*binary"),
        ("smieci", bytes(range(256)) * 4, r"smieci.*binary"),
        ("obraz", PNG_BYTES, r"PNG image"),
    ],
)
def test_misnamed_or_binary_files_are_refused(name: str, data: bytes, pattern: str):
    with pytest.raises(UnsupportedInputError, match=pattern):
        read_document(name, data)


def test_broken_docx_is_refused_clearly():
    data = _zip_bytes({"word/document.xml": b"<not really word>"})
    with pytest.raises(UnsupportedInputError, match=r"zly\.docx"):
        read_document("zly.docx", data)


def test_size_limit():
    with pytest.raises(
        UnsupportedInputError, match=r"duzy\.txt is 2,000 bytes; the limit is 1,000"
    ):
        read_document("duzy.txt", b"a" * 2000, max_bytes=1000)
    assert read_document("maly.txt", b"a" * 1000, max_bytes=1000).text == "a" * 1000


def test_read_path_size_limit_checked_before_reading(tmp_path: Path):
    path = tmp_path / "duzy.txt"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(UnsupportedInputError, match="5,000 bytes"):
        read_path(path, max_bytes=100)


def test_read_path_missing_file_and_directory(tmp_path: Path):
    with pytest.raises(UnsupportedInputError, match="no such file"):
        read_path(tmp_path / "brak.txt")
    with pytest.raises(UnsupportedInputError, match="not a regular file"):
        read_path(tmp_path)


def test_errors_are_pl2en_errors():
    with pytest.raises(Pl2enError):
        read_document("x.txt", PNG_BYTES)


# ------------------------------------------------------------------------- the registry


def test_sniffed_kind_is_routed_through_the_registry(monkeypatch):
    from service.inputs.readers import READERS

    calls = []

    def fake_pdf(data: bytes, name: str, *, expected: str | None, limits: ReadLimits) -> Document:
        calls.append((name, expected, limits))
        return Document(text="z rejestru", kind="pdf")

    monkeypatch.setitem(READERS, "pdf", fake_pdf)
    small = ReadLimits(max_chars=50)
    assert read_document("teczka/raport.pdf", make_pdf([["Tekst."]]), limits=small).text == (
        "z rejestru"
    )
    assert read_document("bez_nazwy", make_pdf([["Tekst."]])).text == "z rejestru"
    assert calls == [("raport.pdf", "pdf", small), ("bez_nazwy", None, ReadLimits())]


def test_refusal_names_the_registered_kinds(monkeypatch):
    from service.inputs.readers import READERS

    with pytest.raises(UnsupportedInputError, match=r"not text, \.docx or \.pdf\.$"):
        read_document("obraz", PNG_BYTES)
    monkeypatch.setitem(READERS, "epub", READERS["docx"])
    with pytest.raises(UnsupportedInputError, match=r"not text, \.docx, \.pdf or \.epub\.$"):
        read_document("obraz", PNG_BYTES)


def test_importing_the_readers_loads_no_parser_library():
    modules = ("service.inputs.readers", "service.inputs.source")
    assert loaded_by(modules, {"trafilatura", "lxml", "docx", "pypdf", "httpx"}) == []


def test_without_limits_the_environment_s_max_chars_holds(monkeypatch: pytest.MonkeyPatch):
    """The page's upload passes no limits: PL2EN_MAX_CHARS still decides, as in the pipeline."""
    from service.errors import InputTooLongError

    text = ("Ala ma kota. " * 20).encode()
    monkeypatch.setenv("PL2EN_MAX_CHARS", "100")
    with pytest.raises(InputTooLongError, match="the limit is 100 "):
        read_document("a.txt", text)
    monkeypatch.setenv("PL2EN_MAX_CHARS", "1000")
    assert read_document("a.txt", text).text == text.decode().strip()
