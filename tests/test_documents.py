"""Documents in, the same documents out: round trips on documents built here
(python-docx, Markdown, HTML, a PDF), with a scripted engine that tags every sentence, so
"every source sentence translated exactly once" is exact; the placement of inline formatting
on English the tests choose; the bilingual copy; the CLI and POST /api/documents; hostile
files refused; LibreOffice opens every written .docx (slow)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from service.config import Settings
from service.documents import translate_file
from service.documents.align import Placement, place
from service.documents.model import PLAIN, Run, Style
from service.errors import UnsupportedInputError
from service.pipeline import Pipeline
from service.text.glossary import Glossary
from tests.documents import make_pdf
from tests.fakes import FakeEngine

REPO = Path(__file__).resolve().parent.parent
TAG = re.compile(r"EN⟨(.*?)⟩")
BOLD, LINK = Style(bold=True), Style(link="https://example.org/raport")


def tagged(text: str, guarded: bool) -> str:
    return f"EN⟨{text}⟩"


def scripted(tmp_path: Path, answers: dict[str, str] | None = None) -> tuple[Pipeline, FakeEngine]:
    """A Pipeline whose engine answers `answers[sentence]`, else tags the sentence."""
    table = answers or {}
    engine = FakeEngine(lambda text, guarded: table.get(text) or tagged(text, guarded))
    pipeline = Pipeline(Settings(models_dir=tmp_path, memory_path=None))
    pipeline.engine = lambda task: engine  # type: ignore[method-assign]
    return pipeline, engine


def sent(engine: FakeEngine) -> list[str]:
    return [text for call in engine.calls for text in call["texts"]]


def assert_each_once(engine: FakeEngine, english: str, result: Any) -> None:
    """Every source sentence is in the output exactly once (tagged), nothing else is, and
    the engine saw exactly those sentences (a re-check may ask twice for one)."""
    sources = Counter(segment.source for segment in result.segments)
    assert sources and set(sent(engine)) == set(sources)
    assert Counter(TAG.findall(english)) == sources


# -- .docx ------------------------------------------------------------------------------
def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "PNG")
    return out.getvalue()


def _hyperlink(paragraph: Any, text: str, url: str, bold: bool = False) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = paragraph.add_run(text)
    run.bold = bold
    link.append(run._r)
    paragraph._p.append(link)


def _page_field(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    field.append(run)
    paragraph._p.append(field)


def build_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Sprawozdanie roczne spółki", 0)
    d.add_heading("Wyniki finansowe", 1)
    p = d.add_paragraph("Przychody wzrosły w drugim kwartale. ")
    p.add_run("Zarząd jest zadowolony z wyniku.").bold = True
    p = d.add_paragraph("Szczegóły opisano w ")
    _hyperlink(p, "pełnym raporcie", "https://example.org/raport")
    p.add_run(" na stronie firmy.")
    d.add_paragraph("Pierwszy punkt listy.", style="List Bullet")
    d.add_paragraph("Punkt zagnieżdżony.", style="List Bullet 2")
    d.add_paragraph("Punkt numerowany.", style="List Number")
    d.add_picture(io.BytesIO(_png()))
    p = d.add_paragraph("Wykres ")
    p.add_run().add_picture(io.BytesIO(_png()))
    p.add_run(" pokazuje wzrost.")
    d.add_paragraph("Podpis pod obrazkiem.", style="Caption")
    table = d.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Tabela z wynikami."
    for r in (1, 2):
        for c in range(3):
            table.cell(r, c).text = f"Komórka numer {r}{c}."
    table.cell(2, 2).add_table(rows=1, cols=1).cell(0, 0).text = "Tabela zagnieżdżona."
    section = d.sections[0]
    section.header.paragraphs[0].text = "Nagłówek dokumentu."
    footer = section.footer.paragraphs[0]
    footer.text = "Stopka dokumentu, strona "
    _page_field(footer)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _docx_text(d: Any) -> str:
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        parts += [c.text for row in table.rows for c in row.cells]
        parts += [c.text for row in table.rows for c in row.cells for t in c.tables
                  for r in t.rows for c in r.cells]  # fmt: skip
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs + s.footer.paragraphs]
    return "\n".join(dict.fromkeys(parts))


def _shape(d: Any) -> dict[str, Any]:
    from docx.oxml.ns import qn

    body = d.element.body
    return {
        "styles": [p.style.name for p in d.paragraphs],
        "tables": [
            (len(t.rows), len(t.columns), len({c._tc for r in t.rows for c in r.cells}))
            for t in d.tables
        ],  # fmt: skip
        "images": len(d.inline_shapes),
        "links": [d.part.rels[h.get(qn("r:id"))].target_ref for h in body.iter(qn("w:hyperlink"))],
        "numbering": [
            p._p.pPr.numPr is not None if p._p.pPr is not None else False for p in d.paragraphs
        ],  # fmt: skip
        "fields": [
            f.get(qn("w:instr"))
            for s in d.sections
            for f in s.footer._element.iter(qn("w:fldSimple"))
        ],  # fmt: skip
        "header_paragraphs": [len(s.header.paragraphs) for s in d.sections],
    }


def test_docx_round_trip_keeps_structure_and_translates_each_sentence_once(tmp_path) -> None:
    import docx

    source = build_docx()
    pipeline, engine = scripted(tmp_path)
    out = translate_file(pipeline, "raport.docx", source)
    before, after = docx.Document(io.BytesIO(source)), docx.Document(io.BytesIO(out.data))
    assert out.kind == "docx"
    assert _shape(after) == _shape(before)
    text = _docx_text(after)
    assert_each_once(engine, text, out.result)
    assert "Nagłówek dokumentu." in sent(engine) and "Tabela zagnieżdżona." in sent(engine)
    assert "Stopka dokumentu, strona" in sent(engine)
    assert after.core_properties.language == "en"
    (moved,) = out.result.warnings  # the image inside "Wykres ... pokazuje wzrost."
    assert "image, field or inline markup inside it was moved" in moved


def test_docx_formatting_of_a_whole_sentence_and_a_link_survives(tmp_path) -> None:
    import docx

    pipeline, _ = scripted(tmp_path)
    out = translate_file(pipeline, "raport.docx", build_docx())
    after = docx.Document(io.BytesIO(out.data))
    bold = [r.text for p in after.paragraphs for r in p.runs if r.bold]
    assert bold == ["EN⟨Zarząd jest zadowolony z wyniku.⟩"]
    assert out.result.stats["formatting"]["whole"] == 1  # the bold sentence
    assert out.result.stats["formatting"]["identical"] == 1  # the tagged link text


def test_docx_link_without_a_reliable_counterpart_is_dropped_with_a_note(tmp_path) -> None:
    import docx
    from docx.oxml.ns import qn

    answers = {
        "Szczegóły opisano w pełnym raporcie na stronie firmy.": (
            "The details are in the full report on the company's website."
        )
    }
    pipeline, _ = scripted(tmp_path, answers)
    out = translate_file(pipeline, "raport.docx", build_docx())
    after = docx.Document(io.BytesIO(out.data))
    # no reliable counterpart for "pełnym raporcie": the link goes, and the user is told
    assert list(after.element.body.iter(qn("w:hyperlink"))) == []
    assert "The details are in the full report on the company's website." in _docx_text(after)
    assert out.result.stats["formatting"]["dropped"] == 1
    assert any("link to https://example.org/raport" in w for w in out.result.warnings)


# -- Markdown ---------------------------------------------------------------------------
MARKDOWN = """---
title: Raport kwartalny
tags: [gospodarka]
---
# Raport kwartalny

Przychody wzrosły o **15 proc.** w skali roku. Więcej w [raporcie](https://example.org/r "Raport").

## Najważniejsze punkty

- Pierwszy punkt *listy* z wyróżnieniem.
  Ciąg dalszy tego samego punktu.
  - Punkt zagnieżdżony.
1. Punkt numerowany.

| Kolumna | Wartość |
|---|---|
| Sprzedaż rosła. | `make test` |

```python
print("kod nie jest tłumaczony")
```

> Cytat z wypowiedzi prezesa.

Uruchom `pl2en translate` ![wykres](wykres.png) dla każdego pliku.
"""


def _md_structure(text: str) -> list[tuple[str, str, int]]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    return [(t.type, t.tag, t.level) for t in tokens]


def _md_inline(text: str, kind: str, attr: str | None = None) -> list[Any]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    children = [c for t in tokens for c in (t.children or [])]
    return [c.attrs.get(attr) if attr else c.content for c in children if c.type == kind]


def _md_text(text: str) -> str:
    import lxml.html
    from markdown_it import MarkdownIt

    return str(
        lxml.html.fromstring(MarkdownIt("commonmark").enable("table").render(text)).text_content()
    )


def test_markdown_round_trip_keeps_structure_and_translates_each_sentence_once(tmp_path) -> None:
    pipeline, engine = scripted(tmp_path)
    out = translate_file(pipeline, "raport.md", MARKDOWN.encode())
    english = out.data.decode()
    body, source_body = english.split("---\n", 2)[2], MARKDOWN.split("---\n", 2)[2]
    assert english.startswith(MARKDOWN[: MARKDOWN.index("# Raport")])  # front matter as is
    assert _md_structure(body) == _md_structure(source_body)
    assert '```python\nprint("kod nie jest tłumaczony")\n```' in english
    assert _md_inline(body, "link_open", "href") == ["https://example.org/r"]
    assert _md_inline(body, "image", "src") == ["wykres.png"]
    assert _md_inline(body, "code_inline") == ["make test", "pl2en translate"]
    assert_each_once(engine, _md_text(body), out.result)
    assert "make test" not in " ".join(sent(engine))  # a cell that is all code is kept


def test_markdown_formatting_placed_on_english_or_reported(tmp_path) -> None:
    answers = {
        "Przychody wzrosły o 15 proc. w skali roku.": "Revenue rose by 15 percent a year.",
        "Więcej w raporcie.": "More in the report.",
        "Uruchom pl2en translate dla każdego pliku.": "Run pl2en translate for every file.",
    }
    pipeline, _ = scripted(tmp_path, answers)
    out = translate_file(pipeline, "raport.md", MARKDOWN.encode())
    english = out.data.decode()
    assert "Revenue rose by **15 percent** a year." in english  # number
    assert "Run `pl2en translate` for every file." in english  # identical
    assert "More in the report." in english  # the link: no counterpart, dropped ...
    assert any("“raporcie”" in w and "dropped" in w for w in out.result.warnings)  # ... said
    assert any("inline markup inside it was moved" in w for w in out.result.warnings)
    counts = out.result.stats["formatting"]
    # identical: the code span, and the italic word of the tagged list item
    assert (counts["number"], counts["identical"], counts["dropped"]) == (1, 2, 1)


# -- HTML -------------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Wiadomości z regionu</title>
<style>p { color: #333 }</style>
<script>const marker = "<p>Nie tłumacz mnie.</p>";</script></head>
<body>
<h1 class="title">Wiadomości z regionu</h1>
<p>Rada miasta <strong>zebrała się</strong> w poniedziałek.
<a href="/sesja">Posiedzenie trwało długo.</a></p>
<ul><li>Pierwszy punkt.<ul><li>Punkt zagnieżdżony.</li></ul></li><li>Drugi punkt.</li></ul>
<table><caption>Wyniki głosowania.</caption><tr><th>Za.</th><td>Przeciw.</td></tr></table>
<p>Zdjęcie <img src="ratusz.jpg" alt="Ratusz miejski"> pokazuje ratusz.</p>
<pre>kod
  nie jest tłumaczony</pre>
</body></html>
"""


def _html_tags(root: Any) -> list[str]:
    return [el.tag for el in root.iter() if isinstance(el.tag, str)]


def test_html_round_trip_keeps_markup_and_translates_each_sentence_once(tmp_path) -> None:
    import lxml.html

    pipeline, engine = scripted(tmp_path)
    out = translate_file(pipeline, "strona.html", HTML.encode())
    before = lxml.html.document_fromstring(HTML)
    after = lxml.html.document_fromstring(out.data.decode())
    assert after.get("lang") == "en"
    assert _html_tags(after) == _html_tags(before)
    assert [e.attrib for e in after.iter() if isinstance(e.tag, str) and e.tag != "html"] == [
        e.attrib for e in before.iter() if isinstance(e.tag, str) and e.tag != "html"
    ]
    for tag in ("script", "style", "pre"):
        assert after.find(f".//{tag}").text == before.find(f".//{tag}").text
    assert after.find(".//strong").text == "zebrała się"  # identical in the tagged English
    assert_each_once(engine, after.text_content(), out.result)
    assert "Nie tłumacz mnie." not in " ".join(sent(engine))


def test_html_fragment_stays_a_fragment(tmp_path) -> None:
    pipeline, _ = scripted(tmp_path)
    out = translate_file(pipeline, "kawalek.html", "<p>Krótki <em>akapit</em>.</p>".encode())
    assert out.data.decode() == "<p>EN⟨Krótki <em>akapit</em>.⟩</p>"


def test_model_output_is_text_in_html_and_markdown(tmp_path) -> None:
    evil = "<script>alert(1)</script> [x](javascript:alert(1)) **b**"
    pipeline, _ = scripted(tmp_path, {"Zwykłe zdanie.": evil})
    html = translate_file(pipeline, "a.html", "<p>Zwykłe zdanie.</p>".encode()).data.decode()
    assert "<script>" not in html and "&lt;script&gt;" in html
    md = translate_file(pipeline, "a.md", "Zwykłe zdanie.\n".encode()).data.decode()
    assert _md_inline(md, "link_open", "href") == [] and "strong_open" not in str(_md_structure(md))
    assert _md_inline(md, "html_inline") == []


# -- PDF --------------------------------------------------------------------------------
def test_pdf_becomes_a_docx_of_headings_and_paragraphs(tmp_path) -> None:
    import docx

    pdf = make_pdf(
        [
            [
                "Raport o rynku pracy",
                "",
                "Bezrobocie spadlo w marcu.",
                "Firmy szukaja ludzi.",
                "",
                "Wnioski",
                "",
                "Trend utrzyma sie do jesieni.",
            ]
        ]  # fmt: skip
    )
    pipeline, engine = scripted(tmp_path)
    out = translate_file(pipeline, "raport.pdf", pdf)
    d = docx.Document(io.BytesIO(out.data))
    assert out.kind == "docx"
    assert [p.style.name for p in d.paragraphs] == ["Title", "Normal", "Heading 1", "Normal"]
    assert_each_once(engine, "\n".join(p.text for p in d.paragraphs), out.result)
    assert any("layout" in w for w in out.result.warnings)


# -- inline formatting placement ---------------------------------------------------------
def _runs(*parts: tuple[str, Style]) -> tuple[str, list[int], list[Run]]:
    runs = [Run(text, style, i) for i, (text, style) in enumerate(parts)]
    owners = [i for i, (text, _) in enumerate(parts) for _ in text]
    return "".join(t for t, _ in parts), owners, runs


@pytest.mark.parametrize(
    ("parts", "english", "outcome", "placed"),
    [
        ((("Posiedzenie ", PLAIN), ("Sejmu", BOLD), (" trwało.", PLAIN)),
         "The Sejm session lasted.", "glossary", "Sejm"),
        ((("Firma ", PLAIN), ("Orlen", BOLD), (" zyskała.", PLAIN)),
         "Orlen gained.", "identical", "Orlen"),
        ((("Zysk wyniósł ", PLAIN), ("12,5 mln zł", BOLD), (".", PLAIN)),
         "Profit was PLN 12.5 million.", "number", "PLN 12.5 million"),
        ((("Rozmawiał z ", PLAIN), ("Janem Kowalskim", LINK), (".", PLAIN)),
         "He spoke with Jan Kowalski.", "name", "Jan Kowalski"),
        ((("Powiedział, ", PLAIN), ("że nic się nie zmieni", BOLD), (".", PLAIN)),
         "He said, nothing will change.", "phrase", "nothing will change"),
        ((("Było ", PLAIN), ("bardzo", BOLD), (" zimno.", PLAIN)),
         "It was very cold.", "dropped", None),
    ],
)  # fmt: skip
def test_a_formatted_stretch_lands_on_its_counterpart_or_is_reported(
    parts, english, outcome, placed
) -> None:
    source, owners, runs = _runs(*parts)
    placement = Placement()
    out = place(source, owners, runs, english, Glossary.builtin(), placement, "Sentence 1")
    assert "".join(r.text for r in out) == english  # nothing added, nothing repeated
    assert placement.counts == Counter({outcome: 1})
    formatted = [r.text for r in out if r.style != PLAIN]
    assert formatted == ([placed] if placed else [])
    assert bool(placement.notes) == (outcome in ("phrase", "dropped"))


def test_a_sentence_in_one_formatting_keeps_it_whole() -> None:
    source, owners, runs = _runs(("Cała fraza jest linkiem", LINK), (".", PLAIN))
    placement = Placement()
    out = place(source, owners, runs, "The whole phrase is a link.", None, placement, "")
    assert [(r.text, r.style) for r in out] == [("The whole phrase is a link.", LINK)]
    assert placement.counts == Counter({"whole": 1})


def test_an_ambiguous_counterpart_is_not_guessed() -> None:
    source, owners, runs = _runs(("Anna", BOLD), (" i Anna wyszły.", PLAIN))
    placement = Placement()
    place(source, owners, runs, "Anna and Anna left.", None, placement, "")
    assert placement.counts == Counter({"dropped": 1})


# -- footnotes ----------------------------------------------------------------------------
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _notes_xml(kind: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}notes {_W}>'
        f'<w:{kind}note w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:{kind}note><w:{kind}note w:id="1"><w:p><w:r><w:t xml:space="preserve">'
        f"Źródło: dane urzędu.</w:t></w:r></w:p></w:{kind}note></w:{kind}notes>"
    )


def with_footnote(data: bytes, kind: str = "foot") -> bytes:
    """A python-docx file with one footnote, or endnote with kind="end" (python-docx cannot
    add either)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                blob = blob.replace(
                    b"</Types>",
                    f'<Override PartName="/word/{kind}notes.xml" ContentType="application/'
                    f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}notes+xml"/>'
                    "</Types>".encode(),
                )
            elif item.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/{kind}notes" Target="{kind}notes.xml"/>'
                    "</Relationships>".encode(),
                )
            elif item.filename == "word/document.xml":
                blob = blob.replace(
                    b"</w:p>", f'<w:r><w:{kind}noteReference w:id="1"/></w:r></w:p>'.encode(), 1
                )
            z.writestr(item, blob)
        z.writestr(f"word/{kind}notes.xml", _notes_xml(kind).encode())
    return out.getvalue()


def test_docx_footnotes_are_translated_and_references_kept(tmp_path) -> None:
    pipeline, engine = scripted(tmp_path)
    out = translate_file(pipeline, "raport.docx", with_footnote(build_docx()))
    english = zipfile.ZipFile(io.BytesIO(out.data))
    notes = english.read("word/footnotes.xml").decode()
    assert "EN⟨Źródło: dane urzędu.⟩" in notes and 'w:type="separator"' in notes
    assert english.read("word/document.xml").count(b"w:footnoteReference") == 1
    assert "Źródło: dane urzędu." in sent(engine)


# -- bilingual ----------------------------------------------------------------------------
def test_bilingual_copy_has_a_row_per_sentence_and_shades_flagged_ones(tmp_path) -> None:
    import docx
    from docx.oxml.ns import qn

    lost = "Przychody wzrosły o 15 proc. w skali roku."
    pipeline, _ = scripted(tmp_path, {lost: "Revenue rose a lot."})  # no 15%: flagged
    out = translate_file(pipeline, "raport.md", MARKDOWN.encode(), bilingual=True)
    (table,) = docx.Document(io.BytesIO(out.data)).tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    segments = out.result.segments
    assert rows[0] == ["Polish", "English", "Checks"]
    assert [r[:2] for r in rows[1:]] == [[s.source, s.translation] for s in segments]
    shaded = [
        i
        for i, row in enumerate(table.rows[1:])
        if row.cells[0]._tc.find(".//" + qn("w:shd")) is not None
    ]
    flagged = [i for i, s in enumerate(segments) if any(not c.fixed for c in s.checks)]
    assert shaded == flagged and [segments[i].source for i in flagged] == [lost]
    assert "fact" in rows[1 + flagged[0]][2]


# -- front doors ------------------------------------------------------------------------
def test_cli_translates_a_docx_into_a_docx(tmp_path, monkeypatch) -> None:
    import docx
    from click.testing import CliRunner

    from service.app.cli import cli

    engine = FakeEngine(tagged)
    monkeypatch.setattr(Pipeline, "engine", lambda self, task: engine)
    monkeypatch.setenv("PL2EN_MEMORY", "off")
    source = tmp_path / "komunikat.docx"
    source.write_bytes(build_docx())
    runner = CliRunner()
    done = runner.invoke(cli, ["translate", str(source), "-o", str(tmp_path / "en.docx")])
    assert done.exit_code == 0, done.output
    english = docx.Document(str(tmp_path / "en.docx"))
    assert _shape(english) == _shape(docx.Document(str(source)))
    bilingual = runner.invoke(cli, ["translate", str(source), "--bilingual", "-o", "x.md"])
    assert bilingual.exit_code == 2 and "OUTPUT.docx" in bilingual.output
    (tmp_path / "a.md").write_text("# Tytuł\n\nZdanie **mocne** tutaj.\n")
    to_stdout = runner.invoke(cli, ["translate", str(tmp_path / "a.md"), "-o", "-"])
    assert to_stdout.stdout == "# EN⟨Tytuł⟩\n\nEN⟨Zdanie **mocne** tutaj.⟩\n"
    as_text = runner.invoke(
        cli, ["translate", str(source), "--no-summary", "-o", str(tmp_path / "en.txt")]
    )
    assert as_text.exit_code == 0 and "# Translation" in (tmp_path / "en.txt").read_text()


def test_cli_refuses_a_docx_to_a_terminal(tmp_path) -> None:
    import pty

    source = tmp_path / "komunikat.docx"
    source.write_bytes(build_docx())
    leader, follower = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "service.app.cli", "translate", str(source), "-o", "-"],
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    os.close(follower)
    os.close(leader)
    assert done.returncode == 2 and b"binary" in done.stderr


def test_api_documents_answers_the_file_with_auth(tmp_path) -> None:
    import docx
    from fastapi.testclient import TestClient

    from service.app.gate import Pipelines
    from service.app.server import create_app

    pipeline, _ = scripted(tmp_path)
    settings = Settings(models_dir=tmp_path, memory_path=None, auth=("editor", "s3cret"))
    app = create_app(settings, pipelines=Pipelines(lambda preset: pipeline))
    client = TestClient(app)
    files = {"file": ("komunikat.docx", build_docx())}
    assert client.post("/api/documents", files=files).status_code == 401
    r = client.post("/api/documents", files=files, auth=("editor", "s3cret"))
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == 'attachment; filename="komunikat.en.docx"'
    assert "identical=1" in r.headers["x-pl2en-formatting"]
    assert _shape(docx.Document(io.BytesIO(r.content))) == _shape(
        docx.Document(io.BytesIO(build_docx()))
    )
    bad = client.post(
        "/api/documents", files={"file": ("a.docx", b"just text")}, auth=("editor", "s3cret")
    )
    assert bad.status_code == 422 and "not a .docx" in bad.json()["error"]
    md = client.post(
        "/api/documents",
        files={"file": ("a.md", "# Tytuł\n\nZdanie.\n".encode())},
        data={"report": "true"},
        auth=("editor", "s3cret"),
    )
    assert md.json()["filename"] == "a.en.md" and md.json()["result"]["stats"]["sentences"] == 2


# -- hostile input ------------------------------------------------------------------------
def test_a_zip_bomb_docx_is_refused_by_what_it_inflates(tmp_path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b" " * 60_000_000)
    pipeline, engine = scripted(tmp_path)
    with pytest.raises(UnsupportedInputError, match="unpacks to more than"):
        translate_file(pipeline, "bomb.docx", out.getvalue())
    assert engine.calls == []


def test_html_with_an_attribute_flood_is_refused(tmp_path) -> None:
    page = "<p " + " ".join(f"a{i}=1" for i in range(5_000)) + ">Tekst.</p>"
    pipeline, _ = scripted(tmp_path)
    with pytest.raises(UnsupportedInputError):
        translate_file(pipeline, "a.html", page.encode())


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.docx", b"plain text", "not a .docx"),
        ("a.pdf", b"plain text", "not a .pdf"),
        ("a.md", b"%PDF-1.4\n...", "not a .md"),
        ("a.txt", b"Tekst.", "documents are translated from"),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(tmp_path, name, data, message) -> None:
    pipeline, _ = scripted(tmp_path)
    with pytest.raises(UnsupportedInputError, match=message):
        translate_file(pipeline, name, data)


# -- LibreOffice opens what we write --------------------------------------------------------
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_every_written_docx_converts_to_pdf_in_libreoffice(tmp_path) -> None:
    pipeline, _ = scripted(tmp_path)
    pdf = make_pdf([["Raport", "", "Zdanie pierwsze.", "", "Zdanie drugie."]])
    outputs = {
        "docx.docx": translate_file(
            pipeline, "a.docx", with_text_box(with_footnote(build_docx()), twin=False)
        ).data,
        "pdf.docx": translate_file(pipeline, "a.pdf", pdf).data,
        "bilingual.docx": translate_file(pipeline, "a.docx", build_docx(), bilingual=True).data,
        "summary.docx": translate_file(pipeline, "a.docx", build_docx(), with_summary=True).data,
    }
    for name, data in outputs.items():
        (tmp_path / name).write_bytes(data)
    profile = tmp_path / "profile"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path / "pdf"), *(str(tmp_path / n) for n in outputs)],
        capture_output=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for name in outputs:
        converted = tmp_path / "pdf" / name.replace(".docx", ".pdf")
        assert converted.read_bytes().startswith(b"%PDF"), name


# -- measured: formatting on realistic sentences ------------------------------------------
# Polish with **bold** or [a link](url), and the English a translator wrote, with {the
# counterpart} a person would format. The aligner may place less than the whole counterpart
# or drop it with a note; it must never place it elsewhere.
REALISTIC = [
    (
        "Premier **Donald Tusk** spotkał się z prezydentem Francji.",
        "Prime Minister {Donald Tusk} met the French president.",
    ),
    ("Rozmowy odbyły się w **Paryżu** we wtorek.", "The talks took place in {Paris} on Tuesday."),
    ("Inflacja spadła do **4,9 proc.** w marcu.", "Inflation fell to {4.9%} in March."),
    ("Według **GUS** bezrobocie wynosi 5 proc.", "According to {GUS}, unemployment is 5 percent."),
    ("Spółka **Orlen** zwiększyła zysk.", "{Orlen} increased its profit."),
    (
        "Decyzję ogłosił **minister finansów**.",
        "The decision was announced by {the finance minister}.",
    ),
    (
        "Posłowie przyjęli ustawę, **choć opozycja była przeciw**.",
        "MPs passed the law, {although the opposition was against it}.",
    ),
    (
        "Więcej informacji na [stronie ministerstwa](https://gov.pl).",
        "More information on {the ministry's website}.",
    ),
    ("Szczyt NATO odbędzie się w **Wilnie**.", "The NATO summit will take place in {Vilnius}."),
    ("Mecz zakończył się wynikiem **2:1**.", "The match ended {2:1}."),
    ("Rzecznik **Kowalski** zaprzeczył doniesieniom.", "Spokesman {Kowalski} denied the reports."),
    (
        "Rozmawialiśmy z **Anną Nowak**, ekspertką rynku.",
        "We spoke with {Anna Nowak}, a market expert.",
    ),
    ("Cena wzrosła o **200 zł**.", "The price rose by {PLN 200}."),
    (
        "Ceny mieszkań **rosną najszybciej od lat**.",
        "Housing prices {are rising at the fastest pace in years}.",
    ),
    (
        "Tekst ustawy jest dostępny [tutaj](https://isap.sejm.gov.pl).",
        "The text of the act is available {here}.",
    ),
    ("**Uwaga:** zmiany wchodzą w życie od jutra.", "{Note:} the changes take effect tomorrow."),
    (
        "Obrady [Sejmu](https://sejm.gov.pl) potrwają do piątku.",
        "The {Sejm} session will last until Friday.",
    ),
    ("Prezes **NBP** Adam Glapiński zabrał głos.", "{NBP} President Adam Glapiński spoke."),
]
_MARKUP = re.compile(r"\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)")


def _marked(polish: str) -> tuple[str, list[int], list[Run]]:
    parts: list[tuple[str, Style]] = []
    pos = 0
    for m in _MARKUP.finditer(polish):
        parts.append((polish[pos : m.start()], PLAIN))
        parts.append((m.group(1), BOLD) if m.group(1) else (m.group(2), Style(link=m.group(3))))
        pos = m.end()
    parts.append((polish[pos:], PLAIN))
    return _runs(*[p for p in parts if p[0]])


def test_formatting_on_realistic_sentences_is_never_misplaced() -> None:
    placement = Placement()
    for polish, marked in REALISTIC:
        english = marked.replace("{", "").replace("}", "")
        start = marked.index("{")
        expected = (start, marked.index("}") - 1)
        source, owners, runs = _marked(polish)
        out = place(source, owners, runs, english, Glossary.builtin(), placement, "")
        assert "".join(r.text for r in out) == english
        pos = 0
        for run in out:
            if run.style != PLAIN:  # placed: inside the counterpart
                assert expected[0] <= pos and pos + len(run.text) <= expected[1], (polish, run)
            pos += len(run.text)
    # the measurement (docs/documents.md): 18 sentences, one formatted stretch each
    assert placement.counts == Counter(
        identical=6, glossary=3, number=2, name=1, phrase=2, dropped=4
    ), placement.counts


def test_a_docx_through_the_tiny_models_keeps_its_shape(tiny_pipeline) -> None:
    import docx

    out = translate_file(tiny_pipeline, "raport.docx", build_docx())
    english = _shape(docx.Document(io.BytesIO(out.data)))
    source = _shape(docx.Document(io.BytesIO(build_docx())))
    url = "https://example.org/raport"
    # random English: the link inside a sentence finds a counterpart or is reported dropped
    assert english.pop("links") == [url] or any(url in w for w in out.result.warnings)
    source.pop("links")
    assert english == source
    assert sum(out.result.stats["formatting"].values()) >= 2  # the bold sentence, the link
    assert out.result.stats["sentences"] == len(out.result.segments)


def test_markdown_table_cells_with_escaped_pipes_are_translated(tmp_path) -> None:
    source = "| Zysk \\| strata | Uwagi |\n|---|---|\n| Dane z roku. | Brak uwag. |\n"
    pipeline, engine = scripted(tmp_path)
    out = translate_file(pipeline, "t.md", source.encode())
    english = out.data.decode()
    assert _md_structure(english) == _md_structure(source)
    assert english.splitlines()[0] == "| EN⟨Zysk \\| strata⟩ | EN⟨Uwagi⟩ |"
    assert_each_once(engine, _md_text(english), out.result)


def test_docx_text_the_blocks_do_not_reach_is_reported(tmp_path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("Zwykły tekst akapitu.")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(
        parse_xml(f'<w:ins {w} w:id="1" w:author="A"><w:r><w:t>dopisek</w:t></w:r></w:ins>')
    )
    data = io.BytesIO()
    d.save(data)
    pipeline, _ = scripted(tmp_path)
    out = translate_file(pipeline, "a.docx", data.getvalue())
    assert any("tracked insertions" in w and "Polish" in w for w in out.result.warnings)
    assert "dopisek" in docx.Document(io.BytesIO(out.data)).paragraphs[0]._p.xml


def test_batch_over_a_folder_of_documents_resumes_and_reports(tmp_path, monkeypatch) -> None:
    import json

    from click.testing import CliRunner

    from service.app.cli import cli

    engine = FakeEngine(tagged)
    monkeypatch.setattr(Pipeline, "engine", lambda self, task: engine)
    monkeypatch.setenv("PL2EN_MEMORY", "off")
    folder, out = tmp_path / "pl", tmp_path / "en"
    folder.mkdir()
    (folder / "raport.docx").write_bytes(build_docx())
    (folder / "raport.md").write_text(MARKDOWN)
    (folder / "zepsuty.pdf").write_bytes(b"not a pdf at all")
    (folder / "notatki.txt").write_text("Nie jest dokumentem.")
    runner = CliRunner()
    first = runner.invoke(cli, ["batch", str(folder), str(out)])
    assert first.exit_code == 1 and "zepsuty.pdf" in first.output
    assert sorted(p.name for p in out.iterdir()) == [
        "pl2en-documents.jsonl", "raport.en.docx", "raport.en.md"
    ]  # fmt: skip
    lines = [json.loads(line) for line in (out / "pl2en-documents.jsonl").read_text().splitlines()]
    assert [(x["file"], "error" in x) for x in lines] == [
        ("raport.docx", False), ("raport.md", False), ("zepsuty.pdf", True)
    ]  # fmt: skip
    calls = len(engine.calls)
    again = runner.invoke(cli, ["batch", str(folder), str(out)])
    assert "0 translated, 2 already done, 1 failed" in again.output
    assert len(engine.calls) == calls  # nothing translated twice
    workers = runner.invoke(cli, ["batch", str(folder), str(out), "--workers", "2"])
    assert workers.exit_code == 2 and "need --engine ray" in workers.output


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs /usr/bin/chromium")
def test_html_output_renders_in_chromium_with_no_new_console_errors(tmp_path) -> None:
    from playwright.sync_api import sync_playwright

    pipeline, _ = scripted(tmp_path)
    (tmp_path / "pl.html").write_text(HTML, encoding="utf-8")
    english = translate_file(pipeline, "strona.html", HTML.encode()).data
    (tmp_path / "en.html").write_bytes(english)
    summed = translate_file(pipeline, "strona.html", HTML.encode(), with_summary=True).data
    (tmp_path / "sum.html").write_bytes(summed)
    seen: dict[str, list[str]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for name in ("pl", "en", "sum"):
            page = browser.new_page()
            errors = seen.setdefault(name, [])
            page.on("console", lambda m, errors=errors: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.goto((tmp_path / f"{name}.html").as_uri())
            assert page.locator("h1").count() == 1 and page.locator("li").count() == 3
            assert page.locator("h2").count() == (name == "sum")
            page.close()
        browser.close()
    assert seen["en"] == seen["pl"] == seen["sum"]  # the page's own (a missing image)


# -- text boxes ---------------------------------------------------------------------------
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _vml_box(text: str) -> str:
    return (
        '<w:pict><v:shape id="box" type="#_x0000_t202" style="width:200pt;height:40pt">'
        f"<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict>"
    )


def with_text_box(data: bytes, twin: bool) -> bytes:
    """A paragraph holding a text box: VML only, or a drawing with its VML twin."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document(io.BytesIO(data))
    text = "Ramka z ważnym komunikatem."
    inner = (
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        f"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>{_vml_box(text)}"
        "</mc:Fallback></mc:AlternateContent>"
        if twin
        else _vml_box(text)
    )
    d.add_paragraph("Przed ramką.")._p.append(parse_xml(f"<w:r {_NS}>{inner}</w:r>"))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("twin", [False, True])
def test_docx_text_boxes_are_translated_once_and_their_twin_copied(tmp_path, twin) -> None:
    pipeline, engine = scripted(tmp_path)
    out = translate_file(pipeline, "r.docx", with_text_box(build_docx(), twin))
    body = zipfile.ZipFile(io.BytesIO(out.data)).read("word/document.xml").decode()
    assert sent(engine).count("Ramka z ważnym komunikatem.") == 1
    assert body.count("EN⟨Ramka z ważnym komunikatem.⟩") == (2 if twin else 1)
    assert "Ramka z ważnym komunikatem.</w:t>" not in body
    assert not any("text box" in w for w in out.result.warnings)


def test_a_date_header_is_kept_as_written(tmp_path) -> None:
    pipeline, engine = scripted(tmp_path)
    source = "date 2025-03-14 Zdanie **pierwsze** tutaj.\n\nDrugi akapit.\n"
    out = translate_file(pipeline, "a.md", source.encode())
    assert out.data.decode() == (
        "date 2025-03-14 EN⟨Zdanie **pierwsze** tutaj.⟩\n\nEN⟨Drugi akapit.⟩\n"
    )
    assert out.result.date == "2025-03-14"


def test_a_footnote_mark_stays_after_its_sentence(tmp_path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("Pierwsze zdanie akapitu.")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(f'<w:r {w}><w:footnoteReference w:id="1"/></w:r>'))
    p.add_run(" Drugie zdanie akapitu.")
    data = io.BytesIO()
    d.save(data)
    pipeline, _ = scripted(tmp_path)
    out = translate_file(pipeline, "a.docx", data.getvalue())
    xml = docx.Document(io.BytesIO(out.data)).paragraphs[0]._p.xml
    first, mark = xml.index("EN⟨Pierwsze zdanie akapitu.⟩"), xml.index("w:footnoteReference")
    assert first < mark < xml.index("EN⟨Drugie zdanie akapitu.⟩")
    assert out.result.warnings == []  # it did not move


def test_a_docx_with_too_many_cells_is_refused_while_reading(tmp_path, monkeypatch) -> None:
    import docx

    import service.documents.model as model

    d = docx.Document()
    d.add_table(rows=30, cols=10)  # 300 empty cells
    data = io.BytesIO()
    d.save(data)
    monkeypatch.setattr(model, "MAX_BLOCKS", 100)
    pipeline, engine = scripted(tmp_path)
    with pytest.raises(UnsupportedInputError, match="more than 100 paragraphs and table cells"):
        translate_file(pipeline, "big.docx", data.getvalue())
    assert engine.calls == []


def test_api_documents_takes_a_file_up_to_the_upload_cap(tmp_path) -> None:
    """A .docx of a few MB (press releases carry images) passes the body limit of the
    JSON routes; a body over the upload cap gets 413 before any reading."""
    import zipfile as zf

    from fastapi.testclient import TestClient

    from service.app.gate import Pipelines
    from service.app.server import create_app

    pipeline, _ = scripted(tmp_path)
    app = create_app(
        Settings(models_dir=tmp_path, memory_path=None),
        pipelines=Pipelines(lambda preset: pipeline),
        max_upload_bytes=3_000_000,
    )
    client = TestClient(app)
    padded = io.BytesIO()
    with zf.ZipFile(io.BytesIO(build_docx())) as src, zf.ZipFile(padded, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/media/photo.bin", os.urandom(1_500_000))  # an incompressible image
    assert len(padded.getvalue()) > 1_000_000
    ok = client.post("/api/documents", files={"file": ("big.docx", padded.getvalue())})
    assert ok.status_code == 200, ok.text
    over = client.post("/api/documents", files={"file": ("huge.docx", os.urandom(3_200_000))})
    assert over.status_code == 413


# -- --with-summary -------------------------------------------------------------------------
SUMMARY_REPLY = "# The board <script>alert(1)</script> [x](javascript:alert(1)) **is** | pleased."


def summarized(tmp_path: Path) -> tuple[Pipeline, FakeEngine, FakeEngine]:
    """A scripted pipeline whose summary model answers markup-like text."""
    pipeline, engine = scripted(tmp_path)
    summarizer = FakeEngine(lambda text, guarded: SUMMARY_REPLY, max_input_tokens=2000)
    pipeline.engine = lambda task: summarizer if task == "summary" else engine  # type: ignore[method-assign]
    return pipeline, engine, summarizer


def _summarized_from_translation(summarizer: FakeEngine, result: Any) -> None:
    read = " ".join(sent(summarizer))
    assert result.summary and all(seg.translation in read for seg in result.segments)


def test_with_summary_prepends_a_summary_section_to_a_docx_and_a_pdf(tmp_path) -> None:
    import docx

    pipeline, _, summarizer = summarized(tmp_path)
    plain = docx.Document(io.BytesIO(translate_file(pipeline, "r.docx", build_docx()).data))
    out = translate_file(pipeline, "r.docx", build_docx(), with_summary=True)
    _summarized_from_translation(summarizer, out.result)
    after = docx.Document(io.BytesIO(out.data))
    heading, paragraph, *rest = after.paragraphs
    assert (heading.style.name, heading.text) == ("Heading 1", "Summary")
    assert paragraph.text == out.result.summary and "<script>" in paragraph.text  # as text
    assert [p.style.name for p in rest] == [p.style.name for p in plain.paragraphs]
    assert [p.text for p in rest] == [p.text for p in plain.paragraphs]
    assert after.element.body[-1].tag.endswith("sectPr")  # the section stays last
    pdf = make_pdf([["Raport o budzecie", "", "Budzet miasta wzrosl w tym roku."]])
    from_pdf = translate_file(pipeline, "r.pdf", pdf, with_summary=True)
    first = docx.Document(io.BytesIO(from_pdf.data)).paragraphs
    assert [first[0].text, first[1].text] == ["Summary", from_pdf.result.summary]
    bilingual = translate_file(pipeline, "r.md", b"Zdanie.\n", with_summary=True, bilingual=True)
    assert docx.Document(io.BytesIO(bilingual.data)).paragraphs[0].text == "Summary"


def test_with_summary_prepends_a_summary_section_in_markdown_and_html(tmp_path) -> None:
    import lxml.html

    pipeline, _, summarizer = summarized(tmp_path)
    plain = translate_file(pipeline, "raport.md", MARKDOWN.encode()).data.decode()
    out = translate_file(pipeline, "raport.md", MARKDOWN.encode(), with_summary=True)
    _summarized_from_translation(summarizer, out.result)
    english = out.data.decode()
    front = MARKDOWN[: MARKDOWN.index("# Raport")]
    assert english.startswith(front + "\n## Summary\n\n")
    section, body = english[len(front) :].split("\n\n# EN⟨Raport", 1)
    assert "# EN⟨Raport" + body == plain[len(front) :]
    tokens = _md_structure(section)
    assert [t[:2] for t in tokens] == [
        ("heading_open", "h2"), ("inline", ""), ("heading_close", "h2"),
        ("paragraph_open", "p"), ("inline", ""), ("paragraph_close", "p"),
    ]  # fmt: skip
    shown = [line for line in _md_text(section).splitlines() if line]
    assert shown == ["Summary", out.result.summary]  # the summary, as text
    assert _md_inline(section, "link_open", "href") == [] == _md_inline(section, "html_inline")

    page = translate_file(pipeline, "strona.html", HTML.encode(), with_summary=True)
    root = lxml.html.document_fromstring(page.data.decode())
    plain_root = lxml.html.document_fromstring(
        translate_file(pipeline, "s.html", HTML.encode()).data.decode()
    )
    first, second = root.find("body")[:2]
    assert (first.tag, first.text, second.tag, second.text) == (
        "h2",
        "Summary",
        "p",
        page.result.summary,
    )
    assert len(second) == 0 and len(root.findall(".//script")) == 1  # text, not markup
    body_tags = [el.tag for el in root.find("body")][2:]
    assert body_tags == [el.tag for el in plain_root.find("body")]
    loose = "Luźny tekst.<p>Akapit.</p>".encode()
    fragment = translate_file(pipeline, "k.html", loose, with_summary=True)
    assert fragment.data.decode().startswith("<h2>Summary</h2>\n<p>")
    assert "</p>EN⟨Luźny tekst.⟩<p>" in fragment.data.decode().replace("\n", "")


def test_with_summary_on_the_cli_and_the_api(tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from service.app.cli import cli
    from service.app.gate import Pipelines
    from service.app.server import create_app

    pipeline, engine, summarizer = summarized(tmp_path)
    monkeypatch.setattr(
        Pipeline, "engine", lambda self, task: summarizer if task == "summary" else engine
    )
    monkeypatch.setenv("PL2EN_MEMORY", "off")
    source = tmp_path / "a.md"
    source.write_text("# Tytuł\n\nZdanie tutaj.\n")
    runner = CliRunner()
    done = runner.invoke(cli, ["translate", str(source), "--with-summary", "-o", "-"])
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("## Summary\n\n\\# The board \\<script\\>")
    assert done.stdout.endswith("\n# EN⟨Tytuł⟩\n\nEN⟨Zdanie tutaj.⟩\n")
    both = runner.invoke(cli, ["translate", str(source), "--with-summary", "--no-summary"])
    assert both.exit_code == 2 and "not both" in both.output

    client = TestClient(create_app(Settings(models_dir=tmp_path, memory_path=None),
                                   pipelines=Pipelines(lambda preset: pipeline)))  # fmt: skip
    files = {"file": ("a.md", source.read_bytes())}
    with_summary = client.post("/api/documents", files=files, data={"with_summary": "true"})
    assert with_summary.status_code == 200, with_summary.text
    assert with_summary.text.startswith("## Summary\n\n")
    without = client.post("/api/documents", files=files)
    assert without.text == "# EN⟨Tytuł⟩\n\nEN⟨Zdanie tutaj.⟩\n"


def test_endnotes_and_text_boxes_in_headers_stay_polish_with_a_warning(tmp_path) -> None:
    import docx
    from docx.oxml import parse_xml

    pipeline, engine = scripted(tmp_path)
    plain = translate_file(pipeline, "a.docx", with_text_box(build_docx(), twin=True))
    assert not any("stay" in w for w in plain.result.warnings)  # a body text box is translated
    out = translate_file(pipeline, "a.docx", with_footnote(build_docx(), "end"))
    (said,) = [w for w in out.result.warnings if "endnotes" in w]
    assert "stays in Polish" in said and "headers" not in said
    notes = zipfile.ZipFile(io.BytesIO(out.data)).read("word/endnotes.xml").decode()
    assert "Źródło: dane urzędu." in notes and "Źródło: dane urzędu." not in sent(engine)
    d = docx.Document(io.BytesIO(build_docx()))
    header = d.sections[0].header.paragraphs[0]
    header._p.append(parse_xml(f"<w:r {_NS}>{_vml_box('Ramka w nagłówku.')}</w:r>"))
    data = io.BytesIO()
    d.save(data)
    boxed = translate_file(pipeline, "b.docx", data.getvalue())
    (said,) = [w for w in boxed.result.warnings if "Polish" in w]
    assert "text boxes in headers and footers" in said and "endnotes" not in said
    assert "Ramka w nagłówku." not in sent(engine)


def test_the_page_offers_the_uploaded_docx_and_a_correction_rewrites_it(tmp_path) -> None:
    import docx

    from service.app.desk import save_correction, translate_stream
    from service.app.gate import InferenceGate, Pipelines
    from service.app.outputs import DownloadStore
    from service.app.review import result_from_dict, sentence_rows
    from service.app.ui import read_upload

    pipeline, _, _ = summarized(tmp_path)
    path = tmp_path / "komunikat.docx"
    path.write_bytes(build_docx())
    text, upload = read_upload(str(path))
    assert upload is not None and upload.document == ("komunikat.docx", path.read_bytes())
    pipelines, store = Pipelines(lambda preset: pipeline), DownloadStore(tmp_path / "dl")
    *_, final = translate_stream(
        pipelines, InferenceGate(1), store, text, "quality", "short", False, "", [],
        upload.warnings, None, wait_s=0.1, document=upload.document,
    )  # fmt: skip
    offered = Path(final["document"]["value"])
    assert final["document"]["visible"] and offered.name == "komunikat.en.docx"
    assert offered.stat().st_mode & 0o777 == 0o600 and offered.parent == Path(final["txt"]).parent
    english = docx.Document(str(offered))
    assert _shape(english) == _shape(docx.Document(str(path)))
    polish = "Przychody wzrosły w drugim kwartale."
    assert f"EN⟨{polish}⟩" in _docx_text(english)
    moved = [w for w in final["desk"]["result"]["warnings"] if w.startswith("The document file")]
    assert len(moved) == 1 and "was moved to its end" in moved[0]  # the document's own notes

    result = result_from_dict(final["desk"]["result"])
    (sentence,) = [r.sentence for r in sentence_rows(result.segments, result.source)
                   if r.source == polish]  # fmt: skip
    fixed_text = "Revenue rose in the second quarter."
    update = save_correction(
        pipelines, store, final["desk"], sentence, fixed_text, False, final["history"]
    )
    rewritten = Path(update["document"]["value"])
    assert rewritten != offered and rewritten.name == offered.name
    fixed = docx.Document(str(rewritten))
    assert _shape(fixed) == _shape(english)
    after = _docx_text(fixed)
    assert fixed_text in after and f"EN⟨{polish}⟩" not in after
    assert after.replace(fixed_text, f"EN⟨{polish}⟩") == _docx_text(english)

    plain = list(translate_stream(pipelines, InferenceGate(1), store, "Zwykły tekst.",
                                  "quality", "short", False, wait_s=0.1))[-1]  # fmt: skip
    assert not plain["document"]["visible"] and plain["document"]["value"] is None


def test_with_summary_in_a_docx_without_heading_styles_is_a_bold_line(tmp_path) -> None:
    import docx

    d = docx.Document()
    style = d.styles["Heading 1"]._element
    style.getparent().remove(style)
    d.add_paragraph("Zwykłe zdanie w dokumencie.")
    data = io.BytesIO()
    d.save(data)
    pipeline, _, _ = summarized(tmp_path)
    out = translate_file(pipeline, "a.docx", data.getvalue(), with_summary=True)
    heading, summary, body = docx.Document(io.BytesIO(out.data)).paragraphs
    assert [(r.text, r.bold) for r in heading.runs] == [("Summary", True)]
    assert summary.text == out.result.summary and body.text.startswith("EN⟨Zwykłe")


def test_a_docx_inflates_only_as_far_as_the_settings_allow(tmp_path) -> None:
    """PL2EN_MAX_UNPACKED (Settings.max_unpacked_bytes) bounds a document's .docx too."""
    pipeline, _ = scripted(tmp_path)
    assert translate_file(pipeline, "a.docx", build_docx()).data
    pipeline.settings = pipeline.settings.with_(max_unpacked_bytes=5_000)
    with pytest.raises(UnsupportedInputError):
        translate_file(pipeline, "a.docx", build_docx())
